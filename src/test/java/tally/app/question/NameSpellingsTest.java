package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A listed person's name misspelt by one letter is read as the name; other words, short words and ties are not. */
class NameSpellingsTest {

    private final NameSpellings spellings = new NameSpellings(TestConfig.DIRECTORY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What does Zelenskyj say?                  | What does Zelensky say?
            what does budanow say                     | what does Budanov say
            did Lloyd Austen say                      | did Lloyd Austin say
            What does Zelensky say?                   | What does Zelensky say?
            How many soldiers were killed?            | How many soldiers were killed?
            How many Russians were killed in Austria? | How many Russians were killed in Austria?
            How many North Koreans were killed?       | How many North Koreans were killed?
            What did the US Defence Secretary say?    | What did the US Defence Secretary say?
            What did South Korean lawmakers say?      | What did South Korean lawmakers say?
            What did the Ukrainian presidents say?    | What did the Ukrainian presidents say?
            what did Budanov's deputy say             | what did Budanov's deputy say
            """)
    void aNameOneLetterOffIsReadAsTheNameAndNothingElseChanges(String question, String read) {
        assertEquals(read, spellings.corrected(question));
    }
}
