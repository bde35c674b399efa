package tally.model;

/**
 * A count with its noun, "1 claim" and "2 claims": every line Tally prints with a count (replies, previews, the log)
 * goes through here, so a count of one never reads "1 claims". The nouns Tally counts (article, claim, file, figure,
 * problem, change, report) all take an s.
 */
public final class Plural {

    private Plural() {
    }

    /** "1 claim", "0 claims", "3 claims". */
    public static String count(long n, String noun) {
        return n + " " + noun(n, noun);
    }

    /** The noun alone, for a count written another way ("%,d"): "claim" for one, else "claims". */
    public static String noun(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
