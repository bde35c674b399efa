package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import tally.app.FollowUpChain;

/**
 * Each member's last few questions in each channel, oldest first, so that "and how many were wounded?" is read after
 * them (a chain of follow-ups keeps the first question's source). Kept for {@value #MINUTES} minutes after the last
 * question: one asked later starts afresh. Bounded, and timed by the injected ticker.
 */
final class Conversations {

    static final int MINUTES = 15;
    private static final int MAX_ASKERS = 10_000;

    private final Cache<String, List<String>> last;

    Conversations(Ticker ticker) {
        this.last = Caffeine.newBuilder().maximumSize(MAX_ASKERS).expireAfterWrite(Duration.ofMinutes(MINUTES))
                .ticker(ticker).build();
    }

    /** The member's last questions in this channel, oldest first; empty when none in the last {@value #MINUTES} minutes. */
    List<String> earlier(long channelId, long userId) {
        List<String> kept = last.getIfPresent(channelId + ":" + userId);
        return kept == null ? List.of() : kept;
    }

    void asked(long channelId, long userId, String question) {
        if (!question.isBlank()) {
            last.asMap().merge(channelId + ":" + userId, List.of(question),
                    (old, added) -> FollowUpChain.with(old, question));
        }
    }
}
