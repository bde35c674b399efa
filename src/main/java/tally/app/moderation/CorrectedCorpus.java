package tally.app.moderation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.app.port.ModerationStore;
import tally.app.port.StoreException;

/**
 * The corpus as every reply sees it: each version of the underlying index, with the corrections in force applied.
 * The view of a version is built once, on its first read, and again only when the index or the change log moves
 * on; so a correction shows at once after it is made (the writer calls {@link #reload()}), a re-index or refresh of
 * the corpus applies every correction again, and a change made by another process sharing the database shows after
 * the next {@link #reload()} (the bot calls it every few seconds). Thread-safe.
 */
public final class CorrectedCorpus implements IndexAccess {

    private record Log(long revision, List<Change> changes) {
    }

    private final IndexAccess base;
    private final ModerationStore store;
    private final Consumer<String> log;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile Log changes;
    private volatile @Nullable CorrectedIndex view;
    private volatile Set<Long> reportedMissing = Set.of();
    private volatile boolean storeFailing;

    /** Reads the change log now: a store that cannot be read stops the start with its reason. */
    public CorrectedCorpus(IndexAccess base, ModerationStore store, Consumer<String> log) {
        this(base, store, log, store.changes());
    }

    /**
     * With the change log already read (the composition root reads it while the index opens: opening the database
     * costs a native library load that need not wait for the corpus).
     */
    public CorrectedCorpus(IndexAccess base, ModerationStore store, Consumer<String> log, List<Change> log0) {
        this.base = Objects.requireNonNull(base, "base");
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
        this.changes = logOf(log0);
    }

    @Override
    public <T> T read(Function<CorpusIndex, T> work) {
        return base.read(index -> work.apply(viewOf(index)));
    }

    /** The corrected claims of the version now served. */
    public CorrectedClaims current() {
        return base.read(index -> viewOf(index).claimsWithCorrections());
    }

    /**
     * Reads the change log again if its revision moved; tells the listeners when it did. A store that cannot be read
     * keeps the corrections already read (logged once until it answers again). Never throws.
     */
    public boolean reload() {
        try {
            if (store.revision() == changes.revision()) {
                recovered();
                return false;
            }
            Log fresh = read();
            changes = fresh;
            recovered();
            notify("moderators changed the corrections (change log at " + fresh.revision() + ")");
            return true;
        } catch (StoreException e) {
            if (!storeFailing) {
                storeFailing = true;
                log.accept("corrections: cannot read the moderation database, still applying the corrections read "
                        + "before: " + e.getMessage());
            }
            return false;
        }
    }

    /** For the composition root: the underlying corpus changed (a refresh swapped in a new version). */
    public void corpusChanged(String version) {
        notify("the corpus changed (version " + version + ")");
    }

    /** Called with what changed whenever the figures replies show may have changed. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    public ModerationStore store() {
        return store;
    }

    private CorrectedIndex viewOf(CorpusIndex index) {
        Log now = changes;
        CorrectedIndex known = view;
        if (known != null && known.base() == index && known.revision() == now.revision()) {
            return known;
        }
        synchronized (this) {
            known = view;
            if (known != null && known.base() == index && known.revision() == now.revision()) {
                return known;
            }
            CorrectedIndex built = new CorrectedIndex(index, new CorrectedClaims(index.claims(FigureQuery.all()),
                    now.changes()), now.revision());
            reportMissing(built.claimsWithCorrections());
            // A read still on an older version must not replace the view of a newer one for everybody else.
            if (known == null || known.revision() <= now.revision()) {
                view = built;
            }
            return built;
        }
    }

    private void reportMissing(CorrectedClaims claims) {
        Set<Long> missing = claims.missing().stream().map(Change::id).collect(Collectors.toUnmodifiableSet());
        if (missing.equals(reportedMissing)) {
            return;
        }
        reportedMissing = missing;
        for (Change c : claims.missing()) {
            log.accept("corrections: change " + c.id() + " (" + c.action().name().toLowerCase(java.util.Locale.ROOT)
                    + " of \"" + Objects.requireNonNull(c.target()).wording() + "\" in " + c.target().file()
                    + ") no longer finds its claim; `tally claim log` lists it");
        }
    }

    private Log read() {
        return logOf(store.changes());
    }

    private static Log logOf(List<Change> all) {
        return new Log(all.isEmpty() ? 0 : all.get(all.size() - 1).id(), List.copyOf(all));
    }

    private void recovered() {
        if (storeFailing) {
            storeFailing = false;
            log.accept("corrections: the moderation database answers again");
        }
    }

    private void notify(String what) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(what);
            } catch (RuntimeException e) {
                log.accept("corrections: a listener failed: " + e);
            }
        }
    }
}
