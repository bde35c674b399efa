package tally.adapter.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;

class GenCorpusCommandTest {

    private final CommandRun gen = new CommandRun(new GenCorpusCommand());

    @Test
    void writesTheRequestedNumberOfArticlesAndATruthFile(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("corpus");
        assertEquals(0, run("--articles", "25", "--seed", "9", "--out", dir.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(25, files.filter(p -> p.toString().endsWith(".txt")).count());
        }
        assertEquals(25, TruthFile.read(dir.resolve(TruthFile.NAME)).files().size());
        assertTrue(gen.out().startsWith("wrote 25 articles with "), gen.out());
    }

    @Test
    void refusesAFolderThatAlreadyHoldsArticles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("mine.txt"), "keep me");
        assertEquals(1, run("--articles", "3", "--seed", "1", "--out", tmp.toString()));
        assertTrue(gen.err().contains("already holds *.txt files"), gen.err());
        assertEquals("keep me", Files.readString(tmp.resolve("mine.txt")));
    }

    @Test
    void missingOrBadOptionsPrintUsage() {
        assertEquals(2, run("--articles", "3", "--out", "/tmp/x"));
        assertTrue(gen.err().contains("Missing required option: '--seed=S'"), gen.err());
        assertEquals(2, run("--articles", "many", "--seed", "1", "--out", "/tmp/x"));
        assertTrue(gen.err().contains("'many' is not an int"), gen.err());
        assertEquals(2, run("--articles=-1", "--seed=1", "--out=/tmp/x"));
        assertTrue(gen.err().contains("--articles must be 0 or more, was -1"), gen.err());
        assertEquals(2, run("--seed"));
        assertTrue(gen.err().contains("Usage: tally gen-corpus"), gen.err());
        assertEquals("", gen.out());
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "gen-corpus";
        System.arraycopy(args, 0, all, 1, args.length);
        return gen.run(all);
    }
}
