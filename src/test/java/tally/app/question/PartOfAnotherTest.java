package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count asked of a part of another ("of the wounded", how many died): the troops counted by two of the killed, the
 * wounded and the captured at once, which no figure counts. A part of the troops sent or of the casualties is not one.
 */
class PartOfAnotherTest {

    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many of the wounded later died?                    | of the wounded
            how many of the captured were wounded                  | of the captured
            how many among the north korean wounded were captured  | among the north korean wounded
            Of those captured, how many were injured?              | of those captured
            how many out of the injured were taken prisoner        | out of the injured
            of those sent, how many have been killed?              | -
            how many of the casualties were deaths                 | -
            how many of the 12,000 troops have died?               | -
            How many of the dead were Russian?                     | -
            how many of the wounded were sent back to the front    | -
            how many wounded and how many dead                     | -
            """)
    void aPartOfAnotherCountIsNarrowedToOnlyWhenTwoFatesMeet(String question, String part) {
        List<String> narrowed = parser.parse(question, LocalDate.of(2026, 12, 2)).subject().notBrokenDown();

        assertEquals(part == null ? List.of() : List.of(part), narrowed);
    }
}
