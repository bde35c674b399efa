package tally.adapter.discord;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;

/** How the composition root opens the engine for the bot and the console: a corpus folder, and where to keep the index. */
@FunctionalInterface
public interface TallyOpener {
    /** @param data folder for the persisted index; null lets the engine choose (or keep it in memory) */
    Tally open(Path corpus, @Nullable Path data);
}
