package tally.adapter.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fires many requests at the same instant and times each from release to completion, the way a busy server sends a
 * burst of the same question. Each request runs on its own thread, as each Discord interaction arrives on its own.
 */
final class Burst {

    /** Latencies of the requests that finished, and how many failed or timed out. */
    record Result(long[] nanos, int errors, String firstError) {
    }

    private Burst() {
    }

    static Result run(List<String> questions, Consumer<String> handler, long timeoutSeconds) throws InterruptedException {
        int n = questions.size();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        StringBuilder firstError = new StringBuilder();
        List<Future<Long>> futures = new ArrayList<>(n);
        try {
            for (String q : questions) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    handler.accept(q);
                    return System.nanoTime() - start;
                }));
            }
            ready.await();
            go.countDown();
            long[] nanos = new long[n];
            int done = 0;
            for (Future<Long> f : futures) {
                try {
                    nanos[done] = f.get(timeoutSeconds, TimeUnit.SECONDS);
                    done++;
                } catch (Exception e) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError.length() == 0) {
                            firstError.append(e.getCause() != null ? e.getCause() : e);
                        }
                    }
                }
            }
            return new Result(java.util.Arrays.copyOf(nanos, done), errors.get(), firstError.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
