package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.question.TestConfig;
import tally.model.Metric;

/**
 * Round 64 (trial 18): "what does the Pentagon say about North Korean troops in Russia" listed the troops sent only,
 * with no word that the source has casualty figures too.
 */
class OtherMeasuresTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);

    @Test
    void aQuestionAboutOneSourceSaysWhichOfItsMeasuresAreNotListedAndHowToAsk() {
        // Budanov has a troops-sent figure and a combined casualty figure
        Answer answer = composer.compose("what does budanov say about north korean troops in russia",
                new ParsedQuestion(Set.of(Metric.DEPLOYED), claimant("budanov"), null, null, true), index());
        assertEquals("This source also gives figures for other measures, not listed below: killed or wounded (combined"
                + " casualties). Ask for one by name (\u201chow many were killed or wounded according to ...?\u201d) to"
                + " see them.", answer.note());
    }

    @Test
    void noWordWhenEveryMeasureOfTheSourceIsListedOrNoSourceIsNamed() {
        assertNull(composer.compose("q", new ParsedQuestion(Set.of(), claimant("budanov"), null, null, true), index())
                .note());
        Answer any = composer.compose("how many were sent?", new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null,
                null, true), index());
        assertTrue(any.note() == null || !any.note().contains("also gives figures"), any.note());
    }
}
