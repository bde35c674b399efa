package tally.adapter.discord.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;

class ConsoleCommandTest {

    private static String session(String input) {
        CommandRun console = new CommandRun(new ConsoleCommand(new RecordingLauncher(ConsoleTally::create),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, console.run("console", "--corpus", "."), console.err());
        return console.out();
    }

    @Test
    void plainTextIsAQuestionAnsweredAsPlainText() {
        String out = session("how many were killed?\n");
        assertTrue(out.contains("== Figures claimed =="), out);
        assertTrue(out.contains("• about 300 — South Korea's NIS"), out);
        assertTrue(out.contains("Yonhap, 2025-01-13 <https://en.yna.co.kr/x>"), "links as text: " + out);
        assertTrue(out.contains("unverified"), out);
    }

    @Test
    void aQuestionIsAskedAfterTheLastQuestionOfTheSession() {
        String out = session("how many were killed according to South Korea?\n/ask and how many were wounded?\n");
        assertTrue(out.contains("after: how many were killed according to South Korea?"), out);
        assertEquals(1, out.split("after: ", -1).length - 1, "the first question follows nothing: " + out);
    }

    @Test
    void slashCommandsWorkOffline() {
        String out = session("/figures metric:captured\n/sources\n/help\n/quit\n/help\n");
        assertTrue(out.contains("== Claims · Captured =="), out);
        assertTrue(out.contains("== Articles in the corpus =="), out);
        assertEquals(1, out.split("== What Tally does ==", -1).length - 1, "stops at /quit");
    }

    /**
     * Trial 7: "/summary pin:true" ran as "/summary", so the asker took the pin for done. An option a command does not
     * read is refused and named; near-misses: the options a command reads, and a question's own "word:" after /ask.
     */
    @Test
    void anOptionACommandDoesNotReadIsRefusedAndNamed() {
        String out = session("/summary pin:true\n/figures metric:killed claimant:nis\n/ask the toll: how many were killed?\n");
        assertTrue(out.contains("/summary in the console takes no options; it does not read pin: (summaries are pinned on"
                + " Discord, by moderators)."), out);
        assertTrue(out.contains("== Claims"), "figures reads metric: and claimant: " + out);
        assertEquals(1, out.split("Unknown option", -1).length - 1, "only the summary is refused: " + out);
    }

    /** /help in the console lists only what the console runs: /timeline and /article need Discord. */
    @Test
    void helpListsOnlyCommandsTheConsoleRuns() {
        String out = session("/help\n");
        assertTrue(out.contains("/ask question:"), out);
        assertTrue(out.contains("/sources"), out);
        assertFalse(out.contains("/timeline"), out);
        assertFalse(out.contains("/article add"), out);
    }

    @Test
    void terminalControlsTypedIntoTheConsoleAreNeverEchoedBack() {
        String out = session("how many were killed\u001b]0;pwned\u0007?\n/figures claimant:\u001b[2Jnis\n");
        assertFalse(out.chars().anyMatch(c -> c == 0x1b || c == 0x07), out);
        assertTrue(out.contains("about 300"), "the cleaned line is still read: " + out);
    }

    @Test
    void anUnknownClaimantIdSaysSoAndSuggestsTheNearOnes() {
        String out = session("/figures claimant:mossad\n/figures claimant:nsi\n");
        assertTrue(out.contains("Tally reads no source in 'mossad'. Name it as a question would"), out);
        assertTrue(out.contains("no source in 'nsi'; did you mean nis?"), out);
        assertFalse(out.contains("No claim matches this lookup"), "not a lookup that found nothing: " + out);
    }

    @Test
    void aBadOptionSaysWhatToDo() {
        String out = session("/figures since:December\n");
        assertTrue(out.contains("Give since: as a day like 2024-12-01"), out);
    }

    @Test
    void optionValuesRunUntilTheNextOption() {
        assertEquals(Map.of("metric", "killed", "claimant", "nis", "since", "2024-12"),
                ConsoleSession.options("metric:killed claimant:nis since:2024-12"));
    }
}
