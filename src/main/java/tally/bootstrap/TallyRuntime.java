package tally.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.adapter.web.WebArticleReader;
import tally.adapter.web.WebSettings;
import tally.app.Tally;
import tally.app.article.ArticleCurator;
import tally.app.port.ArticleReader;
import tally.app.port.ClaimExtraction;
import tally.app.port.IndexAccess;
import tally.app.port.LiveRefresh;
import tally.corpus.CorpusFolderShelf;
import tally.index.RefreshResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import tally.app.moderation.Change;
import tally.adapter.storage.Storage;
import tally.adapter.storage.StorageSettings;
import tally.app.moderation.CorrectedCorpus;
import tally.app.moderation.Moderator;
import tally.app.port.ModerationStore;
import tally.app.TallyEngine;
import tally.app.question.QuestionLexicon;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;
import tally.extract.QuestionVerbs;
import tally.extract.RuleBasedExtraction;
import tally.index.LiveCorpus;

/**
 * A running Tally: config read and validated, the corpus indexed (or the stored index reopened), and the engine that
 * answers from it. Every adapter gets its {@link Tally} from here. Closing it releases the index.
 */
public final class TallyRuntime implements AutoCloseable {

    /** How often the corpus folder is checked even when file-system events arrive (they do not on every mount). */
    public static final Duration CHECK_EVERY = LiveCorpus.CHECK_EVERY;
    /** How long the folder must be quiet after a file-system event before the change is read. */
    public static final Duration QUIET = LiveCorpus.QUIET;

    private final ClaimantDirectory directory;
    private final LiveCorpus corpus;
    private final TallyEngine engine;
    private final Path corpusDir;
    private final ClaimExtraction extraction;
    private final WebSettings web;
    private final Consumer<String> log;
    private final Clock clock;

    private final ModerationStore store;
    private final StorageSettings storage;
    /** What members are answered from (the live corpus with moderators' corrections), for counting added claims. */
    private final IndexAccess answered;

    private TallyRuntime(ClaimantDirectory directory, LiveCorpus corpus, TallyEngine engine, ModerationStore store,
                         StorageSettings storage, IndexAccess answered, Path corpusDir, ClaimExtraction extraction,
                         WebSettings web, Consumer<String> log, Clock clock) {
        this.directory = directory;
        this.corpus = corpus;
        this.engine = engine;
        this.store = store;
        this.storage = storage;
        this.answered = answered;
        this.corpusDir = corpusDir;
        this.extraction = extraction;
        this.web = web;
        this.log = log;
        this.clock = clock;
    }

    /** The moderators' use cases over this runtime's corpus. */
    public Moderator moderator() {
        return engine.moderator().orElseThrow();
    }

    /** config/storage.json as read at start (the bot reloads the change log every {@code reloadSeconds}). */
    public StorageSettings storage() {
        return storage;
    }

    /**
     * Reads every config file first, so a typo in any of them stops start-up with its file and line before any work
     * is done; then opens the corpus. Throws {@link tally.config.ConfigException} or
     * {@link tally.corpus.CorpusFolderException} with a message a person can act on.
     */
    public static TallyRuntime open(Path corpusDir, Path dataDir, Path configDir, Consumer<String> log) {
        return open(corpusDir, dataDir, configDir, log, Clock.systemUTC());
    }

    /**
     * @param clock when the corpus was checked and changed ({@link Tally#status()}, {@link Tally#freshness()}); also
     *              what moderators' changes and members' reports are dated by
     */
    public static TallyRuntime open(Path corpusDir, Path dataDir, Path configDir, Consumer<String> log, Clock clock) {
        return open(corpusDir, dataDir, configDir, log, clock, System.getenv());
    }

    /**
     * As {@link #open(Path, Path, Path, Consumer, Clock)} with the environment the moderation database's password is
     * read from. Also throws {@link tally.app.port.StoreException} when the moderation database is configured but
     * cannot be reached.
     */
    public static TallyRuntime open(Path corpusDir, Path dataDir, Path configDir, Consumer<String> log, Clock clock,
                                    Map<String, String> env) {
        ClaimantDirectory directory = ClaimantDirectory.load(configDir);
        ExtractionLexicon extractionLexicon = ExtractionLexicon.load(configDir);
        QuestionLexicon questions = QuestionLexicon.load(configDir);
        WebSettings web = WebSettings.load(configDir);
        StorageSettings storage = StorageSettings.load(configDir);
        RuleBasedExtraction extraction = new RuleBasedExtraction(extractionLexicon, directory);
        ModerationStore store = Storage.open(storage, dataDir, env);
        // The change log is read while the index opens: the database's driver and native library load meanwhile.
        FutureTask<List<Change>> changes = new FutureTask<>(store::changes);
        Thread reader = new Thread(changes, "tally-moderation-preload");
        reader.setDaemon(true);
        reader.start();
        LiveCorpus corpus;
        CorrectedCorpus corrected;
        try {
            // The ticker is read here and nowhere below: everything under the runtime takes time as given.
            corpus = LiveCorpus.open(corpusDir, dataDir, extraction, log, clock, System::nanoTime);
            corrected = new CorrectedCorpus(corpus, store, log, join(changes));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        corpus.onChange(corrected::corpusChanged);
        Moderator moderator = new Moderator(store, corrected, directory, clock, storage.reportsPerHour(),
                java.time.Duration.ofSeconds(storage.reloadSeconds()));
        // Tally.status() and Tally.freshness() (the bot's /status) both come from the live corpus.
        // A question's own verb is read by the extractor's tagger, which loads its models on the first one needing it.
        TallyEngine engine = TallyEngine.withStatus(corrected, directory, questions, clock,
                new tally.adapter.chart.TimelineChart(), corpus::status, moderator, new QuestionVerbs());
        return new TallyRuntime(directory, corpus, engine, store, storage, corrected, corpusDir, extraction, web, log,
                clock);
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

    /**
     * Adding and removing articles (issue 11) on this corpus folder: pages fetched and read with the limits of
     * config/articles.json, files written into the folder and the live index refreshed at once.
     */
    public ArticleCurator curator() {
        return curator(new WebArticleReader(web, clock), clock);
    }

    /** The same with a reader and clock of the caller's (tests: a fixed clock, a fetcher allowed onto 127.0.0.1). */
    public ArticleCurator curator(ArticleReader reader, Clock clock) {
        LiveRefresh refresh = () -> {
            RefreshResult result = corpus.refresh();
            return new LiveRefresh.Outcome(result.version(), result.error());
        };
        return new ArticleCurator(reader, new CorpusFolderShelf(corpusDir), extraction, answered, refresh, clock, log);
    }

    /** The limits on reading articles from the web, from config/articles.json. */
    public WebSettings webSettings() {
        return web;
    }

    @Override
    public void close() {
        corpus.close();
        store.close();
    }

    private static List<Change> join(FutureTask<List<Change>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the moderation database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
