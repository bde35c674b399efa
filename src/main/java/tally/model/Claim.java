package tally.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure that a named party claims, never a fact. {@code relayedBy} is who passed it on ("a lawmaker, citing the
 * spy agency": claimant NIS, relayed by the lawmaker). The same claim reported by several articles is one claim with
 * several sources.
 */
public record Claim(
        Metric metric,
        Figure figure,
        Claimant claimant,
        @Nullable Claimant relayedBy,
        ClaimDate claimDate,
        List<Source> sources) {

    public Claim {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimDate, "claimDate");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one source");
        }
    }

    public Claim withSources(List<Source> newSources) {
        return new Claim(metric, figure, claimant, relayedBy, claimDate, newSources);
    }

    public Claim withClaimDate(ClaimDate date) {
        return new Claim(metric, figure, claimant, relayedBy, date, sources);
    }
}
