package tally.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.corpus.CorpusSnapshot;
import tally.model.AnalyzedCorpus;
import tally.model.Plural;

/**
 * Keeps one persisted index per corpus folder under the data folder ({@code dataDir/<hash of the folder's real
 * path>/}). When the corpus content is unchanged since the last run, the stored index and analysed corpus are reopened
 * without running extraction; otherwise the corpus is loaded, extracted and indexed into a fresh build that replaces
 * the old one atomically. A stored index that is missing, half-written or corrupt is rebuilt, never fatal.
 *
 * <p>Whether a stored build serves again is {@link BuildReuse}'s to say, reading the corpus is {@link CorpusAnalysis}'s,
 * and writing a build (or serving from memory when it cannot be saved) is {@link BuildWriter}'s; this class orders them.
 */
public final class IndexStore {

    private final Path dataDir;
    private final Consumer<String> log;
    private final BuildReuse reuse;
    private final CorpusAnalysis analysis;
    private final BuildWriter writer;

    public IndexStore(Path dataDir, ClaimExtraction extraction, Consumer<String> log) {
        this(dataDir, extraction, log, BuildStorage.FILES);
    }

    IndexStore(Path dataDir, ClaimExtraction extraction, Consumer<String> log, BuildStorage storage) {
        this.dataDir = dataDir;
        this.log = log;
        this.reuse = new BuildReuse(extraction, log);
        this.analysis = new CorpusAnalysis(extraction, log);
        this.writer = new BuildWriter(extraction, log, storage);
    }

    /** Opens (reusing or building) the index of a corpus folder, without progress messages. */
    public static CorpusIndex open(Path corpusDir, Path dataDir, ClaimExtraction extraction) {
        return new IndexStore(dataDir, extraction, message -> { }).open(corpusDir);
    }

    /**
     * The index of a corpus folder: the stored one when it was built from the same content by the same extractor,
     * else a new build. Never fails for want of disk: see {@link #open(CorpusSnapshot, AnalyzedCorpus)}.
     *
     * @throws tally.corpus.CorpusFolderException when the corpus folder is missing
     */
    public LuceneCorpusIndex open(Path corpusDir) {
        // Opening the stored index and hashing the corpus are independent: doing both at once shortens a restart.
        IndexFolder folder = IndexFolder.of(dataDir, corpusDir);
        FutureTask<@Nullable LuceneCorpusIndex> preload = new FutureTask<>(() -> reuse.reopen(folder, null, true));
        Thread loader = new Thread(preload, "tally-index-preload");
        loader.setDaemon(true);
        loader.start();
        CorpusSnapshot snapshot;
        try {
            snapshot = CorpusSnapshot.read(corpusDir);
        } catch (RuntimeException e) {
            closeQuietly(join(preload));
            throw e;
        }
        LuceneCorpusIndex stored = join(preload);
        if (stored != null && stored.version().equals(snapshot.fingerprint())) {
            log.accept("index: corpus unchanged, reopened the stored index (" + Plural.count(stored.corpus().articles().size(),
                    "article") + ", " + Plural.count(stored.corpus().claims().size(), "claim") + ")");
            return stored;
        }
        if (stored == null) {
            return open(snapshot, null, null, false);
        }
        // The stored build is the base of the new one: only changed articles are read and written again.
        log.accept("index: corpus changed since the stored index, updating it");
        try {
            return open(snapshot, null, stored, false);
        } finally {
            closeQuietly(stored);
        }
    }

    /**
     * The index for this snapshot of the corpus: the stored one if it was built from the same content, else a new
     * build. {@code previous} is the corpus currently served, if any: a file that was good there and is bad now keeps
     * its last good version (and is reported), so a file caught mid-save loses nothing.
     *
     * <p>When the build cannot be saved (no space left, permission denied, the data folder is a file) the cause is
     * logged with its path, whatever the build had written is removed, and the freshly analysed corpus is served from
     * memory: {@link LuceneCorpusIndex#unsavedBecause()} says why.
     */
    public LuceneCorpusIndex open(CorpusSnapshot snapshot, @Nullable AnalyzedCorpus previous) {
        return open(snapshot, previous, null, true);
    }

