package tally.model;

/**
 * How many typing slips turn one name into another: an insertion, a deletion, a replacement or a swap of two
 * neighbours each count one (Damerau-Levenshtein, optimal string alignment). Used where a name a person typed is
 * compared with the names Tally knows, to suggest the one meant: an article's header key, an article's file name.
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
}
