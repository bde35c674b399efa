package tally.app.port;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Port: makes the running index pick up the corpus folder as it is now, and returns once it serves it (or failed to).
 * The live corpus does the same on its own when it notices the change; this is for a change Tally made itself, so
 * the moderator's reply can count what was added.
 */
public interface LiveRefresh {

    /** The corpus version served afterwards; {@code error} is set when the new corpus could not be indexed. */
    record Outcome(String version, @Nullable String error) {
        public Outcome {
            Objects.requireNonNull(version, "version");
        }
    }

    /** Never throws: a failure is an outcome with an error, and the last good index keeps answering. */
    Outcome refresh();
}
