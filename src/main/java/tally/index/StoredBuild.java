package tally.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.jspecify.annotations.Nullable;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;

/**
 * Writing and opening one build folder: the Lucene index ({@code lucene/}), the stored corpus and the manifest, which
 * is written last. Every file is written through {@link BuildStorage} and carries Lucene's CRC32 footer; opening
 * recomputes every checksum over the whole file, so a byte changed on disk is found before a search reads it.
 */
final class StoredBuild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredBuild() {
    }

    /** What a build was made from: the corpus content, its folder, and the extractor that read it. */
    record Origin(String fingerprint, String extractorVersion, Path corpusFolder) {
    }

    /** The build an update starts from: a finished build of {@code corpus}. */
    record Base(Path build, AnalyzedCorpus corpus) {
    }

    static IndexManifest write(Path build, AnalyzedCorpus corpus, Origin origin, BuildStorage storage)
            throws IOException {
        return write(build, null, corpus, Map.of(), origin, storage);
    }

    static IndexManifest write(Path build, @Nullable Base base, AnalyzedCorpus corpus, Origin origin,
                               BuildStorage storage) throws IOException {
        return write(build, base, corpus, Map.of(), origin, storage);
    }

    /**
     * Writes a build of {@code corpus}. With a {@code base}, the Lucene index starts as the base's (its files linked,
     * not copied: Lucene never changes a file once written) and only what changed is written ({@link
     * IndexDocuments#update}); without, it is written whole. {@code readings} (each article's own claims, from the
     * extractor) are stored beside the corpus when there are any, before the manifest, so a finished build has them.
     */
    static IndexManifest write(Path build, @Nullable Base base, AnalyzedCorpus corpus,
                               Map<Article, List<Claim>> readings, Origin origin, BuildStorage storage)
            throws IOException {
        try (Directory root = storage.open(build); Directory lucene = storage.open(build.resolve(IndexFolder.LUCENE))) {
            if (base == null) {
                LuceneCorpusIndex.write(lucene, corpus);
            } else {
                linkLuceneFiles(base.build().resolve(IndexFolder.LUCENE), build.resolve(IndexFolder.LUCENE), lucene);
                IndexDocuments.update(lucene, base.corpus(), corpus);
            }
            try (IndexOutput out = root.createOutput(IndexFolder.CORPUS, IOContext.DEFAULT)) {
                CorpusCodec.write(corpus, out);
            }
            root.sync(List.of(IndexFolder.CORPUS));
            if (!readings.isEmpty()) {
                try (IndexOutput out = root.createOutput(IndexFolder.READINGS, IOContext.DEFAULT)) {
                    CorpusCodec.writeReadings(corpus.articles(), readings, out);
                }
                root.sync(List.of(IndexFolder.READINGS));
            }
            IndexManifest manifest = new IndexManifest(IndexManifest.FORMAT, origin.fingerprint(),
                    origin.extractorVersion(), origin.corpusFolder().toAbsolutePath().toString(),
                    corpus.articles().size(), corpus.claims().size(), corpus.problems().size(),
                    stamp(root, IndexFolder.CORPUS), stamps(lucene));
            byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            try (IndexOutput out = root.createOutput(IndexFolder.MANIFEST, IOContext.DEFAULT)) {
                out.writeBytes(json, json.length);
            }
            root.sync(List.of(IndexFolder.MANIFEST));
            root.syncMetaData();
            return manifest;
        }
    }

    /**
     * The readings stored with a finished build of {@code corpus} (the corpus it holds), or none when it has none
     * (an older build, an extractor that keeps none). Damage is an {@link IOException}: the caller reads again.
     */
    static Map<Article, List<Claim>> readings(Path build, AnalyzedCorpus corpus) throws IOException {
        if (!Files.exists(build.resolve(IndexFolder.READINGS))) {
            return Map.of();
        }
        try (Directory root = BuildStorage.FILES.open(build);
             IndexInput in = root.openInput(IndexFolder.READINGS, IOContext.READONCE)) {
            return CorpusCodec.readReadings(in, corpus.articles());
        }
    }

    /** When the build was finished: its manifest is written last. */
    static java.time.Instant savedAt(Path build) throws IOException {
        return Files.getLastModifiedTime(build.resolve(IndexFolder.MANIFEST)).toInstant();
    }

    /** Hard links where the file system has them, else copies through the build's storage. */
    private static void linkLuceneFiles(Path from, Path to, Directory target) throws IOException {
        try (Directory source = BuildStorage.FILES.open(from)) {
            for (String name : source.listAll()) {
                if (name.equals("write.lock")) {
                    continue;
                }
                try {
                    Files.createLink(to.resolve(name), from.resolve(name));
                } catch (UnsupportedOperationException | IOException e) {
                    Files.deleteIfExists(to.resolve(name));
                    target.copyFrom(source, name, name, IOContext.DEFAULT);
                }
            }
        }
    }

    static IndexManifest manifest(Path build) throws IOException {
        return JSON.readValue(Files.readAllBytes(build.resolve(IndexFolder.MANIFEST)), IndexManifest.class);
    }

    /**
     * Opens a finished build after checking it against its manifest: the same files, sizes and footer checksums, and
     * every file's checksum recomputed. Any difference is an {@link IOException} (the caller rebuilds).
     */
    static LuceneCorpusIndex open(Path build, IndexManifest manifest) throws IOException {
        Directory lucene = BuildStorage.FILES.open(build.resolve(IndexFolder.LUCENE));
        // Verify and open Lucene on a second thread while this one verifies and decodes the stored corpus: restart time.
        FutureTask<DirectoryReader> opening = new FutureTask<>(() -> {
            verify(lucene, manifest.luceneFiles());
            return LuceneCorpusIndex.openWarm(lucene);
        });
        Thread opener = new Thread(opening, "tally-index-open");
        opener.setDaemon(true);
        opener.start();
        try {
            AnalyzedCorpus corpus = readCorpus(build, manifest);
            return LuceneCorpusIndex.open(lucene, await(opening), corpus, manifest.corpusFingerprint(), savedAt(build));
        } catch (IOException | RuntimeException e) {
            closeQuietly(opening);
            lucene.close();
            throw e;
        }
    }

    /** Every file as the manifest lists it, each one's checksum recomputed over its whole length. */
    static void verify(Directory dir, Map<String, IndexManifest.FileStamp> expected) throws IOException {
        Map<String, IndexManifest.FileStamp> found = stamps(dir);
        if (!found.keySet().equals(expected.keySet())) {
            throw new IOException("the index files differ from the manifest: " + found.keySet());
        }
        for (Map.Entry<String, IndexManifest.FileStamp> e : expected.entrySet()) {
            if (!found.get(e.getKey()).equals(e.getValue())) {
                throw new CorruptIndexException("size or checksum differs from the manifest", e.getKey());
            }
            try (IndexInput in = dir.openInput(e.getKey(), IOContext.READONCE)) {
                CodecUtil.checksumEntireFile(in);
            }
        }
    }

    private static AnalyzedCorpus readCorpus(Path build, IndexManifest manifest) throws IOException {
        try (Directory root = BuildStorage.FILES.open(build)) {
            if (!stamp(root, IndexFolder.CORPUS).equals(manifest.corpusFile())) {
                throw new CorruptIndexException("size or checksum differs from the manifest", IndexFolder.CORPUS);
            }
            AnalyzedCorpus corpus;
            try (IndexInput in = root.openInput(IndexFolder.CORPUS, IOContext.DEFAULT)) {
                corpus = CorpusCodec.read(in);
            }
            if (corpus.articles().size() != manifest.articles() || corpus.claims().size() != manifest.claims()) {
                throw new IOException("stored corpus counts differ from the manifest");
            }
            return corpus;
        }
    }

    /** Length and footer checksum of every file but Lucene's lock. */
    private static Map<String, IndexManifest.FileStamp> stamps(Directory dir) throws IOException {
        Map<String, IndexManifest.FileStamp> stamps = new TreeMap<>();
        for (String name : dir.listAll()) {
            if (!name.equals("write.lock")) {
                stamps.put(name, stamp(dir, name));
            }
        }
        return stamps;
    }

    private static IndexManifest.FileStamp stamp(Directory dir, String name) throws IOException {
        try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
            return new IndexManifest.FileStamp(in.length(), CodecUtil.retrieveChecksum(in));
        }
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
}
