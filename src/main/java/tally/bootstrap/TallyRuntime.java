package tally.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.app.TallyEngine;
import tally.app.question.QuestionLexicon;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;
import tally.extract.RuleBasedExtraction;
import tally.index.LiveCorpus;

/**
 * A running Tally: config read and validated, the corpus indexed (or the stored index reopened), and the engine that
 * answers from it. Every adapter gets its {@link Tally} from here. Closing it releases the index.
 */
public final class TallyRuntime implements AutoCloseable {

    /** How often the corpus folder is checked even when file-system events arrive (they do not on every mount). */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    /** How long the folder must be quiet after a file-system event before the change is read. */
    public static final Duration QUIET = Duration.ofMillis(300);

    private final ClaimantDirectory directory;
    private final LiveCorpus corpus;
    private final TallyEngine engine;

    private TallyRuntime(ClaimantDirectory directory, LiveCorpus corpus, TallyEngine engine) {
        this.directory = directory;
        this.corpus = corpus;
        this.engine = engine;
    }

    /**
     * Reads every config file first, so a typo in any of them stops start-up with its file and line before any work
     * is done; then opens the corpus. Throws {@link tally.config.ConfigException} or
     * {@link tally.corpus.CorpusFolderException} with a message a person can act on.
     */
    public static TallyRuntime open(Path corpusDir, Path dataDir, Path configDir, Consumer<String> log) {
        return open(corpusDir, dataDir, configDir, log, Clock.systemUTC());
    }

    /** @param clock for when the corpus was checked and changed ({@link Tally#status()}, {@link Tally#freshness()}) */
    public static TallyRuntime open(Path corpusDir, Path dataDir, Path configDir, Consumer<String> log, Clock clock) {
        ClaimantDirectory directory = ClaimantDirectory.load(configDir);
        ExtractionLexicon extractionLexicon = ExtractionLexicon.load(configDir);
        QuestionLexicon questions = QuestionLexicon.load(configDir);
        RuleBasedExtraction extraction = new RuleBasedExtraction(extractionLexicon, directory);
        // The ticker is read here and nowhere below: everything under the runtime takes time as given.
        LiveCorpus corpus = LiveCorpus.open(corpusDir, dataDir, extraction, log, clock, System::nanoTime);
        // Tally.status() and Tally.freshness() (the bot's /status) both come from the live corpus.
        return new TallyRuntime(directory, corpus, TallyEngine.withStatus(corpus, directory, questions, clock,
                new tally.adapter.chart.TimelineChart(), corpus::status));
    }

    /**
     * For a Tally that stays up (the bot, the console): follows the corpus folder from now on (file-system events
     * with a check every {@link #CHECK_EVERY} as the fallback, bursts debounced by {@link #QUIET}), re-indexes a change
     * in the background and swaps it in, logging what changed and every file that could not be used.
     *
     * @return this runtime
     */
    public TallyRuntime watchCorpus() {
        corpus.watch(CHECK_EVERY, QUIET);
        return this;
    }

    /**
     * The config folder of this process: {@code explicit} (--config) when given, else -Dtally.config, TALLY_CONFIG,
     * ./config, or the config/ folder beside the jar ({@link ConfigFolder}).
     *
     * @throws tally.config.ConfigException when none is found, saying where it looked
     */
    public static Path configDir(@Nullable Path explicit) {
        return ConfigFolder.ofThisProcess().find(explicit);
    }

    /** {@link #configDir(Path)} without --config. */
    public static Path configDir() {
        return configDir(null);
    }

    public Tally tally() {
        return engine;
    }

    public TallyEngine engine() {
        return engine;
    }

    public LiveCorpus corpus() {
        return corpus;
    }

    public ClaimantDirectory directory() {
        return directory;
    }

    @Override
    public void close() {
        corpus.close();
    }
}
