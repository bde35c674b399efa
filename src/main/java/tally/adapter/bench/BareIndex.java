package tally.adapter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline for ingest: the same article files read and indexed by plain Lucene (one document per file, its whole
 * text English-analysed and stored, committed to disk), with no parsing and no extraction. Measured in the same run
 * as Tally's ingest, the ratio of the two is what extraction and Tally's own indexing cost, and holds on a machine
 * whose speed varies with what else runs on it.
 */
final class BareIndex {

    /** What the bare indexing did: how many files, in how many seconds. */
    record Result(int articles, double seconds) {
        double articlesPerSec() {
            return seconds <= 0 ? 0 : articles / seconds;
        }
    }

    private BareIndex() {
    }

    static Result index(Path corpus, Path indexDir) {
        long start = System.nanoTime();
        int count = 0;
        try (Stream<Path> listing = Files.list(corpus);
             FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            List<Path> files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            for (Path file : files) {
                Document doc = new Document();
                doc.add(new StringField("file", file.getFileName().toString(), Field.Store.YES));
                doc.add(new TextField("text", new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Field.Store.YES));
                writer.addDocument(doc);
                count++;
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("bare indexing of " + corpus + " failed", e);
        }
        return new Result(count, (System.nanoTime() - start) / 1e9);
    }
}
