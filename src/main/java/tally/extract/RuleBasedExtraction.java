package tally.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.LoadProblem;
import tally.model.Published;

/**
 * The claim extractor Tally runs on: rules over sentence structure, with every word list in config/. Articles with a
 * publication date are read first; the others get an inferred date (from their own text, else from claims the dated
 * articles also report) and are then read against it. Thread-safe: it holds immutable lexicons, and analyses run
 * one at a time.
 *
 * <p>Each article's own reading (its claims, read against a given date) and its date from text are kept from one
 * {@link #analyze} to the next ({@link ArticleReadings}); only the cross-article steps (inferring dates from other
 * articles' claims, merging) run over the whole corpus again. So a change to one article of 10,000 re-reads one.
 */
public final class RuleBasedExtraction implements ClaimExtraction {

    private final ExtractionLexicon lexicon;
    private final ClaimantDirectory directory;
    /** Built on first use: a command that reopens a stored index never reads an article, and start-up time counts. */
    private volatile @Nullable ArticleExtractor extractor;
    private final Object extractorLock = new Object();
    private final PublishedDateInference inference = new PublishedDateInference();
    /** Worked out on first use (a read of the jar's directory): by then the start-up has other work running beside it. */
    private volatile @Nullable String version;
    private final ArticleReadings<Reading, List<ArticleExtractor.Extracted>> readings = new ArticleReadings<>();
    /** Each article's mentions of a day, kept by the article alone: a newer article elsewhere changes none of them. */
    private final ArticleReadings<Article, List<DateMention>> textDates = new ArticleReadings<>();

    /** An article and the date it is read against (the report date, or the newest date in the corpus for text dates). */
    private record Reading(Article article, @Nullable LocalDate date) {
    }

    /**
     * Reads one article against a date; the rule-based {@link ArticleExtractor} unless a test puts a failing one in
     * its place (see {@link #analyze}: a fault in one article's reading must not stop the rest).
     */
    @FunctionalInterface
    interface ArticleReader {
        List<ArticleExtractor.Extracted> read(Article article, @Nullable LocalDate reported);
    }

    /** Finds the days an undated article's text mentions; {@link PublishedDateInference#dayMentions} unless a test. */
    @FunctionalInterface
    interface TextDateReader {
        List<DateMention> dayMentions(Article article);
    }

    /** Articles whose reading threw during the analysis under way, by file. */
    private final Map<String, LoadProblem> failed = new java.util.concurrent.ConcurrentHashMap<>();
    private final @Nullable ArticleReader reader;
    private final TextDateReader textDateReader;

    public RuleBasedExtraction(ExtractionLexicon lexicon, ClaimantDirectory directory) {
        this(lexicon, directory, null, null);
    }

    /**
     * @param reader reads each article in place of the rules (tests); null: the rules
     * @param textDateReader finds an undated article's days in place of the rules (tests); null: the rules
     */
    RuleBasedExtraction(ExtractionLexicon lexicon, ClaimantDirectory directory, @Nullable ArticleReader reader,
                        @Nullable TextDateReader textDateReader) {
        this.lexicon = lexicon;
        this.directory = directory;
        this.reader = reader;
        this.textDateReader = textDateReader != null ? textDateReader : inference::dayMentions;
    }

    /** The code of the extractor and a hash of its lexicons ({@link ExtractorVersion}). */
    @Override
    public String version() {
        String known = version;
        if (known == null) { // two threads may both work it out: the same value, so either may be kept
            known = ExtractorVersion.of(RuleBasedExtraction.class, lexicon, directory);
            version = known;
        }
        return known;
    }

    public static RuleBasedExtraction fromConfig(Path configDir) {
        return new RuleBasedExtraction(ExtractionLexicon.load(configDir), ClaimantDirectory.load(configDir));
    }

    private ArticleExtractor extractor() {
        ArticleExtractor built = extractor;
        if (built == null) {
            // not on this: analyze() holds that monitor while its parallel readers come here
            synchronized (extractorLock) {
                built = extractor;
                if (built == null) {
                    built = new ArticleExtractor(new CompiledLexicon(lexicon), directory);
                    extractor = built;
                }
            }
        }
        return built;
    }

    /**
     * Every reading of the latest analysis that was of an article against its own publication date, stated or
     * inferred (the article as it came out of the analysis, its date included): all an article's claims need. Not the
     * first reading of an undated article (against no date): inferring its date needs more than claims, so it is
     * read again.
     */
    @Override
    public Map<Article, List<Claim>> ownReadings() {
        Map<Article, List<Claim>> own = new java.util.HashMap<>();
        readings.kept().forEach((reading, read) -> {
            if (ownDate(reading.article(), reading.date())) {
                own.put(reading.article(), claims(read));
            }
        });
        return own;
    }

    /**
     * Readings from {@link #ownReadings} of an extraction of the same {@link #version()}: kept as if this one had read
     * them, each under its article (date included) and that date, so one is used only for that very article and date.
     */
    @Override
    public synchronized void keep(Map<Article, List<Claim>> kept) {
        Map<Reading, List<ArticleExtractor.Extracted>> seeded = new java.util.HashMap<>();
        kept.forEach((article, claims) -> {
            if (ownDate(article, article.published() == null ? null : article.published().date())) {
                seeded.put(new Reading(article, article.published().date()),
                        claims.stream().map(c -> new ArticleExtractor.Extracted(c, null)).toList());
            }
        });
        readings.seed(seeded);
    }

    /** Dated (stated or inferred), and read against that date. */
    private static boolean ownDate(Article article, @Nullable LocalDate readAgainst) {
        Published p = article.published();
        return p != null && p.date().equals(readAgainst);
    }

