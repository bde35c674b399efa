package tally.adapter.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;

/**
 * Extraction quality on a real labelled corpus (articles with gold written by readers), opened exactly as Tally opens
 * any corpus. A folder with {@code dev/} and {@code sealed/} parts is scored part by part; a folder of articles and
 * gold files is one part. Only aggregates are printed and reported (keys {@code labelled<Part>Recall} and so on):
 * a sealed part is never shown article by article; {@code LabelledCorpusScoreTest} lists the dev part's errors.
 */
final class LabelledBench {

    /** Where the labelled corpus lives in a checkout of Tally; the benchmark's default when it is there. */
    static final Path DEFAULT = Path.of("src/test/resources/tally/extract/labelled");

    private final Wiring wiring;
    private final PrintWriter log;

    LabelledBench(Wiring wiring, PrintWriter log) {
        this.wiring = wiring;
        this.log = log;
    }

    void run(@Nullable Path labelled, Path workDir, Path configDir, BenchReport r) {
        if (labelled == null || !Files.isDirectory(labelled)) {
            log.println("labelled corpus: " + (labelled == null ? "none given" : labelled + " not found")
                    + ", not scored");
            return;
        }
        for (Map.Entry<String, Path> part : parts(labelled)) {
            Map<String, GoldFile> gold = GoldFile.folder(part.getValue());
            if (gold.isEmpty()) {
                log.println("labelled corpus, " + part.getKey() + ": no gold files in " + part.getValue());
                continue;
            }
            LabelledScore s = score(part.getKey(), part.getValue(), gold, workDir, configDir);
            String key = "labelled" + Character.toUpperCase(part.getKey().charAt(0)) + part.getKey().substring(1);
            r.put(key + "Articles", gold.size()).put(key + "Rows", s.rows()).put(key + "Recall", s.recall())
                    .put(key + "Precision", s.precision()).put(key + "Attribution", s.attribution())
                    .put(key + "ClaimDates", s.dates()).put(key + "NonTroop", s.nonTroop())
                    .put(key + "WrongShownAsFact", s.asFact().wrong());
            log.printf(Locale.ROOT, "labelled corpus, %s (%d articles): %s%n", part.getKey(), gold.size(), s.summary());
        }
    }

    private LabelledScore score(String part, Path dir, Map<String, GoldFile> gold, Path workDir, Path configDir) {
        try {
            Path data = Files.createDirectories(workDir.resolve("labelled-" + part));
            ClaimantDirectory directory = ClaimantDirectory.load(configDir);
            try (Wiring.Opened opened = wiring.opener().open(dir, data, configDir)) {
                return LabelledScore.of(opened.index().corpus().claims(), gold, directory::partyOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map.Entry<String, Path>> parts(Path labelled) {
        List<Map.Entry<String, Path>> parts = new ArrayList<>();
        for (String name : List.of("dev", "sealed")) {
            if (Files.isDirectory(labelled.resolve(name))) {
                parts.add(Map.entry(name, labelled.resolve(name)));
            }
        }
        if (parts.isEmpty()) {
            parts.add(Map.entry("corpus", labelled));
        }
        return parts;
    }
}
