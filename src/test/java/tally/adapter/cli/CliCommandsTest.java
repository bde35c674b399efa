package tally.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.app.TallyEngine;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.testing.Snapshot;

/** ask, figures and summary through the same picocli command line as the jar, on the hand-built fixture corpus. */
class CliCommandsTest {

    @TempDir
    Path corpus;

    private final TallyEngine engine = new TallyEngine(() -> index(), TestConfig.DIRECTORY, TestConfig.LEXICON);
    private final RecordingLauncher launcher = new RecordingLauncher(() -> engine);
    private final CommandRun cli = new CommandRun(new AskCommand(launcher), new FiguresCommand(launcher),
            new SummaryCommand(launcher));

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
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
        assertTrue(json().get("caveat").asText().contains("unverified"), "the figures carry their caveat");
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
        String text = answer.get("text").asText();
        assertTrue(text.startsWith("North Korean troops killed\n- some 200 — Ukraine's military intelligence (HUR/GUR) — claimed 14 Dec 2024"
                + " — reported by The Korea Herald (2024-12-18)\n"), text);
        assertTrue(text.contains("\n- more than 3,000 — Volodymyr Zelensky, President of Ukraine — claimed 23 Dec 2024"
                + " — reported by Al Jazeera (2024-12-24), Le Monde (2024-12-23, inferred)\n"), text);
        assertTrue(text.endsWith("These are unverified claims by the named parties, as reported by the articles cited;"
                + " none of these figures has been independently verified.\n"), text);
        Set<String> metrics = new java.util.HashSet<>();
        answer.get("figures").forEach(f -> metrics.add(f.get("metric").asText()));
        assertEquals(Set.of("killed", "killed_or_wounded"), metrics);
        answer.get("figures").forEach(f -> assertEquals(f.get("metric").asText().equals("killed_or_wounded"),
                f.get("related").asBoolean(), "combined figures are shown alongside a question about deaths: " + f));
        assertTrue(answer.get("note").isNull(), "no note when figures answer");
        assertEquals("These are unverified claims by the named parties, as reported by the articles cited; none of these"
                + " figures has been independently verified.", answer.get("caveat").asText());
        assertTrue(answer.get("passages").isArray());
    }

    @Test
    void askJsonListsPassagesWhenNoFigureMatches() throws Exception {
        run("ask", "--corpus", corpus.toString(), "--json", "How many North Koreans were captured in Kursk in December 2024?");
        JsonNode answer = json();
        assertEquals(0, answer.get("figures").size());
        assertTrue(answer.get("note").asText().startsWith("The sources have no figures"), answer.get("note").asText());
        assertFalse(answer.get("passages").isEmpty());
        JsonNode first = answer.get("passages").get(0);
        for (String field : List.of("file", "outlet", "title", "published", "text")) {
            assertTrue(first.has(field), field);
        }
    }

    @Test
    void withoutJsonAskPrintsTheRenderedText() {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "How", "many", "troops", "were", "sent?"));
        Snapshot.assertMatches(getClass(), "withoutJsonAskPrintsTheRenderedText", "txt", out());
        assertTrue(out().startsWith("North Korean troops sent to Russia\n- nearly 8,000 — Kyrylo Budanov"), out());
        assertFalse(out().contains("killed"), "only the deployment figures answer 'sent': " + out());
    }

    @Test
    void withoutJsonFiguresPrintsTheSummary() {
        assertEquals(0, run("figures", "--corpus", corpus.toString()));
        Snapshot.assertMatches(getClass(), "withoutJsonFiguresPrintsTheSummary", "txt", out());
        for (Claim claim : CLAIMS) {
            assertTrue(out().contains("- " + claim.figure().text() + " — "), "lists " + claim.figure().text());
        }
    }

    @Test
    void summaryPrintsWhatModeratorsPinWithTheCaveatAndAsJsonTheAskShape() throws Exception {
        assertEquals(0, run("summary", "--corpus", corpus.toString()));
        String text = out();
        assertTrue(text.contains("North Korean troops sent to Russia"), text);
        assertTrue(text.contains("- nearly 8,000 — Kyrylo Budanov"), text);
        assertTrue(text.strip().endsWith("none of these figures has been independently verified."), text);
        assertEquals(0, run("summary", "--corpus", corpus.toString(), "--json"));
        JsonNode summary = new ObjectMapper().readTree(out().substring(text.length()));
        assertTrue(summary.get("figures").size() > 0, summary.toString());
        assertTrue(summary.get("caveat").asText().contains("unverified"), summary.toString());
    }

    @Test
    void loadProblemsAreWarningsOnStandardErrorAndDoNotStopTheAnswer() {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "How many died?"));
        assertTrue(err().contains("warning: broken.txt:3: header line without a colon"), err());
        assertFalse(out().contains("broken.txt"));
    }

    @Test
    void theFactoryReceivesTheFoldersAsked() {
        assertEquals(0, run("figures", "--data", "/tmp/tally-data", "--corpus", corpus.toString(), "--config", corpus.toString()));
        assertEquals(List.of(new RecordingLauncher.Opened(corpus, Path.of("/tmp/tally-data"), corpus)), launcher.opened);
        assertEquals(0, run("ask", "--data=/tmp/d2", "--corpus=" + corpus, "--config=" + corpus, "How many?"));
        assertEquals(new RecordingLauncher.Opened(corpus, Path.of("/tmp/d2"), corpus), launcher.opened.get(1));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("ask", "--corpus", corpus.toString(), "--verbose", "How many died?"));
        assertTrue(err().startsWith("tally ask: Unknown option: '--verbose'\n"), err());
        assertTrue(err().contains("Usage: tally ask "), "the command's usage follows: " + err());
        assertTrue(out().isEmpty());
        assertTrue(launcher.opened.isEmpty());
    }

    @Test
    void askWithoutAQuestionIsAUsageError() {
        assertEquals(2, run("ask", "--corpus", corpus.toString()));
        assertTrue(err().startsWith("tally ask: ask needs a question"), err());
        assertTrue(launcher.opened.isEmpty());
    }

    @Test
    void anOptionWithoutItsFolderIsAUsageError() {
        assertEquals(2, run("figures", "--corpus"));
        assertTrue(err().startsWith("tally figures: Missing required parameter for option '--corpus' (DIR)"), err());
        assertEquals(2, run("figures", "--corpus="));
        assertTrue(err().contains("tally figures: --corpus needs a folder, got an empty value"), err());
    }

    @Test
    void aMissingCorpusFolderFailsBeforeAnythingIsLoaded() {
        assertEquals(1, run("figures", "--corpus", corpus.resolve("nope").toString()));
        assertEquals("tally figures: corpus folder not found: " + corpus.resolve("nope") + "\n", err());
        assertTrue(launcher.opened.isEmpty());
    }

    @Test
    void aFailureWhileLoadingIsReportedNotThrown() {
        RecordingLauncher failing = new RecordingLauncher(() -> {
            throw new tally.config.ConfigException("config/claimants.json:4: bad alias");
        });
        CommandRun broken = new CommandRun(new FiguresCommand(failing));
        assertEquals(1, broken.run("figures", "--corpus", corpus.toString()));
        assertEquals("tally figures: config/claimants.json:4: bad alias\n", broken.err());
        assertEquals("", broken.out());
    }

    @Test
    void aDoubleDashLetsAQuestionStartWithADash() throws Exception {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "--json", "--", "--how many died?"));
        assertEquals("--how many died?", json().get("question").asText());
    }

    @Test
    void defaultsAreCorpusAndDataInTheWorkingFolderAndTheConfigLookup() {
        // The tests run in the project folder, which has corpus/.
        assertEquals(0, run("figures"));
        assertEquals(List.of(new RecordingLauncher.Opened(Path.of("corpus"), Path.of("data"),
                RecordingLauncher.DEFAULT_CONFIG)), launcher.opened);
        assertEquals(java.util.Collections.singletonList(null), launcher.configAsked, "no --config: the default lookup");
    }

    @Test
    void theWordsOfAnUnquotedQuestionAreJoined() throws Exception {
        assertEquals(0, run("ask", "--corpus", corpus.toString(), "--json", "How", "many", "troops", "were", "sent?"));
        assertEquals("How many troops were sent?", json().get("question").asText());
    }

    @Test
    void aCorpusThatIsAFileIsAFailureSayingSo() throws Exception {
        Path file = java.nio.file.Files.writeString(corpus.resolve("one.txt"), "text");
        assertEquals(1, run("ask", "--corpus", file.toString(), "How many?"));
        assertTrue(err().contains("is a file; --corpus takes the folder that holds the articles"), err());
    }

    @Test
    void aDataFolderThatIsAFileIsAFailureSayingSo(@TempDir Path elsewhere) throws Exception {
        Path file = java.nio.file.Files.writeString(elsewhere.resolve("data.txt"), "text");
        assertEquals(1, run("ask", "--corpus", corpus.toString(), "--data", file.toString(), "How many?"));
        assertTrue(err().contains("is a file; --data takes the folder where Tally keeps its index"), err());
        assertTrue(!err().contains("unusable"), "one line, not an index failure first: " + err());
    }
}
