package tally.app.answer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.ClaimDate;
import tally.model.Metric;
import tally.model.Scope;

/**
 * What differs between the figures of an answer, read from the claims themselves (never written as prose by Tally):
 * who claims them, when (earliest and latest known claim date, each at its own precision: a claim dated only
 * "late October" is October, never its first day), what they count, over what stretch, how they are
 * qualified, and how many have a field read with doubt. Counts are over every matching claim, shown or not.
 */
public record Differences(
        List<String> claimants,
        @Nullable ClaimDate earliest,
        @Nullable ClaimDate latest,
        int undated,
        Map<Metric, Integer> metrics,
        Map<Scope, Integer> scopes,
        List<String> qualifiers,
        int uncertain,
        int claims) {
    public Differences {
        claimants = List.copyOf(claimants);
        metrics = Map.copyOf(metrics);
        scopes = Map.copyOf(scopes);
        qualifiers = List.copyOf(qualifiers);
        Objects.requireNonNull(metrics, "metrics");
    }
}
