package tally.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs an indexing step for items 0..n-1 on a few threads, handing out items one by one, and rethrows the first error. */
final class ParallelWrite {

    @FunctionalInterface
    interface Step {
        void write(int item) throws IOException;
    }

    private ParallelWrite() {
    }

    static void run(int threads, int items, Step step) throws IOException {
        if (threads <= 1 || items < 64) {
            for (int i = 0; i < items; i++) {
                step.write(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        onEach(threads, () -> {
            for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                step.write(i);
            }
        }, () -> next.set(items));
    }

    /** Work that each thread runs whole, sharing what it takes from somewhere safe to share. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    /**
     * Runs {@code work} once on each of {@code threads} threads and waits for all; on the first error, {@code stop}
     * tells the others to stop, and the error is rethrown.
     */
    static void onEach(int threads, Work work, Runnable stop) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tally-indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            stop.run();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
