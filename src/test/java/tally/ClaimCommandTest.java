package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tally claim ...} as scripts use it, through the jar's own command line on the bundled articles and a real
 * SQLite database in a temporary data folder: ids from {@code figures --json}, one "change N:" line per change, errors
 * on standard error with a non-zero exit, and corrections that survive a restart, a full re-index and new articles.
 */
class ClaimCommandTest {

    @TempDir
    Path work;
    private Path corpus;
    private Path data;
    private String out;
    private String err;

    @BeforeEach
    void copyCorpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        data = work.resolve("data");
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
    }

    /** One process of {@code tally}: a new Main each time, as a script's separate invocations are. */
    private int tally(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", corpus.toString(), "--data", data.toString(), "--config", "config"));
        int code;
        try (Main main = new Main()) {
            code = main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(all.toArray(String[]::new));
        }
        out = o.toString();
        err = e.toString();
        return code;
    }

    private JsonNode claims() throws IOException {
        assertEquals(0, tally("figures", "--json"), err);
        return new ObjectMapper().readTree(out).get("claims");
    }

    private JsonNode claim(String id) throws IOException {
        for (JsonNode c : claims()) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    private String firstIdWithText(String text) throws IOException {
        for (JsonNode c : claims()) {
            if (c.get("text").asText().equals(text)) {
                return c.get("id").asText();
            }
        }
        throw new AssertionError("no claim worded " + text);
    }

    @Test
    void everyClaimInFiguresJsonHasADistinctStableIdAndNothingIsCorrectedYet() throws IOException {
        JsonNode claims = claims();
        Set<String> ids = new HashSet<>();
        for (JsonNode c : claims) {
            assertTrue(c.get("id").asText().matches("[0-9a-z]{10}(-[a-z0-9_]+)?"), c.toString());
            assertTrue(ids.add(c.get("id").asText()), "distinct");
            assertEquals(0, c.get("corrected").size());
        }
        assertEquals(ids, idsOf(claims()), "the same on a second run");
        assertFalse(Files.exists(data.resolve("moderation.db")), "reading creates no database");
    }

    @Test
    void hideRemovesTheClaimFromFiguresAndAnswersAndUndoBringsItBack() throws IOException {
        String id = firstIdWithText("Thousands");
        assertEquals(0, tally("claim", "hide", id, "--reason", "not a count of North Korean troops"), err);
        assertTrue(out.startsWith("change 1: hid claim " + id + " \"Thousands\""), out);
        assertTrue(out.contains("undo with: tally claim undo 1"), out);
        assertTrue(Files.isRegularFile(data.resolve("moderation.db")));
        assertEquals(null, claim(id));
        assertEquals(0, tally("ask", "How many were killed or wounded?"));
        assertFalse(out.contains("Thousands"), out);
        assertEquals(0, tally("claim", "undo", "1", "--reason", "it is"), err);
        assertTrue(out.startsWith("change 2: undid change 1 on \"Thousands\""), out);
        assertTrue(out.contains("shown again"), out);
        assertEquals("Thousands", claim(id).get("text").asText());
    }

    /** Setting the claimant already shown can only confirm one read with doubt; the change line says so. */
    @Test
    void aFixThatConfirmsAClaimantReadWithDoubtSaysItConfirmsIt() throws IOException {
        String id = firstIdWithText("nearly 3,000");
        assertEquals(false, claim(id).get("certainty").get("claimant").get("certain").asBoolean());
        assertEquals(0, tally("claim", "fix", id, "--claimant", "zelensky", "--reason", "'him' is Zelensky"), err);
        assertTrue(out.contains("claimant: Volodymyr Zelensky, President of Ukraine (confirmed; it had been read with"
                + " doubt)"), out);
        assertFalse(out.contains("→"), out);
        // trial 12: undoing it repeated "confirmed"; it says what the undo restored
        assertEquals(0, tally("claim", "undo", "1"), err);
        assertTrue(out.contains("(its confirmation undone: read with doubt again, as extracted)"), out);
        assertFalse(out.contains("confirmed;"), out);
    }

    @Test
    void fixShowsTheCorrectedFieldsInJsonAndText() throws IOException {
        String id = firstIdWithText("more than 3,000");
        assertEquals(0, tally("claim", "fix", id, "--claimant", "nis", "--date", "2024-12", "--scope", "period",
                "--relay", "none", "--reason", "the NIS said it first"), err);
        assertTrue(out.startsWith("change 1: corrected claim " + id), out);
        assertTrue(out.contains("claimant: Volodymyr Zelensky, President of Ukraine → South Korea's National Intelligence Service (NIS)"), out);
        JsonNode c = claim(id);
        assertEquals("nis", c.get("claimantId").asText());
        assertEquals("2024-12", c.get("claimDate").asText());
        assertEquals("month", c.get("datePrecision").asText());
        assertEquals("period", c.get("scope").asText());
        List<String> corrected = new ArrayList<>();
        c.get("corrected").forEach(f -> corrected.add(f.asText()));
        // "--relay none" of a claim relayed by no one changes nothing, so it is not called corrected (trial 10)
        assertEquals(List.of("claimant", "date", "scope"), corrected);
        assertEquals(0, tally("figures"));
        assertTrue(out.contains("(claimant, claim date and scope corrected by moderators)"), out);
    }

    @Test
    void logListsEveryChangeNewestFirstAsTextAndJson() throws IOException {
        String id = firstIdWithText("Thousands");
        tally("claim", "hide", id, "--reason", "first");
        tally("claim", "undo", "1");
        assertEquals(0, tally("claim", "log", "--json"), err);
        JsonNode changes = new ObjectMapper().readTree(out).get("changes");
        assertEquals(2, changes.size());
        JsonNode undo = changes.get(0);
        assertEquals(2, undo.get("id").asInt());
        assertEquals("undo", undo.get("action").asText());
        assertEquals(1, undo.get("undoes").asInt());
        assertEquals("in_force", undo.get("state").asText());
        assertTrue(undo.get("actor").asText().startsWith("cli:"));
        assertEquals("undone from the command line", undo.get("reason").asText());
        JsonNode hide = changes.get(1);
        assertEquals("hide", hide.get("action").asText());
        assertEquals("undone", hide.get("state").asText());
        assertEquals(2, hide.get("undoneBy").asInt());
        assertEquals(id, hide.get("claim").get("id").asText());
        assertEquals("Thousands", hide.get("claim").get("wording").asText());
        assertTrue(hide.get("claim").get("sentence").asText().contains("Thousands"));
        assertFalse(hide.get("before").get("hidden").asBoolean());
        assertTrue(hide.get("after").get("hidden").asBoolean());
        assertTrue(hide.get("at").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
        assertEquals(0, tally("claim", "log"));
        assertTrue(out.startsWith("#2  "), out);
        assertTrue(out.contains("undo of change 1  (in force)") && out.contains("hide  (undone by change 2)"), out);
        assertTrue(out.contains("reason: first"), out);
    }

    @Test
    void aClaimantNoListedIdOrNameIsKeptAsWordsAndTheModeratorIsToldSo() throws IOException {
        String id = firstIdWithText("more than 3,000");
        assertEquals(0, tally("claim", "fix", id, "--claimant", "zelenksy", "--reason", "typo"), err);
        assertTrue(err.contains("the claimant 'zelenksy' is no id or name in config/claimants.json, so it is kept as the"
                + " source's own words"), err);
        assertEquals(0, tally("claim", "fix", id, "--claimant", "nis", "--reason", "the NIS said it"), err);
        assertFalse(err.contains("is no id or name"), "a listed id draws no note: " + err);
        // trial 9: a party's id was kept as the words "south_korea"; it is the party's name, as a source words it
        assertEquals(0, tally("claim", "fix", id, "--claimant", "south_korea", "--reason", "Seoul said it"), err);
        assertTrue(err.contains("the claimant 'South Korea'"), err);
        assertFalse(err.contains("'south_korea'"), err);
    }

    @Test
    void aFixWhoseFieldsALaterFixSetsAgainIsSupersededAndUndoingItSaysSo() throws IOException {
        String id = firstIdWithText("more than 3,000");
        assertEquals(0, tally("claim", "fix", id, "--claimant", "jcs", "--reason", "first try"), err);
        assertEquals(0, tally("claim", "fix", id, "--claimant", "nis", "--date", "2024-12", "--reason", "second"), err);
        assertEquals(0, tally("claim", "log", "--json"), err);
        JsonNode changes = new ObjectMapper().readTree(out).get("changes");
        assertEquals("in_force", changes.get(0).get("state").asText(), "the later fix acts");
        assertEquals("superseded", changes.get(1).get("state").asText(), "the claimant it set is set again later");
        assertEquals(0, tally("claim", "log"), err);
        assertTrue(out.contains("(superseded: a later fix sets the same fields)"), out);
        assertEquals(0, tally("claim", "undo", "1"), err);
        assertTrue(err.contains("change 1 was superseded by a later fix of the same fields"), err);
        assertEquals("nis", claim(id).get("claimantId").asText(), "the later fix still decides the claim");
        assertEquals(0, tally("claim", "undo", "2"), err);
        assertFalse(err.contains("was superseded"), "undoing the fix in force draws no note: " + err);
    }

    /**
     * Trial 8: "--claimant Westerners" on a claim of Western officials was refused with only "nothing to change"; the
     * refusal now says the words are a name of the claimant the claim already has. Near-miss: the id itself draws no
     * such note.
     */
    @Test
    void aFixToANameOfTheClaimantAlreadyShownSaysWhyItChangesNothing() throws IOException {
        String id = firstIdWithText("nearly 3,000");
        assertEquals(0, tally("claim", "fix", id, "--claimant", "nis", "--reason", "first"), err);
        assertEquals(1, tally("claim", "fix", id, "--claimant", "Seoul's spy agency", "--reason", "again"));
        assertTrue(err.contains("nothing to change; --claimant 'Seoul's spy agency' is a name of South Korea's National"
                + " Intelligence Service (NIS) (id nis) in config/claimants.json, which the claim has already"), err);
        assertEquals(1, tally("claim", "fix", id, "--claimant", "nis", "--reason", "again"));
        assertFalse(err.contains("is a name of"), err);
    }

    @Test
    void aClaimDateAfterTheLatestReportOfTheClaimIsRefused() throws IOException {
        String id = firstIdWithText("more than 3,000");
        assertEquals(1, tally("claim", "fix", id, "--date", "2031-05-01", "--reason", "slip"));
        assertTrue(err.contains("is after it"), err);
        assertEquals(1, tally("claim", "fix", id, "--date", "2031-05", "--reason", "slip"));
        assertEquals(0, tally("claim", "fix", id, "--date", "2024-12", "--reason", "its month"), err);
    }

    @Test
    void aClaimDateYearsBeforeTheFirstReportOfTheClaimIsRefusedAsASlip() throws IOException {
        String id = firstIdWithText("more than 3,000");
        assertEquals(1, tally("claim", "fix", id, "--date", "0001-01-01", "--reason", "slip"));
        assertTrue(err.contains("a claim date of 0001-01-01 is more than 5 years before it, which looks like a slip"), err);
        assertEquals(1, tally("claim", "fix", id, "--date", "2014-02", "--reason", "slip"));
        // trial 8: five years to the day, not rounded down to 1 January (first reported 23 Dec 2024)
        assertEquals(1, tally("claim", "fix", id, "--date", "2019-01-01", "--reason", "slip"));
        assertTrue(err.contains("(the earliest accepted is 2019-12-23)"), err);
        assertEquals(1, tally("claim", "fix", id, "--date", "2019-11", "--reason", "slip"));
        assertEquals(0, tally("claim", "fix", id, "--date", "2019-12", "--reason", "a month reaching the bound"), err);
        assertEquals(0, tally("claim", "fix", id, "--date", "2024-10-15", "--reason", "before its report"), err);
    }

    @Test
    void mistakesGoToStandardErrorWithANonZeroExitAndChangeNothing() throws IOException {
        String id = firstIdWithText("Thousands");
        assertEquals(1, tally("claim", "hide", "zzzzzzzzzz", "--reason", "x"));
        assertTrue(err.contains("tally claim hide: no claim has the id 'zzzzzzzzzz'"), err);
        assertEquals("", out);
        assertEquals(2, tally("claim", "hide", id));
        assertTrue(err.contains("Missing required option: '--reason=TEXT'"), err);
        assertEquals(1, tally("claim", "fix", id, "--date", "yesterday", "--reason", "x"));
        assertTrue(err.contains("is not a date; use YYYY-MM-DD"), err);
        assertEquals(1, tally("claim", "fix", id, "--reason", "x"));
        assertTrue(err.contains("say what to correct"), err);
        assertEquals(1, tally("claim", "undo", "3"));
        assertTrue(err.contains("there is no change 3"), err);
        assertEquals(2, tally("claim", "undo", "abc"));
        assertTrue(err.contains("tally claim undo: 'abc' is not a change number: give the number `tally claim log` shows"),
                "no Java type in a moderator's error (trial 8: \"'abc' is not a long\"): " + err);
        assertEquals(2, tally("claim", "undo", "three"));
        assertEquals(2, tally("claim"));
        assertEquals(0, tally("claim", "log", "--json"));
        assertEquals(0, new ObjectMapper().readTree(out).get("changes").size());
    }

    @Test
    void correctionsSurviveAFullReindexAndTheAdditionOfOtherArticles() throws IOException {
        String hidden = firstIdWithText("Thousands");
        String fixed = firstIdWithText("more than 3,000");
        Set<String> idsBefore = idsOf(claims());
        tally("claim", "hide", hidden, "--reason", "x");
        tally("claim", "fix", fixed, "--metric", "killed", "--reason", "y");
        // a full re-index: every index folder gone, the database kept
        try (Stream<Path> entries = Files.list(data)) {
            for (Path p : entries.filter(Files::isDirectory).toList()) {
                deleteTree(p);
            }
        }
        Files.writeString(corpus.resolve("005_added.txt"), """
                title: Pentagon update
                outlet: Example Wire
                published: 2025-03-03
                ---
                The Pentagon said on Monday that about 1,000 North Korean soldiers had been captured.
                """);
        JsonNode after = claims();
        assertEquals(null, claim(hidden));
        assertEquals("killed", claim(fixed).get("metric").asText());
        Set<String> idsAfter = idsOf(after);
        idsBefore.remove(hidden);
        assertTrue(idsAfter.containsAll(idsBefore), "every other claim keeps its id");
        assertTrue(idsAfter.size() > idsBefore.size(), "the new article's claims are there");
        assertEquals(0, tally("claim", "log", "--json"));
        for (JsonNode c : new ObjectMapper().readTree(out).get("changes")) {
            assertEquals("in_force", c.get("state").asText());
        }
    }

    @Test
    void aCorrectionWhoseArticleIsRemovedIsLoggedAsMissing() throws IOException {
        String id = firstIdWithText("Thousands");
        tally("claim", "hide", id, "--reason", "x");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                if (Files.readString(f).contains("Thousands")) {
                    Files.delete(f);
                }
            }
        }
        assertEquals(0, tally("claim", "log", "--json"));
        JsonNode change = new ObjectMapper().readTree(out).get("changes").get(0);
        assertEquals("claim_missing", change.get("state").asText());
        assertTrue(change.get("claimId").isNull());
    }

    /** What a terminal acts on instead of showing, or what turns text around: never in any output. */
    private static final java.util.regex.Pattern UNSAFE =
            java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]|[\u202a-\u202e\u2066-\u2069]");

    private void assertNoTerminalControls(String what) {
        assertFalse(UNSAFE.matcher(out).find(), what + " stdout: " + out.replace("\u001b", "<ESC>"));
        assertFalse(UNSAFE.matcher(err).find(), what + " stderr: " + err.replace("\u001b", "<ESC>"));
    }

    /**
     * An article whose title and body hold ESC sequences, BEL, a C1 control and a direction override, and moderator
     * input holding ESC: every output (ask, summary, figures, the change line, the log) is clean, and the article's
     * words are otherwise as written.
     */
    @Test
    void terminalControlsInArticlesAndModeratorInputNeverReachTheOutput() throws IOException {
        Path seed = corpus.resolve("000_e91d87e17ce0cfe8.txt");
        String text = Files.readString(seed)
                .replace("title: Thousands", "title: \u001b]0;pwned\u0007Thousands\u009b")
                .replace(" date 2024-12-24 Thousands", "\u001b[2J date 2024-12-24 \u202eThousands\u2066")
                .replace("Reports are emerging", "Reports\u000bare emerging");
        Files.writeString(seed, text);
        Path untitled = corpus.resolve("002_deaed799fad2f2f2.txt");
        Files.writeString(untitled, Files.readString(untitled).replace("title: War in Ukraine",
                "title: War in\u202e Ukraine\u0007"));

        assertEquals(0, tally("ask", "How many were killed or wounded?"), err);
        assertNoTerminalControls("ask");
        assertTrue(out.contains("- Thousands — Volodymyr Zelensky"), "the claim is still read: " + out);
        assertTrue(out.contains("reported by “War in Ukraine…”"), "the title shows without its ESC: " + out);
        assertEquals(0, tally("summary"), err);
        assertNoTerminalControls("summary");
        assertEquals(0, tally("figures"), err);
        assertNoTerminalControls("figures");

        String id = firstIdWithText("Thousands");
        assertEquals(0, tally("claim", "fix", id, "--claimant", "News reports \u001b[31mred\u202e",
                "--reason", "the sentence \u001b[2Jsays \u0007so"), err);
        assertNoTerminalControls("claim fix");
        assertTrue(out.contains("→ News reports red;"), "the words are kept, the whole ESC sequence is gone: " + out);
        assertEquals(0, tally("claim", "log"), err);
        assertNoTerminalControls("claim log");
        assertTrue(out.contains("the sentence says so"), out);
        assertEquals(1, tally("claim", "hide", "no\u001b[2Jsuch", "--reason", "x"));
        assertNoTerminalControls("a refusal echoing the id");
    }

    /** A misspelled header key is a warning on stderr naming file, line and key; the article still answers. */
    @Test
    void aMisspelledHeaderKeyWarnsWithFileLineAndKeyAndTheArticleStillLoads() throws IOException {
        Path seed = corpus.resolve("000_e91d87e17ce0cfe8.txt");
        Files.writeString(seed, Files.readString(seed).replace("published: 2024-12-24", "publihsed: 2024-12-24"));
        assertEquals(0, tally("ask", "How many were killed or wounded?"), err);
        assertTrue(err.contains("warning: 000_e91d87e17ce0cfe8.txt:3: unknown header key 'publihsed' (did you mean "
                + "'published'?); its value is not used, the article is loaded without it"), err);
        assertTrue(out.contains("- Thousands — Volodymyr Zelensky"), "the article still answers: " + out);
        assertEquals(0, tally("figures", "--json"), err);
        assertTrue(out.contains("000_e91d87e17ce0cfe8.txt"), out);
    }

    private static Set<String> idsOf(JsonNode claims) {
        Set<String> ids = new HashSet<>();
        claims.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
