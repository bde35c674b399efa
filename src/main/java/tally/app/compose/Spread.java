package tally.app.compose;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;

/**
 * The claims at each end of a group's numeric spread, so disagreement is visible. Only comparable totals
 * ({@link Claim#comparable()}: cumulative, every field certain) stand at an end: a count for one battle, one period,
 * one unit or a forecast measures something else, and a claim read with doubt may not be what it seems. Vague figures
 * ("hundreds") have no number and never stand at an end, nor does an unnamed source (nobody to name at that end). "More than 3,000" stands at 3,000 at both ends. Among equal
 * figures the newest claim is shown. No spread when fewer than two different numbers are claimed. A range
 * that reaches both ends stands at one only when another claim ties the other; else it is the whole spread alone.
 */
record Spread(@Nullable Claim lowest, @Nullable Claim highest) {

    static final Spread NONE = new Spread(null, null);

    /** @param newestFirst one metric's claims, newest first */
    static Spread of(List<Claim> newestFirst) {
        Claim lowest = null;
        Claim highest = null;
        for (Claim c : newestFirst) {
            if (!c.comparable() || !c.claimant().known()) {
                continue;
            }
            Long low = c.figure().pivot();
            Long high = c.figure().highEnd();
            if (low != null && (lowest == null || low < lowest.figure().pivot())) {
                lowest = c;
            }
            if (high != null && (highest == null || high > highest.figure().highEnd())) {
                highest = c;
            }
        }
        if (lowest == null || highest == null || lowest.figure().pivot() >= highest.figure().highEnd()) {
            return NONE;
        }
        if (lowest == highest) {
            // one range ("15,000 to 18,000") reaches both ends: another claim tying an end stands there instead, else
            // the range is the whole spread, one figure (trial 12: "from 15,000 to 18,000 (NIS, 30 Apr) to 15,000 to
            // 18,000 (NIS, 30 Apr): both ends are one claimant's figures, at two dates")
            Claim range = lowest;
            Claim low = newestOther(newestFirst, range, c -> c.figure().pivot().equals(range.figure().pivot()));
            Claim high = low != null ? null
                    : newestOther(newestFirst, range, c -> c.figure().highEnd().equals(range.figure().highEnd()));
            return new Spread(low != null ? low : range, high != null ? high : range);
        }
        return new Spread(lowest, highest);
    }

    /** The newest comparable claim of a named claimant other than {@code not} that {@code ties}. */
    private static @Nullable Claim newestOther(List<Claim> newestFirst, Claim not,
                                               java.util.function.Predicate<Claim> ties) {
        for (Claim c : newestFirst) {
            if (c != not && c.comparable() && c.claimant().known() && c.figure().pivot() != null
                    && c.figure().highEnd() != null && ties.test(c)) {
                return c;
            }
        }
        return null;
    }

    /** The highest comparable total, even when it is the only one (who gives the highest number?). */
    static @Nullable Claim highestOf(List<Claim> newestFirst) {
        Claim best = null;
        for (Claim c : newestFirst) {
            Long high = c.figure().highEnd();
            if (c.comparable() && c.claimant().known() && high != null && (best == null || high > best.figure().highEnd())) {
                best = c;
            }
        }
        return best;
    }

    static @Nullable Claim lowestOf(List<Claim> newestFirst) {
        Claim best = null;
        for (Claim c : newestFirst) {
            Long low = c.figure().pivot();
            if (c.comparable() && c.claimant().known() && low != null && (best == null || low < best.figure().pivot())) {
                best = c;
            }
        }
        return best;
    }

}
