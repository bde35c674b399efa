package tally.adapter.cli;

import picocli.CommandLine.Command;
import tally.adapter.command.Launcher;
import tally.adapter.command.TallyCommandLine;
import tally.app.Tally;

/**
 * {@code tally summary [--corpus DIR] [--data DIR] [--config DIR] [--json]}: the summary a moderator posts and pins on
 * Discord ({@code /summary}), from the command line: per measure the newest claims and both ends of the spread, with a
 * count of the rest ({@link Tally#summary()}). {@code --json} has the shape of {@code ask --json}.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The competing figures of every measure, as moderators post and pin them on Discord.")
public final class SummaryCommand extends CorpusReading {

    public SummaryCommand(Launcher launcher) {
        super(launcher);
    }

    @Override
    public Integer call() {
        Tally tally = open();
        print(AskCommand.printed(tally.summary(), json()));
        return TallyCommandLine.OK;
    }
}
