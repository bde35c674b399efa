package tally.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.corpus.CorpusSnapshot;
import tally.model.AnalyzedCorpus;
import tally.model.Plural;

/**
 * Writes a new build of a corpus's index beside the current one and makes it current, then opens it. When the disk
 * refuses (no space left, permission denied, the data folder is a file), whatever the build had written is removed and
 * the analysed corpus is served from memory, with why it could not be saved: losing the disk never loses the answers.
 */
final class BuildWriter {

    private final ClaimExtraction extraction;
    private final Consumer<String> log;
    private final BuildStorage storage;

    BuildWriter(ClaimExtraction extraction, Consumer<String> log, BuildStorage storage) {
        this.extraction = extraction;
        this.log = log;
        this.storage = storage;
    }

    /**
     * Writes a build of {@code corpus} (only what changed since {@code base}, when there is one) and makes it current;
     * if that fails, removes what it wrote and serves the corpus from memory.
     */
    LuceneCorpusIndex write(IndexFolder folder, CorpusSnapshot snapshot, AnalyzedCorpus corpus,
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

    /** The corpus served from memory, saying why it could not be saved under the folder; logged as a warning. */
    LuceneCorpusIndex unsaved(IndexFolder folder, CorpusSnapshot snapshot, AnalyzedCorpus corpus, IOException e) {
        String why = "cannot save the index under " + folder.root().toAbsolutePath() + ": "
                + IoFailures.describe(e, folder.root().toAbsolutePath());
        log.accept("index: WARNING " + why + "; answering from the corpus analysed in memory ("
                + Plural.count(corpus.articles().size(), "article") + ", " + Plural.count(corpus.claims().size(), "claim")
                + "); it will be indexed again at the next change or start");
        return LuceneCorpusIndex.inMemory(corpus, snapshot.fingerprint(), why);
    }
}
