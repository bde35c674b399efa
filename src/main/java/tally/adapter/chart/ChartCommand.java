package tally.adapter.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tally.app.answer.Who;
import tally.adapter.command.CommandFailure;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.Tally;
import tally.app.Timeline;
import tally.model.Claimant;
import tally.model.EditDistance;
import tally.model.LoadProblem;
import tally.model.Metric;

/**
 * {@code tally chart [--corpus DIR] [--data DIR] [--config DIR] [--metric METRIC] [--claimant NAME] --out FILE.png}:
 * the picture of one metric's disagreement over time ({@link Tally#timeline}, read as answers read the claims), written
 * as a PNG; a line on standard output says what it shows.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw one measure's competing figures over time as a PNG: one series per claimant, each point in"
                + " its source's words.")
public final class ChartCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    @Option(names = "--metric", paramLabel = "METRIC", order = 10,
            description = "what is counted: killed, wounded, killed_or_wounded, captured, deployed, planned_deployment"
                    + " (default: killed_or_wounded)")
    private String metric = Metric.KILLED_OR_WOUNDED.id();

    @Option(names = "--claimant", paramLabel = "NAME", order = 11,
            description = "only this source's figures, named as a question names it: an id, a name or part of one, or a"
                    + " party (every claimant of it), e.g. nis, Zelensky, the Pentagon, Seoul (default: everyone)")
    private String claimant;

    @Option(names = "--out", paramLabel = "FILE.png", order = 12, required = true, description = "where to write the PNG")
    private Path out;

    private final Launcher launcher;

    public ChartCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Metric measure = Metric.byId(metric).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--metric: unknown measure '" + metric + "'; use one of " + Arrays.stream(Metric.values())
                        .map(Metric::id).collect(Collectors.joining(", "))));
        requirePngName();
        Tally tally = where.open(launcher);
        for (LoadProblem problem : tally.problems()) {
            spec.commandLine().getErr().println("warning: " + problem);
        }
        Who who = claimant == null ? null : source(tally, claimant);
        Tally.Picture picture = tally.timeline(measure, who).orElseThrow(() -> new CommandFailure(
                "no dated claim with a number for " + measure.id() + (claimant == null ? "" : " from " + claimant)
                        + ": nothing to draw, no file written"));
        Timeline timeline = picture.timeline();
        try {
            Files.write(out, picture.png());
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out.toAbsolutePath() + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(out + ": " + describe(timeline));
        return TallyCommandLine.OK;
    }

    /**
     * The chart is always a PNG, so a file named otherwise would hold bytes its name misdescribes ("chart.txt" opened as
     * text); refused before the corpus is read so nothing is written.
     */
    private void requirePngName() {
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new ParameterException(spec.commandLine(), "--out: the chart is a PNG image; give a file name ending"
                    + " in .png (got '" + out + "')");
        }
    }

    /** "killed_or_wounded, 3 claimants (Volodymyr Zelensky, ...), 5 points, 1 apart, 2 not drawn (vague or undated)". */
    static String describe(Timeline t) {
        int points = t.series().stream().mapToInt(s -> s.points().size()).sum();
        return t.metric().id() + ", " + t.series().size() + (t.series().size() == 1 ? " claimant" : " claimants")
                + (t.series().isEmpty() ? "" : " (" + t.series().stream().map(Timeline.Series::label)
                .collect(Collectors.joining(", ")) + ")") + ", " + tally.model.Plural.count(points, "point")
                + " of comparable totals, "
                + t.apart().size() + " drawn apart, " + t.notDrawn() + " not drawn (vague or undated)";
    }

    /** How many claimant ids an unknown name is answered with, nearest by spelling first. */
    static final int SUGGESTIONS = 3;

    /** The source named, read as `ask` reads one (an id, an alias, a party such as "Seoul"): {@code Tally#source}. */
    private Who source(Tally tally, String name) {
        return tally.source(name).orElseThrow(() -> new ParameterException(spec.commandLine(), "--claimant: no claimant"
                + " in the corpus is called '" + name + "'" + nearest(tally.claimants(), name.strip().toLowerCase(Locale.ROOT))
                + "; `tally figures` lists every claimant with their figures"));
    }

    /**
     * "; did you mean nis, jcs or ...?": the few ids nearest by spelling to the id, the name or a word of the name
     * (trial 15: the whole directory, some 170 ids, was printed instead).
     */
    static String nearest(List<Claimant> known, String wanted) {
        List<String> ids = known.stream()
                .sorted(Comparator.comparingInt((Claimant c) -> slips(c, wanted)).thenComparing(Claimant::id))
                .map(Claimant::id).distinct().limit(SUGGESTIONS).toList();
        if (ids.isEmpty()) {
            return "";
        }
        return ids.size() == 1 ? "; did you mean " + ids.get(0) + "?"
                : "; did you mean " + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1)
                + "?";
    }

    private static int slips(Claimant c, String wanted) {
        int best = EditDistance.between(wanted, c.id());
        String name = c.name().toLowerCase(Locale.ROOT);
        best = Math.min(best, EditDistance.between(wanted, name));
        for (String word : name.split("[\\s,()'’.-]+")) {
            if (!word.isEmpty()) {
                best = Math.min(best, EditDistance.between(wanted, word));
            }
        }
        return best;
    }
}
