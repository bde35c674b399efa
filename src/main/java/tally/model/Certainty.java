package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How sure the extractor is of a claim's metric, claimant and date. An uncertain field is never shown as a fact: a
 * reply shows the source's own words for it instead, and an uncertain claim never starts a revision, ends a spread or
 * joins a merge.
 */
public record Certainty(Field metric, Field claimant, Field date) {

    /** Every field read without doubt. */
    public static final Certainty CERTAIN = new Certainty(Field.SURE, Field.SURE, Field.SURE);

    public Certainty {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(date, "date");
    }

    /**
     * One field's certainty. {@code reason} says why it is uncertain ("claimant from a previous sentence", "two verbs
     * could govern this number"); {@code asWorded} is the source's own words for the field, shown in its place.
     */
    public record Field(boolean certain, @Nullable String reason, @Nullable String asWorded) {

        public static final Field SURE = new Field(true, null, null);

        public Field {
            if (!certain && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("an uncertain field says why");
            }
            if (certain && (reason != null || asWorded != null)) {
                throw new IllegalArgumentException("a certain field has no reason or wording of its own");
            }
        }

        public static Field doubt(String reason, @Nullable String asWorded) {
            return new Field(false, reason, asWorded == null || asWorded.isBlank() ? null : asWorded.strip());
        }
    }

    /** True when metric, claimant and date are all certain. */
    public boolean allCertain() {
        return metric.certain() && claimant.certain() && date.certain();
    }

    public Certainty withMetric(Field field) {
        return new Certainty(field, claimant, date);
    }

    public Certainty withClaimant(Field field) {
        return new Certainty(metric, field, date);
    }

    public Certainty withDate(Field field) {
        return new Certainty(metric, claimant, field);
    }
}
