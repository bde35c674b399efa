package tally.index;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import tally.app.CorpusStatus;
import tally.app.FigureQuery;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.corpus.CorpusSnapshot;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.LoadProblem;
import tally.model.Passage;

/**
 * The index Tally answers from while the corpus folder changes underneath it. {@link #refresh()} re-reads the folder
 * and, when its content changed, builds a new index (re-reading only the articles that changed) and swaps it in;
 * searches already running finish on the index they started with, which is closed only when the last of them lets go
 * (reference counting, as Lucene's SearcherManager does). If a refresh fails, the last good index keeps answering and
 * the error is kept for {@link #status()}. {@link #watch} follows the folder in the background.
 *
 * <p>Each {@link CorpusIndex} method works on the current index; use {@link #acquire()} to make several calls against
 * one consistent version.
 */
public final class LiveCorpus implements CorpusIndex, IndexAccess {

    /** How often a followed corpus folder is checked even when file-system events arrive (not every mount sends them). */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    /** How long the folder must be quiet after a file-system event before the change is read. */
    public static final Duration QUIET = Duration.ofMillis(300);
    /** How often an index that could not be saved is tried again while nothing else changes. */
    static final Duration SAVE_RETRY = Duration.ofMinutes(5);
    private static final int PROBLEMS_LOGGED = 50;

    private final IndexStore store;
    private final Path corpusDir;
    private final Consumer<String> log;
    private final Clock clock;
    private final LongSupplier nanos;
    private final AtomicReference<@Nullable Counted> current = new AtomicReference<>();
    private final Object refreshLock = new Object();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile RefreshResult last;
    private volatile @Nullable String lastStat;
    private volatile @Nullable CorpusWatcher watcher;
    private volatile @Nullable Instant lastChecked;
    private volatile Instant answeringSince;
    private volatile @Nullable String lastChange;
    private volatile long lastSaveAttempt;

    /** Opens the stored index (or builds it); fails only when nothing at all can be served. */
    public LiveCorpus(IndexStore store, Path corpusDir, Consumer<String> log, Clock clock, LongSupplier nanos) {
        this.store = store;
        this.corpusDir = corpusDir;
        this.log = log;
        this.clock = clock;
        this.nanos = nanos;
        CorpusIndex first = store.open(corpusDir);
        current.set(new Counted(first));
        answeringSince = clock.instant();
        lastSaveAttempt = nanos.getAsLong();
        // No folder listing here: it would slow the start, and the first watcher tick takes one anyway.
        last = new RefreshResult(RefreshResult.Outcome.UPDATED, first.version(), null);
    }

    public static LiveCorpus open(Path corpusDir, Path dataDir, ClaimExtraction extraction, Consumer<String> log,
                                  Clock clock, LongSupplier nanos) {
        return new LiveCorpus(new IndexStore(dataDir, extraction, log), corpusDir, log, clock, nanos);
    }

    /** With the system clock: for tests and tools that do not check times. */
    public static LiveCorpus open(Path corpusDir, Path dataDir, ClaimExtraction extraction, Consumer<String> log) {
        return open(corpusDir, dataDir, extraction, log, Clock.systemUTC(), System::nanoTime);
    }

