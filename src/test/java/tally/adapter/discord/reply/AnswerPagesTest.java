package tally.adapter.discord.reply;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tally.app.TallyEngine;
import tally.app.question.TestConfig;
import tally.corpus.CorpusLoader;
import tally.extract.RuleBasedExtraction;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;

/** How answers look in Discord for each kind of question, on the bundled corpus: golden pages, both ways. */
class AnswerPagesTest {

    private static final TallyEngine ENGINE = engine();
    private final AnswerRenderer renderer = new AnswerRenderer(new Paginator(ReplyPage.FIELD_COUNT_LIMIT));

    private String pages(String method, String question) throws Exception {
        EmbedPlan plan = renderer.render("Figures claimed", ENGINE.ask(question));
        Snapshots.assertMatches(getClass(), method, plan);
        return TextRenderer.render(plan);
    }

    @Test
    void oneLinePerClaimWithEachSourcesWordingAndNoChartWhenTheTotalsShareOneDay() throws Exception {
        String text = pages("oneLinePerClaimWithEachSourcesWordingAndNoChartWhenTheTotalsShareOneDay",
                "How many were killed or wounded?");
        assertTrue(text.contains("• approximately 1,100 / at least 1,100") || text.contains("• at least 1,100 /"), text);
        // The seeds' totals were all claimed on 23 Dec 2024 (HUR's "at least 30" over a weekend is one incident).
        assertFalse(text.contains("See this disagreement over time"), text);
        assertTrue(text.contains("North Korean troops killed or wounded (combined casualties)"), text);
    }

    @Test
    void aQuestionAboutRussianSoldiersShowsNoNorthKoreanFigure() throws Exception {
        String text = pages("aQuestionAboutRussianSoldiersShowsNoNorthKoreanFigure", "How many Russian soldiers died?");
        assertTrue(text.contains("It has no figures for Russian forces"), text);
        assertFalse(text.contains("North Korean troops killed\n"), text);
    }

    @Test
    void aCheckedNumberIsAnsweredWithWhatTheClaimsCountNeverYesOrNo() throws Exception {
        String text = pages("aCheckedNumberIsAnsweredWithWhatTheClaimsCountNeverYesOrNo", "did 10,000 North Koreans die?");
        assertTrue(text.contains("In short\nNo source here says 10,000 were killed."), text);
        assertFalse(text.contains("Yes"), text);
    }

    @Test
    void aMeasureTheSourceGivesNoFigureForSaysSoAboveTheFiguresShownAlongside() throws Exception {
        String text = pages("aMeasureTheSourceGivesNoFigureForSaysSoAboveTheFiguresShownAlongside",
                "How many North Korean soldiers were killed according to Zelensky?");
        assertTrue(text.contains("North Korean troops killed\n• no figures in the sources from Volodymyr Zelensky"), text);
        assertTrue(text.contains("— shown alongside"), text);
    }

    @Test
    void aMeasureWithNoFigureAtAllIsNotListedEmpty() throws Exception {
        String text = pages("aMeasureWithNoFigureAtAllIsNotListedEmpty", "How many Russian soldiers died?");
        assertFalse(text.contains("no figures in the sources"), text);
    }

    @Test
    void aComparisonShowsEachSideUnderItsName() throws Exception {
        String text = pages("aComparisonShowsEachSideUnderItsName", "Compare what Zelensky and South Korea say");
        assertTrue(text.contains("\nVolodymyr Zelensky\n") && text.contains("\nSouth Korea\n"), text);
    }

    /** Round 67: the Discord reply says the place asked is not what the figures are chosen by, as the console's does. */
    @Test
    void aPlaceInTheQuestionIsSaidNotToNarrowTheFigures() throws Exception {
        String text = pages("aPlaceInTheQuestionIsSaidNotToNarrowTheFigures",
                "How many North Korean troops died in Kursk in December 2024?");
        assertTrue(text.contains("Tally keeps no figures by place, so the figures below are not narrowed to 'in Kursk'"), text);
        String source = pages("aCitySpeakingIsNoPlace", "How many North Korean soldiers died, according to Kyiv?");
        assertFalse(source.contains("by place"), source);
    }

    private static TallyEngine engine() {
        AnalyzedCorpus corpus = RuleBasedExtraction.fromConfig(TestConfig.CONFIG)
                .analyze(new CorpusLoader().load(Path.of("corpus")).articles());
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(corpus, "bundled");
        return new TallyEngine(() -> index, TestConfig.DIRECTORY, TestConfig.LEXICON,
                Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC));
    }
}
