package tally.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
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
    static final String ARTICLE = "article";
    static final String METRIC = "metric";
    static final String CLAIMANT = "claimant";
    static final String RELAYED_BY = "relayedBy";
    static final String CLAIM_DATE = "claimDate";
    static final String LOW = "low";
    static final String HIGH = "high";
    static final String ORDINAL = "ordinal";
    static final String ORDER = "order";
    /** BM25 needs term frequencies and norms but no positions: there are no phrase queries, and indexing is faster. */
    private static final FieldType TEXT_TYPE = textType();

    private IndexDocuments() {
    }

    /**
     * Writes every paragraph and claim with one writer, a large RAM buffer and a single commit at the end. Articles are
     * split between two threads (IndexWriter is built for concurrent adds); ranking does not depend on document order
     * because ties are broken by the stored {@code order} value.
     */
    static void write(Directory directory, AnalyzedCorpus corpus) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(96);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<Article> articles = corpus.articles();
            int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
            ParallelWrite.run(threads, articles.size(), i -> {
                Article a = articles.get(i);
                List<String> paragraphs = Paragraphs.split(a.body());
                for (int p = 0; p < paragraphs.size(); p++) {
                    writer.addDocument(passageDoc(i, p, a, paragraphs.get(p)));
                }
            });
            List<Claim> claims = corpus.claims();
            int[] rank = ranks(claims);
            for (int i = 0; i < claims.size(); i++) {
                writer.addDocument(claimDoc(i, rank[i], claims.get(i)));
            }
            writer.commit();
        }
    }

    private static Document passageDoc(int ordinal, int paragraphNumber, Article a, String paragraph) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDER, ((long) ordinal << 24) | paragraphNumber));
        doc.add(new StringField(TYPE, "passage", Field.Store.NO));
        doc.add(new StringField(FILE, a.file(), Field.Store.NO));
        if (a.outlet() != null) {
            doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
        }
        if (a.published() != null) {
            doc.add(new LongPoint(PUBLISHED, a.published().date().toEpochDay()));
        }
        doc.add(new StoredField(ARTICLE, ordinal));
        doc.add(new Field(TEXT, paragraph, TEXT_TYPE));
        return doc;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
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
