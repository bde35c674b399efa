package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.LoadProblem;

/**
 * A fault in the extractor met by one article (as round 33's participle rule was, by a sentence the fuzz test drew)
 * costs that article's figures only: every other article is read, the faulty one stays in the corpus, and the problem
 * names it for whoever can fix the extractor.
 */
class FaultyReadingTest {

    private static final Path CONFIG = Path.of("config");
    private final List<Article> seeds = TestArticles.folder(Path.of("corpus"));

    /** The bundled articles and one more, the one a fault is met in. */
    private List<Article> seedsAnd(Article faulty) {
        List<Article> corpus = new ArrayList<>(seeds);
        corpus.add(faulty);
        return corpus;
    }

    @Test
    void anArticleWhoseReadingThrowsLosesItsOwnFiguresOnlyAndIsNamedAsAProblem() {
        Article bad = TestArticles.parse("bad.txt", "published: 2025-02-01\n---\nSouth Korea's spy agency said"
                + " about 300 North Korean soldiers had been killed.\n");
        List<Article> corpus = seedsAnd(bad);
        ArticleExtractor rules = new ArticleExtractor(new CompiledLexicon(ExtractionLexicon.load(CONFIG)),
                ClaimantDirectory.load(CONFIG));
        RuleBasedExtraction faulty = new RuleBasedExtraction(ExtractionLexicon.load(CONFIG),
                ClaimantDirectory.load(CONFIG), (article, reported) -> {
                    if (article.file().equals("bad.txt")) {
                        throw new StringIndexOutOfBoundsException("begin 58, end 13, length 58");
                    }
                    return rules.extract(article, reported);
                }, null);

        AnalyzedCorpus read = faulty.analyze(corpus);

        AnalyzedCorpus seedsAlone = RuleBasedExtraction.fromConfig(CONFIG).analyze(seeds);
        assertEquals(seedsAlone.claims(), read.claims(), "every other article's figures, as without the faulty one");
        assertTrue(read.articles().stream().anyMatch(a -> a.file().equals("bad.txt")), "the article stays");
        assertEquals(1, read.problems().size(), read.problems().toString());
        LoadProblem problem = read.problems().get(0);
        assertEquals("bad.txt", problem.file());
        assertTrue(problem.message().contains("StringIndexOutOfBoundsException: begin 58, end 13"), problem.message());
        assertTrue(problem.message().contains("please report it"), problem.message());

        assertEquals(1, faulty.analyze(corpus).problems().size(), "a failed reading is tried, and reported, again");
    }

    @Test
    void anUndatedArticleWhoseTextDatesThrowStaysUndatedIsStillReadAndIsNamedAsAProblem() {
        Article undated = TestArticles.parse("undated.txt", "South Korea's spy agency said on Monday, December 23,"
                + " that about 300 North Korean soldiers had been killed.\n");
        List<Article> corpus = seedsAnd(undated);
        RuleBasedExtraction faulty = new RuleBasedExtraction(ExtractionLexicon.load(CONFIG),
                ClaimantDirectory.load(CONFIG), null, article -> {
                    if (article.file().equals("undated.txt")) {
                        throw new IllegalStateException("no day here");
                    }
                    return new PublishedDateInference().dayMentions(article);
                });

        AnalyzedCorpus read = faulty.analyze(corpus);

        Article kept = read.articles().stream().filter(a -> a.file().equals("undated.txt")).findFirst().orElseThrow();
        assertEquals(null, kept.published(), "no date was read from its text, none was made up");
        assertTrue(read.claims().stream().anyMatch(c -> c.sources().stream().anyMatch(s -> s.file().equals("undated.txt"))
                && c.figure().text().contains("300")), "its figures are still read: " + read.claims());
        assertTrue(read.claims().size() > RuleBasedExtraction.fromConfig(CONFIG).analyze(seeds).claims().size());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals("undated.txt", read.problems().get(0).file());
        assertTrue(read.problems().get(0).message().contains("its date could not be read from its text"
                + " (java.lang.IllegalStateException: no day here)"), read.problems().get(0).message());

        AnalyzedCorpus unfaulty = RuleBasedExtraction.fromConfig(CONFIG).analyze(corpus);
        assertTrue(unfaulty.problems().isEmpty(), "the rules themselves read this article's days without a fault");
    }
}
