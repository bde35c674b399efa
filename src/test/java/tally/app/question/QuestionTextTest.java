package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Trial 12: an over-long question is cut at a word boundary, never mid-word. */
class QuestionTextTest {

    @Test
    void anOverLongQuestionIsCutAtAWordNotMidWord() {
        String padding = "troops ".repeat((QuestionText.MAX_CHARS - 5) / 7);
        // the cap falls inside "according": cut mid-word, "acco" was a word of its own
        String raw = padding + "x".repeat(QuestionText.MAX_CHARS - 5 - padding.length()) + " according to Zelensky"
                + " more".repeat(200_000);
        QuestionText text = QuestionText.of(raw);
        assertTrue(text.cleaned().length() <= QuestionText.MAX_CHARS, "" + text.cleaned().length());
        assertFalse(text.words().contains("acco"), text.cleaned().substring(text.cleaned().length() - 20));
        assertNull(new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
                new tally.extract.QuestionVerbs())
                .parse(raw, LocalDate.of(2026, 1, 20)).unknownSource());
        // near-miss: a question within the cap is read whole
        assertEquals("How many were captured according to Zelensky?",
                QuestionText.of("How many were captured according to Zelensky?").cleaned());
        // one word longer than the cap is no question at all
        assertEquals("", QuestionText.capped("y".repeat(QuestionText.MAX_CHARS + 10)));
    }
}
