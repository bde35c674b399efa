package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Each member's last question in each channel, so that "and how many were wounded?" is read after it. Kept for
 * {@value #MINUTES} minutes: a question asked later starts afresh. Bounded, and timed by the injected ticker.
 */
final class Conversations {

    static final int MINUTES = 15;
    private static final int MAX_ASKERS = 10_000;

    private final Cache<String, String> last;

    Conversations(Ticker ticker) {
        this.last = Caffeine.newBuilder().maximumSize(MAX_ASKERS).expireAfterWrite(Duration.ofMinutes(MINUTES))
                .ticker(ticker).build();
    }

    /** The member's last question in this channel, or null when none was asked in the last {@value #MINUTES} minutes. */
    @Nullable String previous(long channelId, long userId) {
        return last.getIfPresent(channelId + ":" + userId);
    }

    void asked(long channelId, long userId, String question) {
        if (!question.isBlank()) {
            last.put(channelId + ":" + userId, question);
        }
    }
}
