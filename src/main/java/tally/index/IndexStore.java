package tally.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.corpus.CorpusLoader;
import tally.corpus.SameArticles;
import tally.corpus.CorpusSnapshot;
import tally.corpus.LoadResult;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.LoadProblem;
import tally.model.Plural;

/**
 * Keeps one persisted index per corpus folder under the data folder ({@code dataDir/<hash of the folder's real
 * path>/}). When the corpus content is unchanged since the last run, the stored index and analysed corpus are reopened
 * without running extraction; otherwise the corpus is loaded, extracted and indexed into a fresh build that replaces
 * the old one atomically. A stored index that is missing, half-written or corrupt is rebuilt, never fatal.
 */
public final class IndexStore {

    private final Path dataDir;
    private final ClaimExtraction extraction;
    private final Consumer<String> log;
    private final BuildStorage storage;
    private final CorpusLoader loader = new CorpusLoader();
    private final SameArticles sameArticles = new SameArticles();
    /** Whether this store's extraction has read a corpus yet (and so keeps each article's reading). */
    private volatile boolean analysed;
    /** Whether the stored readings were handed to the extraction already (once is enough). */
    private volatile boolean keptStored;

    public IndexStore(Path dataDir, ClaimExtraction extraction, Consumer<String> log) {
        this(dataDir, extraction, log, BuildStorage.FILES);
    }

    IndexStore(Path dataDir, ClaimExtraction extraction, Consumer<String> log, BuildStorage storage) {
        this.dataDir = dataDir;
        this.extraction = extraction;
        this.log = log;
        this.storage = storage;
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
        IndexFolder folder = folderFor(corpusDir);
        FutureTask<@Nullable LuceneCorpusIndex> preload = new FutureTask<>(() -> reopen(folder, null, true));
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
        IndexFolder folder = folderFor(snapshot.folder());
        LuceneCorpusIndex stored = reopen(folder, snapshot.fingerprint(), report);
        if (stored != null) {
            log.accept("index: corpus unchanged, reopened the stored index");
            return stored;
        }
        AtomicReference<@Nullable AnalyzedCorpus> analysed = new AtomicReference<>();
        try {
            return folder.locked(() -> {
                LuceneCorpusIndex builtMeanwhile = reopen(folder, snapshot.fingerprint(), false);
                if (builtMeanwhile != null) {
                    return builtMeanwhile;
                }
                StoredBuild.Base base = base(folder, served);
                if (base != null) {
                    keepStoredReadings(base.build(), base.corpus());
                }
                analysed.set(analyze(snapshot, previous));
                return build(folder, snapshot, analysed.get(), base);
            });
        } catch (IOException e) {
            // The data folder itself cannot be created or locked: analyse anyway (once) and answer from memory.
            AnalyzedCorpus corpus = analysed.get() != null ? analysed.get() : analyze(snapshot, previous);
            return unsaved(folder, snapshot, corpus, e);
        }
    }

    /**
     * The stored index if it is whole, verified, built by this extractor and (when a fingerprint is given) from that
     * corpus content; else null. {@code report} says whether to log why not (once per open, not once per check).
     */
    private @Nullable LuceneCorpusIndex reopen(IndexFolder folder, @Nullable String fingerprint, boolean report) {
        Consumer<String> log = report ? this.log : message -> { };
        try {
            Path build = folder.current();
            if (build == null) {
                log.accept("index: no stored index yet in " + folder.root());
                return null;
            }
            IndexManifest manifest = StoredBuild.manifest(build);
            if (manifest.format() != IndexManifest.FORMAT) {
                log.accept("index: stored index has format " + manifest.format() + ", rebuilding");
                return null;
            }
            if (!manifest.extractorVersion().equals(extraction.version())) {
                log.accept("index: stored claims were read by another extractor version, reading the corpus again");
                return null;
            }
            if (fingerprint != null && !manifest.corpusFingerprint().equals(fingerprint)) {
                log.accept("index: corpus changed since the stored index");
                return null;
            }
            return StoredBuild.open(build, manifest);
        } catch (IOException | RuntimeException e) {
            log.accept("index: stored index is unusable (" + e + "), rebuilding it from the corpus");
            return null;
        }
    }

