package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.config.ConfigException;

class SettingsAndEnvironmentTest {

    @Test
    void theShippedConfigIsValidAndAsksForNoPrivilegedIntent() {
        DiscordSettings settings = DiscordSettings.load(Path.of("config", "discord.json"));
        assertFalse(settings.needsMessageContent());
        assertEquals(1, settings.shardTotal());
        assertEquals(3, settings.burst());
    }

    @Test
    void theBurstDefaultsToThreeWhenAbsentAndIsRefusedOutOfRange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("discord.json");
        String without = """
                {"commandGuildIds": [], "listenChannelIds": [], "cooldownSeconds": 5, "answerCacheSize": 10,
                 "moderatorRoles": [], "shardTotal": 1, "shardFrom": 0, "shardTo": 0%s}""";
        Files.writeString(file, without.formatted(""));
        assertEquals(DiscordSettings.DEFAULT_BURST, DiscordSettings.load(file).burst(), "a config written before the key still loads");
        Files.writeString(file, without.formatted(", \"questionBurst\": 0"));
        ConfigException error = assertThrows(ConfigException.class, () -> DiscordSettings.load(file));
        assertTrue(error.getMessage().contains("questionBurst must be 1..20, was 0"), error.getMessage());
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
        RecordingLauncher launcher = new RecordingLauncher(() -> {
            throw new AssertionError("must not open the corpus without a token");
        });
        CommandRun bot = new CommandRun(new BotCommand(launcher, Map.of()));
        int code = bot.run("bot");
        assertEquals(2, code);
        String message = bot.err();
        assertTrue(message.contains("DISCORD_TOKEN is not set") && message.contains("export DISCORD_TOKEN="), message);
    }

    @Test
    void theBotReadsDiscordJsonFromTheConfigFolderItIsGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("discord.json"), """
                {"commandGuildIds": [], "listenChannelIds": [], "cooldownSeconds": 5, "answerCacheSize": 0,
                 "moderatorRoles": [], "shardTotal": 1, "shardFrom": 0, "shardTo": 0}""");
        RecordingLauncher launcher = new RecordingLauncher(() -> {
            throw new AssertionError("must not open the corpus with broken settings");
        });
        CommandRun bot = new CommandRun(new BotCommand(launcher, Map.of("DISCORD_TOKEN", "t")));
        assertEquals(1, bot.run("bot", "--config=" + dir));
        assertEquals(java.util.List.of(dir), launcher.configAsked);
        assertTrue(bot.err().startsWith("tally bot: " + dir.resolve("discord.json")), bot.err());
        assertTrue(bot.err().contains("answerCacheSize must be at least 1, was 0"), bot.err());
        assertTrue(launcher.opened.isEmpty());
    }
}
