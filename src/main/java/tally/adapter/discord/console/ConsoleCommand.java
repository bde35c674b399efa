package tally.adapter.discord.console;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.adapter.discord.reply.Replies;
import tally.adapter.discord.reply.TextRenderer;
import tally.app.Tally;
import tally.app.moderation.Moderator;
import tally.model.PlainText;

/**
 * {@code tally console [--corpus DIR] [--data DIR] [--config DIR]}: the bot's replies in a terminal, without a Discord
 * token. Reads one command per line from standard input until end of input or /quit.
 */
@Command(name = "console", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Try the Discord replies offline: type a question or /ask, /figures, /summary, /sources, /source,"
                + " /help, /quit.")
public final class ConsoleCommand implements Callable<Integer> {
    static final String WELCOME = """
            Tally console: the Discord replies, offline. Type a question, or a command:
              /ask QUESTION   /figures [metric:killed] [claimant:NAME] [since:2024-12]   /summary
              /sources   /source article:FILE   /help   /quit""";

    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    private final Launcher launcher;
    private final InputStream in;

    public ConsoleCommand(Launcher launcher, InputStream in) {
        this.launcher = launcher;
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Tally tally = where.open(launcher);
        // A correction made from another process (`tally claim hide` in a second terminal) shows at the next line.
        ConsoleSession session = new ConsoleSession(new Replies(tally, 100, Ticker.systemTicker()),
                () -> tally.moderator().ifPresent(Moderator::reload));
        out.println(WELCOME);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // every reply echoes what was typed (a question, a claimant, a reason) back to this terminal
                line = PlainText.oneLine(line);
                if (line.strip().equals("/quit")) {
                    break;
                }
                if (!line.isBlank()) {
                    out.println(TextRenderer.render(session.handle(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return TallyCommandLine.OK;
    }
}
