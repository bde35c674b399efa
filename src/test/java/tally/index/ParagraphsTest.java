package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesInsideOneStayTogether() {
        assertEquals(List.of("One a.\nOne b.", "Two."), Paragraphs.split("One a.\nOne b.\n\n  \t\nTwo.\n"));
        assertEquals(List.of("One.", "Two."), Paragraphs.split("One.\r\n\r\nTwo.\r\n"));
        assertEquals(List.of("One.", "Two."), Paragraphs.split("\n\nOne.\n\u00A0\nTwo."));
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        assertEquals(List.of("Last Updated:", "First.", "Second."), Paragraphs.split("Last Updated:\nFirst.\rSecond.\n"));
    }

    @Test
    void longParagraphsAreCutIntoGroupsOfWholeSentences() {
        String sentence = "North Korean troops were seen near Kursk again today. ";
        String body = sentence.repeat(60);
        List<String> parts = Paragraphs.split(body);
        assertTrue(parts.size() > 1, parts.toString());
        for (String p : parts) {
            assertTrue(p.length() <= Paragraphs.TARGET_CHARS + sentence.length(), p);
            assertTrue(p.startsWith("North") && p.endsWith("today."), p);
        }
        assertEquals(body.strip().replace(" ", ""), String.join("", parts).replace(" ", ""));
    }

    @Test
    void emptyAndBlankBodiesGiveNothing() {
        assertEquals(List.of(), Paragraphs.split(""));
        assertEquals(List.of(), Paragraphs.split(" \n\r\n\t"));
    }
}
