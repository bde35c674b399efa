package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Metric;

/** Extraction measured against figures a person read out of the articles: the bar is 0.9 on every score. */
class ExtractionScoreTest {

    private static final double BAR = 0.9;
    private static RuleBasedExtraction extraction;

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
    }

    @Test
    void seedCorpusScoresAtLeastNinetyPercentOnEveryMeasure() throws Exception {
        AnalyzedCorpus corpus = extraction.analyze(TestArticles.folder(Path.of("corpus")));
        GoldScore.Score score = GoldScore.score(GoldScore.read("/tally/extract/seed-gold.json"), corpus.claims());
        System.out.println("Seed corpus: " + score);
        assertAboveBar(score);
    }

    @Test
    void devArticlesScoreAtLeastNinetyPercentOnEveryMeasure() throws Exception {
        AnalyzedCorpus corpus = extraction.analyze(TestArticles.folder(devArticles()));
        GoldScore.Score score = GoldScore.score(GoldScore.read("/tally/extract/dev-gold.json"), corpus.claims());
        System.out.println("Dev articles: " + score);
        assertAboveBar(score);
    }

    @Test
    void seedCorpusYieldsNoneOfTheNumbersThatAreNotAboutNorthKoreanTroops() {
        List<Claim> claims = extraction.analyze(TestArticles.folder(Path.of("corpus"))).claims();
        for (Claim c : claims) {
            String quote = c.sources().get(0).quote();
            assertTrue(c.figure().pivot() == null || !List.of(20_000L, 50_000L, 6_700L, 170L, 240L, 40L, 60L, 2L, 24L)
                    .contains(c.figure().pivot()), "not a troop figure: " + c.figure().text() + " in " + quote);
            assertTrue(!quote.contains("mobilized") && !quote.contains("members.") && !quote.contains("per soldier"),
                    "not a claim about troops in Russia: " + quote);
        }
    }

    @Test
    void theSameClaimInSeveralArticlesIsOneClaimWithSeveralSources() {
        List<Claim> claims = extraction.analyze(TestArticles.folder(Path.of("corpus"))).claims();
        List<Claim> hurThirty = claims.stream()
                .filter(c -> c.metric() == Metric.KILLED_OR_WOUNDED && Objects.equals(c.figure().low(), 30L)).toList();
        assertEquals(1, hurThirty.size(), "one claim: " + hurThirty);
        assertEquals(List.of("001_fa9f3cb9a62acd7e.txt", "004_acf073ee2454f50c.txt"),
                hurThirty.get(0).sources().stream().map(s -> s.file()).distinct().sorted().toList());
    }

    @Test
    void everyFigureIsWordedExactlyAsOneOfItsSourceSentences() throws Exception {
        List<Claim> claims = extraction.analyze(TestArticles.of(List.of(Path.of("corpus"), devArticles()))).claims();
        for (Claim c : claims) {
            assertTrue(c.sources().stream().anyMatch(s -> s.quote().contains(c.figure().text())),
                    "'" + c.figure().text() + "' is in no quote of " + c.sources());
        }
    }

    private static void assertAboveBar(GoldScore.Score score) {
        assertTrue(score.recall() >= BAR, "recall below 0.9: " + score);
        assertTrue(score.precision() >= BAR, "precision below 0.9: " + score);
        assertTrue(score.attribution() >= BAR, "attribution below 0.9: " + score);
        assertTrue(score.dates() >= BAR, "claim dates below 0.9: " + score);
    }

    static Path devArticles() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ExtractionScoreTest.class.getResource("/tally/extract/dev-articles")).toURI());
    }
}
