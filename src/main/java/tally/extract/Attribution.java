package tally.extract;

import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.Claimant;

/**
 * Who a figure is attributed to: the claimant, who relayed it (if anyone), and where in the sentence the attribution
 * stands ({@code anchor}, the speech verb, -1 when nothing attributes it; {@code nameEnd}, the end of the claimant's
 * name, -1 when it is not named), which is where the claim date is looked for. {@code certainty} is uncertain when
 * the claimant was not named in the sentence itself ("he added": the person named before), with the words that stood
 * for it.
 */
record Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb, int nameEnd,
                   Certainty.Field certainty) {
    static final Attribution NONE = new Attribution(Claimant.UNKNOWN, null, -1, null, -1);

    Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb, int nameEnd) {
        this(claimant, relay, anchor, verb, nameEnd, Certainty.Field.SURE);
    }

    Attribution(Claimant claimant, @Nullable Claimant relay, int anchor, @Nullable String verb) {
        this(claimant, relay, anchor, verb, -1);
    }

    boolean known() {
        return claimant.known();
    }

    Attribution doubted(String reason, @Nullable String asWorded) {
        return new Attribution(claimant, relay, anchor, verb, nameEnd, Certainty.Field.doubt(reason, asWorded));
    }
}
