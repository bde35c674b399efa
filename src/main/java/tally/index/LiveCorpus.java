package tally.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
 * and, when its content changed, builds a new index and swaps it in; searches already running finish on the index
 * they started with, which is closed only when the last of them lets go (reference counting, as Lucene's
 * SearcherManager does). If a refresh fails, the last good index keeps answering and the error is kept for reporting.
 *
 * <p>Each {@link CorpusIndex} method works on the current index; use {@link #acquire()} to make several calls against
 * one consistent version.
 */
public final class LiveCorpus implements CorpusIndex, IndexAccess {

    private final IndexStore store;
    private final Path corpusDir;
    private final Consumer<String> log;
    private final AtomicReference<@Nullable Counted> current = new AtomicReference<>();
    private final Object refreshLock = new Object();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile RefreshResult last;
    private volatile @Nullable String lastStat;
    private volatile @Nullable ScheduledFuture<?> watcher;

    /** Opens the stored index (or builds it); fails only when nothing at all can be served. */
    public LiveCorpus(IndexStore store, Path corpusDir, Consumer<String> log) {
        this.store = store;
        this.corpusDir = corpusDir;
        this.log = log;
        CorpusIndex first = store.open(corpusDir);
        current.set(new Counted(first));
        // No folder listing here: it would slow the start, and the first watcher tick takes one anyway.
        last = new RefreshResult(RefreshResult.Outcome.UPDATED, first.version(), null);
    }

    public static LiveCorpus open(Path corpusDir, Path dataDir, ClaimExtraction extraction, Consumer<String> log) {
        return new LiveCorpus(new IndexStore(dataDir, extraction, log), corpusDir, log);
    }

    /** Re-reads the corpus folder and swaps in a new index if its content changed. Never throws. */
    public RefreshResult refresh() {
        synchronized (refreshLock) {
            try (Lease lease = acquire()) {
                String stat = CorpusStat.of(corpusDir);
                CorpusIndex served = lease.index();
                CorpusSnapshot snapshot = CorpusSnapshot.read(corpusDir);
                if (snapshot.fingerprint().equals(served.version())) {
                    lastStat = stat;
                    return record(new RefreshResult(RefreshResult.Outcome.UNCHANGED, served.version(), null));
                }
                CorpusIndex next = store.open(snapshot, served.corpus());
                swap(next);
                lastStat = stat;
                log.accept("index: now serving corpus version " + next.version() + " ("
                        + next.corpus().problems().size() + " problems)");
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
     * Checks the folder every {@code interval} on the given scheduler and refreshes when a file was added, removed,
     * resized or touched (a cheap listing; the full content hash runs only then). Stopped by {@link #close()}.
     */
    public void watch(ScheduledExecutorService scheduler, Duration interval) {
        ScheduledFuture<?> previous = watcher;
        if (previous != null) {
            previous.cancel(false);
        }
        watcher = scheduler.scheduleWithFixedDelay(this::refreshIfTouched, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** One watcher tick: refresh only when the folder listing looks different. Never throws. */
    public RefreshResult refreshIfTouched() {
        try {
            if (Objects.equals(CorpusStat.of(corpusDir), lastStat)) {
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

    private void notifyListeners(String version) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(version);
            } catch (RuntimeException e) {
                log.accept("index: a corpus-change listener failed: " + e);
            }
        }
    }

    /** The outcome of the latest refresh, for /status and problem reports. */
    public RefreshResult lastRefresh() {
        return last;
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
        ScheduledFuture<?> w = watcher;
        if (w != null) {
            w.cancel(false);
        }
        synchronized (refreshLock) {
            Counted c = current.getAndSet(null);
            if (c != null) {
                c.release();
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
        private final AtomicInteger holders = new AtomicInteger(1);

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
