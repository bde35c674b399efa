package tally.app.moderation;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.ClaimDate;
import tally.model.ClaimField;
import tally.model.Claimant;
import tally.model.Metric;
import tally.model.Scope;

/**
 * Values of a claim's correctable fields, as a change sets them (its "after") or found them (its "before"). A null
 * field is one the change does not touch; {@code relaySet} tells "relay untouched" (false) from "no relay" (true with a
 * null {@code relay}). {@code hidden} is true for a hidden claim, false for one shown again, null when untouched.
 */
public record Amendment(
        @Nullable Boolean hidden,
        @Nullable Metric metric,
        @Nullable Claimant claimant,
        boolean relaySet,
        @Nullable Claimant relay,
        @Nullable ClaimDate date,
        @Nullable Scope scope) {

    public static final Amendment NONE = new Amendment(null, null, null, false, null, null, null);

    public Amendment {
        if (relay != null && !relaySet) {
            throw new IllegalArgumentException("a relay value needs relaySet");
        }
        if (date != null && !date.known()) {
            throw new IllegalArgumentException("a corrected claim date is a known date");
        }
    }

    public static Amendment hiding(boolean hidden) {
        return new Amendment(hidden, null, null, false, null, null, null);
    }

    public Amendment withMetric(Metric value) {
        return new Amendment(hidden, value, claimant, relaySet, relay, date, scope);
    }

    public Amendment withClaimant(Claimant value) {
        return new Amendment(hidden, metric, value, relaySet, relay, date, scope);
    }

    /** {@code value} null means the claim has no relay. */
    public Amendment withRelay(@Nullable Claimant value) {
        return new Amendment(hidden, metric, claimant, true, value, date, scope);
    }

    public Amendment withDate(ClaimDate value) {
        return new Amendment(hidden, metric, claimant, relaySet, relay, value, scope);
    }

    public Amendment withScope(Scope value) {
        return new Amendment(hidden, metric, claimant, relaySet, relay, date, value);
    }

    /** The claim fields this touches (hiding is not a field). */
    public Set<ClaimField> fields() {
        Set<ClaimField> fields = EnumSet.noneOf(ClaimField.class);
        if (metric != null) {
            fields.add(ClaimField.METRIC);
        }
        if (claimant != null) {
            fields.add(ClaimField.CLAIMANT);
        }
        if (relaySet) {
            fields.add(ClaimField.RELAY);
        }
        if (date != null) {
            fields.add(ClaimField.DATE);
        }
        if (scope != null) {
            fields.add(ClaimField.SCOPE);
        }
        return fields;
    }

    public boolean isEmpty() {
        return hidden == null && fields().isEmpty();
    }

    /** This, with every field {@code later} touches replaced by its value there. */
    public Amendment then(Amendment later) {
        return new Amendment(
                later.hidden != null ? later.hidden : hidden,
                later.metric != null ? later.metric : metric,
                later.claimant != null ? later.claimant : claimant,
                relaySet || later.relaySet,
                later.relaySet ? later.relay : relay,
                later.date != null ? later.date : date,
                later.scope != null ? later.scope : scope);
    }
}
