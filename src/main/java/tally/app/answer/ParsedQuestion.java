package tally.app.answer;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;
import tally.model.Metric;

/**
 * What a question asks: metrics (empty when it names none), an optional claimant or party (a party such as South Korea
 * stands for all of its claimants; at most one of the two is set), an optional period, and whether it is about the
 * topic at all.
 */
public record ParsedQuestion(
        Set<Metric> metrics,
        @Nullable Claimant claimant,
        @Nullable String partyId,
        @Nullable Period period,
        boolean onTopic) {

    public ParsedQuestion {
        metrics = Set.copyOf(metrics);
        if (claimant != null && partyId != null) {
            throw new IllegalArgumentException("a question filters by a claimant or by a party, not both");
        }
    }

    /** Without a party filter. */
    public ParsedQuestion(Set<Metric> metrics, @Nullable Claimant claimant, @Nullable Period period, boolean onTopic) {
        this(metrics, claimant, null, period, onTopic);
    }

    /** Every metric, no filter: what a summary shows. */
    public static ParsedQuestion everything() {
        return new ParsedQuestion(Set.of(), null, null, null, true);
    }
}
