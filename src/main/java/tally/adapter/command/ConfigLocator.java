package tally.adapter.command;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds the config folder a command reads (the lookup is the composition root's: see {@link Launcher#configDir}). */
@FunctionalInterface
public interface ConfigLocator {

    /**
     * @param explicit the folder given with --config, or null
     * @throws tally.config.ConfigException when none is found (the message lists every place looked at)
     */
    Path configDir(@Nullable Path explicit);
}
