package tally.app.moderation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change of the log with what it does now: {@code IN_FORCE} (acting on the claim {@code claimId} names today),
 * {@code SUPERSEDED} (a fix every field of which a later fix in force sets again, so the claim shows the later values),
 * {@code UNDONE}, or {@code CLAIM_MISSING} (in force, but its claim is not in the corpus any more: the article was
 * removed or re-worded). An undo is {@code IN_FORCE} until it is undone itself.
 */
public record LogEntry(Change change, State state, @Nullable String claimId) {

    public enum State {
        IN_FORCE("in force"), SUPERSEDED("superseded by a later fix"), UNDONE("undone"),
        CLAIM_MISSING("claim no longer found");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LogEntry {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(state, "state");
    }
}
