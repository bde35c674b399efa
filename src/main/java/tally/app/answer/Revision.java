package tally.app.answer;

import java.util.Objects;
import tally.model.Claim;
import tally.model.Claimant;

/** One claimant's figure for one metric changing over time: from {@code before} to {@code after}. */
public record Revision(Claimant claimant, Claim before, Claim after) {
    public Revision {
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
