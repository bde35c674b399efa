package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.model.Claim;
import tally.model.Metric;

/** Extraction on the seed and dev articles: no number that is not about North Korean troops, one claim per repeated report, exact wording. Scores against gold are in {@link LabelledCorpusScoreTest}. */
class ExtractionScoreTest {

    private static RuleBasedExtraction extraction;

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
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

    static Path devArticles() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ExtractionScoreTest.class.getResource("/tally/extract/dev-articles")).toURI());
    }
}
