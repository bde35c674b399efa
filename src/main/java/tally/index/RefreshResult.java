package tally.index;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one {@link LiveCorpus#refresh()} did; {@code version} is the corpus version served afterwards. */
public record RefreshResult(Outcome outcome, String version, @Nullable String error) {

    public enum Outcome {
        /** The corpus content is the same: nothing was rebuilt. */
        UNCHANGED,
        /** A new index was built and now answers. */
        UPDATED,
        /** The new corpus could not be indexed at all; the last good index keeps answering. */
        FAILED
    }

    public RefreshResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(version, "version");
        if ((outcome == Outcome.FAILED) != (error != null)) {
            throw new IllegalArgumentException("an error is given exactly when the refresh failed");
        }
    }
}
