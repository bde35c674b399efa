package tally.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tally.app.question.QuestionContext;
import tally.app.question.QuestionLexicon;
import tally.app.question.QuestionParser;
import tally.app.question.UnreadTimes;
import tally.config.ClaimantDirectory;
import tally.model.ClaimOrder;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.LoadProblem;
import tally.model.Metric;
import tally.model.PlainText;
import tally.model.Published;
import tally.model.Source;

/**
 * The {@link Tally} use cases over whatever index is current, so a live reload can swap the index without rebuilding
 * the engine. Each call works on one version of the index throughout ({@link IndexAccess}).
 */
public final class TallyEngine implements Tally {

    static final String SUMMARY_QUESTION = "Every figure in the corpus";

    private final IndexAccess index;
    private final QuestionParser parser;
    private final tally.app.compose.SourceNames sourceNames;
    private final AnswerComposer composer;
    private final Increments increments;
    private final Clock clock;
    private final @Nullable ChartDrawing charts;
    private final Supplier<Optional<Freshness>> freshness;
    private final @Nullable Supplier<CorpusStatus> status;
    private final @Nullable Moderator moderator;
    /** The months that have claims, computed once per corpus version. */
    private volatile @Nullable ClaimMonths months;

    private record ClaimMonths(String version, Set<YearMonth> months) {
    }

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
        this.parser = new QuestionParser(lexicon, directory, Objects.requireNonNull(verbs, "verbs"));
        this.sourceNames = new tally.app.compose.SourceNames(directory, parser);
        this.increments = Increments.of(lexicon);
        this.composer = new AnswerComposer(directory, increments, SourceMentions.of(lexicon), DerivedAsks.of(lexicon),
                UnreadTimes.of(lexicon), CorpusAsks.of(lexicon, directory));
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /** Said instead of "no figures" when there is no article at all: the corpus, not the question, is the problem. */
    static final String EMPTY_CORPUS_NOTE = "The corpus has no articles yet, so Tally has nothing to answer from. "
            + "Whoever runs Tally can add articles (.txt files) to its corpus folder.";

    @Override
    public Optional<Moderator> moderator() {
        return Optional.ofNullable(moderator);
    }

    /**
     * {@inheritDoc} The question is echoed in every reply, on a terminal too, so its terminal controls and direction
     * overrides are neutralised here, as an article's are where it is read ({@link PlainText}).
     */
    @Override
    public Answer ask(String typed) {
        String question = PlainText.oneLine(typed);
        return index.read(current -> answer(question, parser.parseIn(question, context(current)), current, null));
    }

    @Override
    public Answer ask(String typed, List<String> typedBefore) {
        if (typedBefore.isEmpty()) {
            return ask(typed);
        }
        String question = PlainText.oneLine(typed);
        List<String> earlier = typedBefore.stream().map(PlainText::oneLine).toList();
        return index.read(current -> {
            QuestionParser.FollowUp read = parser.parseAfter(question, earlier, context(current));
            String note = read.aboutLastAnswer() ? aboutLastAnswerNote(askedBefore(earlier))
                    : read.carried().isEmpty() ? null : followUpNote(askedBefore(earlier), read.carried());
            return answer(question, read.parsed(), current, note);
        });
    }

    /** The composed answer; {@code lead} goes before its own note (an empty corpus says so instead of either). */
    private Answer answer(String question, ParsedQuestion parsed, CorpusIndex current, @Nullable String followUp) {
        Answer answer = composer.compose(question, parsed, current);
        String age = ageOfNewest(answer);
        String lead = followUp == null ? age : age == null ? followUp : followUp + " " + age;
        String note = current.corpus().articles().isEmpty() ? EMPTY_CORPUS_NOTE
                : lead == null ? answer.note() : answer.note() == null ? lead : lead + " " + answer.note();
        return Objects.equals(note, answer.note()) ? answer : new Answer(answer.question(), answer.parsed(),
                answer.groups(), answer.passages(), note, answer.caveat(), answer.mentioning(), answer.differences(),
                answer.mentioningElsewhere());
    }

    /** Figures this much older than today are said to be so when the question asks what holds now. */
    private static final int STALE_AFTER_MONTHS = 3;