    /**
     * As {@link #open(CorpusSnapshot, AnalyzedCorpus)} with the index answering now: when it is the current build on
     * disk, the new build starts from it and writes only what changed.
     */
    public LuceneCorpusIndex open(CorpusSnapshot snapshot, CorpusIndex served) {
        return open(snapshot, served.corpus(), served, true);
    }

    private LuceneCorpusIndex open(CorpusSnapshot snapshot, @Nullable AnalyzedCorpus previous,
                                   @Nullable CorpusIndex served, boolean report) {
        IndexFolder folder = IndexFolder.of(dataDir, snapshot.folder());
        LuceneCorpusIndex stored = reuse.reopen(folder, snapshot.fingerprint(), report);
        if (stored != null) {
            log.accept("index: corpus unchanged, reopened the stored index");
            return stored;
        }
        AtomicReference<@Nullable AnalyzedCorpus> analysed = new AtomicReference<>();
        try {
            return folder.locked(() -> {
                LuceneCorpusIndex builtMeanwhile = reuse.reopen(folder, snapshot.fingerprint(), false);
                if (builtMeanwhile != null) {
                    return builtMeanwhile;
                }
                StoredBuild.Base base = reuse.base(folder, served);
                if (base != null) {
                    analysis.keepStoredReadings(base.build(), base.corpus());
                }
                analysed.set(analysis.analyze(snapshot, previous));
                return writer.write(folder, snapshot, analysed.get(), base);
            });
        } catch (IOException e) {
            // The data folder itself cannot be created or locked: analyse anyway (once) and answer from memory.
            AnalyzedCorpus corpus = analysed.get() != null ? analysed.get() : analysis.analyze(snapshot, previous);
            return writer.unsaved(folder, snapshot, corpus, e);
        }
    }

    /**
     * Verifies every checksum of the stored index of a corpus folder, as opening it does: each Lucene file and the
     * stored corpus, read whole. Returns the bytes verified. For measuring what the check costs.
     *
     * @throws IOException when there is no stored index or a file does not match its checksum
     */
    public static long verifyStored(Path dataDir, Path corpusDir) throws IOException {
        Path build = IndexFolder.of(dataDir, corpusDir).current();
        if (build == null) {
            throw new IOException("no stored index for " + corpusDir + " under " + dataDir);
        }
        return BuildReuse.verify(build);
    }

    private static @Nullable LuceneCorpusIndex join(FutureTask<@Nullable LuceneCorpusIndex> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null; // reopen() reports its own failures and returns null; anything else means "rebuild"
        }
    }

    private static void closeQuietly(@Nullable LuceneCorpusIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (RuntimeException e) {
                // it was never handed out; nothing depends on closing it cleanly
            }
        }
    }

    /**
     * Reads the served corpus's articles once, unless this store already read a corpus: a stored index is reopened
     * without extraction, so the extraction holds no article's reading, and the first change after a start would
     * re-read all of them. Run in the background by whoever follows the folder. Returns whether it read anything.
     */
    public boolean warm(AnalyzedCorpus served) {
        return analysis.warm(served);
    }

    /**
     * As {@link #warm(AnalyzedCorpus)}, but first from the readings stored with the build answering now (when it is
     * the current one of {@code corpusDir}): then only the articles they do not cover are read, usually none.
     */
    public boolean warm(Path corpusDir, CorpusIndex served) {
        if (analysis.analysed()) {
            return false;
        }
        StoredBuild.Base base = reuse.base(IndexFolder.of(dataDir, corpusDir), served);
        if (base != null) {
            analysis.keepStoredReadings(base.build(), base.corpus());
        }
        return analysis.warm(served.corpus());
    }
}
