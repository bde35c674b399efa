package tally.adapter.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.app.port.CorpusIndex;

/**
 * What the benchmark measures, handed in by the composition root so this adapter depends on ports only: opening a
 * corpus (load, extract and index into the data folder, or reopen the stored index), the engine over an index, and
 * (when there is one) the bot's interaction handler.
 */
public record Wiring(Ingest ingest, Function<CorpusIndex, Tally> engine, @Nullable BurstTarget burstTarget) {

    public Wiring {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(engine, "engine");
    }

    /** Opens the corpus folder's index under {@code dataDir}: built from scratch when the data folder is empty. */
    @FunctionalInterface
    public interface Ingest {
        CorpusIndex open(Path corpusDir, Path dataDir);
    }

    /**
     * The bot's interaction handler with Discord stubbed at the network edge: given the engine, something that takes
     * one question, handles it as a slash command would be, and returns when the reply has been sent (throwing if it
     * failed).
     */
    public interface BurstTarget {
        String description();

        Consumer<String> handler(Tally tally);
    }
}
