package tally.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.CRC32C;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import tally.corpus.CorpusSnapshot;
import tally.model.AnalyzedCorpus;

/** Writing and verifying one build folder: Lucene files, the stored corpus, and the manifest written last. */
final class StoredBuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredBuild() {
    }

    static IndexManifest write(Path build, AnalyzedCorpus corpus, CorpusSnapshot snapshot) throws IOException {
        Path lucene = build.resolve(IndexFolder.LUCENE);
        try (Directory dir = FSDirectory.open(lucene)) {
            LuceneCorpusIndex.write(dir, corpus);
        }
        Path stored = build.resolve(IndexFolder.CORPUS);
        byte[] bytes = CorpusCodec.toBytes(corpus);
        IndexFolder.writeDurably(stored, bytes);
        IndexManifest manifest = new IndexManifest(IndexManifest.FORMAT, snapshot.fingerprint(),
                snapshot.folder().toAbsolutePath().toString(), corpus.articles().size(), corpus.claims().size(),
                corpus.problems().size(), bytes.length, crc(bytes), IndexFolder.fileSizes(lucene));
        IndexFolder.writeDurably(build.resolve(IndexFolder.MANIFEST), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(manifest));
        org.apache.lucene.util.IOUtils.fsync(build, true);
        return manifest;
    }

    static LuceneCorpusIndex open(Path build, IndexManifest manifest) throws IOException {
        Path lucene = build.resolve(IndexFolder.LUCENE);
        Map<String, Long> sizes = IndexFolder.fileSizes(lucene);
        if (!sizes.equals(manifest.luceneFiles())) {
            throw new IOException("Lucene files differ from the manifest: " + sizes.keySet());
        }
        // Open Lucene on a second thread while this one checks and decodes the stored corpus: restart time.
        Directory dir = FSDirectory.open(lucene);
        FutureTask<DirectoryReader> opening = new FutureTask<>(() -> LuceneCorpusIndex.openWarm(dir));
        Thread opener = new Thread(opening, "tally-index-open");
        opener.setDaemon(true);
        opener.start();
        try {
            AnalyzedCorpus corpus = readCorpus(build, manifest);
            return LuceneCorpusIndex.open(dir, await(opening), corpus, manifest.corpusFingerprint());
        } catch (IOException | RuntimeException e) {
            closeQuietly(opening);
            dir.close();
            throw e;
        }
    }

    private static AnalyzedCorpus readCorpus(Path build, IndexManifest manifest) throws IOException {
        byte[] bytes = Files.readAllBytes(build.resolve(IndexFolder.CORPUS));
        if (bytes.length != manifest.corpusBytes() || crc(bytes) != manifest.corpusCrc32c()) {
            throw new IOException("stored corpus is damaged (size or checksum differs from the manifest)");
        }
        AnalyzedCorpus corpus = CorpusCodec.read(bytes);
        if (corpus.articles().size() != manifest.articles() || corpus.claims().size() != manifest.claims()) {
            throw new IOException("stored corpus counts differ from the manifest");
        }
        return corpus;
    }

    private static DirectoryReader await(FutureTask<DirectoryReader> opening) throws IOException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("cannot open the index", e.getCause());
        }
    }

    private static void closeQuietly(FutureTask<DirectoryReader> opening) {
        try {
            opening.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | IOException e) {
            // it never opened, or is being abandoned anyway
        }
    }

    private static long crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
