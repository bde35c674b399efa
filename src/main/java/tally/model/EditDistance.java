package tally.model;

/**
 * How many typing slips turn one name into another: an insertion, a deletion, a replacement or a swap of two
 * neighbours each count one (Damerau-Levenshtein, optimal string alignment). Used where a name a person typed is
 * compared with the names Tally knows, to suggest the one meant: an article's header key, an article's file name; and,
 * in one pass, whether a word is at most one slip from another: a question's word against every phrase Tally reads,
 * an article's name against the directory's.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The number of slips from {@code a} to {@code b}; 0 when they are equal. Case counts. */
    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Whether {@code b} is {@code a} or one slip from it, found in one pass without the table {@link #between} fills:
     * a question's words and an article's names are compared with many phrases. Case counts.
     */
    public static boolean withinOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String ra = a.substring(i);
        String rb = b.substring(i);
        if (ra.length() == rb.length()) {
            return ra.substring(1).equals(rb.substring(1))
                    || ra.length() >= 2 && ra.charAt(0) == rb.charAt(1) && ra.charAt(1) == rb.charAt(0)
                    && ra.substring(2).equals(rb.substring(2));
        }
        return ra.length() > rb.length() ? ra.substring(1).equals(rb) : rb.substring(1).equals(ra);
    }
}
