package tally.adapter.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs work after a delay: the bot's only source of delay, so that a test can drive it together with the injected
 * {@link com.github.benmanes.caffeine.cache.Ticker} instead of waiting on the wall clock.
 */
@FunctionalInterface
interface Scheduler {

    /** Runs {@code task} once, {@code delay} from now (as the bot's ticker counts time). */
    void schedule(Duration delay, Runnable task);

    /** The production scheduler: one daemon thread; {@link ScheduledExecutorService} counts time as the system ticker does. */
    static Owned onOwnThread() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tally-later");
            thread.setDaemon(true);
            return thread;
        });
        return new Owned(executor);
    }

    /** A scheduler with a thread of its own, stopped when the bot closes. */
    final class Owned implements Scheduler, AutoCloseable {
        private final ScheduledExecutorService executor;

        private Owned(ScheduledExecutorService executor) {
            this.executor = executor;
        }

        @Override
        public void schedule(Duration delay, Runnable task) {
            executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
