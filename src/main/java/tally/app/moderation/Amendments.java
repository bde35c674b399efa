package tally.app.moderation;

import java.util.Objects;
import java.util.Set;
import tally.model.Claim;
import tally.model.ClaimField;

/** Reading a claim's correctable fields as an amendment, and comparing. */
final class Amendments {

    private Amendments() {
    }

    /** The claim's present values of {@code fields}: the "before" of a change to them. */
    static Amendment current(Claim c, Set<ClaimField> fields) {
        Amendment a = Amendment.NONE;
        for (ClaimField f : fields) {
            a = switch (f) {
                case METRIC -> a.withMetric(c.metric());
                case CLAIMANT -> a.withClaimant(c.claimant());
                case RELAY -> a.withRelay(c.relayedBy());
                case DATE -> c.claimDate().known() ? a.withDate(c.claimDate()) : a;
                case SCOPE -> a.withScope(c.scope());
            };
        }
        return a;
    }

    /**
     * True when every field the amendment sets already shows that value, read for sure: setting a value the extractor
     * was unsure of confirms it, which is a change.
     */
    static boolean changesNothing(Claim c, Amendment a) {
        if (a.metric() != null && (a.metric() != c.metric() || !c.certainty().metric().certain())) {
            return false;
        }
        if (a.claimant() != null && (!a.claimant().equals(c.claimant()) || !c.certainty().claimant().certain())) {
            return false;
        }
        if (a.relaySet() && !Objects.equals(a.relay(), c.relayedBy())) {
            return false;
        }
        if (a.date() != null && (!sameDate(a, c) || !c.certainty().date().certain())) {
            return false;
        }
        return a.scope() == null || a.scope() == c.scope();
    }

    private static boolean sameDate(Amendment a, Claim c) {
        return Objects.equals(a.date().date(), c.claimDate().date()) && a.date().precision() == c.claimDate().precision();
    }
}
