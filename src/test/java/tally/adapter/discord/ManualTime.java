package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time a test moves by hand: the bot's ticker, its scheduler and its clock at once. Scheduled work runs on the test's
 * thread inside {@link #advance}, in order of when it is due, so a test knows exactly what has run.
 */
final class ManualTime implements Ticker, Scheduler {
    private record Task(long due, long order, Runnable work) {
    }

    private final Instant start;
    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;
    private int ran;

    ManualTime(Instant start) {
        this.start = start;
    }

    @Override
    public synchronized long read() {
        return now;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        tasks.add(new Task(now + delay.toNanos(), order++, task));
    }

    /** Moves time on, running each task that falls due, in order, at its due time. */
    void advance(Duration by) {
        long until;
        synchronized (this) {
            until = now + by.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due() <= until)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = until;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.due());
                ran++;
            }
            next.work().run();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }

    synchronized int ran() {
        return ran;
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return start.plusNanos(read());
            }
        };
    }
}
