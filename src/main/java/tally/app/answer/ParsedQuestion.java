package tally.app.answer;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;
import tally.model.Metric;

/**
 * What a question asks: metrics (empty when it names none), an optional claimant and period, and whether it is about
 * the topic at all.
 */
public record ParsedQuestion(Set<Metric> metrics, @Nullable Claimant claimant, @Nullable Period period, boolean onTopic) {
    public ParsedQuestion {
        metrics = Set.copyOf(metrics);
    }
}
