package tally.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;

/**
 * Whether the build stored on disk can serve again: reopened as it is when it is whole, verified, of this format, read
 * by this extractor and (when asked) built from the same corpus content; or taken as the base of the next build when
 * it holds exactly the corpus answering now. Anything else means a build from the corpus, never a failure.
 */
final class BuildReuse {

    private final ClaimExtraction extraction;
    private final Consumer<String> log;

    BuildReuse(ClaimExtraction extraction, Consumer<String> log) {
        this.extraction = extraction;
        this.log = log;
    }

    /**
     * The stored index if it is whole, verified, built by this extractor and (when a fingerprint is given) from that
     * corpus content; else null. {@code report} says whether to log why not (once per open, not once per check).
     */
    @Nullable LuceneCorpusIndex reopen(IndexFolder folder, @Nullable String fingerprint, boolean report) {
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
     * The build a new one can start from: the current build on disk, when it is the one answering now (same corpus
     * version, format and extractor), so its Lucene files hold exactly the served corpus. Else null: write whole.
     */
    StoredBuild.@Nullable Base base(IndexFolder folder, @Nullable CorpusIndex served) {
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

    /**
     * Verifies every checksum of a stored build, as reopening it does: each Lucene file and the stored corpus, read
     * whole. Returns the bytes verified.
     *
     * @throws IOException when a file does not match its checksum
     */
    static long verify(Path build) throws IOException {
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
}
