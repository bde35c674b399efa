package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.port.VerbFinder;
import tally.extract.QuestionVerbs;

/**
 * The verb of a question that names its measure only by "how many troops": one Tally keeps no figures for makes the
 * question about something else, and every other verb leaves it to the troops sent. Tagged by the extractor's OpenNLP
 * tagger, on the real config/.
 */
class UnkeptVerbsTest {

    private final UnkeptVerbs verbs = new UnkeptVerbs(TestConfig.LEXICON, TestConfig.DIRECTORY, new QuestionVerbs());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many North Korean soldiers were trained in Russia?        | trained
            how many north korean soldiers did the russians burn          | burn
            how many north koreans have been mobilized                    | mobilized
            how many north korean soldiers were withdrawn                 | withdrawn
            how many north korean soldiers were repatriated               | repatriated
            how many north korean troops were recruited                   | recruited
            How many North Korean soldiers returned home?                 | returned home
            How many North Korean troops have been rotated out?           | rotated out
            how many north korean soldiers have been pulled out           | pulled out
            """)
    void aVerbTallyKeepsNoMeasureForIsWhatTheQuestionCounts(String question, String verb) {
        assertEquals(verb, verbs.find(question, QuestionText.of(question).words()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many North Korean troops are fighting in Kursk?
            how many north korean soldiers remain in russia
            how many north korean troops joined the assault on kursk
            how many north korean troops were spotted in kursk
            How many North Korean troops does Ukraine say it faces?
            How many North Korean soldiers does the Pentagon think are in Russia?
            how many troops did kim jong un promise putin
            how many north korean troops took part in the kursk offensive
            how many north korean troops has kim lent to putin
            how many soldiers has pyongyang sent
            How many North Korean troops are there according to Budanov?
            How many troops did Lloyd Austen say were sent?
            how many troops did lloyd austen say were sent
            Were 50,000 North Korean troops amassed in Kursk?
            """)
    void aVerbTheSentFiguresAnswerOrANameIsNoOtherMeasure(String question) {
        assertNull(verbs.find(question, QuestionText.of(question).words()));
    }

    @Test
    void aQuestionOfKnownWordsAndNamesOnlyIsNeverTagged() {
        List<String> tagged = new ArrayList<>();
        VerbFinder recording = q -> {
            tagged.add(q);
            return List.of();
        };
        UnkeptVerbs unkept = new UnkeptVerbs(TestConfig.LEXICON, TestConfig.DIRECTORY, recording);

        unkept.find("How many North Korean troops are there?", QuestionText.of("How many North Korean troops are there?").words());
        unkept.find("how many troops did the NIS say are in Kursk", QuestionText.of("how many troops did the NIS say are in Kursk").words());
        unkept.find("how many were trained", QuestionText.of("how many were trained").words());

        // the tagger's models cost about 0.3 s to load: a question with no word outside the lexicon needs no tagging
        assertEquals(List.of("how many were trained"), tagged);
    }

    @Test
    void aVeryLongQuestionIsTaggedByItsOpeningOnly() {
        String question = "how many north korean soldiers were trained " + "and so on ".repeat(2_000);

        assertEquals("trained", verbs.find(question, QuestionText.of(question).words()));
    }
}
