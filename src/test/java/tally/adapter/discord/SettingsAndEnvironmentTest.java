package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ConfigException;

class SettingsAndEnvironmentTest {

    @Test
    void theShippedConfigIsValidAndAsksForNoPrivilegedIntent() {
        DiscordSettings settings = DiscordSettings.load(Path.of("config", "discord.json"));
        assertFalse(settings.needsMessageContent());
        assertEquals(1, settings.shardTotal());
    }

    @Test
    void aShardRangeOutsideTheTotalIsRejectedWithTheFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("discord.json");
        Files.writeString(file, """
                {"commandGuildIds": [], "listenChannelIds": [], "cooldownSeconds": 5, "answerCacheSize": 10,
                 "moderatorRoles": [], "shardTotal": 2, "shardFrom": 1, "shardTo": 2}""");
        ConfigException error = assertThrows(ConfigException.class, () -> DiscordSettings.load(file));
        assertTrue(error.getMessage().contains("discord.json") && error.getMessage().contains("shardTotal 2"), error.getMessage());
    }

    @Test
    void aTypoInAKeyIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("discord.json");
        Files.writeString(file, """
                {"commandGuildIds": [], "listenChannelIds": ["12a"], "cooldownSeconds": 5, "answerCacheSize": 10,
                 "moderatorRoles": [], "shardTotal": 1, "shardFrom": 0, "shardTo": 0}""");
        ConfigException error = assertThrows(ConfigException.class, () -> DiscordSettings.load(file));
        assertTrue(error.getMessage().contains("'12a' is not a Discord id"), error.getMessage());
    }

    @Test
    void theTokenNeverAppearsInToString() {
        BotEnvironment env = BotEnvironment.from(Map.of("DISCORD_TOKEN", "secret-token-value"));
        assertFalse(env.toString().contains("secret-token-value"));
    }

    @Test
    void withoutATokenTheBotExitsNonZeroSayingHowToSetIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BotCommand.run(new String[0], Map.of(), (corpus, data) -> {
            throw new AssertionError("must not open the corpus without a token");
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("DISCORD_TOKEN is not set") && message.contains("export DISCORD_TOKEN="), message);
    }
}