    /**
     * Re-reads the corpus folder and swaps in a new index if its content changed; logs what changed and every file
     * that could not be used. An index that could not be saved is saved now if the disk allows. Never throws.
     */
    public RefreshResult refresh() {
        synchronized (refreshLock) {
            lastChecked = clock.instant();
            try (Lease lease = acquire()) {
                String stat = CorpusStat.of(corpusDir);
                CorpusIndex served = lease.index();
                CorpusSnapshot snapshot = CorpusSnapshot.read(corpusDir);
                if (snapshot.fingerprint().equals(served.version()) && !saveIsDue(served)) {
                    lastStat = stat;
                    return record(new RefreshResult(RefreshResult.Outcome.UNCHANGED, served.version(), null));
                }
                long start = nanos.getAsLong();
                lastSaveAttempt = start;
                CorpusIndex next = store.open(snapshot, served);
                swap(next);
                lastStat = stat;
                if (next.version().equals(served.version())) {
                    if (unsaved(next) == null) {
                        log.accept("index: saved, no longer answering from memory only");
                    }
                    return record(new RefreshResult(RefreshResult.Outcome.UNCHANGED, next.version(), null));
                }
                CorpusChange change = CorpusChange.between(served.corpus(), next.corpus());
                answeringSince = clock.instant();
                lastChange = change.summary();
                log.accept("index: corpus changed: " + change.describe() + "; re-indexed in "
                        + Duration.ofNanos(nanos.getAsLong() - start).toMillis() + " ms, answering from version "
                        + next.version());
                logProblems(next.corpus());
                // recorded before listeners run, so a listener asking lastRefresh() sees this refresh
                RefreshResult updated = record(new RefreshResult(RefreshResult.Outcome.UPDATED, next.version(), null));
                notifyListeners(next.version());
                return updated;
            } catch (RuntimeException e) {
                Counted c = current.get();
                String served = c == null ? "closed" : c.index.version();
                log.accept("index: refresh failed, still answering from version " + served + ": " + e);
                return record(new RefreshResult(RefreshResult.Outcome.FAILED, served, e.toString()));
            }
        }
    }

    /**
     * Follows the corpus folder in the background: file-system events (debounced by {@code quiet}) and a check every
     * {@code every} in any case. Stopped by {@link #close()}. Logs the problems of the version answering now, so the
     * operator's log shows them from the start.
     */
    public void watch(Duration every, Duration quiet) {
        watch(every, quiet, true);
    }

    /** @param events false to follow the folder by the periodic check alone, as on a mount without events */
    void watch(Duration every, Duration quiet, boolean events) {
        CorpusWatcher previous = watcher;
        if (previous != null) {
            previous.close();
        }
        CorpusWatcher w = new CorpusWatcher(corpusDir, this::refresh, this::refreshIfTouched, every, quiet, nanos, log,
                events);
        watcher = w;
        w.submit(this::warm);
        w.start();
        read(index -> {
            logProblems(index.corpus());
            return null;
        });
    }

