package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * config/questions.json is checked as it is built: a mistake is refused with the entry it is in, never read as an
 * empty or partial lexicon. Built from the real file's parts, changing one at a time.
 */
class QuestionLexiconTest {

    private static final QuestionLexicon REAL = TestConfig.LEXICON;

    @Test
    void theWordsOfEachEntryAreKeptAsWritten() {
        QuestionLexicon.Cues cues = new QuestionLexicon.Cues(List.of("according to"), List.of("says", "claims"));
        assertEquals(List.of("according to"), cues.before());
        assertEquals(List.of("says", "claims"), cues.after());
    }

    @Test
    void aBlankWordIsRefusedWithItsField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuestionLexicon.Cues(List.of("according to", " "), List.of("says")));
        assertTrue(e.getMessage().contains("claimantCues.before has a blank entry"), e.getMessage());
    }

    @ParameterizedTest(name = "window {0}")
    @ValueSource(ints = {0, 4, 10})
    void aGenericWindowFromZeroToTenIsAccepted(int window) {
        assertDoesNotThrow(() -> generic("deployed", window));
    }

    @ParameterizedTest(name = "window {0}")
    @ValueSource(ints = {-1, 11})
    void aGenericWindowOutsideZeroToTenIsRefused(int window) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generic("deployed", window));
        assertTrue(e.getMessage().contains("generic.window must be 0..10: " + window), e.getMessage());
    }

    @Test
    void anUnknownGenericMetricIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generic("troops", 4));
        assertTrue(e.getMessage().contains("generic.metric: unknown metric 'troops'"), e.getMessage());
    }

    @Test
    void anUmbrellaOverAnUnknownOrNoMetricIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new QuestionLexicon.Umbrella("losses", List.of("losses"), List.of(), List.of("killed", "missing")));
        assertTrue(unknown.getMessage().contains("umbrellas.losses.metrics: unknown metric 'missing'"), unknown.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new QuestionLexicon.Umbrella("losses", List.of("losses"), List.of(), List.of()));
        assertTrue(empty.getMessage().contains("umbrellas.losses.metrics is empty"), empty.getMessage());
        assertEquals(List.of("killed", "captured"),
                new QuestionLexicon.Umbrella("losses", List.of("losses"), List.of(), List.of("killed", "captured")).metrics());
    }

    @Test
    void wordsForAnUnknownMetricAreRefused() {
        Map<String, QuestionLexicon.MetricWords> metrics = Map.of("slain",
                new QuestionLexicon.MetricWords(List.of("slain"), List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuestionLexicon(metrics,
                REAL.umbrellas(), REAL.generic(), REAL.topicWords(), REAL.claimantCues(), REAL.agentWords(),
                REAL.topicParties(), REAL.subjects(), REAL.intents(), REAL.increments(), REAL.periodWords(), REAL.followUpOpeners(), REAL.aboutLastAnswer(), REAL.thenWords(), REAL.future()));
        assertTrue(e.getMessage().contains("metrics: unknown metric 'slain'"), e.getMessage());
    }

    private static QuestionLexicon.Generic generic(String metric, int window) {
        return new QuestionLexicon.Generic(metric, List.of("how many"), List.of("troops"), window, List.of("sent"), List.of("out"));
    }

    @Test
    void aNameInAnotherLanguageForAnIdTheDirectoryDoesNotListIsRefusedAtStart() {
        QuestionLexicon.Cues c = REAL.claimantCues();
        QuestionLexicon.Cues bad = new QuestionLexicon.Cues(c.before(), c.after(), c.slotEnds(), c.notNames(),
                c.partyVoices(), c.sidesAfter(), Map.of("nobody", List.of("никто")), c.askedSubjects(), c.notAcronyms(),
                c.shortWords());
        QuestionLexicon lexicon = new QuestionLexicon(REAL.metrics(), REAL.umbrellas(), REAL.generic(),
                REAL.topicWords(), bad, REAL.agentWords(), REAL.topicParties(), REAL.subjects(), REAL.intents(),
                REAL.increments(), REAL.periodWords(), REAL.followUpOpeners(), REAL.aboutLastAnswer(), REAL.thenWords(), REAL.future());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuestionParser(lexicon, TestConfig.DIRECTORY));
        assertTrue(e.getMessage().contains("'nobody' is neither a claimant nor a party"), e.getMessage());
    }

    @Test
    void aShortWordMustBeOneWordWithALongFormOfItsOwn() {
        QuestionLexicon.Cues c = REAL.claimantCues();
        for (Map<String, String> bad : List.of(Map.of("UK intel", "UK intelligence"), Map.of("intel", " "),
                Map.of("intel", "Intel"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuestionLexicon.Cues(
                    c.before(), c.after(), c.slotEnds(), c.notNames(), c.partyVoices(), c.sidesAfter(), c.names(),
                    c.askedSubjects(), c.notAcronyms(), bad));
            assertTrue(e.getMessage().contains("claimantCues.shortWords"), e.getMessage());
        }
        assertEquals("intelligence", c.shortWords().get("intel"), "config/questions.json reads 'intel' in full");
    }

    @Test
    void aMonthInPeriodWordsMustBeAnEnglishMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuestionLexicon.PeriodWords(Map.of("januar", List.of("января")), List.of("в"), List.of()));
        assertTrue(e.getMessage().contains("'januar' is no English month"), e.getMessage());
    }
}
