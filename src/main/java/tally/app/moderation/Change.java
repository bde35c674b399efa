package tally.app.moderation;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the change log, never deleted: who changed which claim, when, from what, to what and why. An undo is a
 * change of its own ({@code undoes} names the change it reverses; its before and after are that change's after and
 * before); {@code undoneBy} is set on a change once an undo reverses it, and cleared when that undo is undone in turn.
 *
 * @param id       sequential, starting at 1; the order changes apply in
 * @param target   the claim; null only for an undo, which acts through the change it names
 */
public record Change(
        long id,
        Instant at,
        Actor actor,
        Action action,
        @Nullable ClaimRef target,
        Amendment before,
        Amendment after,
        String reason,
        @Nullable Long undoes,
        @Nullable Long undoneBy) {

    public enum Action { HIDE, FIX, UNDO }

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
        if (id < 1) {
            throw new IllegalArgumentException("change ids start at 1: " + id);
        }
        if ((action == Action.UNDO) != (undoes != null)) {
            throw new IllegalArgumentException("an undo, and only an undo, names the change it undoes");
        }
        if (action != Action.UNDO && target == null) {
            throw new IllegalArgumentException("a " + action + " names its claim");
        }
    }

    /** Whether this change acts now: it has not been undone. */
    public boolean inForce() {
        return undoneBy == null;
    }

    /** A change before the store gives it an id and stores it. */
    public record Draft(Instant at, Actor actor, Action action, @Nullable ClaimRef target, Amendment before,
                        Amendment after, String reason) {
        public Draft {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(reason, "reason");
            if (action == Action.UNDO) {
                throw new IllegalArgumentException("undo through ModerationStore.undo");
            }
        }
    }
}
