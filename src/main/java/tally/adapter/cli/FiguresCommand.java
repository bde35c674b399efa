package tally.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tally.adapter.command.JsonOption;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.app.compose.AnswerComposer;
import tally.app.render.TextRenderer;

/** {@code tally figures [--corpus DIR] [--data DIR] [--config DIR] [--json]}: every claim in the corpus. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List every claim in the corpus, grouped by what it counts.")
public final class FiguresCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    @Mixin
    private JsonOption format = new JsonOption();

    private final Launcher launcher;

    public FiguresCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Tally tally = Warnings.open(where, launcher, spec.commandLine().getErr());
        spec.commandLine().getOut().println(format.json()
                ? JsonContract.write(JsonContract.figures(tally.figures(FigureQuery.all())))
                : new TextRenderer().renderAll(tally.figures(FigureQuery.all()), AnswerComposer.CAVEAT).stripTrailing());
        return TallyCommandLine.OK;
    }
}
