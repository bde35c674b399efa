package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.question.TestConfig;
import tally.model.Metric;
import tally.model.Passage;

/**
 * Round 63: passages offered for a question with a period ("... in December 2024") come from articles published in
 * it; when none does, the note says the passages are from other times, never offers them as if they spoke of it.
 */
class PassagePeriodTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);

    /** No fixture claims a deployment in January 2025 or March 2023: such a question is answered with passages. */
    private static ParsedQuestion sent(Period period) {
        return new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, period, true);
    }

    private static Period month(int year, int month, String text) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new Period(from, from.withDayOfMonth(from.lengthOfMonth()), text, null, null);
    }

    @Test
    void passagesComeFromArticlesPublishedInThePeriodAsked() {
        Answer answer = composer.compose("how many North Korean soldiers were sent in January 2025?",
                sent(month(2025, 1, "in January 2025")), index());
        assertFalse(answer.passages().isEmpty(), String.valueOf(answer.note()));
        for (Passage p : answer.passages()) {
            // an article of unknown date is not known to be outside the period (the reply says its date is unknown)
            if (p.published() != null) {
                assertEquals(2025, p.published().date().getYear(), p.toString());
                assertEquals(1, p.published().date().getMonthValue(), p.toString());
            }
        }
        assertTrue(answer.passages().stream().anyMatch(p -> p.published() != null), answer.passages().toString());
        assertTrue(answer.note().endsWith(" These passages from the articles may be relevant:"), answer.note());
    }

    @Test
    void whenNoArticleOfThePeriodHasOneTheNoteSaysThePassagesAreFromOtherTimes() {
        // the fixture's articles of known dates only (an undated one is not known to be outside the period)
        tally.index.InMemoryCorpusIndex dated = new tally.index.InMemoryCorpusIndex(new tally.model.AnalyzedCorpus(
                ARTICLES.stream().filter(a -> a != KYIV).toList(), CLAIMS, List.of()), "v-dated");
        Answer answer = composer.compose("how many North Korean soldiers were sent in March 2023?",
                sent(month(2023, 3, "in March 2023")), dated);
        assertFalse(answer.passages().isEmpty(), String.valueOf(answer.note()));
        assertTrue(answer.note().endsWith(" No passage found comes from an article published in March 2023; these"
                + " passages, from articles published at other times, may be relevant:"), answer.note());
    }
}
