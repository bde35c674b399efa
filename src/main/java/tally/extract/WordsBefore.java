package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round 67 ({@link UnitReports}): the last words before a place, lower-cased, in order; a word is a run of letters,
 * digits, apostrophes and hyphens. The walk goes on over spaces alone, over a comma before "and" or "or" ("killed 9
 * soldiers, and wounded 6") and over a short aside in brackets after a name ("Forces (SSO) killed"); any other mark
 * ends it. A walk, not a regular expression found over the clause: it runs for every casualty figure.
 */
final class WordsBefore {

    /** The longest aside in brackets passed over between an actor and its act: "(SSO)", "(8th SOF Regiment)". */
    private static final int ASIDE_LENGTH = 24;

    private final List<String> text = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    static WordsBefore of(String s, int from, int to, int max) {
        WordsBefore w = new WordsBefore();
        int end = skipSpaces(s, from, to);
        while (w.text.size() < max) {
            int start = end;
            while (start > from && wordChar(s.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            String word = s.substring(start, end).toLowerCase(Locale.ROOT);
            w.text.add(0, word);
            w.starts.add(0, start);
            int gap = skipSpaces(s, from, start);
            if (gap > from && gap < start && wordChar(s.charAt(gap - 1))) {
                end = gap;
            } else if (gap > from && s.charAt(gap - 1) == ',' && isCoordinator(word)) {
                end = skipSpaces(s, from, gap - 1);
            } else if (gap > from && gap < start && s.charAt(gap - 1) == ')' && aside(s, from, gap - 1) >= 0) {
                end = skipSpaces(s, from, aside(s, from, gap - 1)); // "The 8th Regiment (SOF) killed 13"
            } else {
                break;
            }
        }
        return w;
    }

    /**
     * Where a short aside in brackets that closes at {@code close} opens, an abbreviation or a number ("(SSO)"), or
     * -1: a longer one, or one with a mark inside, is a clause of its own.
     */
    private static int aside(String s, int from, int close) {
        for (int at = close - 1; at > from && close - at <= ASIDE_LENGTH; at--) {
            char c = s.charAt(at);
            if (c == '(') {
                return at < close - 1 ? at : -1;
            }
            if (!wordChar(c) && c != ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int from, int at) {
        while (at > from && Character.isWhitespace(s.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean isCoordinator(String word) {
        return word.equals("and") || word.equals("or");
    }

    int size() {
        return text.size();
    }

    String get(int i) {
        return text.get(i);
    }

    int start(int i) {
        return starts.get(i);
    }

    boolean isCoordinator(int i) {
        return isCoordinator(text.get(i));
    }
}
