package tally.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Published;

/**
 * A probe set of one-line articles ({@code expect|number|text}, {@code expect} a metric id, "planned", "kwi" or
 * {@code none}), each read as an article of its own under a headline naming North Korea's troops, published 1 March
 * 2025. A figure is right when a claim of that number has the expected metric; a near-miss is held when no claim has
 * its number. Every line read wrong prints with the gates that dropped its numbers, so the misses are a ready list.
 * The metric and planned sets share it ({@code MetricProbeSetTest}, {@code PlannedProbeSetTest}).
 */
record ProbeSet(String name, int figures, int figuresRight, int nearMisses, int nearMissesHeld) {

    static ProbeSet read(String name, Path file) throws IOException {
        RuleBasedExtraction extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
        int figures = 0;
        int figuresRight = 0;
        int nearMisses = 0;
        int nearMissesHeld = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\|", 3);
            long number = Long.parseLong(cols[1]);
            Article article = article(cols[2]);
            List<Claim> ofNumber = extraction.extract(article).stream()
                    .filter(c -> Long.valueOf(number).equals(c.figure().low())
                            || Long.valueOf(number).equals(c.figure().high())).toList();
            boolean right;
            if (cols[0].equals("none")) {
                nearMisses++;
                right = ofNumber.isEmpty();
                nearMissesHeld += right ? 1 : 0;
            } else {
                figures++;
                Metric want = metric(cols[0]);
                right = ofNumber.stream().anyMatch(c -> c.metric() == want);
                figuresRight += right ? 1 : 0;
            }
            if (!right) {
                System.out.println(name + ", wrong: " + line + " => " + ofNumber.stream()
                        .map(c -> c.metric().id() + " '" + c.figure().text() + "'").toList() + " dropped "
                        + extraction.dropped(article).stream().map(d -> d.number() + ":" + d.gate()).toList());
            }
        }
        ProbeSet set = new ProbeSet(name, figures, figuresRight, nearMisses, nearMissesHeld);
        System.out.printf("%s: figures read right %d of %d, near-misses held %d of %d%n", name, figuresRight, figures,
                nearMissesHeld, nearMisses);
        return set;
    }

    /** Fails when fewer figures are read right, or fewer near-misses held, than the set's floors. */
    void holds(int leastFiguresRight, int leastNearMissesHeld) {
        assertTrue(figuresRight >= leastFiguresRight, name + ": figures read right " + figuresRight + " of " + figures);
        assertTrue(nearMissesHeld >= leastNearMissesHeld, name + ": near-misses held " + nearMissesHeld + " of "
                + nearMisses);
    }

    private static Metric metric(String expect) {
        return switch (expect) {
            case "planned" -> Metric.PLANNED_DEPLOYMENT;
            case "kwi" -> Metric.KILLED_OR_WOUNDED;
            default -> Metric.valueOf(expect.toUpperCase(java.util.Locale.ROOT));
        };
    }

    private static Article article(String body) {
        return new Article("p.txt", "North Korean troops in Russia", "Probe", null,
                Published.stated(LocalDate.of(2025, 3, 1)), "en", Map.of(), body, 1);
    }
}
