package tally.app.compose;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Figure;

/**
 * The claims at each end of a group's numeric spread, so disagreement is visible. Only comparable totals
 * ({@link Claim#comparable()}: cumulative, every field certain) stand at an end: a count for one battle, one period,
 * one unit or a forecast measures something else, and a claim read with doubt may not be what it seems. Vague figures
 * ("hundreds") have no number and never stand at an end, nor does an unnamed source (nobody to name at that end). "More than 3,000" stands at 3,000 at both ends. Among equal
 * figures the newest claim is shown. No spread when fewer than two different numbers are claimed.
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
            Long low = lowEnd(c.figure());
            Long high = highEnd(c.figure());
            if (low != null && (lowest == null || low < lowEnd(lowest.figure()))) {
                lowest = c;
            }
            if (high != null && (highest == null || high > highEnd(highest.figure()))) {
                highest = c;
            }
        }
        if (lowest == null || highest == null || lowEnd(lowest.figure()) >= highEnd(highest.figure())) {
            return NONE;
        }
        return new Spread(lowest, highest);
    }

    /** The highest comparable total, even when it is the only one (who gives the highest number?). */
    static @Nullable Claim highestOf(List<Claim> newestFirst) {
        Claim best = null;
        for (Claim c : newestFirst) {
            Long high = highEnd(c.figure());
            if (c.comparable() && c.claimant().known() && high != null && (best == null || high > highEnd(best.figure()))) {
                best = c;
            }
        }
        return best;
    }

    static @Nullable Claim lowestOf(List<Claim> newestFirst) {
        Claim best = null;
        for (Claim c : newestFirst) {
            Long low = lowEnd(c.figure());
            if (c.comparable() && c.claimant().known() && low != null && (best == null || low < lowEnd(best.figure()))) {
                best = c;
            }
        }
        return best;
    }

    private static @Nullable Long lowEnd(Figure f) {
        return f.low() != null ? f.low() : f.high();
    }

    private static @Nullable Long highEnd(Figure f) {
        return f.high() != null ? f.high() : f.low();
    }
}
