package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.Tally;

/**
 * {@code tally bot [--corpus DIR] [--data DIR] [--config DIR]}: runs the Discord bot until SIGTERM. The token comes
 * from DISCORD_TOKEN; the bot's settings from {@code discord.json} in the same config folder as every other setting.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the Discord bot until stopped (SIGTERM). Needs DISCORD_TOKEN; reads discord.json from the"
                + " config folder.")
public final class BotCommand implements Callable<Integer> {

    static final String SETTINGS_FILE = "discord.json";
    /** The code JDA gives a request that got no response at all (no route, DNS failure, connection refused). */
    private static final int NO_RESPONSE = -1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    private final Launcher launcher;
    private final Map<String, String> env;

    /** @param env the process environment (DISCORD_TOKEN, and the test URLs of {@link BotEnvironment}) */
    public BotCommand(Launcher launcher, Map<String, String> env) {
        this.launcher = launcher;
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BotEnvironment environment;
        try {
            environment = BotEnvironment.from(env);
        } catch (IllegalArgumentException e) {
            err.println("tally bot: " + e.getMessage());
            return TallyCommandLine.USAGE;
        }
        Path config = where.configDir(launcher);
        DiscordSettings settings = DiscordSettings.load(config.resolve(SETTINGS_FILE));
        where.requireCorpusFolder();
        TallyBot bot;
        try {
            Tally tally = launcher.open(where.corpus(), where.data(), config);
            bot = TallyBot.start(tally, launcher.curator(tally), settings, environment, Ticker.systemTicker(),
                    Clock.systemUTC());
        } catch (InvalidTokenException e) {
            err.println("tally bot: Discord rejected DISCORD_TOKEN. Copy a fresh token from the developer portal (Bot > Reset Token).");
            return TallyCommandLine.FAILED;
        } catch (ErrorResponseException e) {
            if (e.getErrorCode() != NO_RESPONSE) {
                throw e;
            }
            // JDA reports a request that got no answer at all as code -1 with the exception's class name only
            err.println("tally bot: cannot reach Discord at " + (environment.restUrl() != null ? environment.restUrl()
                    : "discord.com") + " (" + e.getMeaning() + "): check this machine's network, DNS and proxy, then "
                    + "start the bot again.");
            return TallyCommandLine.FAILED;
        }
        // Serves until SIGTERM (docker stop, systemd), then closes the gateway properly before the JVM exits. A setup
        // mistake Discord reports on the gateway (an intent not switched on, a token reset) ends the command at once
        // with one line and a non-zero status, so Docker and systemd see the failure instead of a silent zombie.
        return bot.serveUntilStopped().map(line -> {
            err.println("tally bot: " + line);
            return TallyCommandLine.FAILED;
        }).orElse(TallyCommandLine.OK);
    }
}
