package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Zelensky spoke to Kyodo News on Dec. 1 about the U.S. position.", "He said more."),
                texts("Zelensky spoke to Kyodo News on Dec. 1 about the U.S. position. He said more."));
    }

    @Test
    void lineBreaksEndHeadlinesAndQuotesStayWithTheirSentence() {
        assertEquals(List.of("Kim Jong Un: Nine soldiers died", "\"At least 30 were hurt.\"", "Then it ended."),
                texts("Kim Jong Un: Nine soldiers died\n\"At least 30 were hurt.\" Then it ended."));
    }

    @Test
    void originalTextIsKeptExactlyWhileMatchingUsesFoldedText() {
        Sentence s = SentenceSplitter.split("Ukraine’s “HUR” said so.").get(0);
        assertEquals("Ukraine’s “HUR” said so.", s.original());
        assertEquals("Ukraine's \"HUR\" said so.", s.text());
    }

    @Test
    void paragraphsAreCountedByBlankLines() {
        List<Sentence> sentences = SentenceSplitter.split("One.\nTwo.\n\nThree.");
        assertEquals(List.of(0, 0, 1), sentences.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void randomTextNeverThrowsAndNeverLosesOrInventsText() {
        Random random = new Random(7);
        String alphabet = "ab. ?!\"'’“”\n\nDec.U.S.12, \u200B\u202Eж천";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(200); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (Sentence s : SentenceSplitter.split(text)) {
                assertEquals(text.substring(s.start(), s.end()), s.original());
                assertTrue(!s.original().isBlank());
            }
        }
    }

    private static List<String> texts(String body) {
        return SentenceSplitter.split(body).stream().map(Sentence::original).toList();
    }
}
