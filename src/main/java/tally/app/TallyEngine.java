package tally.app;

import java.time.Clock;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Who;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.compose.AnswerComposer;
import tally.app.compose.Increments;
import tally.app.compose.SourceMentions;
import tally.app.moderation.Moderator;
import tally.app.port.ChartDrawing;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.app.port.VerbFinder;
import tally.app.question.CorpusAsks;
import tally.app.question.DerivedAsks;
import tally.app.question.QuestionLexicon;
import tally.app.question.QuestionParser;
import tally.app.question.UnreadTimes;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.LoadProblem;
import tally.model.Metric;

/**
 * The {@link Tally} use cases over whatever index is current, so a live reload can swap the index without rebuilding
 * the engine. Each call works on one version of the index throughout ({@link IndexAccess}). This class wires the
 * engine and serves the adapters; a question's path is {@link QuestionAnswerer}'s, the notes it adds
 * {@link AnswerNotes}', and the listings of articles and claimants {@link CorpusListings}'.
 */
public final class TallyEngine implements Tally {

    private final IndexAccess index;
    private final QuestionAnswerer answerer;
    private final tally.app.compose.SourceNames sourceNames;
    private final Increments increments;
    private final @Nullable ChartDrawing charts;
    private final Supplier<Optional<Freshness>> freshness;
    private final @Nullable Supplier<CorpusStatus> status;
    private final @Nullable Moderator moderator;
    /** With the system clock: for callers that are themselves a composition root (tests, one-shot runs). */
    public TallyEngine(Supplier<CorpusIndex> index, ClaimantDirectory directory, QuestionLexicon lexicon) {
        this(IndexAccess.of(Objects.requireNonNull(index, "index")), directory, lexicon, Clock.systemDefaultZone());
    }

    public TallyEngine(Supplier<CorpusIndex> index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock) {
        this(IndexAccess.of(Objects.requireNonNull(index, "index")), directory, lexicon, clock);
    }

