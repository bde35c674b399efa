package tally.index;

import tally.model.ClaimOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Passage;

/**
 * The {@link CorpusIndex} Tally runs on: a Lucene index with one document per paragraph (BM25 over English-analysed
 * text) and one per claim (metric, claimant, relayer, claim date as a point, value range). Claim documents point at
 * their claim in the stored {@link AnalyzedCorpus} by ordinal, so a hit costs no deserialisation; passage documents
 * name their article by file. Thread-safe.
 */
public final class LuceneCorpusIndex implements CorpusIndex {

    /** Best score first; a tie goes to the article first by file name, then to its earlier paragraph. */
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexDocuments.FILE, SortField.Type.STRING),
            new SortField(IndexDocuments.PARAGRAPH, SortField.Type.LONG));
    private static final int MAX_LIMIT = 1_000;
    private static final TopDocs NO_HITS = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    private final AnalyzedCorpus corpus;
    private final String version;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final @Nullable String unsaved;
    private final @Nullable Instant savedAt;
    private final Map<String, Article> byFile = new HashMap<>();

    private LuceneCorpusIndex(AnalyzedCorpus corpus, String version, Directory directory, DirectoryReader reader,
                              @Nullable String unsaved, @Nullable Instant savedAt) throws IOException {
        this.corpus = corpus;
        this.version = version;
        this.directory = directory;
        this.reader = reader;
        this.unsaved = unsaved;
        this.savedAt = savedAt;
        corpus.articles().forEach(a -> byFile.put(a.file(), a));
        this.searcher = new IndexSearcher(reader);
        int claimDocs = searcher.count(ClaimQueries.allClaims());
        if (claimDocs != corpus.claims().size()) {
            throw new IOException("index holds " + claimDocs + " claims, the stored corpus " + corpus.claims().size());
        }
    }

    /** Opens an index written by {@link #write}; the index takes ownership of the directory and closes it. */
    public static LuceneCorpusIndex open(Directory directory, AnalyzedCorpus corpus, String version) throws IOException {
        return open(directory, DirectoryReader.open(directory), corpus, version, null);
    }

    /**
     * As {@link #open(Directory, AnalyzedCorpus, String)} with a reader already opened; closes it on failure.
     *
     * @param savedAt when the index was written to disk (for the status), or null
     */
    static LuceneCorpusIndex open(Directory directory, DirectoryReader reader, AnalyzedCorpus corpus, String version,
                                  @Nullable Instant savedAt) throws IOException {
        try {
            return new LuceneCorpusIndex(corpus, version, directory, reader, null, savedAt);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Opens a reader and runs one claim query and one passage search on it, so Lucene's classes and code paths are
     * loaded and compiled while the stored corpus is decoded on another thread, not when the first question comes.
     */
    static DirectoryReader openWarm(Directory directory) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        try (Analyzer english = new EnglishAnalyzer()) {
            IndexSearcher warm = new IndexSearcher(reader);
            warm.count(ClaimQueries.allClaims());
            Query query = PassageQueries.anyTerm(english, IndexDocuments.TEXT, "how many North Korean troops were killed");
            if (query != null) {
                warm.search(query, 5, BEST_FIRST, true);
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Writes every paragraph and claim of the corpus into an empty directory, committing once at the end. */
    public static void write(Directory directory, AnalyzedCorpus corpus) throws IOException {
        IndexDocuments.write(directory, corpus);
    }

    /** Builds an index that lives only in memory: tests and one-off command-line runs. */
    public static LuceneCorpusIndex inMemory(AnalyzedCorpus corpus, String version) {
        return inMemory(corpus, version, null);
    }

    /**
     * An index in memory standing in for one that could not be saved: it answers the same, and
     * {@link #unsavedBecause()} says why it is not on disk.
     */
    static LuceneCorpusIndex inMemory(AnalyzedCorpus corpus, String version, @Nullable String unsaved) {
        Directory dir = new ByteBuffersDirectory();
        try {
            write(dir, corpus);
            DirectoryReader reader = DirectoryReader.open(dir);
            try {
                return new LuceneCorpusIndex(corpus, version, dir, reader, unsaved, null);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** When this index was written to disk; null for an index in memory. */
    public @Nullable Instant savedAt() {
        return savedAt;
    }

    /** Why this index lives only in memory although Tally meant to save it, or null when it is saved (or meant to be). */
    public @Nullable String unsavedBecause() {
        return unsaved;
    }

    @Override
    public AnalyzedCorpus corpus() {
        return corpus;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Claim> claims(FigureQuery query) {
        return claims(ClaimQueries.filter(query));
    }

    /** Claims matching a Lucene query built by {@link ClaimQueries}, newest first. */
    public List<Claim> claims(Query query) {
        try {
            long[] rankAndOrdinal = searcher.search(query, new OrdinalCollector.Manager());
            Arrays.sort(rankAndOrdinal);
            List<Claim> out = new ArrayList<>(rankAndOrdinal.length);
            for (long v : rankAndOrdinal) {
                out.add(corpus.claims().get((int) v));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("claim search failed", e);
        }
    }

    @Override
    public List<Passage> passages(String text, int limit) {
        TopDocs top = search(text, limit);
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        try {
            StoredFields stored = searcher.storedFields();
            List<Passage> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                Article a = byFile.get(doc.get(IndexDocuments.FILE));
                int paragraph = doc.getField(IndexDocuments.PARAGRAPH).numericValue().intValue();
                out.add(new Passage(a.file(), a.outlet(), a.headline(), a.published(), Paragraphs.split(a.body()).get(paragraph),
                        hit.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("passage search failed", e);
        }
    }

    /**
     * The plain BM25 top-k search behind {@link #passages}, without loading any stored text: lets the benchmark time
     * the search apart from answer building. Returns the number of hits kept.
     */
    public int bareSearch(String text, int limit) {
        return search(text, limit).scoreDocs.length;
    }

    private TopDocs search(String text, int limit) {
        Query query = PassageQueries.anyTerm(analyzer, IndexDocuments.TEXT, text);
        if (query == null || limit <= 0) {
            return NO_HITS;
        }
        try {
            return searcher.search(query, Math.min(limit, MAX_LIMIT), BEST_FIRST, true);
        } catch (IOException e) {
            throw new UncheckedIOException("passage search failed", e);
        }
    }

    /** Lucene documents in the index: passages plus claims. */
    public int documentCount() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index failed", e);
        } finally {
            analyzer.close();
        }
    }
}
