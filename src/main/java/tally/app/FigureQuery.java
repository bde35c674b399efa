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

    /**
     * Whether {@code claim} is one this query asks for: its metric among {@link #metrics} (any when empty), made or
     * relayed by {@link #claimantId} (when given), and dated on or after {@link #since} (when given; an undated claim
     * then never is). Indexes that filter in memory use this; the Lucene index builds the same filter as a query.
     */
    public boolean matches(tally.model.Claim claim) {
        if (!metrics.isEmpty() && !metrics.contains(claim.metric())) {
            return false;
        }
        if (claimantId != null && !claimantId.equals(claim.claimant().id())
                && (claim.relayedBy() == null || !claimantId.equals(claim.relayedBy().id()))) {
            return false;
        }
        return since == null || claim.claimDate().date() != null && !claim.claimDate().date().isBefore(since);
    }

    public static FigureQuery all() {
        return new FigureQuery(Set.of(), null, null);
    }
}
