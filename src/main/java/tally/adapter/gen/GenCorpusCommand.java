package tally.adapter.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** {@code gen-corpus --articles N --seed S --out DIR}: writes a synthetic corpus and its truth file. */
public final class GenCorpusCommand {

    static final String USAGE = "usage: java -jar target/tally.jar gen-corpus --articles N --seed S --out DIR";

    private GenCorpusCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer articles = null;
        Long seed = null;
        Path dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--articles" -> articles = Integer.valueOf(require(value, "--articles"));
                    case "--seed" -> seed = Long.valueOf(require(value, "--seed"));
                    case "--out" -> dir = Path.of(require(value, "--out"));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                i++;
            }
        } catch (IllegalArgumentException e) {
            err.println("gen-corpus: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (articles == null || seed == null || dir == null || articles < 0) {
            err.println("gen-corpus: --articles (0 or more), --seed and --out are all required\n" + USAGE);
            return 2;
        }
        if (hasTextFiles(dir)) {
            err.println("gen-corpus: " + dir + " already holds *.txt files; choose an empty or new folder");
            return 1;
        }
        long start = System.nanoTime();
        TruthFile truth = new CorpusGenerator(seed).write(articles, dir);
        long claims = truth.files().stream().mapToLong(f -> f.claims().size()).sum();
        out.printf("wrote %d articles with %d claims to %s (truth: %s) in %d ms%n", articles, claims, dir,
                dir.resolve(TruthFile.NAME), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
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
