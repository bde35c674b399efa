package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Per-user cooldown between questions, so one member cannot flood a channel. Time comes from the injected ticker. */
final class Cooldowns {
    private final Cache<Long, Long> lastAsked;
    private final Ticker ticker;
    private final long cooldownNanos;

    Cooldowns(Duration cooldown, Ticker ticker) {
        this.ticker = ticker;
        this.cooldownNanos = cooldown.toNanos();
        this.lastAsked = Caffeine.newBuilder().expireAfterWrite(cooldown.isZero() ? Duration.ofNanos(1) : cooldown)
                .ticker(ticker).maximumSize(100_000).build();
    }

    /** Zero when the user may ask now (and starts their cooldown); otherwise how long they must wait. */
    Duration tryAcquire(long userId) {
        if (cooldownNanos == 0) {
            return Duration.ZERO;
        }
        long now = ticker.read();
        Long previous = lastAsked.asMap().putIfAbsent(userId, now);
        if (previous == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1, cooldownNanos - (now - previous)));
    }

    static String refusal(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "You asked very recently. Please wait " + seconds + " s and ask again.";
    }
}
