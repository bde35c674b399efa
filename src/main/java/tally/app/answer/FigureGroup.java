package tally.app.answer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Metric;

/**
 * The competing claims for one metric, newest first. {@code lowest}/{@code highest} show who stands at each end of the
 * spread (null when fewer than two distinct numeric figures). {@code related} marks a group shown alongside the one
 * asked for, such as combined killed-or-wounded figures under a question about deaths.
 */
public record FigureGroup(
        Metric metric,
        List<Claim> claims,
        @Nullable Claim lowest,
        @Nullable Claim highest,
        List<Revision> revisions,
        boolean related) {
    public FigureGroup {
        Objects.requireNonNull(metric, "metric");
        claims = List.copyOf(claims);
        revisions = List.copyOf(revisions);
    }
}
