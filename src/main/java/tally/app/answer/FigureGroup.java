package tally.app.answer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Metric;

/**
 * The competing claims for one metric, newest first: the newest few and both ends of the spread are shown, and
 * {@code total} says how many matched in all, so a reply stays readable on a corpus of thousands of articles.
 * {@code lowest}/{@code highest} show who stands at each end of the spread of comparable totals (certain, cumulative
 * figures: {@link Claim#comparable()}); null when fewer than two distinct numbers are claimed. {@code related} marks a
 * group shown alongside the one asked for, such as combined killed-or-wounded figures under a question about deaths.
 * {@code undated} counts the matching claims without a claim date. {@code sides} splits the shown claims by source
 * when the question compares sources (empty otherwise).
 */
public record FigureGroup(
        Metric metric,
        List<Claim> claims,
        @Nullable Claim lowest,
        @Nullable Claim highest,
        List<Revision> revisions,
        boolean related,
        int total,
        int undated,
        List<Side> sides) {
    public FigureGroup {
        Objects.requireNonNull(metric, "metric");
        claims = List.copyOf(claims);
        revisions = List.copyOf(revisions);
        sides = List.copyOf(sides);
        if (undated < claims.stream().filter(c -> !c.claimDate().known()).count() || undated > total) {
            throw new IllegalArgumentException("undated " + undated + " is not between the undated shown and the total");
        }
        if (total < claims.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + claims.size() + " shown");
        }
        if (lowest != null && !lowest.comparable() || highest != null && !highest.comparable()) {
            throw new IllegalArgumentException("only comparable totals stand at the ends of a spread");
        }
    }

    /** A group that shows {@code total} claims' newest few, without sides; the hidden ones all dated. */
    public FigureGroup(Metric metric, List<Claim> claims, @Nullable Claim lowest, @Nullable Claim highest,
                       List<Revision> revisions, boolean related, int total) {
        this(metric, claims, lowest, highest, revisions, related, total,
                (int) claims.stream().filter(c -> !c.claimDate().known()).count(), List.of());
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

    /** How many of those left out have no claim date (the rest are older than the newest shown). */
    public int hiddenUndated() {
        return undated - (int) claims.stream().filter(c -> !c.claimDate().known()).count();
    }

    public FigureGroup withSides(List<Side> newSides) {
        return new FigureGroup(metric, claims, lowest, highest, revisions, related, total, undated, newSides);
    }
}
