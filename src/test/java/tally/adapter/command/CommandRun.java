package tally.adapter.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs commands the way {@code tally.Main} does (the same top-level command, handlers and exit codes), with the given
 * subcommands only, and keeps what they printed.
 */
public final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine cli;

    public CommandRun(Object... commands) {
        cli = TallyCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true), commands);
    }

    /** The exit code of {@code tally ARGS...}. */
    public int run(String... args) {
        return cli.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    public CommandLine commandLine() {
        return cli;
    }
}
