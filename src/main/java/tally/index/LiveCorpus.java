package tally.index;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>The reference counting is {@link ServedIndex}'s; what the refreshes did, for {@link #status()}, is kept by
 * {@link RefreshHistory}; when to try again to save an index that answers from memory, by {@link SaveRetry}; the log
 * of a new version's problems and its listeners, by {@link ChangeNotices}. This class decides when to refresh.
 */
public final class LiveCorpus implements CorpusIndex, IndexAccess {

    /** How often a followed corpus folder is checked even when file-system events arrive (not every mount sends them). */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    /** How long the folder must be quiet after a file-system event before the change is read. */
    public static final Duration QUIET = Duration.ofMillis(300);
    /** How often an index that could not be saved is tried again while nothing else changes. */
    static final Duration SAVE_RETRY = Duration.ofMinutes(5);

    private final IndexStore store;
    private final Path corpusDir;
    private final Consumer<String> log;
    private final Clock clock;
    private final LongSupplier nanos;
    private final ServedIndex current;
    private final Object refreshLock = new Object();
    private final ChangeNotices notices;
    private final RefreshHistory history;
    private final SaveRetry saving;
    private volatile @Nullable String lastStat;
    private volatile @Nullable CorpusWatcher watcher;

    /** Opens the stored index (or builds it); fails only when nothing at all can be served. */
    public LiveCorpus(IndexStore store, Path corpusDir, Consumer<String> log, Clock clock, LongSupplier nanos) {
        this.store = store;
        this.corpusDir = corpusDir;
        this.log = log;
        this.clock = clock;
        this.nanos = nanos;
        this.notices = new ChangeNotices(log);
        CorpusIndex first = store.open(corpusDir);
        current = new ServedIndex(first);
        history = new RefreshHistory(first.version(), clock.instant());
        saving = new SaveRetry(nanos, SAVE_RETRY);
        // No folder listing here: it would slow the start, and the first watcher tick takes one anyway.
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
            history.checked(clock.instant());
            try (Lease lease = acquire()) {
                String stat = CorpusStat.of(corpusDir);
                CorpusIndex served = lease.index();
                CorpusSnapshot snapshot = CorpusSnapshot.read(corpusDir);
                if (snapshot.fingerprint().equals(served.version()) && !saving.isDue(served)) {
                    lastStat = stat;
                    return history.record(new RefreshResult(RefreshResult.Outcome.UNCHANGED, served.version(), null));
                }
                long start = nanos.getAsLong();
                saving.attempted(start);
                CorpusIndex next = store.open(snapshot, served);
                current.swap(next);
                lastStat = stat;
                return swappedIn(served, next, start);
            } catch (RuntimeException e) {
                String served = current.versionOrClosed();
                log.accept("index: refresh failed, still answering from version " + served + ": " + e);
                return history.record(new RefreshResult(RefreshResult.Outcome.FAILED, served, e.toString()));
            }
        }
    }

    /**
     * What swapping {@code next} in for {@code served} did: the same version saved at last, or a new version, logged
     * with what changed, how long it took since {@code start} and its problems, and told to the listeners.
     */
    private RefreshResult swappedIn(CorpusIndex served, CorpusIndex next, long start) {
        if (next.version().equals(served.version())) {
            if (SaveRetry.unsavedBecause(next) == null) {
                log.accept("index: saved, no longer answering from memory only");
            }
            return history.record(new RefreshResult(RefreshResult.Outcome.UNCHANGED, next.version(), null));
        }
        CorpusChange change = CorpusChange.between(served.corpus(), next.corpus());
        history.answering(clock.instant(), change.summary());
        log.accept("index: corpus changed: " + change.describe() + "; re-indexed in "
                + Duration.ofNanos(nanos.getAsLong() - start).toMillis() + " ms, answering from version "
                + next.version());
        notices.logProblems(next.corpus());
        // recorded before listeners run, so a listener asking lastRefresh() sees this refresh
        RefreshResult updated = history.record(new RefreshResult(RefreshResult.Outcome.UPDATED, next.version(), null));
        notices.notifyListeners(next.version());
        return updated;
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
            notices.logProblems(index.corpus());
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
            if (Objects.equals(CorpusStat.of(corpusDir), lastStat) && !read(saving::isDue)) {
                history.checked(clock.instant());
                RefreshResult last = history.last();
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
        notices.listen(listener);
    }

    /** The outcome of the latest refresh. */
    public RefreshResult lastRefresh() {
        return history.last();
    }

    /** Everything an operator or moderator needs to know about the corpus answering now. */
    public CorpusStatus status() {
        RefreshResult latest = history.last();
        CorpusWatcher w = watcher;
        return read(index -> history.status(index, latest, w == null ? null : w.mode()));
    }

    /** The current index, held until the lease is closed; it is not closed under a caller that holds it. */
    public Lease acquire() {
        return new Lease(current.retain());
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
            current.close();
        }
    }

    /** A borrowed index; close it to let a replaced index be closed. */
    public static final class Lease implements AutoCloseable {
        private final ServedIndex.Counted counted;
        private boolean closed;

        private Lease(ServedIndex.Counted counted) {
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
}
