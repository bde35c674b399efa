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
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t\\x0B\\f\\u00A0]*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'”’)]?)\\s+");

    private Paragraphs() {
    }

    public static List<String> split(String body) {
        String[] pieces = (BLANK_LINE.matcher(body).find() ? BLANK_LINE : LINE_BREAK).split(body);
        List<String> out = new ArrayList<>(pieces.length);
        for (String piece : pieces) {
            String text = piece.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() <= MAX_CHARS) {
                out.add(text);
            } else {
                groupSentences(text, out);
            }
        }
        return out;
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
