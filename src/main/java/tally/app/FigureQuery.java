package tally.app;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Metric;

/** A lookup of claims: any of these metrics (all when empty), optionally one claimant id, optionally since a date. */
public record FigureQuery(Set<Metric> metrics, @Nullable String claimantId, @Nullable LocalDate since) {
    public FigureQuery {
        metrics = Set.copyOf(metrics);
    }

    public static FigureQuery all() {
        return new FigureQuery(Set.of(), null, null);
    }
}