    /**
     * Verifies every checksum of the stored index of a corpus folder, as opening it does: each Lucene file and the
     * stored corpus, read whole. Returns the bytes verified. For measuring what the check costs.
     *
     * @throws IOException when there is no stored index or a file does not match its checksum
     */
    public static long verifyStored(Path dataDir, Path corpusDir) throws IOException {
        Path build = new IndexFolder(dataDir.resolve(folderKey(corpusDir))).current();
        if (build == null) {
            throw new IOException("no stored index for " + corpusDir + " under " + dataDir);
        }
        IndexManifest manifest = StoredBuild.manifest(build);
        try (org.apache.lucene.store.Directory lucene = BuildStorage.FILES.open(build.resolve(IndexFolder.LUCENE));
             org.apache.lucene.store.Directory root = BuildStorage.FILES.open(build);
             org.apache.lucene.store.IndexInput corpus = root.openInput(IndexFolder.CORPUS,
                     org.apache.lucene.store.IOContext.READONCE)) {
            StoredBuild.verify(lucene, manifest.luceneFiles());
            org.apache.lucene.codecs.CodecUtil.checksumEntireFile(corpus);
        }
        return manifest.corpusFile().bytes()
                + manifest.luceneFiles().values().stream().mapToLong(IndexManifest.FileStamp::bytes).sum();
    }

