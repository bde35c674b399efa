package tally.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.model.Article;
import tally.model.LoadProblem;

/** What is in the corpus folder besides articles: pipes, sockets, devices, huge files, odd names. */
class CorpusSnapshotTest {

    /** Reading a pipe blocks until something writes to it; this bound only detects such a hang. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void namedPipesSocketsAndDevicesAreReportedAndSkippedWithoutHanging() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article.");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(dir.resolve("socket.txt")));

            LoadResult result = assertTimeoutPreemptively(HANG, () -> new CorpusLoader().load(dir));

            assertEquals(List.of("good.txt"), result.articles().stream().map(Article::file).toList());
            assertEquals(List.of("pipe.txt", "socket.txt", "zero.txt"),
                    result.problems().stream().map(LoadProblem::file).toList());
            result.problems().forEach(p -> assertTrue(p.message().contains("not a regular file"), p.toString()));
        }
    }

    @Test
    void aFileAboveTheSizeLimitIsReportedWithoutBeingRead() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("dump.txt").toFile(), "rw")) {
            huge.setLength(40L << 30); // sparse: 40 GiB that take no disk space
        }
        Files.writeString(dir.resolve("good.txt"), "A good article.");

        LoadResult result = new CorpusLoader().load(dir);

        assertEquals(1, result.articles().size());
        LoadProblem p = result.problems().get(0);
        assertEquals("dump.txt", p.file());
        assertTrue(p.message().contains("40960.0 MiB, above the limit of 16 MiB"), p.message());
    }

    @Test
    void aNameWithALineBreakOrControlCharacterIsShownEscaped() throws IOException {
        Files.writeString(dir.resolve("evil\nname.txt"), "A good article.");
        Files.writeString(dir.resolve("rtl\u202Eetxt.txt"), "Another.");
        Files.writeString(dir.resolve("tab\there.txt"), "And another.");

        LoadResult result = new CorpusLoader().load(dir);

        assertEquals(List.of("evil\\nname.txt", "rtl\\u202eetxt.txt", "tab\\there.txt"),
                result.articles().stream().map(Article::file).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void twoNamesThatShowAlikeAreBothKeptOneAsAProblem() throws IOException {
        Files.writeString(dir.resolve("a\nb.txt"), "real line break");
        Files.writeString(dir.resolve("a\\nb.txt"), "backslash and n");

        CorpusSnapshot snapshot = CorpusSnapshot.read(dir);

        assertEquals(2, snapshot.files().size());
        assertEquals(1, new CorpusLoader().load(snapshot).articles().size());
        assertTrue(new CorpusLoader().load(snapshot).problems().get(0).message().contains("rename"));
    }
}
