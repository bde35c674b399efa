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
import tally.app.Tally;

/**
 * {@code tally summary [--corpus DIR] [--data DIR] [--config DIR] [--json]}: the summary a moderator posts and pins on
 * Discord ({@code /summary}), from the command line: per measure the newest claims and both ends of the spread, with a
 * count of the rest ({@link Tally#summary()}). {@code --json} has the shape of {@code ask --json}.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The competing figures of every measure, as moderators post and pin them on Discord.")
public final class SummaryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    @Mixin
    private JsonOption format = new JsonOption();

    private final Launcher launcher;

    public SummaryCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Tally tally = Warnings.open(where, launcher, spec.commandLine().getErr());
        spec.commandLine().getOut().println(AskCommand.printed(tally.summary(), format.json()));
        return TallyCommandLine.OK;
    }
}
