package tally.adapter.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code bench [--corpus DIR] [--json] [--articles N] [--seed S] [--rounds R] [--restarts K] [--ingest-runs K]
 * [--seed-corpus DIR] [--labelled DIR]}:
 * runs the benchmark in a temporary folder and prints its figures; with --json the last line is one JSON object.
 */
public final class BenchCommand {

    static final String USAGE = "usage: java -jar target/tally.jar bench [--corpus DIR] [--json] [--articles N] "
            + "[--seed S] [--rounds R] [--restarts K] [--ingest-runs K] [--seed-corpus DIR] [--labelled DIR]";

    private BenchCommand() {
    }

    /** As Main runs it: Tally opened by the composition root; the burst goes through Tally.ask. */
    public static int run(String[] args, Wiring.Opener opener, Wiring.CorpusWriter corpusWriter) {
        return run(args, new Wiring(opener, corpusWriter, null));
    }

    /** As Main runs it, with the claim extraction the opener uses, so the extraction alone is timed too. */
    public static int run(String[] args, Wiring.Opener opener, Wiring.CorpusWriter corpusWriter,
                          tally.app.port.ClaimExtraction extraction) {
        return run(args, new Wiring(opener, corpusWriter, null, extraction));
    }

    public static int run(String[] args, Wiring wiring) {
        return run(args, wiring, System.out, System.err);
    }

    static int run(String[] args, Wiring wiring, PrintStream out, PrintStream err) {
        Path corpus = null;
        Path seedCorpus = Path.of("corpus");
        Path labelled = Files.isDirectory(LabelledBench.DEFAULT) ? LabelledBench.DEFAULT : null;
        boolean json = false;
        int articles = 10_000;
        long seed = 42;
        int rounds = 100;
        int restarts = 3;
        int ingestRuns = 1;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--json")) {
                    json = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--corpus" -> corpus = Path.of(v);
                    case "--seed-corpus" -> seedCorpus = Path.of(v);
                    case "--labelled" -> labelled = Path.of(v);
                    case "--articles" -> articles = positive(a, v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--rounds" -> rounds = positive(a, v);
                    case "--restarts" -> restarts = positive(a, v);
                    case "--ingest-runs" -> ingestRuns = positive(a, v);
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            err.println("bench: corpus folder " + corpus + " not found");
            return 1;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("tally-bench");
            Benchmark.Options options = new Benchmark.Options(corpus, seedCorpus, articles, seed, rounds, 200, restarts,
                    ingestRuns, work, labelled);
            BenchReport report = new Benchmark(wiring, out).run(options);
            if (json) {
                out.println(report.json());
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("bench: failed: " + e);
            e.printStackTrace(err);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: could not remove " + root + ": " + e.getMessage());
        }
    }
}
