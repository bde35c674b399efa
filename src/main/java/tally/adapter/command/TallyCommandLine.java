package tally.adapter.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top-level {@code tally} command, before its subcommands are added: help and version, one-line failures, and
 * the exit codes every command shares: {@value #OK} done, {@value #FAILED} failed (the message says why),
 * {@value #USAGE} wrong arguments (the message and that command's usage on standard error).
 */
public final class TallyCommandLine {

    public static final int OK = ExitCode.OK;
    public static final int FAILED = ExitCode.SOFTWARE;
    public static final int USAGE = ExitCode.USAGE;

    /** Columns of the help text. */
    static final int WIDTH = 110;

    /** Where -h and -V are listed: after every option of the command (the shared ones are ordered 1 to 4). */
    private static final int HELP_ORDER = 100;

    /** The section of {@code tally --help} that lists each command's own options. */
    static final String EVERY_COMMAND = "everyCommand";

    private TallyCommandLine() {
    }

    /** No business logic: without a subcommand picocli reports "Missing required subcommand" (exit 2). */
    @Command(name = "tally", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {
                "Answers questions about North Korean troops in Russia's war on Ukraine from a corpus of news articles:",
                "the competing figures, each with who claims it, when, and which article reports it; all unverified."},
            footerHeading = "%n",
            footer = {
                "Config is read from --config DIR, else -Dtally.config, else TALLY_CONFIG, else ./config (if it holds",
                "claimants.json), else the config/ folder beside the jar (target/tally.jar -> config/; Docker: /app/config).",
                "Exit codes: 0 done, 1 failed (the message says why), 2 wrong arguments (or DISCORD_TOKEN unset for bot).",
                "Answers go to standard output; progress, warnings and errors to standard error."})
    static final class Top {
    }

    /** Reads the version Maven wrote into tally/version.properties. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = TallyCommandLine.class.getResourceAsStream("/tally/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read tally/version.properties", e);
            }
            return new String[] {"tally " + properties.getProperty("version", "(version unknown)")};
        }
    }

    /**
     * The {@code tally} command with {@code commands} as its subcommands (each a picocli {@code @Command} object),
     * writing to {@code out} and {@code err}; {@link CommandLine#execute(String...)} returns the exit code.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, Object... commands) {
        CommandLine cli = new CommandLine(new Top());
        cli.addSubcommand(new CommandLine.HelpCommand());
        for (Object command : commands) {
            cli.addSubcommand(command);
        }
        cli.getSubcommands().values().forEach(sub -> helpOptionsLast(sub.getCommandSpec()));
        // These reach the subcommands only when set after they are added.
        cli.setOut(out);
        cli.setErr(err);
        cli.setUsageHelpWidth(WIDTH);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            if (e instanceof UnmatchedArgumentException unmatched) {
                optionsOfASubcommand(cmd, unmatched.getUnmatched(), List.of(args)).forEach(cmd.getErr()::println);
            }
            if (cmd.getParent() == null && e instanceof UnmatchedArgumentException) {
                // the top level's help runs to some 200 lines with every command's options: a mistyped command
                // needs the commands' names, not a screen of scrolling
                cmd.getErr().println("Commands: " + String.join(", ", cmd.getSubcommands().keySet())
                        + ". `tally --help` lists each with its options; `tally COMMAND --help` shows one.");
            } else {
                cmd.usage(cmd.getErr());
            }
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message(e));
            if (e.getMessage() == null) {
                // Not a failure Tally describes (a bug): the trace is what whoever fixes it needs.
                e.printStackTrace(cmd.getErr());
            }
            return FAILED;
        });
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.sectionMap().put(EVERY_COMMAND, help -> everyCommand(help.commandSpec().commandLine()));
        List<String> keys = new java.util.ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), EVERY_COMMAND);
        usage.sectionKeys(keys);
        return cli;
    }

    /**
     * Trial 16: {@code tally claim --corpus X fix ...} was refused with "Unknown options" alone. For each option given
     * to a command that only its subcommand takes, one line saying to put it after the subcommand: the one named on
     * the command line, else every one that takes it.
     */
    static List<String> optionsOfASubcommand(CommandLine cmd, List<String> unmatched, List<String> args) {
        if (cmd.getSubcommands().isEmpty()) {
            return List.of();
        }
        CommandLine named = args.stream().map(cmd.getSubcommands()::get).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        List<String> lines = new java.util.ArrayList<>();
        for (String arg : unmatched) {
            if (!arg.startsWith("-")) {
                continue;
            }
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            List<CommandLine> takers = (named != null ? List.of(named) : List.copyOf(cmd.getSubcommands().values()))
                    .stream().filter(sub -> sub.getCommandSpec().findOption(option) != null).distinct().toList();
            if (takers.isEmpty()) {
                continue;
            }
            String names = String.join(", ", takers.stream().map(t -> "`" + t.getCommandSpec().qualifiedName() + "`").toList());
            String after = takers.size() == 1 ? "`" + takers.get(0).getCommandName() + "`" : "the command's name";
            lines.add(option + " is an option of " + names + ": put it after " + after + ", as in `"
                    + takers.get(0).getCommandSpec().qualifiedName() + " " + option + " ...`");
        }
        return lines;
    }

    /** -h and -V after the command's own options (picocli lists options without an order first). */
    private static void helpOptionsLast(CommandSpec spec) {
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.usageHelp() || option.versionHelp()) {
                spec.remove(option);
                spec.addOption(option.toBuilder().order(HELP_ORDER).build());
            }
        }
    }

    /**
     * Each subcommand's synopsis, arguments and options, from the commands themselves so it cannot fall behind; a
     * command with subcommands of its own ({@code claim fix}, {@code article add}) lists each of them too.
     */
    private static String everyCommand(CommandLine top) {
        StringBuilder text = new StringBuilder("%nEvery command and its options:%n".formatted());
        appendSubcommands(top, text);
        return text.toString();
    }

    private static void appendSubcommands(CommandLine parent, StringBuilder text) {
        parent.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
            CommandLine.Help help = sub.getHelp();
            text.append(System.lineSeparator()).append(help.synopsis(0)).append(help.parameterList())
                    .append(help.optionList());
            appendSubcommands(sub, text);
        });
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
