package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is said in one paragraph: the heap, what the corpus needs, and how to give Java more. */
class OutOfMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aCorpusTooLargeForTheHeapSaysHowMuchItNeedsAndHowToGiveIt() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 4; i++) {
            try (RandomAccessFile f = new RandomAccessFile(corpus.resolve("a" + i + ".txt").toFile(), "rw")) {
                f.setLength(15L << 20); // sparse: 15 MB of text that costs no disk
            }
        }
        Process ask = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), "tally.Main", "ask", "--corpus",
                corpus.toString(), "--data", tmp.resolve("data").toString(), "--config", "config", "How many?")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ask.waitFor(120, TimeUnit.SECONDS));

        assertEquals(1, ask.exitValue(), err);
        assertTrue(err.contains("tally: Java ran out of memory (its heap is limited to 32 MB). The corpus in " + corpus
                + " (60.0 MB of articles) needs about"), err);
        assertTrue(err.contains("-Xmx") && err.contains("JAVA_TOOL_OPTIONS"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}
