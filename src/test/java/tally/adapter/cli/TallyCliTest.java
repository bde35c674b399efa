package tally.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Tally;
import tally.app.TallyEngine;
import tally.app.question.TestConfig;
import tally.app.render.TextRenderer;

class TallyCliTest {

    @TempDir
    Path corpus;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<CliOptions> seen = new ArrayList<>();
    private final TallyEngine engine = new TallyEngine(() -> index(), TestConfig.DIRECTORY, TestConfig.LEXICON);
    private final Function<CliOptions, Tally> factory = options -> {
        seen.add(options);
        return engine;
    };

    private int run(String command, String... args) {
        TallyCli cli = new TallyCli(factory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(command, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out());
    }

    private static JsonNode claimWithText(JsonNode claims, String text) {
        for (JsonNode c : claims) {
            if (c.get("text").asText().equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no claim '" + text + "' in " + claims);
    }

    @Test
    void figuresJsonFollowsTheContract() throws Exception {
        assertEquals(0, run("figures", "--corpus", corpus.toString(), "--json"));
        JsonNode claims = json().get("claims");
        assertEquals(CLAIMS.size(), claims.size());
        JsonNode dec = claimWithText(claims, "more than 3,000");
        assertEquals("killed_or_wounded", dec.get("metric").asText());
        assertEquals(3000, dec.get("low").asLong());
        assertTrue(dec.get("high").isNull());
        assertTrue(dec.get("qualifier").isNull());
        assertEquals("Volodymyr Zelensky, President of Ukraine", dec.get("claimant").asText());
        assertEquals("zelensky", dec.get("claimantId").asText());
        assertTrue(dec.get("relayedBy").isNull());
        assertTrue(dec.get("relayedById").isNull());
        assertEquals("2024-12-23", dec.get("claimDate").asText());
        assertEquals("day", dec.get("datePrecision").asText());
        assertEquals("stated", dec.get("dateBasis").asText());
        JsonNode leMonde = dec.get("sources").get(1);
        assertEquals("lemonde.txt", leMonde.get("file").asText());
        assertEquals("Le Monde", leMonde.get("outlet").asText());
        assertEquals("2024-12-23", leMonde.get("published").asText());
        assertTrue(leMonde.get("publishedInferred").asBoolean());
        assertEquals(LE_MONDE.body(), leMonde.get("quote").asText());
        for (String field : List.of("metric", "low", "high", "qualifier", "text", "claimant", "relayedBy", "claimDate",
                "datePrecision", "sources")) {
            claims.forEach(c -> assertTrue(c.has(field), field + " missing in " + c));
        }
    }

    @Test
    void figuresJsonWritesMonthDatesUnknownsAndRelayers() throws Exception {
        run("figures", "--json", "--corpus=" + corpus);
        JsonNode claims = json().get("claims");
        JsonNode two = claimWithText(claims, "two");
        assertEquals("2025-01", two.get("claimDate").asText());
        assertEquals("month", two.get("datePrecision").asText());
        assertTrue(two.get("sources").get(0).get("published").isNull());
        JsonNode dozens = claimWithText(claims, "dozens");
        assertTrue(dozens.get("claimant").isNull());
        assertTrue(dozens.get("claimDate").isNull());
        assertEquals("unknown", dozens.get("datePrecision").asText());
        JsonNode park = claimWithText(claims, "another 1,500");
        assertEquals("park_sun_won", park.get("relayedById").asText());
        assertTrue(park.get("relayedBy").asText().startsWith("Park Sun-won"));
        JsonNode hundreds = claimWithText(claims, "Hundreds");
        assertTrue(hundreds.get("low").isNull() && hundreds.get("high").isNull());
    }

    @Test
    void askJsonCarriesTheQuestionTheRenderedTextFiguresAndPassages() throws Exception {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "--json", "How many North Korean soldiers died?"));
        JsonNode answer = json();
        assertEquals("How many North Korean soldiers died?", answer.get("question").asText());
        assertEquals(new TextRenderer().render(engine.ask("How many North Korean soldiers died?")), answer.get("text").asText());
        assertTrue(answer.get("text").asText().contains("unverified"));
        Set<String> metrics = new java.util.HashSet<>();
        answer.get("figures").forEach(f -> metrics.add(f.get("metric").asText()));
        assertEquals(Set.of("killed", "killed_or_wounded"), metrics);
        assertTrue(answer.get("passages").isArray());
    }

    @Test
    void askJsonListsPassagesWhenNoFigureMatches() throws Exception {
        run("ask", "--corpus", corpus.toString(), "--json", "How many North Koreans were captured in Kursk in December 2024?");
        JsonNode answer = json();
        assertEquals(0, answer.get("figures").size());
        assertFalse(answer.get("passages").isEmpty());
        JsonNode first = answer.get("passages").get(0);
        for (String field : List.of("file", "outlet", "published", "text")) {
            assertTrue(first.has(field), field);
        }
    }

    @Test
    void withoutJsonAskPrintsTheRenderedText() {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "How", "many", "troops", "were", "sent?"));
        assertEquals(new TextRenderer().render(engine.ask("How many troops were sent?")).stripTrailing(), out().stripTrailing());
        assertEquals("How many troops were sent?", seen.get(0).question());
    }

    @Test
    void withoutJsonFiguresPrintsTheSummary() {
        assertEquals(0, run("figures", "--corpus", corpus.toString()));
        assertEquals(new TextRenderer().render(engine.summary()).stripTrailing(), out().stripTrailing());
    }

    @Test
    void loadProblemsAreWarningsOnStandardErrorAndDoNotStopTheAnswer() {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "How many died?"));
        assertTrue(err().contains("warning: broken.txt:3: header line without a colon"), err());
        assertFalse(out().contains("broken.txt"));
    }

    @Test
    void theFactoryReceivesTheFoldersAsked() {
        run("figures", "--data", "/tmp/tally-data", "--corpus", corpus.toString());
        assertEquals(corpus, seen.get(0).corpus());
        assertEquals(Path.of("/tmp/tally-data"), seen.get(0).data());
        assertFalse(seen.get(0).json());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("ask", "--corpus", corpus.toString(), "--verbose", "How many died?"));
        assertTrue(err().contains("unknown option '--verbose'"), err());
        assertTrue(out().isEmpty());
        assertTrue(seen.isEmpty());
    }

    @Test
    void askWithoutAQuestionIsAUsageError() {
        assertEquals(2, run("ask", "--corpus", corpus.toString()));
        assertTrue(err().contains("ask needs a question"), err());
    }

    @Test
    void anOptionWithoutItsFolderIsAUsageError() {
        assertEquals(2, run("figures", "--corpus"));
        assertTrue(err().contains("--corpus needs a folder"), err());
    }

    @Test
    void aMissingCorpusFolderFailsBeforeAnythingIsLoaded() {
        assertEquals(1, run("figures", "--corpus", corpus.resolve("nope").toString()));
        assertTrue(err().contains("corpus folder not found"), err());
        assertTrue(seen.isEmpty());
    }

    @Test
    void aFailureWhileLoadingIsReportedNotThrown() {
        TallyCli cli = new TallyCli(o -> {
            throw new IllegalStateException("config/claimants.json:4: bad alias");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, cli.run("figures", new String[] {"--corpus", corpus.toString()}));
        assertTrue(err().contains("config/claimants.json:4: bad alias"), err());
    }

    @Test
    void aDoubleDashLetsAQuestionStartWithADash() throws Exception {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "--", "--how many died?"));
        assertEquals("--how many died?", seen.get(0).question());
    }

    @Test
    void defaultsAreCorpusAndDataInTheWorkingFolder() throws Exception {
        CliOptions options = CliOptions.parse("figures", new String[0]);
        assertEquals(Path.of("corpus"), options.corpus());
        assertEquals(Path.of("data"), options.data());
    }
}
