package tally.extract;

import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/**
 * Who a figure is attributed to: the claimant, who relayed it (if anyone), and where in the sentence the attribution
 * stands ({@code anchor}, the speech verb, -1 when nothing attributes it; {@code nameEnd}, the end of the claimant's
 * name, -1 when it is not named), which is where the claim date is looked for.
 */
record Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb, int nameEnd) {
    static final Attribution NONE = new Attribution(Claimant.UNKNOWN, null, -1, null, -1);

    Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb) {
        this(claimant, relay, anchor, verb, -1);
    }

    boolean known() {
        return claimant.known();
    }
}
