package tally.index;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Follows a corpus folder: file-system events where the folder delivers them (a local disk, a Docker bind mount), and
 * a cheap periodic check in any case, since network and some container mounts deliver none. A burst of events (a
 * copy of many files, an editor's save in three steps) is debounced into one refresh once the folder has been quiet
 * for {@code quiet}, and at the latest {@code 10 × quiet} after the burst began, so a file written without pause
 * cannot hold the refresh back. Refreshes and checks run on one background thread, never two at once.
 */
final class CorpusWatcher implements AutoCloseable {

    private final Path folder;
    private final Runnable refresh;
    private final Runnable check;
    private final Duration every;
    private final Duration quiet;
    private final LongSupplier nanos;
    private final Consumer<String> log;
    private final ScheduledExecutorService thread;
    private volatile @Nullable WatchService events;
    private @Nullable ScheduledFuture<?> pending;
    private long burstStart;
    private volatile String mode = "starting";
    private final java.util.concurrent.atomic.AtomicBoolean listening = new java.util.concurrent.atomic.AtomicBoolean();
    private final boolean useEvents;

    /**
     * @param refresh a full refresh: runs after a debounced burst of events
     * @param check   a cheap check that refreshes only when the folder listing looks different: runs {@code every}
     */
    CorpusWatcher(Path folder, Runnable refresh, Runnable check, Duration every, Duration quiet, LongSupplier nanos,
                  Consumer<String> log) {
        this(folder, refresh, check, every, quiet, nanos, log, true);
    }

    /** @param useEvents false to rely on the periodic check alone, as on a mount that delivers no events (tests) */
    CorpusWatcher(Path folder, Runnable refresh, Runnable check, Duration every, Duration quiet, LongSupplier nanos,
                  Consumer<String> log, boolean useEvents) {
        this.useEvents = useEvents;
        this.folder = folder;
        this.refresh = () -> safely(refresh);
        this.check = () -> safely(check);
        this.every = every;
        this.quiet = quiet;
        this.nanos = nanos;
        this.log = log;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tally-corpus-watch");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        thread.scheduleWithFixedDelay(this::checkNow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        if (useEvents) {
            startListening();
        } else {
            mode = "a check every " + seconds(every) + " (file-system events not used)";
        }
    }

    /**
     * Registers for events on the calling thread, so a change made after {@link #start()} returns is never missed,
     * then waits for them on a thread of its own. Falls back to the periodic checks alone when it cannot.
     */
    private void startListening() {
        if (!useEvents || !listening.compareAndSet(false, true)) {
            return;
        }
        String checks = "a check every " + seconds(every);
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
            try {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException | RuntimeException e) {
                service.close();
                throw e;
            }
        } catch (IOException | UnsupportedOperationException e) {
            if (!mode.startsWith("a check")) {
                log.accept("index: no file-system events for " + folder + " (" + e + "); checking it every "
                        + seconds(every));
            }
            mode = checks + " (no file-system events for this folder)";
            listening.set(false);
            return;
        }
        events = service;
        mode = "file-system events, and " + checks;
        Thread listener = new Thread(() -> {
            try {
                listen(service);
            } finally {
                events = null;
                listening.set(false);
            }
        }, "tally-corpus-events");
        listener.setDaemon(true);
        listener.start();
    }

    /** Runs a task on the watcher's thread, before any refresh queued after it. */
    void submit(Runnable task) {
        thread.execute(() -> safely(task));
    }

    /** How the folder is followed, for the status: events and checks, or checks only and why. */
    String mode() {
        return mode;
    }

    private void checkNow() {
        check.run();
        if (events == null && !thread.isShutdown()) {
            startListening(); // the folder may be back (it was deleted or replaced): try events again
        }
    }

    /** Waits for events until the folder goes away or the watcher is closed. */
    private void listen(WatchService service) {
        try (service) {
            while (true) {
                WatchKey ready = service.take();
                boolean relevant = false;
                for (WatchEvent<?> e : ready.pollEvents()) {
                    relevant |= e.kind() == StandardWatchEventKinds.OVERFLOW || relevant(e.context());
                }
                if (relevant) {
                    touched();
                }
                if (!ready.reset()) {
                    mode = "a check every " + seconds(every) + " (the folder was gone or replaced)";
                    log.accept("index: the corpus folder " + folder + " is gone or was replaced; checking every "
                            + seconds(every) + " until it is back");
                    return;
                }
            }
        } catch (ClosedWatchServiceException | IOException e) {
            // closed, or closing failed: either way no more events
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Corpus files are *.txt, not hidden: an editor's swap or backup file is no reason to refresh. */
    private static boolean relevant(@Nullable Object context) {
        String name = context instanceof Path p ? p.getFileName().toString() : "";
        return name.endsWith(".txt") && !name.startsWith(".");
    }

    /** A relevant event: refresh once the folder is quiet, or at the latest 10 quiet periods into a burst. */
    private synchronized void touched() {
        long now = nanos.getAsLong();
        if (pending != null && !pending.isDone()) {
            if (now - burstStart > 10 * quiet.toNanos()) {
                return; // due soon anyway
            }
            pending.cancel(false);
        } else {
            burstStart = now;
        }
        pending = thread.schedule(refresh, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A failure must not end the watching: a periodic task that throws is never run again. Out of memory is said
     * here, with the way out; the version answering now keeps answering.
     */
    private void safely(Runnable task) {
        try {
            task.run();
        } catch (OutOfMemoryError e) {
            log.accept("index: ran out of memory reading the changed corpus (" + e.getMessage() + "); still answering"
                    + " from the version before. Give Java more heap: " + HeapAdvice.HOW);
        } catch (RuntimeException | Error e) {
            log.accept("index: watching the corpus folder failed (" + e + "); still answering, trying again");
        }
    }

    @Override
    public void close() {
        thread.shutdown(); // not shutdownNow: an interrupt would abort a refresh's file writes half-way
        WatchService service = events;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
