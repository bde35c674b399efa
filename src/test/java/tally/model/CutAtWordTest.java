package tally.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names shortened for a line or a legend: whole when short, else at a word, marked with "…". */
class CutAtWordTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            US officials                      | 20 | US officials
            Western officials estimate that   | 20 | Western officials…
            Supercalifragilisticexpialidocious | 10 | Supercalif…
            exactly ten                       | 11 | exactly ten
            """)
    void aNameLongerThanTheLimitIsCutAtItsLastWordWithin(String text, int max, String shown) {
        assertEquals(shown, PlainText.cutAtWord(text, max));
    }
}
