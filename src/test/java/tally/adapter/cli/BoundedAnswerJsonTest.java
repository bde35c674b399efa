package tally.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.app.TallyEngine;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;

/**
 * A bounded answer says it is bounded (issue 12.2): each group in {@code ask --json} carries how many claims it holds
 * and how many are shown, and the text says how to see the rest; {@code figures} lists every claim (issue 12.1).
 */
class BoundedAnswerJsonTest {

    @TempDir
    Path corpus;

    private static List<Claim> many() {
        List<Claim> claims = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            long value = 1000L + day;
            claims.add(claim(Metric.DEPLOYED, fig(value, value, String.valueOf(value)), "nis", null, day(2025, 2, day),
                    AL_JAZEERA, 0));
        }
        return claims;
    }

    private final TallyEngine engine = new TallyEngine(() -> index(many()), TestConfig.DIRECTORY, TestConfig.LEXICON);
    private final CommandRun cli = new CommandRun(new AskCommand(new RecordingLauncher(() -> engine)),
            new FiguresCommand(new RecordingLauncher(() -> engine)));

    @Test
    void eachGroupSaysHowManyClaimsItHoldsAndHowManyAreShown() throws Exception {
        assertEquals(0, cli.run("ask", "--corpus", corpus.toString(), "--json", "How many troops were sent?"));
        JsonNode answer = new ObjectMapper().readTree(cli.out());
        JsonNode group = answer.get("groups").get(0);
        assertEquals("deployed", group.get("metric").asText());
        assertEquals(20, group.get("total").asInt());
        assertEquals(answer.get("figures").size(), group.get("shown").asInt());
        assertTrue(group.get("shown").asInt() < 20);
        assertTrue(answer.get("text").asText().contains("older claims (`figures` lists every claim)"));
        for (String key : List.of("question", "text", "note", "caveat", "subject", "intent", "period",
                "unknownSource", "groups", "figures", "passages")) {
            assertTrue(answer.has(key), key);
        }
        assertTrue(answer.get("unknownSource").isNull(), "a question that names no unknown source says so with null");
        JsonNode source = answer.get("figures").get(0).get("sources").get(0);
        assertEquals(answer.get("figures").get(0).get("text").asText(), source.get("wording").asText());
        assertEquals(answer.get("figures").get(0).get("claimDate").asText(), source.get("claimDate").asText());
    }

    @Test
    void figuresListsEveryClaimInText() {
        assertEquals(0, cli.run("figures", "--corpus", corpus.toString()));
        for (Claim claim : many()) {
            assertTrue(cli.out().contains("- " + claim.figure().text() + " — "), "lists " + claim.figure().text());
        }
        assertTrue(cli.out().startsWith("20 claims in the corpus, newest first."), cli.out());
    }
}
