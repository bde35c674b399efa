package tally.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.app.port.ClaimExtraction;
import tally.corpus.CorpusLoader;
import tally.corpus.CorpusSnapshot;
import tally.corpus.LoadResult;
import tally.corpus.SameArticles;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.LoadProblem;
import tally.model.Plural;

/**
 * One store's reading of the corpus: loading a snapshot's files and running the extraction over them for a build, and
 * handing the extraction what it need not read again. A stored index is reopened without extraction, so until this
 * store reads a corpus the extraction holds no article's reading, and the first change after a start would re-read
 * all of them; the readings stored with a build, or one read of the served corpus in the background, prevent that.
 */
final class CorpusAnalysis {

    private final ClaimExtraction extraction;
    private final Consumer<String> log;
    private final CorpusLoader loader = new CorpusLoader();
    private final SameArticles sameArticles = new SameArticles();
    /** Whether this store's extraction has read a corpus yet (and so keeps each article's reading). */
    private volatile boolean analysed;
    /** Whether the stored readings were handed to the extraction already (once is enough). */
    private volatile boolean keptStored;

    CorpusAnalysis(ClaimExtraction extraction, Consumer<String> log) {
        this.extraction = extraction;
        this.log = log;
    }

    /** Whether this store's extraction has read a corpus yet. */
    boolean analysed() {
        return analysed;
    }

    /**
     * Reads the served corpus's articles once, unless this store already read a corpus. Returns whether it read
     * anything.
     */
    boolean warm(AnalyzedCorpus served) {
        if (analysed) {
            return false;
        }
        analysed = true;
        extraction.analyze(served.articles().stream().map(CorpusAnalysis::asLoaded)
                .sorted(Comparator.comparing(Article::file)).toList());
        return true;
    }

    /**
     * Hands the extractor the readings stored with a build, once per store and only before it has read anything:
     * what it read itself is as good. Logs and carries on when they cannot be read (the articles are read instead).
     */
    void keepStoredReadings(Path build, AnalyzedCorpus corpus) {
        if (analysed || keptStored) {
            return;
        }
        keptStored = true;
        try {
            Map<Article, List<Claim>> readings = StoredBuild.readings(build, corpus);
            if (!readings.isEmpty()) {
                extraction.keep(readings);
                log.accept("index: kept the stored readings of " + readings.size() + " of "
                        + Plural.count(corpus.articles().size(), "article") + "; only changed articles, and undated ones for their"
                        + " dates, are read again");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("index: stored readings unusable (" + e + "), reading the articles again");
        }
    }

    /**
     * Loads and extracts a snapshot of the corpus. {@code previous} is the corpus currently served, if any: a file
     * that was good there and is bad now keeps its last good version, and the problem says so.
     */
    AnalyzedCorpus analyze(CorpusSnapshot snapshot, @Nullable AnalyzedCorpus previous) {
        analysed = true;
        log.accept("index: loading " + snapshot.files().size() + " corpus files from " + snapshot.folder());
        LoadResult loaded = loader.load(snapshot);
        Map<String, Article> lastGood = previous == null ? Map.of()
                : previous.articles().stream().collect(Collectors.toMap(Article::file, Function.identity(), (a, b) -> a));
        List<Article> articles = new ArrayList<>(loaded.articles());
        List<LoadProblem> problems = new ArrayList<>();
        for (LoadProblem p : loaded.problems()) {
            Article old = lastGood.get(p.file());
            if (old == null || p.warning()) {
                // a warning's article loaded: there is no last good version to fall back on
                problems.add(p);
            } else {
                articles.add(asLoaded(old));
                problems.add(new LoadProblem(p.file(), p.line(), p.message()
                        + " (still answering from the last good version of this file)"));
            }
        }
        // one article under two names (a copy dropped into the folder) is used once, the first by file name
        SameArticles.Kept kept = sameArticles.keepFirst(articles);
        problems.addAll(kept.problems());
        AnalyzedCorpus analyzed = extraction.analyze(kept.articles());
        problems.addAll(analyzed.problems());
        return new AnalyzedCorpus(analyzed.articles(), analyzed.claims(), problems);
    }

    /** The article as the loader gave it: an inferred date is the extractor's work and is inferred again. */
    private static Article asLoaded(Article a) {
        return a.published() != null && a.published().inferred() ? a.withPublished(null) : a;
    }
}
