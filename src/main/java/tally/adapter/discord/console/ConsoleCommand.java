package tally.adapter.discord.console;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import tally.adapter.discord.Options;
import tally.adapter.discord.TallyOpener;
import tally.adapter.discord.reply.Replies;
import tally.adapter.discord.reply.TextRenderer;
import tally.app.Tally;

/**
 * {@code java -jar tally.jar console [--corpus DIR]}: the bot's replies in a terminal, without a Discord token.
 * Reads one command per line from stdin until end of input or /quit.
 */
public final class ConsoleCommand {
    static final String USAGE = "usage: java -jar target/tally.jar console [--corpus DIR] [--data DIR]";
    static final String WELCOME = """
            Tally console: the Discord replies, offline. Type a question, or a command:
              /ask QUESTION   /figures [metric:killed] [claimant:ID] [since:2024-12]   /summary
              /sources   /source article:FILE   /help   /quit""";

    private ConsoleCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, TallyOpener opener) {
        Map<String, Path> options;
        try {
            options = Options.parse(args, "--corpus", "--data");
        } catch (IllegalArgumentException e) {
            err.println("tally console: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Tally tally = opener.open(options.getOrDefault("--corpus", Path.of("corpus")), options.getOrDefault("--data", Path.of("data")));
        ConsoleSession session = new ConsoleSession(new Replies(tally, 100, Ticker.systemTicker()));
        out.println(WELCOME);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.strip().equals("/quit")) {
                    break;
                }
                if (!line.isBlank()) {
                    out.println(TextRenderer.render(session.handle(line)));
                }
            }
        } catch (IOException e) {
            err.println("tally console: cannot read input: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
