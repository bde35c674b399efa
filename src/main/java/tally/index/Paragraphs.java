package tally.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article body into the passages a search returns. Paragraphs are separated by blank lines; a body with no
 * blank line (many scraped articles put one paragraph per line) is split on line breaks; and any piece still longer
 * than {@value #MAX_CHARS} characters is cut into groups of whole sentences, so a hit shows a readable passage rather
 * than a whole article.
 */
public final class Paragraphs {

    static final int MAX_CHARS = 1_200;
    static final int TARGET_CHARS = 600;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'”’)]?)\\s+");

    private Paragraphs() {
    }

    public static List<String> split(String body) {
        List<int[]> lines = lines(body);
        boolean paragraphsByBlankLines = lines.stream().anyMatch(l -> blank(body, l[0], l[1]));
        List<String> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] line : lines) {
            if (blank(body, line[0], line[1])) {
                add(body, start, end, out);
                start = -1;
            } else if (!paragraphsByBlankLines) {
                add(body, line[0], line[1], out);
            } else {
                start = start < 0 ? line[0] : start;
                end = line[1];
            }
        }
        add(body, start, end, out);
        return out;
    }

    /** Start and end offsets of each line, without its terminator (\n, \r\n or \r). Regexes were too slow here. */
    private static List<int[]> lines(String body) {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {from, i});
                if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        if (from < n) {
            lines.add(new int[] {from, n});
        }
        return lines;
    }

    private static boolean blank(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static void add(String body, int start, int end, List<String> out) {
        if (start < 0) {
            return;
        }
        String text = body.substring(start, end).strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.length() <= MAX_CHARS) {
            out.add(text);
        } else {
            groupSentences(text, out);
        }
    }

    private static void groupSentences(String text, List<String> out) {
        StringBuilder group = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (group.length() > 0 && group.length() + sentence.length() > TARGET_CHARS) {
                out.add(group.toString());
                group.setLength(0);
            }
            if (group.length() > 0) {
                group.append(' ');
            }
            group.append(sentence);
        }
        if (group.length() > 0) {
            out.add(group.toString());
        }
    }
}
