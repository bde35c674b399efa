package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GluedThat} puts back the space a page dropped between a whole speech verb and "that", and nothing else. Its
 * walk over the text's "that"s replaced a regular expression (round 66), so these rows pin the expression's reading:
 * the verb a whole word, "that" a whole word, any case.
 */
class GluedThatTest {

    private final GluedThat glued = new GluedThat(List.of("said", "reported", "told", "according to"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov reportedthat 300 were killed.        # Budanov reported that 300 were killed.
            Budanov SAIDTHAT 300 were killed.            # Budanov SAID THAT 300 were killed.
            He saidthat, and she toldthat 200 were held. # He said that, and she told that 200 were held.
            saidthat 300 were killed.                    # said that 300 were killed.
            He saidthat                                  # He said that
            a drone strikethat hit Sudzha.               # a drone strikethat hit Sudzha.
            He unsaidthat 300 were killed.               # He unsaidthat 300 were killed.
            He 5saidthat 300 were killed.                # He 5saidthat 300 were killed.
            He saidthatch 300 were killed.               # He saidthatch 300 were killed.
            He saidthat_x 300 were killed.               # He saidthat_x 300 were killed.
            He said that 300 were killed.                # He said that 300 were killed.
            He accordingthat 300 were killed.            # He accordingthat 300 were killed.
            that that that                               # that that that
            """)
    void putsTheSpaceBackOnlyAfterAWholeSpeechVerb(String text, String expected) {
        Sentence s = new Sentence(text, text, 0, 0);
        assertEquals(expected, glued.apply(List.of(s)).get(0).text());
    }

    @Test
    void theSpacedSentenceStillMapsEachOffsetToThePagesWords() {
        String text = "Budanov reportedthat 300 were killed.";
        Sentence spaced = glued.apply(List.of(new Sentence(text, text, 0, 0))).get(0);
        int number = spaced.text().indexOf("300");
        assertEquals(text.indexOf("300"), spaced.toOriginal()[number]);
        assertEquals(text.length(), spaced.toOriginal()[spaced.text().length()]);
    }

    @Test
    void aSentenceWithNothingGluedIsReturnedAsItIs() {
        Sentence s = new Sentence("He said that 300 were killed.", "He said that 300 were killed.", 0, 0);
        assertSame(s, glued.apply(List.of(s)).get(0));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(66);
        String alphabet = "thaTHA saidrepoted_5.,\"'";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            glued.apply(List.of(new Sentence(t, t, 0, 0)));
        }
    }
}
