package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.corpus.CorpusFile;
import tally.corpus.CorpusFolderException;
import tally.corpus.CorpusSnapshot;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.LoadProblem;

class IndexStoreTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path data;
    final FakeExtraction extraction = new FakeExtraction();
    final List<String> log = new ArrayList<>();
    IndexStore store;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        data = tmp.resolve("data");
        store = new IndexStore(data, extraction, log::add);
        write("a.txt", "title: A\npublished: 2024-12-02\n---\nZelensky said KILLED 100 by zelensky in Kursk.\n");
        write("b.txt", "Last Updated:\nThe spy agency said KILLED 30 by nis near the border.\n");
        write("c.txt", "title: bad\nnot a header line\n---\nbody\n");
    }

    @Test
    void unchangedCorpusIsReopenedWithoutExtractingAgain() {
        List<Claim> first;
        String version;
        try (CorpusIndex index = store.open(corpus)) {
            first = index.claims(FigureQuery.all());
            version = index.version();
        }
        assertEquals(1, extraction.calls.get());

        try (CorpusIndex again = new IndexStore(data, extraction, log::add).open(corpus)) {
            assertEquals(1, extraction.calls.get(), "extraction must not run for an unchanged corpus");
            assertEquals(first, again.claims(FigureQuery.all()));
            assertEquals(version, again.version());
            assertEquals(List.of(new LoadProblem("c.txt", 2,
                    "malformed header line (expected 'key: value' before the '---' line): not a header line")),
                    again.corpus().problems());
            assertEquals("b.txt", again.passages("spy agency border", 3).get(0).file());
            assertTrue(again.corpus().articles().get(1).published().inferred(), "the inferred date is stored too");
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("reopened the stored index")), log.toString());
    }

    @Test
    void changedCorpusIsExtractedAndIndexedAgain() throws IOException {
        String before;
        try (CorpusIndex index = store.open(corpus)) {
            before = index.version();
        }
        write("b.txt", "Last Updated:\nThe spy agency now said KILLED 300 by nis.\n");
        write("d.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");

        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(2, extraction.calls.get());
            assertNotEquals(before, index.version());
            assertEquals(List.of("4000", "100", "300"), texts(index));
        }
        Files.delete(corpus.resolve("d.txt"));
        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(List.of("100", "300"), texts(index));
        }
        assertEquals(1, builds().size(), "replaced builds are deleted");
    }

    @Test
    void aCopyDroppedIntoTheFolderIsUsedOnceAndNamedAsAProblem() throws IOException {
        // trial 15: a duplicate dropped straight into the folder counted as a second outlet, with no word said
        write("a-copy.txt", "title: A again\npublished: 2024-12-02\n---\n  Zelensky said KILLED 100 by zelensky\n"
                + "in Kursk.\n");
        write("e.txt", "url: https://www.example.org/news/e/?utm_source=x\n---\nKILLED 7 by nis\n");
        write("f.txt", "url: http://example.org/news/e\n---\nKILLED 7 by nis, updated\n");
        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(List.of("a-copy.txt", "b.txt", "e.txt"),
                    index.corpus().articles().stream().map(tally.model.Article::file).toList(),
                    "a.txt's text is a-copy.txt's, f.txt has e.txt's address: the first by file name is kept");
            assertEquals(List.of("100", "30", "7"), texts(index).stream().sorted().toList(),
                    "Zelensky's 100 is counted once");
            List<LoadProblem> copies = index.corpus().problems().stream()
                    .filter(p -> p.message().startsWith("the same article as")).toList();
            assertEquals(List.of("a.txt: the same article as a-copy.txt (the same text), so it is not used: a-copy.txt"
                            + " is kept (the first by file name) and its claims are counted once; remove one of the"
                            + " two files",
                    "f.txt: the same article as e.txt (the same address), so it is not used: e.txt is kept (the"
                            + " first by file name) and its claims are counted once; remove one of the two files"),
                    copies.stream().map(LoadProblem::toString).toList());
            assertFalse(copies.get(0).warning(), "a copy is not used: a problem, listed with the files not loaded");
            assertTrue(index.corpus().problems().stream().anyMatch(p -> p.file().equals("c.txt")),
                    "the other problems stay");
        }
        Files.delete(corpus.resolve("a-copy.txt"));
        try (CorpusIndex index = store.open(corpus)) {
            assertTrue(index.corpus().articles().stream().anyMatch(a -> a.file().equals("a.txt")),
                    "with the copy gone, the other file is used again");
            assertTrue(index.corpus().problems().stream().noneMatch(p -> p.file().equals("a.txt")));
        }
    }

    static Stream<Arguments> damage() {
        return Stream.<Arguments>of(
                Arguments.of("manifest missing (killed before it was written)",
                        (Consumer<Path>) b -> delete(b.resolve("manifest.json"))),
                Arguments.of("manifest truncated", (Consumer<Path>) b -> truncate(b.resolve("manifest.json"), 20)),
                Arguments.of("stored corpus truncated", (Consumer<Path>) b -> truncate(b.resolve("corpus.bin"), 50)),
                Arguments.of("stored corpus emptied", (Consumer<Path>) b -> truncate(b.resolve("corpus.bin"), 0)),
                Arguments.of("largest Lucene file truncated", (Consumer<Path>) b -> truncate(largest(b), 10)),
                Arguments.of("Lucene segments file deleted", (Consumer<Path>) b -> delete(segments(b))),
                Arguments.of("whole Lucene folder deleted", (Consumer<Path>) b -> IndexFolder.deleteQuietly(
                        b.resolve("lucene"))),
                Arguments.of("whole build folder deleted", (Consumer<Path>) IndexFolder::deleteQuietly),
                Arguments.of("a byte changed inside the largest Lucene file, same size",
                        (Consumer<Path>) b -> flipByte(largest(b))),
                Arguments.of("a byte changed inside every Lucene file, same size",
                        (Consumer<Path>) b -> luceneFiles(b).forEach(IndexStoreTest::flipByte)),
                Arguments.of("a byte changed inside the stored corpus, same size",
                        (Consumer<Path>) b -> flipByte(b.resolve("corpus.bin"))),
                Arguments.of("CURRENT garbled", (Consumer<Path>) b -> overwrite(b.getParent().resolve("CURRENT"),
                        "\u0000\u0001../../etc")));
    }

    @Test
    void verifyingTheStoredIndexReadsEveryFileAndFindsAChangedByte() throws IOException {
        assertThrows(IOException.class, () -> IndexStore.verifyStored(data, corpus), "nothing stored yet");
        try (CorpusIndex index = store.open(corpus)) {
            assertFalse(index.claims(FigureQuery.all()).isEmpty());
        }
        Path build = builds().get(0);
        long expected = size(build.resolve("corpus.bin"))
                + luceneFiles(build).stream().mapToLong(IndexStoreTest::size).sum();
        assertEquals(expected, IndexStore.verifyStored(data, corpus));

        flipByte(largest(build));
        assertThrows(IOException.class, () -> IndexStore.verifyStored(data, corpus));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void damagedStoredIndexIsRebuiltFromTheCorpus(String why, Consumer<Path> harm) throws IOException {
        List<Claim> good;
        try (CorpusIndex index = store.open(corpus)) {
            good = index.claims(FigureQuery.all());
        }
        harm.accept(builds().get(0));

        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(2, extraction.calls.get(), "rebuilt by extracting again");
            assertEquals(good, index.claims(FigureQuery.all()));
            assertFalse(index.passages("Zelensky Kursk", 2).isEmpty());
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("unusable") || l.contains("no stored index")), log.toString());
        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(2, extraction.calls.get(), "the rebuilt index is reused next time");
        }
    }

    @Test
    void anotherExtractorVersionReadsTheCorpusAgain() {
        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(2, index.claims(FigureQuery.all()).size());
        }
        FakeExtraction newer = new FakeExtraction() {
            @Override
            public String version() {
                return "rules 2, lexicon 9f2c";
            }
        };
        try (CorpusIndex index = new IndexStore(data, newer, log::add).open(corpus)) {
            assertEquals(1, newer.calls.get(), "stored claims of another extractor version are not reused");
            assertEquals(2, index.claims(FigureQuery.all()).size());
        }
        try (CorpusIndex index = new IndexStore(data, newer, log::add).open(corpus)) {
            assertEquals(1, newer.calls.get(), "the same version reuses them");
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("another extractor version")), log.toString());
    }

    @Test
    void unfinishedBuildLeftByACrashIsIgnoredAndCleanedUp() throws IOException {
        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(2, index.claims(FigureQuery.all()).size());
        }
        Path current = builds().get(0);
        Path crashed = Files.createDirectories(current.getParent().resolve("build-crashed-1/lucene"));
        Files.writeString(crashed.resolve("_0.fdt"), "half");
        write("e.txt", "KILLED 7");

        try (CorpusIndex index = store.open(corpus)) {
            assertEquals(3, index.claims(FigureQuery.all()).size());
        }
        assertEquals(1, builds().size());
        assertFalse(Files.exists(crashed));
    }

    @Test
    void eachCorpusFolderHasItsOwnIndex() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("x.txt"), "KILLED 9 by x");
        try (CorpusIndex a = store.open(corpus); CorpusIndex b = store.open(other)) {
            assertEquals(List.of("9"), texts(b));
            assertEquals(2, a.claims(FigureQuery.all()).size());
        }
        try (CorpusIndex a = store.open(corpus); CorpusIndex b = store.open(other)) {
            assertEquals(2, extraction.calls.get());
            assertEquals(List.of("9"), texts(b));
        }
    }

    @Test
    void aFileGoneMidReadKeepsItsLastGoodVersionWhileNewFilesLoad() throws IOException {
        AnalyzedCorpus previous;
        try (CorpusIndex index = store.open(corpus)) {
            previous = index.corpus();
        }
        CorpusSnapshot now = new CorpusSnapshot(corpus, List.of(
                CorpusFile.read("a.txt", Files.readAllBytes(corpus.resolve("a.txt"))),
                CorpusFile.unreadable("b.txt", "file disappeared while the corpus was being read"),
                CorpusFile.read("new.txt", "KILLED 5 by n".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "snapshot-2");

        try (CorpusIndex index = store.open(now, previous)) {
            assertEquals(List.of("100", "30", "5"), texts(index));
            assertEquals(List.of("a.txt", "b.txt", "new.txt"),
                    index.corpus().articles().stream().map(tally.model.Article::file).toList());
            LoadProblem gone = index.corpus().problems().get(0);
            assertEquals("b.txt", gone.file());
            assertTrue(gone.message().contains("disappeared") && gone.message().contains("last good version"));
            assertTrue(index.corpus().articles().get(1).published().inferred(), "its date is inferred afresh");
        }
    }

    @Test
    void anEmptyCorpusFolderGivesAnEmptyIndexThatStillAnswers() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (CorpusIndex index = store.open(empty)) {
            assertEquals(List.of(), index.claims(FigureQuery.all()));
            assertEquals(List.of(), index.passages("North Korean troops", 5));
        }
        try (CorpusIndex index = store.open(empty)) {
            assertEquals(List.of(), index.corpus().articles());
        }
    }

    @Test
    void missingCorpusFolderIsAClearError() {
        Path missing = tmp.resolve("nowhere");
        CorpusFolderException e = assertThrows(CorpusFolderException.class, () -> store.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()));
    }

    @Test
    void staticOpenBuildsFromTheSeedCorpus() {
        try (CorpusIndex index = IndexStore.open(Path.of("corpus"), data, extraction)) {
            assertEquals(5, index.corpus().articles().size());
            assertEquals(List.of(), index.corpus().problems());
            assertEquals("001_fa9f3cb9a62acd7e.txt", index.passages("Lee Seong-kweun fatalities", 3).get(0).file());
        }
    }

    private List<String> texts(CorpusIndex index) {
        return index.claims(FigureQuery.all()).stream().map(c -> c.figure().text()).toList();
    }

    private List<Path> builds() throws IOException {
        try (Stream<Path> keys = Files.list(data); Stream<Path> all = Files.list(keys.findFirst().orElseThrow())) {
            return all.filter(p -> p.getFileName().toString().startsWith("build-")).sorted().toList();
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text);
    }

    static Path largest(Path build) {
        try (Stream<Path> files = Files.list(build.resolve("lucene"))) {
            return files.max(Comparator.comparingLong(IndexStoreTest::size)).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> luceneFiles(Path build) {
        try (Stream<Path> files = Files.list(build.resolve("lucene"))) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Changes one byte in the middle of the file, keeping its size and modification time. */
    static void flipByte(Path p) {
        flipByte(p, size(p) / 2);
    }

    static void flipByte(Path p, long at) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var time = Files.getLastModifiedTime(p);
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            ch.read(one, at);
            one.put(0, (byte) (one.get(0) ^ 0x01)).rewind();
            ch.write(one, at);
            ch.force(true);
            Files.setLastModifiedTime(p, time);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path segments(Path build) {
        try (Stream<Path> files = Files.list(build.resolve("lucene"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void truncate(Path p, long size) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void overwrite(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
