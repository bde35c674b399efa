package tally.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.EditDistance;

/**
 * The header keys an article may have. A key Tally does not know is kept (as the article's metadata) but never read,
 * so a misspelling such as {@code publihsed} would silently lose the publication date; the parser reports it as a
 * warning naming the nearest known key, and the article still loads (an article is the reporter's text, not config:
 * config files refuse an unknown key, an article must not be lost for one).
 */
final class HeaderKeys {

    /**
     * The README's keys, the two {@code article add} writes, and the two the bundled corpus uses to note who wrote the
     * article and how its header was filled.
     */
    static final List<String> KNOWN = List.of("title", "outlet", "url", "published", "language", "author", "note",
            "retrieved-from", "retrieved");

    /** A suggestion reads "did you mean" only this close (two typos: a swap counts as one). */
    private static final int CLOSE = 2;

    private HeaderKeys() {
    }

    /** The warning for {@code key}, or null when it is known. */
    static @Nullable String unknown(String key) {
        if (KNOWN.contains(key)) {
            return null;
        }
        String nearest = KNOWN.get(0);
        int best = Integer.MAX_VALUE;
        for (String k : KNOWN) {
            int d = EditDistance.between(key, k);
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        String hint = best <= CLOSE ? "did you mean '" + nearest + "'?" : "the nearest known key is '" + nearest + "'";
        return "unknown header key '" + key + "' (" + hint + "); its value is not used, the article is loaded without it";
    }
}
