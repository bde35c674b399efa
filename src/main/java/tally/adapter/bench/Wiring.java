package tally.adapter.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.model.Article;

/**
 * What the benchmark measures, handed in by the composition root so this adapter depends on ports only: the corpus
 * loader, the extractor, the persistent index, the engine, and (when there is one) the bot's interaction handler.
 */
public record Wiring(
        Function<Path, List<Article>> loader,
        ClaimExtraction extraction,
        IndexBuilder indexBuilder,
        Function<CorpusIndex, Tally> engine,
        @Nullable BurstTarget burstTarget) {

    public Wiring {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(indexBuilder, "indexBuilder");
        Objects.requireNonNull(engine, "engine");
    }

    /** Builds (and persists under {@code dataDir}) the index of an analysed corpus read from {@code corpusDir}. */
    @FunctionalInterface
    public interface IndexBuilder {
        CorpusIndex build(tally.model.AnalyzedCorpus corpus, Path corpusDir, Path dataDir);
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
