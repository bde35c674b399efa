package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.app.answer.ParsedQuestion;

/** Hostile, random questions never make the parser throw, and what it returns is always well formed. */
class QuestionParserRandomInputTest {

    private static final List<String> PIECES = List.of(
            "how many", "North Korean", "soldiers", "died", "killed or wounded", "according to", "Zelensky", "NIS",
            "HUR", "South Korea", "since", "in", "December", "2024", "last month", "<@123456789>", "<#42>",
            "<:pepe:99>", "**", "__", "~~", "||", "`", "```", "> ", "# ", "\u200b", "\u200f", "\u202e", "\u2066",
            "\uFEFF", "\uD83D\uDE00", "\uD83C\uDDF0\uD83C\uDDF7", "\uD800", "\uDC00", "\u0000", "\n", "\t",
            "погибли", "загинули", "북한군", "사망자", "ش", "\u05D0\u05D1", "ｄｉｅｄ", "ﬁ", "İ", "ß", "%s", "\\", "$1",
            "(", ")", "[", "]", "{", "}", "*", "?", "+", "'", "\"", "may", "march", "since 9999", "in 0000",
            "since Feb 2025", "in sept", "Washington", "NATO", "Pyongyang says", "US", "us",
            // the period grammar of trial 7: counted spans, quarters, weeks and halves, stretches next to a date
            "the last", "0", "999", "days", "weeks", "months", "the week before", "after", "Christmas", "q1", "q4",
            "the first quarter of", "the last week of", "the second half of", "as of", "by", "Friday,", "source?",
            "when was that?", "and the latest?");

    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
            new tally.extract.QuestionVerbs());

    @Test
    void randomHostileQuestionsNeverThrow() {
        Random random = new Random(20241224L);
        for (int round = 0; round < 2000; round++) {
            String question = randomQuestion(random);
            LocalDate reference = random.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            ParsedQuestion parsed = assertDoesNotThrow(() -> parser.parse(question, reference), () -> "for: " + question);
            assertNotNull(parsed);
            assertTrue(parsed.claimant() == null || parsed.partyId() == null);
            assertTrue(parsed.onTopic() || parsed.metrics().isEmpty() && parsed.claimant() == null);
        }
    }

    @Test
    void longRepetitiveQuestionsAreRead() {
        for (String piece : List.of("US ", "according to ", "killed or ", "\u200b", "<@1>", "in December ", "a")) {
            String question = piece.repeat(5000 / piece.length());
            assertDoesNotThrow(() -> parser.parse(question, LocalDate.of(2025, 1, 9)));
        }
    }

    private static String randomQuestion(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.appendCodePoint(random.nextInt(0x30000));
                case 1 -> sb.append((char) random.nextInt(0x10000));
                default -> sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        if (random.nextInt(20) == 0) {
            sb.append("x".repeat(random.nextInt(6000)));
        }
        return sb.toString();
    }
}
