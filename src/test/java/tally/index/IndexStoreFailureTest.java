package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;

/** A disk that fills up, a data folder Tally may not write: say why with the path, clean up, and keep answering. */
class IndexStoreFailureTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path data;
    final FakeExtraction extraction = new FakeExtraction();
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        data = tmp.resolve("data");
        Files.writeString(corpus.resolve("a.txt"), "published: 2024-12-02\n---\nZelensky said KILLED 100 by zelensky.\n");
        Files.writeString(corpus.resolve("b.txt"), "The spy agency said KILLED 30 by nis near the border.\n");
    }

    @Test
    void aDiskThatFillsUpMidBuildIsNamedItsHalfBuildRemovedAndTheCorpusAnsweredFromMemory() throws IOException {
        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add, fullAfter(3_000)).open(corpus)) {
            assertEquals(List.of("100", "30"), texts(index));
            assertFalse(index.passages("spy agency border", 2).isEmpty());
            String why = index.unsavedBecause();
            assertNotNull(why);
            assertTrue(why.contains("no space left on device") && why.contains(data.toString()), why);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("WARNING") && l.contains("no space left on device")
                && l.contains("answering from the corpus analysed in memory")), log.toString());
        assertEquals(List.of(), builds(), "the half-written build is removed");
        assertEquals(1, extraction.calls.get(), "the corpus was analysed once, not again for the fallback");

        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add).open(corpus)) {
            assertNull(index.unsavedBecause(), "with room on the disk it is saved again");
            assertEquals(1, builds().size());
        }
    }

    @Test
    void aFullDiskKeepsTheLastGoodIndexAndAnswersTheChangedCorpusFromMemory() throws IOException {
        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add).open(corpus)) {
            assertEquals(2, index.claims(FigureQuery.all()).size());
        }
        List<Path> good = builds();
        Files.writeString(corpus.resolve("c.txt"), "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");

        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add, fullAfter(0)).open(corpus)) {
            assertEquals(List.of("4000", "100", "30"), texts(index), "the new article answers at once");
            assertNotNull(index.unsavedBecause());
        }
        assertEquals(good, builds(), "the last good build is untouched and still current");
        Files.delete(corpus.resolve("c.txt"));
        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add, fullAfter(0)).open(corpus)) {
            assertNull(index.unsavedBecause(), "the old corpus reopens the last good build, which needs no writing");
            assertEquals(2, extraction.calls.get());
        }
    }

    @Test
    void aDataFolderThatIsAFileIsNamedAndTheCorpusAnsweredFromMemory() throws IOException {
        Files.writeString(data, "not a folder");
        try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add).open(corpus)) {
            assertEquals(List.of("100", "30"), texts(index));
            String why = index.unsavedBecause();
            assertTrue(why != null && why.endsWith("not a folder (a file is in the way): " + data), why);
        }
        assertEquals("not a folder", Files.readString(data));
    }

    /** Runs where permissions bind (not as root, which may write anywhere). */
    @Test
    void aDataFolderTallyMayNotWriteIsNamedAndTheCorpusAnsweredFromMemory() throws IOException {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(data), "permissions do not bind for this user (root)");
            try (LuceneCorpusIndex index = new IndexStore(data, extraction, log::add).open(corpus)) {
                assertEquals(List.of("100", "30"), texts(index));
                String why = index.unsavedBecause();
                assertTrue(why != null && why.contains("permission denied") && why.contains(data.toString()), why);
            }
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theCauseIsSaidInAnOperatorsWords() {
        Path where = Path.of("/data/x");
        assertEquals("no space left on device: /data/x",
                IoFailures.describe(new IOException("No space left on device"), where));
        assertEquals("permission denied: /data/x/CURRENT",
                IoFailures.describe(new java.nio.file.AccessDeniedException("/data/x/CURRENT"), where));
        assertEquals("read-only file system: /data/x/build-1",
                IoFailures.describe(new java.nio.file.FileSystemException("/data/x/build-1", null,
                        "Read-only file system"), where));
    }

    /** A file system with {@code budget} bytes free: every write after that fails as a full disk does. */
    static BuildStorage fullAfter(long budget) {
        AtomicLong left = new AtomicLong(budget);
        return folder -> new FilterDirectory(FSDirectory.open(folder)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                return new Metered(in.createOutput(name, context), left);
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                return new Metered(in.createTempOutput(prefix, suffix, context), left);
            }
        };
    }

    private static final class Metered extends IndexOutput {
        private final IndexOutput out;
        private final AtomicLong left;

        Metered(IndexOutput out, AtomicLong left) {
            super("metered " + out, out.getName());
            this.out = out;
            this.left = left;
        }

        private void take(long bytes) throws IOException {
            if (left.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }
    }

    private static List<String> texts(LuceneCorpusIndex index) {
        return index.claims(FigureQuery.all()).stream().map(c -> c.figure().text()).toList();
    }

    private List<Path> builds() throws IOException {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> keys = Files.list(data)) {
            for (Path key : keys.toList()) {
                try (Stream<Path> all = Files.list(key)) {
                    all.filter(p -> p.getFileName().toString().startsWith("build-")).forEach(out::add);
                }
            }
        }
        return out.stream().sorted().toList();
    }
}