    /** How many undated articles the last {@link #analyze} scanned afresh for the dates in their text. */
    int textScansInLastAnalysis() {
        return textDates.lastRead();
    }

    /** How many article readings the last {@link #analyze} did afresh (not kept from the one before). */
    int readingsInLastAnalysis() {
        return readings.lastRead();
    }

    /** The claims of one article read on its own, unmerged; its date must already be known or is left unknown. */
    public List<Claim> extract(Article article) {
        LocalDate reported = article.published() == null ? null : article.published().date();
        return extractor().extract(article, reported).stream().map(ArticleExtractor.Extracted::claim).toList();
    }

    /**
     * What one article's reading on its own (as {@link #extract}) dropped: each number of its sentences that gave no
     * claim, with the gate that dropped it, and each number read as a claim that a later step removed (round 53: why a
     * sentence gives no finding, for the dev score's missed rows). Not kept: a read for a developer, not for answers.
     */
    public List<GateTrace.Drop> dropped(Article article) {
        LocalDate reported = article.published() == null ? null : article.published().date();
        GateTrace trace = GateTrace.keeping();
        extractor().extract(article, reported, trace);
        return trace.drops();
    }

    /**
     * Articles are read in parallel (each on its own; the order of the result does not depend on threads): first
     * those with a date or a date in their text, then the rest against the claims of the first.
     */
    @Override
    public synchronized AnalyzedCorpus analyze(List<Article> articles) {
        failed.clear();
        try {
            return analyzeAll(articles);
        } finally {
            readings.finish();
            textDates.finish();
        }
    }

    private AnalyzedCorpus analyzeAll(List<Article> articles) {
        LocalDate reference = articles.stream().map(Article::published).filter(Objects::nonNull)
                .map(Published::date).max(Comparator.naturalOrder()).orElse(null);
        List<Article> withDates = articles.parallelStream()
                .map(a -> a.published() != null ? a : dateFromText(a, reference)).toList();
        List<Article> dated = withDates.stream().filter(a -> a.published() != null).toList();
        List<Claim> claims = new ArrayList<>(dated.parallelStream().flatMap(a -> claims(read(a)).stream()).toList());
        PublishedDateInference.DatedClaims fromDated = new PublishedDateInference.DatedClaims(claims);
        List<Article> result = new ArrayList<>(dated);
        List<Map.Entry<Article, List<Claim>>> undated = withDates.parallelStream()
                .filter(a -> a.published() == null)
                .map(a -> readUndated(a, fromDated))
                .toList();
        for (Map.Entry<Article, List<Claim>> e : undated) {
            result.add(e.getKey());
            claims.addAll(e.getValue());
        }
        result.sort(Comparator.comparing(Article::file));
        List<LoadProblem> problems = failed.values().stream().sorted(Comparator.comparing(LoadProblem::file)).toList();
        return new AnalyzedCorpus(result, ClaimMerger.merge(claims), problems);
    }

    /** An article with no date anywhere: dated by claims other articles date, else its relative dates stay unknown. */
    private Map.Entry<Article, List<Claim>> readUndated(Article article, PublishedDateInference.DatedClaims datedClaims) {
        List<ArticleExtractor.Extracted> pending = read(article);
        Published inferred;
        try {
            inferred = inference.fromOtherReports(pending, datedClaims);
        } catch (RuntimeException | StackOverflowError e) {
            fault(article, "its date could not be inferred from other reports", e);
            inferred = null;
        }
        if (inferred == null) {
            return Map.entry(article, claims(pending));
        }
        Article withDate = article.withPublished(inferred);
        return Map.entry(withDate, claims(read(withDate)));
    }

    /**
     * The article dated from the days its text mentions, or as it was. A fault met there (as with {@link #read}) leaves
     * the article undated, as if its text named no day, with a problem naming it; its figures are still read.
     */
    private Article dateFromText(Article article, @Nullable LocalDate reference) {
        try {
            Published fromText = inference.latest(textDates.get(article, textDateReader::dayMentions), reference);
            return fromText == null ? article : article.withPublished(fromText);
        } catch (RuntimeException | StackOverflowError e) {
            fault(article, "its date could not be read from its text", e);
            return article;
        }
    }

    private void fault(Article article, String what, Throwable e) {
        failed.merge(article.file(), new LoadProblem(article.file(), 0, what + " (" + e + "): a fault in Tally's"
                + " extractor, please report it with this article; its passages are still searched, and the other"
                + " articles were read as usual"), (first, second) -> new LoadProblem(first.file(), 0,
                first.message() + "; and " + second.message()));
    }

    /**
     * The article read on its own against its publication date (or none): kept between analyses. A reading that
     * throws (a fault in a rule, met by some sentence no test had) gives no claims for that article and a problem
     * naming it, shown where load problems are (the log, /status); the article stays in the corpus, its passages
     * searchable, and every other article is read as usual. The failure is not kept, so the next analysis tries again.
     */
    private List<ArticleExtractor.Extracted> read(Article article) {
        LocalDate reported = article.published() == null ? null : article.published().date();
        try {
            return readings.get(new Reading(article, reported), r -> readOne(r.article(), r.date()));
        } catch (RuntimeException | StackOverflowError e) {
            fault(article, "its figures could not be read", e);
            return List.of();
        }
    }

    private List<ArticleExtractor.Extracted> readOne(Article article, @Nullable LocalDate reported) {
        return reader != null ? reader.read(article, reported) : extractor().extract(article, reported);
    }

    private static List<Claim> claims(List<ArticleExtractor.Extracted> read) {
        return read.stream().map(ArticleExtractor.Extracted::claim).toList();
    }
}
