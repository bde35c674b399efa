package tally.adapter.discord;

import java.nio.file.Path;
import tally.app.Tally;

/** How the composition root opens the engine for the bot and the console: a corpus folder, and where to keep the index. */
@FunctionalInterface
public interface TallyOpener {
    /** @param data folder for the persisted index (./data unless --data says otherwise) */
    Tally open(Path corpus, Path data);
}
