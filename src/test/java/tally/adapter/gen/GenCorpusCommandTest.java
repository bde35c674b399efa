package tally.adapter.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenCorpusCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheRequestedNumberOfArticlesAndATruthFile(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("corpus");
        assertEquals(0, run("--articles", "25", "--seed", "9", "--out", dir.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(25, files.filter(p -> p.toString().endsWith(".txt")).count());
        }
        assertEquals(25, TruthFile.read(dir.resolve(TruthFile.NAME)).files().size());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote 25 articles"));
    }

    @Test
    void refusesAFolderThatAlreadyHoldsArticles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("mine.txt"), "keep me");
        assertEquals(1, run("--articles", "3", "--seed", "1", "--out", tmp.toString()));
        assertEquals("keep me", Files.readString(tmp.resolve("mine.txt")));
    }

    @Test
    void missingOrBadOptionsPrintUsage() {
        assertEquals(2, run("--articles", "3", "--out", "/tmp/x"));
        assertEquals(2, run("--articles", "many", "--seed", "1", "--out", "/tmp/x"));
        assertEquals(2, run("--seed"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    private int run(String... args) {
        return GenCorpusCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