    /**
     * Waits until the watcher has done what was queued before this call (the first reading of the stored articles, a
     * refresh under way); false when {@code max} passed first or nothing is being watched. For measurements.
     */
    public boolean awaitWatcher(Duration max) throws InterruptedException {
        CorpusWatcher w = watcher;
        if (w == null) {
            return false;
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        w.submit(done::countDown);
        return done.await(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Reads the stored articles once, so that the first change after a start re-reads only what changed. */
    private void warm() {
        long start = nanos.getAsLong();
        AnalyzedCorpus served = corpus();
        if (read(index -> store.warm(corpusDir, index))) {
            log.accept("index: read the " + served.articles().size() + " stored articles once in "
                    + Duration.ofNanos(nanos.getAsLong() - start).toMillis() + " ms, so a change re-reads only what"
                    + " changed");
        }
    }

    /** One periodic check: refresh only when the folder listing looks different (or a save is due). Never throws. */
    public RefreshResult refreshIfTouched() {
        try {
            if (Objects.equals(CorpusStat.of(corpusDir), lastStat) && !read(this::saveIsDue)) {
                lastChecked = clock.instant();
                return last.outcome() == RefreshResult.Outcome.FAILED ? last
                        : new RefreshResult(RefreshResult.Outcome.UNCHANGED, version(), null);
            }
        } catch (RuntimeException e) {
            // fall through: refresh() reports why the folder cannot be read
        }
        return refresh();
    }

    /**
     * Called with the new corpus version each time a new index starts answering (e.g. to clear an answer cache). Only
     * the version is passed: an index handed to a listener could be replaced and closed while it still held it.
     */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** The outcome of the latest refresh. */
    public RefreshResult lastRefresh() {
        return last;
    }

    /** Everything an operator or moderator needs to know about the corpus answering now. */
    public CorpusStatus status() {
        RefreshResult latest = last;
        CorpusWatcher w = watcher;
        return read(index -> new CorpusStatus(index.version(), index.corpus().articles().size(),
                index.corpus().claims().size(), index.corpus().problems(), w == null ? null : w.mode(), lastChecked,
                answeringSince, lastChange, latest.outcome() == RefreshResult.Outcome.FAILED ? latest.error() : null,
                unsaved(index), index instanceof LuceneCorpusIndex l ? l.savedAt() : null));
    }

    /** The current index, held until the lease is closed; it is not closed under a caller that holds it. */
    public Lease acquire() {
        while (true) {
            Counted c = current.get();
            if (c == null) {
                throw new IllegalStateException("the live corpus is closed");
            }
            if (c.tryRetain()) {
                return new Lease(c);
            }
        }
    }

    /** Runs a function against one consistent version of the index. */
    @Override
    public <T> T read(Function<CorpusIndex, T> query) {
        try (Lease lease = acquire()) {
            return query.apply(lease.index());
        }
    }

    @Override
    public AnalyzedCorpus corpus() {
        return read(CorpusIndex::corpus);
    }

    @Override
    public String version() {
        return read(CorpusIndex::version);
    }

    @Override
    public List<Claim> claims(FigureQuery query) {
        return read(i -> i.claims(query));
    }

    @Override
    public List<Passage> passages(String text, int limit) {
        return read(i -> i.passages(text, limit));
    }

    @Override
    public void close() {
        CorpusWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        synchronized (refreshLock) {
            Counted c = current.getAndSet(null);
            if (c != null) {
                c.release();
            }
        }
    }

    private boolean saveIsDue(CorpusIndex index) {
        return unsaved(index) != null && nanos.getAsLong() - lastSaveAttempt >= SAVE_RETRY.toNanos();
    }

    private static @Nullable String unsaved(CorpusIndex index) {
        return index instanceof LuceneCorpusIndex l ? l.unsavedBecause() : null;
    }

    private void logProblems(AnalyzedCorpus corpus) {
        List<LoadProblem> problems = corpus.problems();
        problems.stream().limit(PROBLEMS_LOGGED)
                .forEach(p -> log.accept("index: " + (p.warning() ? "warning: " : "problem: ") + p));
        if (problems.size() > PROBLEMS_LOGGED) {
            log.accept("index: ... and " + (problems.size() - PROBLEMS_LOGGED) + " more problems (see /status)");
        }
    }

    private void notifyListeners(String version) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(version);
            } catch (RuntimeException e) {
                log.accept("index: a corpus-change listener failed: " + e);
            }
        }
    }

    private void swap(CorpusIndex next) {
        Counted old = current.getAndSet(new Counted(next));
        if (old != null) {
            old.release();
        }
    }

    private RefreshResult record(RefreshResult result) {
        last = result;
        return result;
    }

    /** A borrowed index; close it to let a replaced index be closed. */
    public static final class Lease implements AutoCloseable {
        private final Counted counted;
        private boolean closed;

        private Lease(Counted counted) {
            this.counted = counted;
        }

        public CorpusIndex index() {
            return counted.index;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                counted.release();
            }
        }
    }

    /** An index with a count of holders: the live corpus itself plus every lease. Closed when the count hits 0. */
    private static final class Counted {
        final CorpusIndex index;
        private final java.util.concurrent.atomic.AtomicInteger holders = new java.util.concurrent.atomic.AtomicInteger(1);

        Counted(CorpusIndex index) {
            this.index = index;
        }

        boolean tryRetain() {
            while (true) {
                int n = holders.get();
                if (n <= 0) {
                    return false;
                }
                if (holders.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (holders.decrementAndGet() == 0) {
                index.close();
            }
        }
    }
}
