package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.adapter.command.TallyCommandLine;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;

/**
 * Issue 9, point 4, through real JDA: a setup mistake ends the bot at once with one line saying what to fix (so Docker
 * and systemd see a failure, not a zombie), and a command registration that cannot work is a warning naming the server
 * and the fix.
 */
class DiscordStartupTest {
    private static final String CHANNEL = Long.toString(Payloads.CHANNEL_ID);

    @Test
    void messageContentNotSwitchedOnInThePortalEndsTheBotWithTheSwitchToTurnOn() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(CHANNEL), 0, 3), FakeDiscord::refuseMessageContentIntent, false)) {
            String line = bot.bot.fatal().get(30, TimeUnit.SECONDS);
            assertEquals("Discord refused the Message Content intent (gateway close code 4014). listenChannelIds in "
                    + "config/discord.json needs it: switch on Message Content Intent in the developer portal "
                    + "(Bot > Privileged Gateway Intents), or empty listenChannelIds.", line);
            bot.log.expect("cannot be recovered");
            bot.awaitShutDown();
        }
    }

    @Test
    void aTokenTheGatewayRejectsEndsTheBotWithHowToGetANewOne() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3), FakeDiscord::rejectTokenAtGateway, false)) {
            String line = bot.bot.fatal().get(30, TimeUnit.SECONDS);
            assertTrue(line.startsWith("Discord rejected DISCORD_TOKEN (gateway close code 4004)") && line.contains("Reset Token"), line);
            bot.log.expect("cannot be recovered");
            bot.awaitShutDown();
        }
    }

    @Test
    void theBotCommandExitsNonZeroAtOnceWithOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("discord.json"), """
                {"commandGuildIds": ["%s"], "listenChannelIds": ["%s"], "cooldownSeconds": 5, "answerCacheSize": 10,
                 "moderatorRoles": [], "shardTotal": 1, "shardFrom": 0, "shardTo": 0}""".formatted(BotHarness.GUILD, CHANNEL));
        try (LogCapture log = LogCapture.attach(); FakeDiscord discord = new FakeDiscord()) {
            discord.refuseMessageContentIntent();
            CommandRun bot = new CommandRun(new BotCommand(new RecordingLauncher(FakeTally::new), discord.environment()));
            int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bot.run("bot", "--config=" + dir));
            assertEquals(TallyCommandLine.FAILED, status);
            List<String> lines = bot.err().lines().toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("tally bot: Discord refused the Message Content intent (gateway close code 4014)"), lines.get(0));
            log.expect("cannot be recovered");
            assertEquals(List.of(), log.warnings());
        }
    }

    @Test
    void discordOutOfReachExitsNonZeroWithOneLineSayingSo() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> env = Map.of("DISCORD_TOKEN", "a-token", "DISCORD_REST_URL",
                "http://127.0.0.1:" + closedPort + "/api/v10/");
        try (LogCapture log = LogCapture.attach()) {
            CommandRun bot = new CommandRun(new BotCommand(new RecordingLauncher(FakeTally::new), env));
            int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bot.run("bot"));
            assertEquals(TallyCommandLine.FAILED, status);
            List<String> lines = bot.err().lines().toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("tally bot: cannot reach Discord at http://127.0.0.1:" + closedPort)
                    && lines.get(0).contains("network"), lines.get(0));
        }
    }

    @Test
    void aTokenTheApiRejectsExitsNonZeroWithHowToGetANewOne() throws Exception {
        try (LogCapture log = LogCapture.attach(); FakeDiscord discord = new FakeDiscord()) {
            Map<String, String> env = new HashMap<>(discord.environment());
            env.put("DISCORD_TOKEN", "a-token-that-was-reset");
            CommandRun bot = new CommandRun(new BotCommand(new RecordingLauncher(FakeTally::new), env));
            int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bot.run("bot"));
            assertEquals(TallyCommandLine.FAILED, status);
            assertEquals(List.of("tally bot: Discord rejected DISCORD_TOKEN. Copy a fresh token from the developer portal "
                    + "(Bot > Reset Token)."), bot.err().lines().toList());
            assertEquals(List.of(), log.warnings());
        }
    }

    @Test
    void aCommandServerTallyIsNotInIsAWarningNamingTheIdAndTheFix() throws Exception {
        String elsewhere = "1299999999999999999";
        DiscordSettings settings = new DiscordSettings(List.of(BotHarness.GUILD, elsewhere), List.of(), 0, 100, List.of(), 1, 0, 0);
        // Not awaiting "connected" first: that wait gives up on the first warning, and this warning may come before it.
        try (BotHarness bot = new BotHarness(settings, discord -> { }, false)) {
            assertEquals(1, bot.log.expect("commandGuildIds lists server " + elsewhere, "Tally is not in it",
                    "applications.commands", "or remove the id"));
            // Settled before it closes: a registration still in flight would log into the next test.
            bot.awaitConnected();
            bot.discord.await("command registration", r -> r.is("PUT", "applications/\\d+/guilds/" + BotHarness.GUILD + "/commands"));
        }
    }

    @Test
    void aRefusedCommandRegistrationIsAWarningNamingTheServerAndTheMissingScope() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3), FakeDiscord::withholdCommandScope, true)) {
            assertEquals(1, bot.log.expect("Could not register the slash commands in server 'War watchers' (" + BotHarness.GUILD + ")",
                    "50001 (Missing Access)", "without the applications.commands scope"));
        }
    }
}
