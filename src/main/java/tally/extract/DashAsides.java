package tally.extract;

/**
 * A figure in an aside set off by a pair of dashes ("two units - possibly up to 12,000 troops - to join the war") is
 * an apposition to the noun before it, as one set off by commas is: the sentence's verbs around the aside say what it
 * counts and whether it is planned. A dash is a clause break ({@code clauseBreaks}) everywhere else, so the pair
 * around the figure is read as commas; the text keeps its length, so every offset stays where it was.
 */
final class DashAsides {

    /** How far from the figure each dash of the pair may stand: an aside is a short noun phrase. */
    private static final int REACH = 60;

    private DashAsides() {
    }

    /** The sentence with the pair of dashes around {@code q} read as commas, or the sentence itself. */
    static String asCommas(String s, Quantity q) {
        int open = dashBefore(s, q.start());
        if (open < 0) {
            return s;
        }
        int close = dashAfter(s, q.end());
        if (close < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int at : new int[] {open, close}) {
            c[at - 1] = ',';
            c[at] = ' ';
        }
        return new String(c);
    }

    private static int dashBefore(String s, int from) {
        for (int i = from - 2; i > 0 && i >= from - REACH; i--) {
            if (s.charAt(i) == ',' || s.charAt(i) == ';') {
                return -1;
            }
            if (isDash(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int dashAfter(String s, int from) {
        for (int i = from; i + 1 < s.length() && i <= from + REACH; i++) {
            if (s.charAt(i) == ',' || s.charAt(i) == ';' || s.charAt(i) == '.') {
                return -1;
            }
            if (isDash(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A dash standing between spaces: " - ", " – ", " — " (a hyphen inside a word is none). */
    private static boolean isDash(String s, int i) {
        char c = s.charAt(i);
        return (c == '-' || c == '\u2013' || c == '\u2014') && s.charAt(i - 1) == ' ' && i + 1 < s.length()
                && s.charAt(i + 1) == ' ';
    }
}