    /** @param verbs reads a question's own verb where no measure word names what it counts ({@link VerbFinder}) */
    public TallyEngine(Supplier<CorpusIndex> index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock,
                       VerbFinder verbs) {
        this(IndexAccess.of(Objects.requireNonNull(index, "index")), directory, lexicon, clock, null, Optional::empty,
                null, null, verbs);
    }

    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon) {
        this(index, directory, lexicon, Clock.systemDefaultZone());
    }

    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock) {
        this(index, directory, lexicon, clock, null, Optional::empty);
    }

    /** @param freshness how current the index is, as whoever refreshes it knows (see {@link Tally#freshness()}) */
    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon,
            Supplier<Optional<Freshness>> freshness) {
        this(index, directory, lexicon, Clock.systemDefaultZone(), null, freshness);
    }

    /**
     * @param clock     today's date for "last month", "this year"; injected so answers can be tested on any day
     * @param charts    draws {@link #timeline} pictures; null when this engine draws none
     * @param freshness how current the index is, as whoever refreshes it knows (see {@link Tally#freshness()})
     */
    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock,
                       @Nullable ChartDrawing charts, Supplier<Optional<Freshness>> freshness) {
        this(index, directory, lexicon, clock, charts, freshness, null);
    }

    /**
     * As the constructor above, with the moderators' use cases ({@link Tally#moderator()}), which act on the same
     * {@code index}; null where none are kept.
     */
    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock,
                       @Nullable ChartDrawing charts, Supplier<Optional<Freshness>> freshness,
                       @Nullable Moderator moderator) {
        this(index, directory, lexicon, clock, charts, freshness, null, moderator, VerbFinder.NONE);
    }

    /**
     * With the corpus's state as whoever keeps the index knows it (refreshes, problems, warnings; see
     * {@link #status()}); {@link #freshness()} is read from it. {@code moderator} as above; {@code verbs} reads a
     * question's own verb where no measure word names what it counts ({@link VerbFinder}).
     */
    public static TallyEngine withStatus(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon,
                                         Clock clock, @Nullable ChartDrawing charts, Supplier<CorpusStatus> status,
                                         @Nullable Moderator moderator, VerbFinder verbs) {
        return new TallyEngine(index, directory, lexicon, clock, charts, () -> {
            CorpusStatus now = status.get();
            return Optional.ofNullable(now.answeringSince()).map(since -> new Freshness(since, now.refreshError()));
        }, status, moderator, verbs);
    }

    private TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon, Clock clock,
                        @Nullable ChartDrawing charts, Supplier<Optional<Freshness>> freshness,
                        @Nullable Supplier<CorpusStatus> status, @Nullable Moderator moderator, VerbFinder verbs) {
        this.status = status;
        this.moderator = moderator;
        this.index = Objects.requireNonNull(index, "index");
        QuestionParser parser = new QuestionParser(lexicon, directory, Objects.requireNonNull(verbs, "verbs"));
        this.sourceNames = new tally.app.compose.SourceNames(directory, parser);
        this.increments = Increments.of(lexicon);
        tally.app.question.MeasureWords measureWords = tally.app.question.MeasureWords.of(lexicon);
        AnswerComposer composer = new AnswerComposer(directory, increments, SourceMentions.of(lexicon),
                DerivedAsks.of(lexicon), UnreadTimes.of(lexicon), CorpusAsks.of(lexicon, directory),
                measureWords, tally.app.question.SubjectPassages.of(lexicon, measureWords),
                tally.app.question.NamedPlaces.of(lexicon));
        this.answerer = new QuestionAnswerer(this.index, parser, composer, Objects.requireNonNull(clock, "clock"));
        this.charts = charts;
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Chart size for a Discord embed: wide enough for the labels, small enough to load fast. */
    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 600;

    @Override
    public Optional<Picture> timeline(Metric metric, @Nullable Who who) {
        if (charts == null) {
            return Optional.empty();
        }
        // Read as answers read them: "another 1,500" is part of the force, drawn apart from the totals.
        Timeline timeline = Timeline.of(metric, figures(new FigureQuery(Set.of(metric), null, null), who).stream()
                .map(increments::rescope).toList());
        return timeline.isEmpty() ? Optional.empty()
                : Optional.of(new Picture(timeline, charts.png(timeline, CHART_WIDTH, CHART_HEIGHT)));
    }

    @Override
    public Optional<Moderator> moderator() {
        return Optional.ofNullable(moderator);
    }

    @Override
    public Answer ask(String typed) {
        return answerer.ask(typed);
    }

    @Override
    public Answer ask(String typed, List<String> typedBefore) {
        return answerer.ask(typed, typedBefore);
    }

    @Override
    public boolean followsOn(String question) {
        return answerer.followsOn(question);
    }

    /** Parses without answering: for adapters that show how a question was read. */
    public ParsedQuestion parse(String question) {
        return answerer.parse(question);
    }

    @Override
    public List<Claim> figures(FigureQuery query) {
        return index.read(current -> current.claims(query));
    }

    @Override
    public Optional<Who> source(String typed) {
        return sourceNames.resolve(typed, claimants());
    }

    @Override
    public List<Claim> figures(FigureQuery query, @Nullable Who who) {
        if (who == null || who.claimant() != null) {
            return Tally.super.figures(query, who);
        }
        return figures(new FigureQuery(query.metrics(), null, query.since())).stream()
                .filter(sourceNames.claims(who)).toList();
    }

    @Override
    public Answer summary() {
        return answerer.summary();
    }

    @Override
    public List<ArticleInfo> articles() {
        return index.read(CorpusListings::articles);
    }

    @Override
    public Optional<ArticleClaims> article(String file) {
        return index.read(current -> CorpusListings.article(current, file));
    }

    /** Claimants and relayers of the corpus claims, by name; "unnamed source" is nobody to pick. */
    @Override
    public List<Claimant> claimants() {
        return CorpusListings.claimants(index.read(current -> current.corpus().claims()));
    }

    @Override
    public String corpusVersion() {
        return index.read(CorpusIndex::version);
    }

    @Override
    public List<LoadProblem> problems() {
        return index.read(current -> current.corpus().problems());
    }

    @Override
    public CorpusStatus status() {
        if (status != null) {
            return status.get();
        }
        return index.read(current -> new CorpusStatus(current.version(), current.corpus().articles().size(),
                current.corpus().claims().size(), current.corpus().problems(), null, null, null, null, null, null,
                null));
    }

    @Override
    public Optional<Freshness> freshness() {
        return freshness.get();
    }
}
