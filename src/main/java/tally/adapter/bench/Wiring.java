package tally.adapter.bench;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;

/**
 * What the benchmark measures, handed in by the composition root so this adapter depends on ports only: how Tally
 * opens a corpus (load, extract and index into the data folder, or reopen the stored index), how to write a
 * synthetic corpus to measure on, and the claim extraction the opener uses (timed on its own, per article; null: not
 * measured).
 */
public record Wiring(Opener opener, CorpusWriter corpusWriter, @Nullable Extractions extractions) {

    public Wiring {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(corpusWriter, "corpusWriter");
    }

    public Wiring(Opener opener, CorpusWriter corpusWriter) {
        this(opener, corpusWriter, null);
    }

    /** The claim extraction Tally runs with the config of {@code configDir}. */
    @FunctionalInterface
    public interface Extractions {
        ClaimExtraction forConfig(Path configDir);
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

    /**
     * The baseline answers are compared with: Tally's own passage search (the same index, field, analyser, query
     * terms and number of hits) run alone, without anything an answer adds. Returns the hits found.
     *
     * @throws IllegalStateException when it cannot be run on the index in use (then it is reported as not measured)
     */
    @FunctionalInterface
    public interface BareSearch {
        int hits(String question);
    }

    /** A running Tally, the index it answers from, its bare search, and what to close when done with all. */
    public record Opened(Tally tally, CorpusIndex index, BareSearch bareSearch, AutoCloseable resources)
            implements AutoCloseable {
        public Opened {
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(bareSearch, "bareSearch");
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
}
