package tally.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.compose.AnswerComposer;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.app.question.QuestionLexicon;
import tally.app.question.QuestionParser;
import tally.config.ClaimantDirectory;
import tally.model.ClaimOrder;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.LoadProblem;
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
    private final AnswerComposer composer;
    private final @Nullable Supplier<CorpusStatus> status;
    private final Supplier<Optional<Freshness>> freshness;
    /** The reference date for questions, computed once per corpus version. */
    private volatile @Nullable Reference reference;

    private record Reference(String version, @Nullable LocalDate date) {
    }

    public TallyEngine(Supplier<CorpusIndex> index, ClaimantDirectory directory, QuestionLexicon lexicon) {
        this(IndexAccess.of(Objects.requireNonNull(index, "index")), directory, lexicon);
    }

    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon) {
        this(index, directory, lexicon, Optional::empty);
    }

    /** @param freshness how current the index is, as whoever refreshes it knows (see {@link Tally#freshness()}) */
    public TallyEngine(IndexAccess index, ClaimantDirectory directory, QuestionLexicon lexicon,
            Supplier<Optional<Freshness>> freshness) {
        this(index, null, freshness, directory, lexicon);
    }

    /**
     * @param status the corpus's state as whoever keeps the index knows it (refreshes, warnings); see
     *     {@link #status()}; {@link #freshness()} is read from it
     */
    public TallyEngine(IndexAccess index, Supplier<CorpusStatus> status, ClaimantDirectory directory,
                       QuestionLexicon lexicon) {
        this(index, status, () -> {
            CorpusStatus now = status.get();
            return Optional.ofNullable(now.answeringSince()).map(since -> new Freshness(since, now.refreshError()));
        }, directory, lexicon);
    }

    private TallyEngine(IndexAccess index, @Nullable Supplier<CorpusStatus> status,
                        Supplier<Optional<Freshness>> freshness, ClaimantDirectory directory, QuestionLexicon lexicon) {
        this.index = Objects.requireNonNull(index, "index");
        this.status = status;
        this.parser = new QuestionParser(lexicon, directory);
        this.composer = new AnswerComposer(directory);
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Said instead of "no figures" when there is no article at all: the corpus, not the question, is the problem. */
    static final String EMPTY_CORPUS_NOTE = "The corpus has no articles yet, so Tally has nothing to answer from. "
            + "Whoever runs Tally can add articles (.txt files) to its corpus folder.";

    @Override
    public Answer ask(String question) {
        return index.read(current -> {
            Answer answer = composer.compose(question, parser.parse(question, referenceDate(current)), current);
            return current.corpus().articles().isEmpty() ? new Answer(answer.question(), answer.parsed(),
                    answer.groups(), answer.passages(), EMPTY_CORPUS_NOTE, answer.caveat()) : answer;
        });
    }

    /** Parses without answering: for adapters that show how a question was read. */
    public ParsedQuestion parse(String question) {
        return index.read(current -> parser.parse(question, referenceDate(current)));
    }

    @Override
    public List<Claim> figures(FigureQuery query) {
        return index.read(current -> current.claims(query));
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

    /** The newest publication date in the corpus: "last month" means the month before the latest news, not today. */
    private @Nullable LocalDate referenceDate(CorpusIndex current) {
        Reference known = reference;
        if (known != null && known.version().equals(current.version())) {
            return known.date();
        }
        LocalDate latest = current.corpus().articles().stream()
                .map(Article::published)
                .filter(Objects::nonNull)
                .map(Published::date)
                .max(Comparator.naturalOrder())
                .orElse(null);
        reference = new Reference(current.version(), latest);
        return latest;
    }

    private static Map<String, Integer> claimCounts(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim c : claims) {
            c.sources().stream().map(Source::file).distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts;
    }

    private static ArticleInfo info(Article a, int claimCount) {
        return new ArticleInfo(a.file(), a.title(), a.outlet(), a.url(), a.published(), claimCount);
    }
}
