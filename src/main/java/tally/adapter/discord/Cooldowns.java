package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How fast each member may ask: {@code burst} questions in a row, then one every {@code interval} (a token bucket,
 * kept as the generic cell rate algorithm: per member, the time at which their allowance would be whole again if they
 * stopped asking). The limit is on the sustained rate, so a member who asks a few questions in a row is not held back.
 * Time comes from the injected ticker.
 */
final class Cooldowns {
    /**
     * Chat questions a member may have waiting for their allowance. Each is answered in turn; more than this is a
     * flood, and the extra questions are not kept.
     */
    static final int MAX_WAITING = 3;

    private final long interval;
    private final int burst;
    /** How far ahead of now a member's theoretical arrival time may run before they must wait: the burst. */
    private final long tolerance;
    private final Ticker ticker;
    /** Member id → theoretical arrival time (ticker nanos). An entry in the past means a full allowance. */
    private final Cache<Long, Long> due;

    /** @param interval one question per interval once the burst is spent; zero means no limit */
    Cooldowns(Duration interval, int burst, Ticker ticker) {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
        this.interval = interval.toNanos();
        this.burst = burst;
        this.tolerance = (burst - 1) * this.interval;
        this.ticker = ticker;
        // Once this long has passed since a member's last question, their allowance is whole again: forget them.
        Duration forget = interval.multipliedBy(burst + MAX_WAITING + 1L);
        this.due = Caffeine.newBuilder().expireAfterWrite(forget.isZero() ? Duration.ofNanos(1) : forget)
                .ticker(ticker).maximumSize(100_000).build();
    }

    /** Zero when the member may ask now (and spends one question of their allowance); otherwise how long until they may. */
    Duration tryAcquire(long member) {
        if (interval == 0) {
            return Duration.ZERO;
        }
        long now = ticker.read();
        long[] wait = {0};
        due.asMap().compute(member, (id, previous) -> {
            long tat = previous == null ? now : Math.max(previous, now);
            if (tat - now > tolerance) {
                wait[0] = tat - now - tolerance;
                return previous;
            }
            return tat + interval;
        });
        return Duration.ofNanos(wait[0]);
    }

    /**
     * Spends one question of the member's allowance, now or as soon as it returns: zero to answer now, or how long to
     * hold the question before answering it; null when {@link #MAX_WAITING} questions of theirs already wait.
     */
    @Nullable Duration reserve(long member) {
        if (interval == 0) {
            return Duration.ZERO;
        }
        long now = ticker.read();
        long[] wait = {-1};
        due.asMap().compute(member, (id, previous) -> {
            long tat = previous == null ? now : Math.max(previous, now);
            long allowedAt = Math.max(now, tat - tolerance);
            if (allowedAt - now > MAX_WAITING * interval) {
                return previous;
            }
            wait[0] = allowedAt - now;
            return tat + interval;
        });
        return wait[0] < 0 ? null : Duration.ofNanos(wait[0]);
    }

    /** What a member is told when a slash command comes too soon: when to ask again, and the rule. */
    String refusal(Duration wait) {
        return "You have asked " + (burst == 1 ? "a question" : burst + " questions") + " in quick succession. "
                + "Ask again in " + seconds(wait) + " s; Tally answers each member up to " + burst
                + " questions in a row, then one every " + seconds(Duration.ofNanos(interval)) + " s.";
    }

    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
