package tally.adapter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline for answer latency: the same question as a plain BM25 search (Lucene's default similarity) over the
 * index Tally built, English-analysed, top 10 with their stored fields loaded. What Tally spends above this is the cost
 * of its answer logic.
 */
final class BareSearch implements AutoCloseable {

    private static final List<String> PREFERRED_FIELDS = List.of("text", "body", "passage", "content", "paragraph");

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final String field;

    BareSearch(Path indexDir) {
        try {
            this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index in " + indexDir, e);
        }
        this.searcher = new IndexSearcher(reader);
        this.field = textField(FieldInfos.getMergedFieldInfos(reader));
    }

    String field() {
        return field;
    }

    int documents() {
        return reader.numDocs();
    }

    /** Finds the folder under {@code root} that holds a Lucene commit (a segments_N file), newest first. */
    static Optional<Path> findIndex(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .max(Comparator.comparing(BareSearch::modified))
                    .map(Path::getParent);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs the search and loads the stored fields of the hits, as an answer would; returns the hit count. */
    int search(String question) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String term : terms(question)) {
                query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
            TopDocs top = searcher.search(query.build(), 10);
            for (ScoreDoc hit : top.scoreDocs) {
                searcher.storedFields().document(hit.doc);
            }
            return top.scoreDocs.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    /**
     * The analysed full-text field: a preferred name if it is indexed with term frequencies (what BM25 needs), else
     * the first field that is.
     */
    private static String textField(FieldInfos infos) {
        List<String> withFreqs = new ArrayList<>();
        for (FieldInfo info : infos) {
            if (info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0) {
                withFreqs.add(info.name);
            }
        }
        return PREFERRED_FIELDS.stream().filter(withFreqs::contains).findFirst()
                .or(() -> withFreqs.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("the index has no full-text field"));
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzer.close();
    }
}
