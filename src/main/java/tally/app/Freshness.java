package tally.app;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How current the corpus behind Tally's answers is, for moderators (the bot's /status).
 *
 * @param servingSince when the corpus version now answering was loaded: at start, or when a change to the corpus
 *     folder was last picked up. The index's age is counted from here.
 * @param refreshError why the latest attempt to pick up a change failed (the version loaded at {@code servingSince}
 *     keeps answering meanwhile); null when the latest attempt did not fail
 */
public record Freshness(Instant servingSince, @Nullable String refreshError) {
    public Freshness {
        Objects.requireNonNull(servingSince, "servingSince");
    }
}
