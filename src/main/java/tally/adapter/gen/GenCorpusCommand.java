package tally.adapter.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tally.adapter.command.CommandFailure;
import tally.adapter.command.TallyCommandLine;

/** {@code tally gen-corpus --articles N --seed S --out DIR}: writes a synthetic corpus and its truth file. */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a synthetic corpus of realistic articles, and truth.json listing every claim in it"
                + " (the same seed gives the same bytes).")
public final class GenCorpusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", order = 11, required = true,
            description = "how many articles (0 or more)")
    private int articles;

    @Option(names = "--seed", paramLabel = "S", order = 12, required = true, description = "seed of the random choices")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", order = 13, required = true,
            description = "folder to write to (created if missing; must hold no .txt files)")
    private Path dir = Path.of("");

    @Override
    public Integer call() {
        if (articles < 0) {
            throw new ParameterException(spec.commandLine(), "--articles must be 0 or more, was " + articles);
        }
        if (hasTextFiles(dir)) {
            throw new CommandFailure(dir + " already holds *.txt files; choose an empty or new folder");
        }
        long start = System.nanoTime();
        TruthFile truth = new CorpusGenerator(seed).write(articles, dir);
        long claims = truth.files().stream().mapToLong(f -> f.claims().size()).sum();
        spec.commandLine().getOut().printf("wrote %d articles with %d claims to %s (truth: %s) in %d ms%n", articles,
                claims, dir, dir.resolve(TruthFile.NAME), (System.nanoTime() - start) / 1_000_000);
        return TallyCommandLine.OK;
    }

    private static boolean hasTextFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".txt"));
        } catch (IOException e) {
            return false;
        }
    }
}
