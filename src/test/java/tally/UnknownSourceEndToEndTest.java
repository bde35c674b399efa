package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source Tally's claimant directory does not know, asked about through `tally ask --json` as the jar runs it, on an
 * article read by the real extractor: the answer is that source's figure alone, or, for a name no figure is attributed
 * to, no figure at all with a note and the passage that names it (before, both listed every claimant's figures).
 */
class UnknownSourceEndToEndTest {

    private static final String ARTICLE = """
            Title: North Korean losses mount in Kursk
            Outlet: Example News
            Published: 2025-01-10
            ---

            A senior US defence official said some 300 North Korean soldiers had been captured.

            Ukraine's military intelligence said 3,000 North Korean troops had been killed or wounded.

            The Mossad has not commented on North Korean casualties.
            """;

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    private JsonNode ask(String question) throws Exception {
        Files.writeString(corpus.resolve("example.txt"), ARTICLE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Main main = new Main()) {
            int code = main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("ask", "--corpus", corpus.toString(), "--data", data.toString(), "--json", question);
            assertEquals(0, code, err.toString());
        }
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void anUnlistedSourceAskedByItsWordsGetsItsOwnFigureOnly() throws Exception {
        JsonNode answer = ask("How many North Koreans were captured according to a senior US defence official?");
        assertEquals("a senior US defence official", answer.get("unknownSource").asText());
        JsonNode figures = answer.get("figures");
        assertTrue(figures.size() >= 1, answer.toPrettyString());
        for (JsonNode figure : figures) {
            assertTrue(figure.get("claimant").asText().toLowerCase().contains("senior us defence official"),
                    figure.toPrettyString());
        }
        assertTrue(answer.get("text").asText().contains("some 300"), answer.get("text").asText());
        assertTrue(answer.get("text").asText().contains("unverified"));
    }

    @Test
    void aNameNoFigureIsAttributedToGetsNoFigureANoteAndOnlyThePassageNamingIt() throws Exception {
        JsonNode answer = ask("What did the Mossad say about North Korean casualties?");
        assertEquals("the Mossad", answer.get("unknownSource").asText());
        assertEquals(0, answer.get("figures").size(), "Ukraine's 3,000 is not the Mossad's answer");
        assertTrue(answer.get("note").asText().startsWith("Tally's list of sources has no “the Mossad”"),
                answer.get("note").asText());
        assertEquals(1, answer.get("passages").size(), answer.toPrettyString());
        assertTrue(answer.get("passages").get(0).get("text").asText().contains("The Mossad has not commented"));
        assertTrue(!answer.get("text").asText().contains("3,000"), answer.get("text").asText());
    }
}
