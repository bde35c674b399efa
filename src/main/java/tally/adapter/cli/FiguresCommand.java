package tally.adapter.cli;

import picocli.CommandLine.Command;
import tally.adapter.command.Launcher;
import tally.adapter.command.TallyCommandLine;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.app.compose.AnswerComposer;
import tally.app.render.TextRenderer;

/** {@code tally figures [--corpus DIR] [--data DIR] [--config DIR] [--json]}: every claim in the corpus. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List every claim in the corpus, grouped by what it counts.")
public final class FiguresCommand extends CorpusReading {

    public FiguresCommand(Launcher launcher) {
        super(launcher);
    }

    @Override
    public Integer call() {
        Tally tally = open();
        print(json()
                ? JsonContract.write(JsonContract.figures(tally.figures(FigureQuery.all()), AnswerComposer.CAVEAT))
                : new TextRenderer().renderAll(tally.figures(FigureQuery.all()), AnswerComposer.CAVEAT).stripTrailing());
        return TallyCommandLine.OK;
    }
}
