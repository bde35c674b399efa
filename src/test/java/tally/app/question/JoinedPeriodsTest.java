package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;

/**
 * Round 63: a bare year joined to a period ("in 2024 vs 2025") is a second period asked about: the reply covers the
 * first and says it does not cover the other, and a "vs" that compares periods puts no sources side by side. Near
 * misses: a number that is no year, a year with no joining word, a range.
 */
class JoinedPeriodsTest {

    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how many troops were sent in 2024 vs 2025?|in 2025|LIST",
            "how many troops were sent in 2024 versus 2025|in 2025|LIST",
            "troops sent in 2024 compared with 2025|in 2025|LIST",
            "how many were killed in 2024 and 2025?|in 2025|LIST",
            "killed in 2024 or 2025|in 2025|LIST",
            "compare Seoul and Kyiv on deaths in 2024 vs 2025|in 2025|COMPARE",
    })
    void aBareYearJoinedToAPeriodIsAnotherPeriodAsked(String question, String also, Intent intent) {
        ParsedQuestion parsed = parser.parse(question, TODAY);
        assertEquals("in 2024", parsed.period().text(), question);
        assertEquals(also, parsed.period().alsoAsked(), question);
        assertEquals(intent, parsed.intent(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how many were killed in 2024 vs 2,025 claimed by Kyiv?",
            "how many were killed in 2024, 2025 soldiers?",
            "how many were killed in 2024 and 20,250 wounded?",
            "how many were sent in 2024 and 300 in 2024?",
    })
    void aNumberThatIsNoSecondPeriodLeavesThePeriodAlone(String question) {
        ParsedQuestion parsed = parser.parse(question, TODAY);
        assertEquals("in 2024", parsed.period().text(), question);
        assertNull(parsed.period().alsoAsked(), question);
    }
}
