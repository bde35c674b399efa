package tally.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the clause around a position starts and ends (";", ", meaning", ", which", " but " ... from the lexicon), so
 * that the words read for one figure are not another clause's: "sent 11,000 troops, meaning that more than half ...
 * became casualties" counts troops sent, not casualties.
 *
 * <p>Every break of a sentence is found once, on its first question, and kept with the sentence (each thread's last
 * few; strings do not change, so they are compared by identity): a sentence is asked about a dozen times, once per
 * figure and reading, and lower-casing it and searching it for every break each time was 4% of ingest's CPU. One
 * instance serves every rule ({@link CompiledLexicon#clauses}); since the figure's reader may ask about the sentence
 * with its dashes read as commas ({@link DashAsides}) between questions about the sentence itself, a few are kept.
 */
final class Clauses {

    private final List<String> breaks;
    private static final int RECENT = 4;
    /** Each thread's last few sentences and their breaks: articles are read on several threads at once. */
    private final ThreadLocal<Breaks[]> last = ThreadLocal.withInitial(() -> new Breaks[RECENT]);
    private final ThreadLocal<int[]> nextSlot = ThreadLocal.withInitial(() -> new int[1]);

    /** Where each occurrence of a break starts and ends in {@code sentence}, by start. */
    private record Breaks(String sentence, int[] starts, int[] ends) {
    }

    Clauses(List<String> breaks) {
        this.breaks = breaks;
    }

    /** Where the clause holding {@code position} starts: just after the last break wholly before it, or 0. */
    int before(String s, int position) {
        Breaks b = breaksOf(s);
        int best = 0;
        for (int i = 0; i < b.starts.length && b.starts[i] < position; i++) {
            if (b.ends[i] <= position) {
                best = Math.max(best, b.ends[i]);
            }
        }
        return best;
    }

    /** Where the clause holding {@code position} ends: at the first break starting at or after it, or the end. */
    int after(String s, int position) {
        Breaks b = breaksOf(s);
        int at = Arrays.binarySearch(b.starts, position);
        int first = at >= 0 ? at : -at - 1; // equal starts are the same place, whichever of them is found
        return first < b.starts.length ? b.starts[first] : s.length();
    }

    private Breaks breaksOf(String s) {
        Breaks[] recent = last.get();
        for (Breaks b : recent) {
            if (b != null && b.sentence == s) {
                return b;
            }
        }
        Breaks b = find(s);
        int[] next = nextSlot.get();
        recent[next[0]] = b;
        next[0] = (next[0] + 1) % RECENT;
        return b;
    }

    private Breaks find(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() != s.length()) {
            lower = s; // a letter whose lower case is longer would shift every offset; breaks are ASCII, read as written
        }
        long[] found = new long[8]; // start in the high half, end in the low, so that sorting orders by start
        int n = 0;
        for (String br : breaks) {
            for (int at = lower.indexOf(br); at >= 0; at = lower.indexOf(br, at + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = ((long) at << 32) | (at + br.length());
            }
        }
        Arrays.sort(found, 0, n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = (int) (found[i] >>> 32);
            ends[i] = (int) found[i];
        }
        return new Breaks(s, starts, ends);
    }
}
