package tally.extract;

import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/**
 * Who a figure is attributed to: the claimant, who relayed it (if anyone), and where in the sentence the attribution
 * stands ({@code anchor}, -1 when nothing attributes it), which is where the claim date is looked for.
 */
record Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb) {
    static final Attribution NONE = new Attribution(Claimant.UNKNOWN, null, -1, null);

    boolean known() {
        return claimant.known();
    }
}
