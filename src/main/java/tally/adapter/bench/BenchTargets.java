package tally.adapter.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.config.JsonFiles;

/**
 * config/targets.json: the speed, memory and extraction targets a benchmark run is checked against, so that whether a
 * target holds is read off the run itself, not worked out by eye from the README's tables. Optional: without the file
 * a run checks nothing. Each target names a figure of the run's report (a key of its --json line), one bound, and
 * optionally the corpus size it is for: a run on another size (the tests' 20 articles) says it was not checked.
 */
public record BenchTargets(@JsonProperty(required = true) List<Target> targets) {

    static final String FILE = "targets.json";
    static final BenchTargets NONE = new BenchTargets(List.of());

    /** One target: {@code atLeast} or {@code atMost} (exactly one), in the figure's own unit. */
    public record Target(@JsonProperty(required = true) String figure, @Nullable Double atLeast, @Nullable Double atMost,
                  @Nullable Integer articles, @JsonProperty(required = true) String from) {
        public Target {
            if (figure == null || !figure.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("figure must be a key of the benchmark's --json line, was '"
                        + figure + "'");
            }
            if ((atLeast == null) == (atMost == null)) {
                throw new IllegalArgumentException(figure + ": give exactly one of atLeast and atMost");
            }
            if (articles != null && articles < 1) {
                throw new IllegalArgumentException(figure + ": articles must be at least 1, was " + articles);
            }
            if (from == null || from.isBlank()) {
                throw new IllegalArgumentException(figure + ": say where the target comes from (from)");
            }
        }

        String bound() {
            return atLeast != null ? ">= " + number(atLeast) : "<= " + number(atMost);
        }
    }

    public BenchTargets {
        targets = List.copyOf(targets);
    }

    /** Reads {@code configDir}/targets.json, or no targets when there is none; a mistake stops the run before it starts. */
    public static BenchTargets load(Path configDir) {
        return JsonFiles.readIfPresent(configDir.resolve(FILE), BenchTargets.class, NONE);
    }

    /**
     * Each target against the report: "met", "not met", "not measured" (the figure is missing or null) or "not
     * checked" (measured on another number of articles than the target is for). One line per target, and the
     * report's {@code targets} list and {@code targetsNotMet} count.
     */
    List<String> check(BenchReport report) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        int notMet = 0;
        Object articles = report.get("articles");
        for (Target t : targets) {
            Object value = report.get(t.figure());
            String verdict;
            if (t.articles() != null && !(articles instanceof Number n && n.intValue() == t.articles())) {
                verdict = "not checked (for " + t.articles() + " articles; this run had " + articles + ")";
            } else if (!(value instanceof Number n)) {
                verdict = "not measured";
            } else {
                double v = n.doubleValue();
                boolean met = t.atLeast() != null ? v >= t.atLeast() : v <= t.atMost();
                notMet += met ? 0 : 1;
                verdict = met ? "met" : "not met";
            }
            lines.add("target: " + t.figure() + " " + t.bound() + ": " + (value == null ? "-" : value) + ", " + verdict
                    + " (" + t.from() + ")");
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("figure", t.figure());
            one.put("bound", t.bound());
            one.put("value", value);
            one.put("verdict", verdict.startsWith("not checked") ? "not checked" : verdict);
            json.add(one);
        }
        report.put("targets", json).put("targetsNotMet", notMet);
        return lines;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
