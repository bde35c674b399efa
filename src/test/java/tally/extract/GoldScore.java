package tally.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Source;

/** Scores extracted claims against a gold file: recall, precision, attribution and claim dates. */
final class GoldScore {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String file, String metric, @Nullable Long low, @Nullable Long high, String text, List<String> claimants,
               @Nullable String claimDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gold(List<Row> rows) {
    }

    record Score(int gold, int found, int extracted, int correctExtracted, int attributed, int datesScored,
                 int datesRight, List<String> misses) {
        double recall() {
            return ratio(found, gold);
        }

        double precision() {
            return ratio(correctExtracted, extracted);
        }

        double attribution() {
            return ratio(attributed, found);
        }

        double dates() {
            return ratio(datesRight, datesScored);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall %.2f (%d/%d), precision %.2f (%d/%d), attribution %.2f (%d/%d),"
                            + " claim dates %.2f (%d/%d)%s", recall(), found, gold, precision(), correctExtracted, extracted,
                    attribution(), attributed, found, dates(), datesRight, datesScored,
                    misses.isEmpty() ? "" : "\n  " + String.join("\n  ", misses));
        }
    }

    private GoldScore() {
    }

    static Gold read(String resource) throws IOException {
        try (InputStream in = GoldScore.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(Objects.requireNonNull(in, resource), Gold.class);
        }
    }

    static Score score(Gold gold, List<Claim> claims) {
        List<String> misses = new ArrayList<>();
        int found = 0;
        int attributed = 0;
        int datesScored = 0;
        int datesRight = 0;
        for (Row row : gold.rows()) {
            List<Claim> matches = claims.stream().filter(c -> matches(row, c)).toList();
            if (matches.isEmpty()) {
                misses.add("missed: " + row);
                continue;
            }
            found++;
            boolean who = matches.stream().anyMatch(c -> row.claimants().contains(c.claimant().id())
                    || c.relayedBy() != null && row.claimants().contains(c.relayedBy().id()));
            attributed += who ? 1 : 0;
            if (!who) {
                misses.add("wrong claimant " + matches.get(0).claimant().id() + " for " + row);
            }
            if (row.claimDate() != null) {
                datesScored++;
                String expected = row.claimDate().equals("unknown") ? null : row.claimDate();
                boolean right = matches.stream().anyMatch(c -> Objects.equals(expected, c.claimDate().iso()));
                datesRight += right ? 1 : 0;
                if (!right) {
                    misses.add("wrong date " + matches.get(0).claimDate().iso() + " for " + row);
                }
            }
        }
        int extracted = 0;
        int correct = 0;
        for (Claim c : claims) {
            for (String file : c.sources().stream().map(Source::file).distinct().toList()) {
                if (gold.rows().stream().noneMatch(r -> r.file().equals(file))) {
                    continue;
                }
                extracted++;
                boolean ok = gold.rows().stream().anyMatch(r -> r.file().equals(file) && sameFigure(r, c, file));
                correct += ok ? 1 : 0;
                if (!ok) {
                    misses.add("not in gold: " + c.metric().id() + " '" + c.figure().text() + "' in " + file);
                }
            }
        }
        return new Score(gold.rows().size(), found, extracted, correct, attributed, datesScored, datesRight, misses);
    }

    private static boolean matches(Row row, Claim c) {
        return c.sources().stream().anyMatch(s -> s.file().equals(row.file())) && sameFigure(row, c, row.file());
    }

    /**
     * The claim as this article words it: a claim merged from several outlets keeps each one's wording
     * ({@link Source#wording()}), so "at least 100" in one article matches its gold row even when the merged claim
     * shows another outlet's "approximately 100".
     */
    private static boolean sameFigure(Row row, Claim c, String file) {
        if (!row.metric().equals(c.metric().id())) {
            return false;
        }
        boolean worded = c.sources().stream().anyMatch(s -> s.file().equals(file) && s.wording() != null
                && s.wording().replaceAll("\\s+", " ").equalsIgnoreCase(row.text().replaceAll("\\s+", " ")));
        return worded || sameFigure(row, c);
    }

    private static boolean sameFigure(Row row, Claim c) {
        if (row.low() == null && row.high() == null) {
            return c.figure().vague() && (c.figure().text().equalsIgnoreCase(row.text())
                    || c.sources().stream().anyMatch(s -> s.quote().toLowerCase(Locale.ROOT).contains(row.text().toLowerCase(Locale.ROOT))));
        }
        return Objects.equals(row.low(), c.figure().low()) && Objects.equals(row.high(), c.figure().high());
    }
}
