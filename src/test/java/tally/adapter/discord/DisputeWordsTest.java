package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.config.ConfigException;

/** Which replies to an answer say a figure is wrong (and so are offered "Report a figure"): words from discord.json. */
class DisputeWordsTest {

    private static final DiscordSettings SHIPPED = DiscordSettings.load(Path.of("config", "discord.json"));

    @ParameterizedTest(name = "\"{0}\" disputes: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            that number is wrong                       | true
            WRONG, it was the JCS                      | true
            this is not   true, NIS said 11,000        | true
            incorrect                                  | true
            thanks, that helps                         | false
            wrongly attributed? no, I think it's fine  | false
            he was falsely accused                     | false
            not truer words spoken                     | false
            where did this come from?                  | false
            """)
    void aReplyDisputesAFigureOnlyWithAWholeDisputeWordOrPhrase(String reply, boolean disputes) {
        assertEquals(disputes, SHIPPED.disputes(reply));
    }

    @Test
    void theShippedWordsAreTheDefaultsSoAnOlderConfigWithoutTheKeyBehavesTheSame() {
        assertEquals(DiscordSettings.DEFAULT_DISPUTE_WORDS, SHIPPED.disputeWords());
    }

    @Test
    void aServerCanUseItsOwnLanguage(@TempDir Path dir) throws Exception {
        DiscordSettings ukrainian = load(dir, ", \"disputeWords\": [\"неправда\", \"це помилка\"]");
        assertTrue(ukrainian.disputes("Це   ПОМИЛКА, було 11 000"));
        assertTrue(!ukrainian.disputes("that number is wrong"), "the server's words replace the English ones");
    }

    @Test
    void anEmptyOrBlankListIsRefusedAtStartWithTheFile(@TempDir Path dir) throws Exception {
        for (String words : List.of("[]", "[\"wrong\", \" \"]")) {
            ConfigException error = assertThrows(ConfigException.class, () -> load(dir, ", \"disputeWords\": " + words));
            assertTrue(error.getMessage().contains("discord.json") && error.getMessage().contains("disputeWords"),
                    error.getMessage());
        }
    }

    private static DiscordSettings load(Path dir, String extra) throws Exception {
        Path file = dir.resolve("discord.json");
        Files.writeString(file, """
                {"commandGuildIds": [], "listenChannelIds": [], "cooldownSeconds": 5, "answerCacheSize": 10,
                 "moderatorRoles": [], "shardTotal": 1, "shardFrom": 0, "shardTo": 0%s}""".formatted(extra));
        return DiscordSettings.load(file);
    }
}