    /**
     * "The newest figure here was claimed in December 2024, 23 months before today; ...": said when a question asks
     * for the latest figures ("now", "currently") and even the newest is months old, since "how many are there now?"
     * answered with two-year-old figures, unmarked, reads as a statement about today. Null otherwise.
     */
    private @Nullable String ageOfNewest(Answer answer) {
        if (answer.parsed().intent() != tally.app.answer.Intent.LATEST || !answer.hasFigures()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        // every figure the reply shows, those shown alongside too: "the newest figure here" must be no older than one
        return answer.groups().stream().flatMap(g -> g.claims().stream())
                .map(Claim::claimDate).filter(d -> d.known() && d.date() != null)
                .max(Comparator.comparing(ClaimDate::date))
                .filter(d -> d.date().plusMonths(STALE_AFTER_MONTHS).isBefore(today))
                .map(d -> {
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(d.date(), today);
                    return "The newest figure here was claimed " + (d.precision() == tally.model.DatePrecision.DAY
                            ? "on " : "in ") + d.display() + ", " + months + " months before today: the sources hold "
                            + "nothing newer, so what holds now may differ.";
                }).orElse(null);
    }

    @Override
    public boolean followsOn(String question) {
        return parser.opensAsFollowUp(question)
                || parser.namesOnlyAPeriod(PlainText.oneLine(question), QuestionContext.on(LocalDate.now(clock)));
    }

    /** The last question asked before that was not only about its answer ("source?" shows the one before it). */
    private String askedBefore(List<String> earlier) {
        for (int i = earlier.size() - 1; i > 0; i--) {
            if (!parser.asksAboutLastAnswer(earlier.get(i))) {
                return earlier.get(i);
            }
        }
        return earlier.get(0);
    }

    /** "Read as following on from your last question (“...”): its source and period still apply." */
    static String followUpNote(String previous, List<String> carried) {
        String what = carried.size() == 1 ? carried.get(0)
                : String.join(", ", carried.subList(0, carried.size() - 1)) + " and " + carried.get(carried.size() - 1);
        return "Read as following on from your last question (\u201c" + shown(previous) + "\u201d): its " + what
                + (carried.size() == 1 ? " still applies." : " still apply.");
    }

    /** "source?", "when was that?": the last question's figures again, and why. */
    static String aboutLastAnswerNote(String previous) {
        return "Read as asking about your last question (\u201c" + shown(previous) + "\u201d): its figures again, each"
                + " with who claims it, when, and which article reports it.";
    }

    /** The last question as a note quotes it: on one line, cut at a word after about 80 characters. */
    private static String shown(String previous) {
        String shown = previous.strip().replaceAll("\\s+", " ");
        if (shown.length() > 80) {
            int cut = shown.lastIndexOf(' ', 80);
            shown = shown.substring(0, cut > 40 ? cut : 80) + "\u2026";
        }
        return shown;
    }

    /** Parses without answering: for adapters that show how a question was read. */
    public ParsedQuestion parse(String question) {
        return index.read(current -> parser.parseIn(question, context(current)));
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
        return index.read(current -> composer.compose(SUMMARY_QUESTION, ParsedQuestion.everything(), current));
    }

    @Override
    public List<ArticleInfo> articles() {
        return index.read(current -> {
            Map<String, Integer> counts = claimCounts(current.corpus().claims());
            return current.corpus().articles().stream()
                    .map(a -> info(a, counts.getOrDefault(a.file(), 0)))
                    .sorted(Comparator.comparing(ArticleInfo::file))
                    .toList();
        });
    }

    @Override
    public Optional<ArticleClaims> article(String file) {
        return index.read(current -> current.corpus().articles().stream()
                .filter(a -> a.file().equals(file))
                .findFirst()
                .map(a -> {
                    List<Claim> claims = current.corpus().claims().stream()
                            .filter(c -> c.sources().stream().anyMatch(s -> s.file().equals(file)))
                            .sorted(ClaimOrder.NEWEST_FIRST)
                            .toList();
                    return new ArticleClaims(info(a, claims.size()), claims);
                }));
    }

    /** Claimants and relayers of the corpus claims, by name; "unnamed source" is nobody to pick. */
    @Override
    public List<Claimant> claimants() {
        Map<String, Claimant> byId = new LinkedHashMap<>();
        for (Claim c : index.read(current -> current.corpus().claims())) {
            byId.putIfAbsent(c.claimant().id(), c.claimant());
            if (c.relayedBy() != null) {
                byId.putIfAbsent(c.relayedBy().id(), c.relayedBy());
            }
        }
        return byId.values().stream()
                .filter(Claimant::known)
                .sorted(Comparator.comparing(Claimant::name).thenComparing(Claimant::id))
                .toList();
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

    /** Today from the clock, and the months in which the corpus has claims ("in December": the latest with claims). */
    private QuestionContext context(CorpusIndex current) {
        ClaimMonths known = months;
        if (known == null || !known.version().equals(current.version())) {
            Set<YearMonth> found = new HashSet<>();
            for (Claim c : current.corpus().claims()) {
                LocalDate d = c.claimDate().date();
                if (d != null) {
                    found.add(YearMonth.from(d));
                }
            }
            known = new ClaimMonths(current.version(), Set.copyOf(found));
            months = known;
        }
        return new QuestionContext(LocalDate.now(clock), known.months());
    }

    private static Map<String, Integer> claimCounts(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim c : claims) {
            c.sources().stream().map(Source::file).distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts;
    }

    private static ArticleInfo info(Article a, int claimCount) {
        return new ArticleInfo(a.file(), a.headline(), a.outlet(), a.url(), a.published(), claimCount);
    }
}
