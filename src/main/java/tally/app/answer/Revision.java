package tally.app.answer;

import java.util.Objects;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * One claimant's figure for one metric changing over time: from {@code before} to {@code after}. Both are comparable
 * totals ({@link Claim#comparable()}) of the same listed claimant, metric and scope; nothing else is a revision.
 */
public record Revision(Claimant claimant, Claim before, Claim after) {
    public Revision {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.comparable() || !after.comparable() || before.metric() != after.metric()
                || before.scope() != after.scope()) {
            throw new IllegalArgumentException("a revision joins two comparable totals of one metric");
        }
    }
}
