package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.AnalyzedCorpus;
import tally.model.Article;

/** A changed corpus re-reads only the articles that changed, and the result is what a fresh reading gives. */
class IncrementalAnalysisTest {

    private static final Path CONFIG = Path.of("config");
    private final List<Article> seeds = TestArticles.folder(Path.of("corpus"));

    /** The seeds mix dated articles with undated ones whose dates are inferred from the others: cross-article steps. */
    @Test
    void anIncrementalAnalysisGivesWhatAFreshAnalysisGives() {
        RuleBasedExtraction kept = RuleBasedExtraction.fromConfig(CONFIG);
        kept.analyze(seeds);
        assertEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(seeds), kept.analyze(seeds));
        assertEquals(0, kept.readingsInLastAnalysis(), "an unchanged corpus reads nothing again");

        List<Article> changed = new ArrayList<>(seeds);
        Article last = changed.remove(changed.size() - 1);
        changed.add(new Article(last.file(), last.title(), last.outlet(), last.url(), last.published(),
                last.language(), last.metadata(), last.body() + "\n\nZelensky said 4,000 North Korean soldiers were"
                + " killed or wounded.\n", last.bodyLine()));
        changed.add(TestArticles.parse("999_new.txt", "published: 2025-02-01\n---\nSouth Korea's spy agency said"
                + " about 300 North Korean soldiers had been killed.\n"));
        changed.remove(0);

        AnalyzedCorpus incremental = kept.analyze(changed);

        assertEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(changed), incremental);
        assertNotEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(seeds).claims(), incremental.claims());
        assertEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(seeds), kept.analyze(seeds));
    }

    @Test
    void aChangeReReadsOnlyTheArticlesThatChanged() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            corpus.add(TestArticles.parse(String.format("%03d.txt", i), "published: 2025-01-" + (10 + i)
                    + "\n---\nSouth Korea's spy agency said " + (100 + i) + " North Korean soldiers had been killed.\n"));
        }
        RuleBasedExtraction kept = RuleBasedExtraction.fromConfig(CONFIG);
        kept.analyze(corpus);
        assertEquals(20, kept.readingsInLastAnalysis(), "the first analysis reads every article");

        kept.analyze(corpus);
        assertEquals(0, kept.readingsInLastAnalysis(), "an unchanged corpus reads nothing again");

        corpus.set(7, TestArticles.parse("007.txt", "published: 2025-01-17\n---\nZelensky said 4,000 North Korean"
                + " soldiers were killed or wounded.\n"));
        corpus.add(TestArticles.parse("999_new.txt", "published: 2025-02-01\n---\nThe Pentagon said 500 North"
                + " Korean soldiers were captured.\n"));
        corpus.remove(0);
        AnalyzedCorpus after = kept.analyze(corpus);

        assertEquals(2, kept.readingsInLastAnalysis(), "the edited and the new article, nothing else");
        assertEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(corpus), after);
    }

    /**
     * Undated articles take their date from the text; a weekday's year depends on the corpus's newest date. A newer
     * article elsewhere must not make every undated article be scanned again, yet the dates must come out as a fresh
     * analysis gives them (a weekday re-pinned against the new newest date).
     */
    @Test
    void aNewerArticleDoesNotRescanTheUndatedOnesAndTheirDatesStayRight() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            corpus.add(TestArticles.parse(String.format("u%02d.txt", i), "On Monday, December 23, officials in Seoul"
                    + " said " + (100 + i) + " North Korean soldiers had been killed.\n"));
        }
        corpus.add(TestArticles.parse("d00.txt", "published: 2024-12-24\n---\nThe Pentagon said 500 North Korean"
                + " soldiers were captured.\n"));
        RuleBasedExtraction kept = RuleBasedExtraction.fromConfig(CONFIG);
        kept.analyze(corpus);
        assertEquals(10, kept.textScansInLastAnalysis(), "the first analysis scans each undated article");

        corpus.add(TestArticles.parse("d01.txt", "published: 2031-06-01\n---\nZelensky said 4,000 North Korean"
                + " soldiers were killed or wounded.\n"));
        AnalyzedCorpus after = kept.analyze(corpus);

        assertEquals(0, kept.textScansInLastAnalysis(), "a newer article elsewhere rescans none of them");
        assertEquals(RuleBasedExtraction.fromConfig(CONFIG).analyze(corpus), after);
        assertEquals(java.time.LocalDate.of(2024, 12, 23), publishedOf("u00.txt",
                RuleBasedExtraction.fromConfig(CONFIG).analyze(corpus.subList(0, 11))), "before: the Monday of 2024");
        assertEquals(java.time.LocalDate.of(2030, 12, 23), publishedOf("u00.txt", after),
                "after: the weekday's year follows the newest date, although the article was not scanned again");
    }

    private static java.time.LocalDate publishedOf(String file, AnalyzedCorpus corpus) {
        return corpus.articles().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow()
                .published().date();
    }

    /** What another process stored: a new extraction given those readings reads only what they do not cover. */
    @Test
    void readingsKeptFromAnotherExtractionAreNotReadAgainAndChangeNothing() {
        RuleBasedExtraction first = RuleBasedExtraction.fromConfig(CONFIG);
        AnalyzedCorpus analysedFirst = first.analyze(seeds);
        java.util.Map<Article, List<tally.model.Claim>> own = first.ownReadings();
        long headerDated = seeds.stream().filter(a -> a.published() != null && !a.published().inferred()).count();
        List<Article> dated = analysedFirst.articles().stream().filter(a -> a.published() != null).toList();
        org.junit.jupiter.api.Assertions.assertTrue(headerDated > 0 && dated.size() > headerDated,
                "the seeds mix header-dated articles and undated ones whose dates are inferred");
        assertEquals(new java.util.HashSet<>(dated), own.keySet(), "each dated article as it came out, date included");

        RuleBasedExtraction next = RuleBasedExtraction.fromConfig(CONFIG);
        next.keep(own);
        AnalyzedCorpus analysed = next.analyze(seeds);

        RuleBasedExtraction fresh = RuleBasedExtraction.fromConfig(CONFIG);
        assertEquals(fresh.analyze(seeds), analysed);
        assertEquals(fresh.readingsInLastAnalysis() - own.size(), next.readingsInLastAnalysis(),
                "only the first reading of each undated article (against no date) is done again");
        org.junit.jupiter.api.Assertions.assertTrue(next.readingsInLastAnalysis() > 0);
    }

    @Test
    void theVersionNamesTheCodeAndChangesWithTheLexicons(@org.junit.jupiter.api.io.TempDir Path edited)
            throws java.io.IOException {
        String version = RuleBasedExtraction.fromConfig(CONFIG).version();
        assertEquals(version, RuleBasedExtraction.fromConfig(CONFIG).version(), "the same code and files");

        try (var files = java.nio.file.Files.list(CONFIG)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, edited.resolve(f.getFileName()));
            }
        }
        Path lexicon = edited.resolve("extraction.json");
        String json = java.nio.file.Files.readString(lexicon);
        java.nio.file.Files.writeString(lexicon, json.replaceFirst("\"speechVerbs\"\\s*:\\s*\\[",
                "\"speechVerbs\": [\"whispered\", "));
        assertNotEquals(json, java.nio.file.Files.readString(lexicon), "the edit took");
        assertNotEquals(version, RuleBasedExtraction.fromConfig(edited).version(), "one more speech verb");
    }
}
