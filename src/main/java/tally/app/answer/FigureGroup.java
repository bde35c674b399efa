package tally.app.answer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Metric;

/**
 * The competing claims for one metric, newest first: the newest few and both ends of the spread are shown, and
 * {@code total} says how many matched in all, so a reply stays readable on a corpus of thousands of articles. {@code lowest}/{@code highest} show who stands at each end of the
 * spread (null when fewer than two distinct numeric figures). {@code related} marks a group shown alongside the one
 * asked for, such as combined killed-or-wounded figures under a question about deaths.
 */
public record FigureGroup(
        Metric metric,
        List<Claim> claims,
        @Nullable Claim lowest,
        @Nullable Claim highest,
        List<Revision> revisions,
        boolean related,
        int total) {
    public FigureGroup {
        Objects.requireNonNull(metric, "metric");
        claims = List.copyOf(claims);
        revisions = List.copyOf(revisions);
        if (total < claims.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + claims.size() + " shown");
        }
    }

    /** A group that shows every claim it has. */
    public FigureGroup(Metric metric, List<Claim> claims, @Nullable Claim lowest, @Nullable Claim highest,
                       List<Revision> revisions, boolean related) {
        this(metric, claims, lowest, highest, revisions, related, claims.size());
    }

    /** How many matching claims the reply leaves out. */
    public int hidden() {
        return total - claims.size();
    }
}
