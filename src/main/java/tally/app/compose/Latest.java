package tally.app.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.model.Claim;
import tally.model.Scope;

/**
 * "The latest figures": each named claimant's newest dated figure per metric, newest first. A claimant's newest total
 * is preferred over a newer count of one incident or period, which would not be their latest estimate of the whole,
 * and a figure with a number over a newer vague one ("more than 3,000" over a later headline's "thousands"), which
 * says less; a figure read for sure over a newer one read with doubt; when a claimant has nothing better, their newest
 * figure of any scope stands. Unnamed sources and undated claims have no "latest".
 */
final class Latest {

    private Latest() {
    }

    /** @param newestFirst claims newest first, as the index returns them; the result keeps that order */
    static List<Claim> of(List<Claim> newestFirst) {
        Map<String, Claim> newest = new LinkedHashMap<>();
        for (Claim c : newestFirst) {
            if (!c.claimant().known() || !c.claimDate().known()) {
                continue;
            }
            String key = c.claimant().id() + "|" + c.metric().id();
            Claim held = newest.get(key);
            if (held == null || newestRank(c) > newestRank(held)) {
                newest.put(key, c);
            }
        }
        List<Claim> kept = new ArrayList<>();
        for (Claim c : newestFirst) {
            if (newest.get(c.claimant().id() + "|" + c.metric().id()) == c) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * "The first figure": each named claimant's oldest dated figure per metric, oldest first, of any scope (the first
     * word a claimant gave on a measure, whatever it counted). Unnamed sources and undated claims have no "first".
     * Between figures of the same day, one whose claimant and date were read for sure wins over one read with doubt,
     * and then a total over a count of one period
     * (trial 7: "nearly 3,000 — as worded: 'According to him'", dated by its report, stood for Zelensky's first figure
     * while his own stated "more than 3,000" of that day was left out).
     *
     * @param newestFirst claims newest first, as the index returns them
     */
    static List<Claim> earliest(List<Claim> newestFirst) {
        Map<String, Claim> oldest = new LinkedHashMap<>();
        for (Claim c : newestFirst) {
            if (c.claimant().known() && c.claimDate().known()) {
                // the last seen is the oldest, unless it is of the same day as the one held and read with more doubt
                oldest.merge(c.claimant().id() + "|" + c.metric().id(), c, (held, older) ->
                        older.claimDate().date().equals(held.claimDate().date()) && sureness(older) < sureness(held)
                                ? held : older);
            }
        }
        List<Claim> kept = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Claim c = newestFirst.get(i);
            if (oldest.get(c.claimant().id() + "|" + c.metric().id()) == c) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * Claimant read for sure counts most, then a date the claim states, then a metric read for sure; between those
     * alike, a total and a figure with a number ({@link #rank}).
     */
    private static int sureness(Claim c) {
        return 4 * ((c.certainty().claimant().certain() ? 4 : 0)
                + (c.claimDate().basis() == tally.model.DateBasis.STATED ? 2 : 0)
                + (c.certainty().metric().certain() ? 1 : 0)) + rank(c);
    }

    /**
     * A claim read for sure outranks one read with doubt (trial 13: a figure the source denies stood for its claimant's
     * newest word), then {@link #rank}.
     */
    private static int newestRank(Claim c) {
        return (c.certainty().allCertain() ? 4 : 0) + rank(c);
    }

    /** A total outranks any other scope; between two of the same scope, a figure with a number outranks a vague one. */
    private static int rank(Claim c) {
        boolean numbered = c.figure().low() != null || c.figure().high() != null;
        return (c.scope() == Scope.TOTAL ? 2 : 0) + (numbered ? 1 : 0);
    }
}
