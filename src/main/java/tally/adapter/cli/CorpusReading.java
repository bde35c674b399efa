package tally.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tally.adapter.command.JsonOption;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.app.Tally;
import tally.model.LoadProblem;

/**
 * What the commands that read the corpus once and print (ask, figures, summary) share: {@code --corpus},
 * {@code --data}, {@code --config}, {@code --json}, and opening Tally with each file's load problem or warning said on
 * standard error, so a command whose answer lacks an article says why.
 */
abstract class CorpusReading implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    @Mixin
    private JsonOption format = new JsonOption();

    private final Launcher launcher;

    CorpusReading(Launcher launcher) {
        this.launcher = launcher;
    }

    /** Tally on the corpus, each load problem and warning printed as "warning: ..." on standard error. */
    Tally open() {
        Tally tally = where.open(launcher);
        for (LoadProblem problem : tally.problems()) {
            spec.commandLine().getErr().println("warning: " + problem);
        }
        return tally;
    }

    boolean json() {
        return format.json();
    }

    void print(String text) {
        spec.commandLine().getOut().println(text);
    }
}
