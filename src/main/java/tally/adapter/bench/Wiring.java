package tally.adapter.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.app.port.CorpusIndex;

/**
 * What the benchmark measures, handed in by the composition root so this adapter depends on ports only: how Tally
 * opens a corpus (load, extract and index into the data folder, or reopen the stored index), how to write a synthetic
 * corpus to measure on, and, when there is one, the bot's interaction handler.
 */
public record Wiring(Opener opener, CorpusWriter corpusWriter, @Nullable BurstTarget burstTarget) {

    public Wiring {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(corpusWriter, "corpusWriter");
    }

    /** Writes a synthetic corpus of {@code articles} files with its truth.json into {@code dir} (gen-corpus). */
    @FunctionalInterface
    public interface CorpusWriter {
        void write(int articles, long seed, Path dir);
    }

    /** Opens a running Tally on a corpus folder, its index kept under {@code dataDir}, its config read from {@code configDir}. */
    @FunctionalInterface
    public interface Opener {
        Opened open(Path corpusDir, Path dataDir, Path configDir);
    }

    /** A running Tally, the index it answers from, and what to close when done with both. */
    public record Opened(Tally tally, CorpusIndex index, AutoCloseable resources) implements AutoCloseable {
        public Opened {
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(resources, "resources");
        }

        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + resources, e);
            }
        }
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
