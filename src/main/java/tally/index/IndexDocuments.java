package tally.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimOrder;

/** The Lucene documents of a corpus: one per paragraph, one per claim, and how they are written. */
final class IndexDocuments {

    static final String TYPE = "type";
    static final String FILE = "file";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String TEXT = "text";
    static final String PARAGRAPH = "paragraph";
    static final String METRIC = "metric";
    static final String CLAIMANT = "claimant";
    static final String RELAYED_BY = "relayedBy";
    static final String CLAIM_DATE = "claimDate";
    static final String LOW = "low";
    static final String HIGH = "high";
    static final String ORDINAL = "ordinal";
    /**
     * BM25 needs term frequencies and norms but no positions: there are no phrase queries, and indexing is faster. The
     * text is not stored: a hit's passage is cut again from its article's body, which the served corpus holds anyway
     * (storing it compressed every paragraph a second time, about a tenth of the index build).
     */
    private static final FieldType TEXT_TYPE = textType();

    private IndexDocuments() {
    }

    /**
     * Writes every paragraph and claim with one writer, a large RAM buffer and a single commit at the end. Articles are
     * split between two threads (IndexWriter is built for concurrent adds); ranking does not depend on document order
     * because ties are broken by file name and paragraph number.
     */
    static void write(Directory directory, AnalyzedCorpus corpus) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
            addPassages(writer, corpus.articles());
            addClaims(writer, corpus.claims());
            flushOnEachThread(writer);
            writer.commit();
        }
    }

    /**
     * Flushes the in-memory segments on two threads at once before the commit, which would flush them one after the
     * other on the committing thread: a profile of a 10,000-article ingest had one core idle for that part (about a
     * third of the index build). Which segment a document lands in changes no search (see {@link #write}).
     */
    private static void flushOnEachThread(IndexWriter writer) throws IOException {
        ParallelWrite.onEach(threads(), () -> {
            while (writer.flushNextBuffer()) {
                // each call flushes one segment, in this thread; false when none is left
            }
        }, () -> { });
    }

    private static int threads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Brings an index of {@code before} up to {@code after} in place: the paragraphs of articles removed or changed
     * are deleted, those of articles added or changed are added, and the claims (merged across articles, so any
     * change can touch any of them) are replaced. Adding one article to 10,000 writes one article's paragraphs, not
     * 10,000. Passage documents name their article by file, never by position, so unchanged ones stay valid.
     */
    static void update(Directory directory, AnalyzedCorpus before, AnalyzedCorpus after) throws IOException {
        Map<String, Article> old = new HashMap<>();
        before.articles().forEach(a -> old.put(a.file(), a));
        List<Article> fresh = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND))) {
            for (Article a : after.articles()) {
                Article was = old.remove(a.file());
                if (was == null || !was.equals(a)) {
                    fresh.add(a);
                    if (was != null) {
                        writer.deleteDocuments(new Term(FILE, a.file()));
                    }
                }
            }
            for (String removed : old.keySet()) {
                writer.deleteDocuments(new Term(FILE, removed));
            }
            writer.deleteDocuments(new Term(TYPE, "claim"));
            addPassages(writer, fresh);
            addClaims(writer, after.claims());
            writer.commit();
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(96);
    }

    private static void addPassages(IndexWriter writer, List<Article> articles) throws IOException {
        ParallelWrite.run(threads(), articles.size(), i -> {
            Article a = articles.get(i);
            List<String> paragraphs = Paragraphs.split(a.body());
            for (int p = 0; p < paragraphs.size(); p++) {
                writer.addDocument(passageDoc(p, a, paragraphs.get(p)));
            }
        });
    }

    private static void addClaims(IndexWriter writer, List<Claim> claims) throws IOException {
        int[] rank = ranks(claims);
        // on two threads as the passages: each claim document carries its own ordinal and rank, so order is free
        ParallelWrite.run(threads(), claims.size(), i -> writer.addDocument(claimDoc(i, rank[i], claims.get(i))));
    }

    private static Document passageDoc(int paragraphNumber, Article a, String paragraph) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, "passage", Field.Store.NO));
        doc.add(new StringField(FILE, a.file(), Field.Store.YES));
        doc.add(new SortedDocValuesField(FILE, new BytesRef(a.file())));
        doc.add(new NumericDocValuesField(PARAGRAPH, paragraphNumber));
        doc.add(new StoredField(PARAGRAPH, paragraphNumber));
        if (a.outlet() != null) {
            doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
        }
        if (a.published() != null) {
            doc.add(new LongPoint(PUBLISHED, a.published().date().toEpochDay()));
        }
        doc.add(new Field(TEXT, paragraph, TEXT_TYPE));
        return doc;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /**
     * The doc value holds the claim's position in {@link ClaimOrder#NEWEST_FIRST} (high half) and its ordinal (low
     * half), so results are put in order by sorting numbers: no comparator runs, and nothing is sorted at start-up.
     */
    private static Document claimDoc(int ordinal, int rank, Claim c) {
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
        doc.add(new NumericDocValuesField(ORDINAL, ((long) rank << 32) | ordinal));
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
}
