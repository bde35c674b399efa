package tally.index;

import tally.model.ClaimOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Passage;

/**
 * The {@link CorpusIndex} Tally runs on: a Lucene index with one document per paragraph (BM25 over English-analysed
 * text) and one per claim (metric, claimant, relayer, claim date as a point, value range). Claim documents point at
 * their claim in the stored {@link AnalyzedCorpus} by ordinal, so a hit costs no deserialisation. Thread-safe.
 */
public final class LuceneCorpusIndex implements CorpusIndex {

    static final String TYPE = "type";
    static final String FILE = "file";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String TEXT = "text";
    static final String ARTICLE = "article";
    static final String METRIC = "metric";
    static final String CLAIMANT = "claimant";
    static final String RELAYED_BY = "relayedBy";
    static final String CLAIM_DATE = "claimDate";
    static final String LOW = "low";
    static final String HIGH = "high";
    static final String ORDINAL = "ordinal";
    private static final int MAX_LIMIT = 1_000;
    private static final TopDocs NO_HITS = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    private final AnalyzedCorpus corpus;
    private final String version;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final int[] rank;

    private LuceneCorpusIndex(AnalyzedCorpus corpus, String version, Directory directory) throws IOException {
        this.corpus = corpus;
        this.version = version;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.rank = ranks(corpus.claims());
        int claimDocs = searcher.count(ClaimQueries.allClaims());
        if (claimDocs != corpus.claims().size()) {
            reader.close();
            throw new IOException("index holds " + claimDocs + " claims, the stored corpus " + corpus.claims().size());
        }
    }

    /** Opens an index written by {@link #write}; the index takes ownership of the directory and closes it. */
    public static LuceneCorpusIndex open(Directory directory, AnalyzedCorpus corpus, String version) throws IOException {
        return new LuceneCorpusIndex(corpus, version, directory);
    }

    /** Builds an index that lives only in memory: tests and one-off command-line runs. */
    public static LuceneCorpusIndex inMemory(AnalyzedCorpus corpus, String version) {
        Directory dir = new ByteBuffersDirectory();
        try {
            write(dir, corpus);
            return open(dir, corpus, version);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** Writes every paragraph and claim in one pass with one writer and a single commit at the end. */
    public static void write(Directory directory, AnalyzedCorpus corpus) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<Article> articles = corpus.articles();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                for (String paragraph : Paragraphs.split(a.body())) {
                    writer.addDocument(passageDoc(i, a, paragraph));
                }
            }
            List<Claim> claims = corpus.claims();
            for (int i = 0; i < claims.size(); i++) {
                writer.addDocument(claimDoc(i, claims.get(i)));
            }
            writer.commit();
        }
    }

    private static Document passageDoc(int ordinal, Article a, String paragraph) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, "passage", Field.Store.NO));
        doc.add(new StringField(FILE, a.file(), Field.Store.NO));
        if (a.outlet() != null) {
            doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
        }
        if (a.published() != null) {
            doc.add(new LongPoint(PUBLISHED, a.published().date().toEpochDay()));
        }
        doc.add(new StoredField(ARTICLE, ordinal));
        doc.add(new TextField(TEXT, paragraph, Field.Store.YES));
        return doc;
    }

    private static Document claimDoc(int ordinal, Claim c) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, "claim", Field.Store.NO));
        doc.add(new StringField(METRIC, c.metric().id(), Field.Store.NO));
        doc.add(new StringField(CLAIMANT, c.claimant().id(), Field.Store.NO));
        if (c.relayedBy() != null) {
            doc.add(new StringField(RELAYED_BY, c.relayedBy().id(), Field.Store.NO));
        }
        if (c.claimDate().date() != null) {
            doc.add(new LongPoint(CLAIM_DATE, c.claimDate().date().toEpochDay()));
        }
        if (c.figure().low() != null) {
            doc.add(new LongPoint(LOW, c.figure().low()));
        }
        if (c.figure().high() != null) {
            doc.add(new LongPoint(HIGH, c.figure().high()));
        }
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        doc.add(new StoredField(ORDINAL, ordinal));
        return doc;
    }

    /** Each claim's position in {@link ClaimOrder#NEWEST_FIRST}; a stable sort, so ties keep corpus order. */
    private static int[] ranks(List<Claim> claims) {
        Integer[] byOrder = IntStream.range(0, claims.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(byOrder, Comparator.comparing(claims::get, ClaimOrder.NEWEST_FIRST));
        int[] rank = new int[claims.size()];
        for (int r = 0; r < byOrder.length; r++) {
            rank[byOrder[r]] = r;
        }
        return rank;
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
            int[] ordinals = searcher.search(query, new OrdinalCollector.Manager());
            Integer[] sorted = Arrays.stream(ordinals).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, Comparator.comparingInt(o -> rank[o]));
            List<Claim> out = new ArrayList<>(sorted.length);
            for (int o : sorted) {
                out.add(corpus.claims().get(o));
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
                Article a = corpus.articles().get(doc.getField(ARTICLE).numericValue().intValue());
                out.add(new Passage(a.file(), a.outlet(), a.published(), doc.get(TEXT), hit.score));
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
        Query query = PassageQueries.anyTerm(analyzer, TEXT, text);
        if (query == null || limit <= 0) {
            return NO_HITS;
        }
        try {
            return searcher.search(query, Math.min(limit, MAX_LIMIT));
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
