package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article body into sentences. Line breaks always end a sentence (headlines, captions and bylines carry no
 * full stop); inside a line a sentence ends at . ! or ? (plus closing quotes) followed by a space and a capital, a
 * digit or a quote, unless the dot ends an abbreviation such as "Dec." or "Gen." or an initial such as "U.S.".
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gen", "maj", "lt", "col", "capt", "sgt", "adm", "mr", "mrs", "ms", "dr",
            "st", "no", "vs", "etc", "e.g", "i.e", "approx", "sen", "rep", "gov", "pres", "prof", "jr", "sr", "inc",
            "corp", "co", "ltd", "u.s", "u.k", "u.n", "n", "s");

    /** Sentences longer than this are cut: nothing real is this long, and it bounds the work on hostile input. */
    static final int MAX_SENTENCE = 2_000;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String original) {
        String text = TextNormalizer.normalize(original);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (text.substring(lineStart, lineEnd).isBlank()) {
                paragraph++;
            } else {
                splitLine(text, original, lineStart, lineEnd, paragraph, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, String original, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean tooLong = i - start >= MAX_SENTENCE;
            if (tooLong || (c == '.' || c == '!' || c == '?') && endsSentence(text, start, i, to)) {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '"' || text.charAt(end) == '\'' || text.charAt(end) == ')')) {
                    end++;
                }
                add(text, original, start, end, paragraph, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, original, start, to, paragraph, out);
    }

    private static boolean endsSentence(String text, int sentenceStart, int dot, int lineEnd) {
        int next = dot + 1;
        while (next < lineEnd && (text.charAt(next) == '"' || text.charAt(next) == '\'' || text.charAt(next) == ')')) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return missingSpace(text, sentenceStart, dot, next, lineEnd);
        }
        while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || following == '"'
                || following == '\'' || following == '(' || !Character.isLetter(following))) {
            return false;
        }
        return text.charAt(dot) != '.' || !abbreviationBefore(text, sentenceStart, dot);
    }

    /**
     * "wounded.Three soldiers": a page dropped the space after a full stop. Only a lower-case word of two letters or
     * more before the dot and a capitalised word after it count, so "U.S.Army", "geo.tv" and "e.g.The" stay whole.
     */
    private static boolean missingSpace(String text, int sentenceStart, int dot, int next, int lineEnd) {
        if (text.charAt(dot) != '.' || next + 1 >= lineEnd || dot - 2 < sentenceStart) {
            return false;
        }
        return Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(dot - 2))
                && Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next + 1))
                && !abbreviationBefore(text, sentenceStart, dot);
    }

    private static boolean abbreviationBefore(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static void add(String text, String original, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(Sentence.collapsingSpaces(text.substring(start, end), original.substring(start, end), start, paragraph));
        }
    }
}
