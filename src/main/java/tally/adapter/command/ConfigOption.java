package tally.adapter.command;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --config DIR}: the folder of Tally's settings and lexicons. Mixed into every command that reads config. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "DIR", order = 3,
            description = "folder of settings and lexicons, claimants.json and the rest (default: -Dtally.config,"
                    + " else TALLY_CONFIG, else ./config, else config/ beside the jar)")
    private @Nullable Path config;

    /** The folder given with --config, or null when the default lookup applies ({@link Launcher#configDir}). */
    public @Nullable Path explicit() {
        return config;
    }
}
