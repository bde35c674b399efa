package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import tally.config.ConfigException;

/** {@code java -jar tally.jar bot [--corpus DIR] [--config FILE]}: runs the Discord bot until SIGTERM. */
public final class BotCommand {
    static final String USAGE = "usage: java -jar target/tally.jar bot [--corpus DIR] [--data DIR] [--config config/discord.json]";

    private BotCommand() {
    }

    public static int run(String[] args, Map<String, String> env, TallyOpener opener, PrintStream err) {
        Map<String, Path> options;
        try {
            options = Options.parse(args, "--corpus", "--data", "--config");
        } catch (IllegalArgumentException e) {
            err.println("tally bot: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Path corpus = options.getOrDefault("--corpus", Path.of("corpus"));
        Path config = options.getOrDefault("--config", Path.of("config", "discord.json"));
        BotEnvironment environment;
        DiscordSettings settings;
        try {
            environment = BotEnvironment.from(env);
            settings = DiscordSettings.load(config);
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("tally bot: " + e.getMessage());
            return 2;
        }
        TallyBot bot;
        try {
            bot = TallyBot.start(opener.open(corpus, options.getOrDefault("--data", Path.of("data"))), settings, environment,
                    Ticker.systemTicker(), Clock.systemUTC());
        } catch (InvalidTokenException e) {
            err.println("tally bot: Discord rejected DISCORD_TOKEN. Copy a fresh token from the developer portal (Bot > Reset Token).");
            return 2;
        }
        // A setup mistake Discord reports on the gateway (an intent not switched on, a token reset) ends the process
        // at once with one line and status 2, so Docker and systemd see the failure instead of a silent zombie.
        return bot.serveUntilStopped().map(line -> {
            err.println("tally bot: " + line);
            return 2;
        }).orElse(0);
    }
}
