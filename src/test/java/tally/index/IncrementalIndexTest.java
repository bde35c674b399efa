package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.Passage;

/** A refresh writes only what changed into a new build that starts from the current one, and finds the same. */
class IncrementalIndexTest {

    @TempDir
    Path tmp;

    @Test
    void anUpdatedIndexFindsWhatAFreshlyWrittenOneFinds() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 30; i++) {
            write(corpus, i, "KILLED " + (100 + i) + " by c" + i);
        }
        FakeExtraction extraction = new FakeExtraction();
        try (LiveCorpus live = LiveCorpus.open(corpus, tmp.resolve("data"), extraction, line -> { })) {
            java.util.Set<Object> before = fileKeys(currentBuild(tmp.resolve("data")));
            write(corpus, 30, "KILLED 5000 by new");
            write(corpus, 7, "KILLED 777 by edited");
            Files.delete(corpus.resolve("a12.txt"));
            live.refresh();

            java.util.Set<Object> after = fileKeys(currentBuild(tmp.resolve("data")));
            after.retainAll(before);
            assertTrue(!after.isEmpty(),
                    "the new build reuses the unchanged Lucene files of the one before");
            try (CorpusIndex fresh = new IndexStore(tmp.resolve("fresh"), new FakeExtraction(), l -> { })
                    .open(corpus)) {
                assertEquals(fresh.claims(FigureQuery.all()), live.claims(FigureQuery.all()));
                assertEquals(fresh.corpus(), live.corpus());
                for (String marker : List.of("marker30", "marker7", "marker12", "marker0", "marker29")) {
                    assertEquals(files(fresh.passages(marker, 5)), files(live.passages(marker, 5)), marker);
                }
                assertEquals(List.of("a30.txt"), files(live.passages("marker30", 5)));
                assertEquals(List.of(), files(live.passages("marker12", 5)), "a removed article is gone");
                assertEquals(List.of("a7.txt"), files(live.passages("edited", 5)));
                assertEquals(List.of(), files(live.passages("c7", 5)), "an edited article's old text is gone");
            }
        }
    }

    private static void write(Path corpus, int i, String line) throws IOException {
        // background paragraphs, as real articles have: a refresh then deletes a small share of the documents, and
        // Lucene keeps the old segment rather than merging it away
        Files.writeString(corpus.resolve("a" + i + ".txt"), "published: 2025-01-0" + (1 + i % 9) + "\n---\nmarker" + i
                + " opens the article.\n\n" + line + " in Kursk.\n\n"
                + "Background paragraph about the front line and the weather.\n\n".repeat(8));
    }

    private static List<String> files(List<Passage> passages) {
        return passages.stream().map(Passage::file).toList();
    }

    private static Path currentBuild(Path data) throws IOException {
        try (Stream<Path> keys = Files.list(data)) {
            Path key = keys.findFirst().orElseThrow();
            return key.resolve(Files.readString(key.resolve(IndexFolder.CURRENT)).strip());
        }
    }

    /** The identities (device and inode) of a build's Lucene files: a hard link has the same. */
    private static java.util.Set<Object> fileKeys(Path build) throws IOException {
        java.util.Set<Object> keys = new java.util.HashSet<>();
        try (Stream<Path> files = Files.list(build.resolve(IndexFolder.LUCENE))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    keys.add(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
                }
            }
        }
        return keys;
    }
}
