package tally.adapter.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tally.adapter.command.CommandFailure;
import tally.adapter.command.ConfigLocator;
import tally.adapter.command.ConfigOption;
import tally.adapter.command.JsonOption;
import tally.adapter.command.TallyCommandLine;

/**
 * {@code tally bench [--corpus DIR] [--json] [--articles N] [--seed S] [--rounds R] [--restarts K] [--ingest-runs K]
 * [--seed-corpus DIR] [--labelled DIR] [--config DIR]}: runs the benchmark in a temporary folder (removed afterwards) and prints its
 * figures; with --json the last line is one JSON object.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure ingest, extraction accuracy, answer latency against a bare search, a burst of concurrent"
                + " questions, memory, how long a corpus change takes to show in answers (generated corpus only), the"
                + " checksum check, restart and start-up; on a generated corpus unless --corpus is given.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", order = 11,
            description = "measure this corpus (scored against its truth.json if it has one) instead of a generated one")
    private @Nullable Path corpus;

    @Mixin
    private JsonOption format = new JsonOption();

    @Option(names = "--articles", paramLabel = "N", order = 12, defaultValue = "10000",
            description = "articles to generate when no --corpus is given (default: ${DEFAULT-VALUE})")
    private int articles;

    @Option(names = "--seed", paramLabel = "S", order = 13, defaultValue = "42",
            description = "seed of the generated corpus (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--rounds", paramLabel = "R", order = 14, defaultValue = "100",
            description = "rounds of the question set, after as many warm-up rounds (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--restarts", paramLabel = "K", order = 15, defaultValue = "3",
            description = "fresh-JVM restarts timed; the median is reported (default: ${DEFAULT-VALUE})")
    private int restarts;

    @Option(names = "--ingest-runs", paramLabel = "K", order = 16, defaultValue = "1",
            description = "ingests timed, each into an empty data folder; the median is reported (default: ${DEFAULT-VALUE})")
    private int ingestRuns;

    @Option(names = "--seed-corpus", paramLabel = "DIR", order = 17, defaultValue = "corpus",
            description = "the small corpus answer latency is also measured on (default: ./${DEFAULT-VALUE})")
    private Path seedCorpus = Path.of("corpus");

    @Option(names = "--labelled", paramLabel = "DIR", order = 18,
            description = "a labelled corpus to score, with dev/ and sealed/ parts or gold files beside its articles"
                    + " (default: src/test/resources/tally/extract/labelled when it exists)")
    private @Nullable Path labelled;

    @Mixin
    private ConfigOption config = new ConfigOption();

    private final Wiring wiring;
    private final ConfigLocator configs;

    public BenchCommand(Wiring wiring, ConfigLocator configs) {
        this.wiring = wiring;
        this.configs = configs;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        positive("--articles", articles);
        positive("--rounds", rounds);
        positive("--restarts", restarts);
        positive("--ingest-runs", ingestRuns);
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new CommandFailure("corpus folder " + corpus.toAbsolutePath() + " not found");
        }
        Path configDir = configs.configDir(config.explicit()).toAbsolutePath();
        BenchTargets targets = BenchTargets.load(configDir); // a broken file stops the run before minutes of work
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("tally-bench");
        try {
            Path labelledDir = labelled != null ? labelled
                    : Files.isDirectory(LabelledBench.DEFAULT) ? LabelledBench.DEFAULT : null;
            Benchmark.Options options = new Benchmark.Options(corpus, seedCorpus, articles, seed, rounds, 200, restarts,
                    ingestRuns, work, configDir, labelledDir);
            BenchReport report = new Benchmark(wiring, out).run(options);
            targets.check(report).forEach(out::println);
            if (format.json()) {
                out.println(report.json());
            }
            return TallyCommandLine.OK;
        } finally {
            deleteTree(work, spec.commandLine().getErr());
        }
    }

    private void positive(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, was " + value);
        }
    }

    private static void deleteTree(Path root, PrintWriter err) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            err.println("tally bench: could not remove " + root + ": " + e.getMessage());
        }
    }
}