    private IndexFolder folderFor(Path corpusDir) {
        return new IndexFolder(dataDir.resolve(folderKey(corpusDir)));
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

    /** Writes a build and makes it current; if that fails, removes what it wrote and serves the corpus from memory. */
    /**
     * The build a new one can start from: the current build on disk, when it is the one answering now (same corpus
     * version, format and extractor), so its Lucene files hold exactly the served corpus. Else null: write whole.
     */
    private StoredBuild.@Nullable Base base(IndexFolder folder, @Nullable CorpusIndex served) {
        if (!(served instanceof LuceneCorpusIndex lucene) || lucene.unsavedBecause() != null) {
            return null;
        }
        try {
            Path current = folder.current();
            if (current == null) {
                return null;
            }
            IndexManifest manifest = StoredBuild.manifest(current);
            boolean same = manifest.format() == IndexManifest.FORMAT
                    && manifest.corpusFingerprint().equals(served.version())
                    && manifest.extractorVersion().equals(extraction.version());
            return same ? new StoredBuild.Base(current, served.corpus()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private LuceneCorpusIndex build(IndexFolder folder, CorpusSnapshot snapshot, AnalyzedCorpus corpus,
                                    StoredBuild.@Nullable Base base) {
        log.accept("index: " + Plural.count(corpus.articles().size(), "article") + ", "
                + Plural.count(corpus.claims().size(), "claim") + ", " + CorpusChange.problemsAndWarnings(corpus)
                + "; writing the index"
                + (base == null ? "" : " (only what changed since " + base.build().getFileName() + ")"));
        Path build = null;
        IndexManifest manifest;
        try {
            build = folder.newBuild(snapshot.fingerprint());
            manifest = StoredBuild.write(build, base, corpus, extraction.ownReadings(), new StoredBuild.Origin(
                    snapshot.fingerprint(), extraction.version(), snapshot.folder()), storage);
            folder.publish(build);
        } catch (IOException e) {
            if (build != null && !build.equals(folder.currentOrNull())) {
                IndexFolder.deleteQuietly(build);
            }
            return unsaved(folder, snapshot, corpus, e);
        }
        folder.deleteStaleBuildsQuietly();
        log.accept("index: ready, " + Plural.count(manifest.articles(), "article") + " indexed in " + build.getFileName());
        Directory lucene = null;
        try {
            lucene = storage.open(build.resolve(IndexFolder.LUCENE));
            return LuceneCorpusIndex.open(lucene, DirectoryReader.open(lucene), corpus, snapshot.fingerprint(),
                    StoredBuild.savedAt(build));
        } catch (IOException e) {
            org.apache.lucene.util.IOUtils.closeWhileHandlingException(lucene);
            return unsaved(folder, snapshot, corpus, e);
        }
    }

    private LuceneCorpusIndex unsaved(IndexFolder folder, CorpusSnapshot snapshot, AnalyzedCorpus corpus,
                                      IOException e) {
        String why = "cannot save the index under " + folder.root().toAbsolutePath() + ": "
                + IoFailures.describe(e, folder.root().toAbsolutePath());
        log.accept("index: WARNING " + why + "; answering from the corpus analysed in memory ("
                + Plural.count(corpus.articles().size(), "article") + ", " + Plural.count(corpus.claims().size(), "claim")
                + "); it will be indexed again at the next change or start");
        return LuceneCorpusIndex.inMemory(corpus, snapshot.fingerprint(), why);
    }

    /**
     * Reads the served corpus's articles once, unless this store already read a corpus: a stored index is reopened
     * without extraction, so the extraction holds no article's reading, and the first change after a start would
     * re-read all of them. Run in the background by whoever follows the folder. Returns whether it read anything.
     */
    public boolean warm(AnalyzedCorpus served) {
        if (analysed) {
            return false;
        }
        analysed = true;
        extraction.analyze(served.articles().stream().map(IndexStore::asLoaded)
                .sorted(Comparator.comparing(Article::file)).toList());
        return true;
    }

    /**
     * As {@link #warm(AnalyzedCorpus)}, but first from the readings stored with the build answering now (when it is
     * the current one of {@code corpusDir}): then only the articles they do not cover are read, usually none.
     */
    public boolean warm(Path corpusDir, CorpusIndex served) {
        if (analysed) {
            return false;
        }
        StoredBuild.Base base = base(folderFor(corpusDir), served);
        if (base != null) {
            keepStoredReadings(base.build(), base.corpus());
        }
        return warm(served.corpus());
    }

    /**
     * Hands the extractor the readings stored with a build, once per store and only before it has read anything:
     * what it read itself is as good. Logs and carries on when they cannot be read (the articles are read instead).
     */
    private void keepStoredReadings(Path build, AnalyzedCorpus corpus) {
        if (analysed || keptStored) {
            return;
        }
        keptStored = true;
        try {
            Map<Article, List<tally.model.Claim>> readings = StoredBuild.readings(build, corpus);
            if (!readings.isEmpty()) {
                extraction.keep(readings);
                log.accept("index: kept the stored readings of " + readings.size() + " of "
                        + Plural.count(corpus.articles().size(), "article") + "; only changed articles, and undated ones for their"
                        + " dates, are read again");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("index: stored readings unusable (" + e + "), reading the articles again");
        }
    }

    private AnalyzedCorpus analyze(CorpusSnapshot snapshot, @Nullable AnalyzedCorpus previous) {
        analysed = true;
        log.accept("index: loading " + snapshot.files().size() + " corpus files from " + snapshot.folder());
        LoadResult loaded = loader.load(snapshot);
        Map<String, Article> lastGood = previous == null ? Map.of()
                : previous.articles().stream().collect(Collectors.toMap(Article::file, Function.identity(), (a, b) -> a));
        List<Article> articles = new ArrayList<>(loaded.articles());
        List<LoadProblem> problems = new ArrayList<>();
        for (LoadProblem p : loaded.problems()) {
            Article old = lastGood.get(p.file());
            if (old == null || p.warning()) {
                // a warning's article loaded: there is no last good version to fall back on
                problems.add(p);
            } else {
                articles.add(asLoaded(old));
                problems.add(new LoadProblem(p.file(), p.line(), p.message()
                        + " (still answering from the last good version of this file)"));
            }
        }
        // one article under two names (a copy dropped into the folder) is used once, the first by file name
        SameArticles.Kept kept = sameArticles.keepFirst(articles);
        problems.addAll(kept.problems());
        AnalyzedCorpus analyzed = extraction.analyze(kept.articles());
        problems.addAll(analyzed.problems());
        return new AnalyzedCorpus(analyzed.articles(), analyzed.claims(), problems);
    }

    /** The article as the loader gave it: an inferred date is the extractor's work and is inferred again. */
    private static Article asLoaded(Article a) {
        return a.published() != null && a.published().inferred() ? a.withPublished(null) : a;
    }

    /** A short, stable name for a corpus folder: the same folder always maps to the same index. */
    static String folderKey(Path corpusDir) {
        Path real;
        try {
            real = corpusDir.toRealPath();
        } catch (IOException e) {
            real = corpusDir.toAbsolutePath().normalize();
        }
        var digest = sha256();
        byte[] hash = digest.digest(real.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
