package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;
import tally.model.AnalyzedCorpus;

class StoredBuildTest {

    @TempDir
    Path build;

    /**
     * Lucene itself checks only small metadata files when it opens an index; a changed byte in stored text or postings
     * would surface later, as a wrong answer or a failed search. Opening verifies every file's checksum instead.
     */
    @Test
    void aByteChangedAnywhereInAnyFileIsFoundWhenTheBuildOpens() throws IOException {
        IndexManifest manifest = StoredBuild.write(build, Fixtures.corpus(),
                new StoredBuild.Origin("v1", "fake", build), BuildStorage.FILES);
        List<Path> files = new ArrayList<>(IndexStoreTest.luceneFiles(build));
        files.add(build.resolve(IndexFolder.CORPUS));
        int tried = 0;
        for (Path file : files) {
            long size = Files.size(file);
            for (int i = 1; i <= 24; i++) {
                long at = size * i / 25;
                IndexStoreTest.flipByte(file, at);
                assertThrows(IOException.class, () -> StoredBuild.open(build, manifest).close(),
                        file.getFileName() + " byte " + at + " of " + size);
                IndexStoreTest.flipByte(file, at);
                tried++;
            }
        }
        try (LuceneCorpusIndex index = StoredBuild.open(build, manifest)) {
            assertEquals(Fixtures.CLAIMS.size(), index.claims(FigureQuery.all()).size());
        }
        assertEquals(24 * files.size(), tried);
    }

    @Test
    void theManifestRecordsEachFilesSizeAndChecksum() throws IOException {
        AnalyzedCorpus corpus = Fixtures.corpus();
        IndexManifest manifest = StoredBuild.write(build, corpus, new StoredBuild.Origin("v1", "x", build),
                BuildStorage.FILES);
        assertEquals(IndexStoreTest.luceneFiles(build).stream().map(p -> p.getFileName().toString()).sorted().toList(),
                manifest.luceneFiles().keySet().stream().sorted().toList());
        assertEquals(Files.size(build.resolve(IndexFolder.CORPUS)), manifest.corpusFile().bytes());
        assertEquals(manifest, StoredBuild.manifest(build));
        assertEquals("x", manifest.extractorVersion());
    }
}
