package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.app.Freshness;
import tally.model.LoadProblem;

/**
 * Issue 12, points 7 and 3 (the moderators' view), through real JDA: /status shows moderators, and only them, the
 * corpus version, articles, claims, every file that failed to load with its line and reason, and how fresh the index is.
 */
class DiscordStatusTest {

    @Test
    void aModeratorSeesTheCorpusItsBrokenFilesAndItsFreshnessPrivately() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            bot.tally.problems = List.of(new LoadProblem("bad-header.txt", 3, "header line 'published 2025' has no colon"),
                    new LoadProblem("empty.txt", 0, "the file is empty"));
            bot.tally.freshness = Optional.of(new Freshness(BotHarness.START.minus(Duration.ofMinutes(125)),
                    "java.nio.file.FileSystemException: corpus: No space left on device"));

            String shown = status(bot, Payloads.MODERATOR_ID);
            for (String expected : List.of("Version `v1`", "2 articles, 3 claims", "2 files could not be loaded",
                    "bad-header.txt:3 — header line 'published 2025' has no colon", "empty.txt — the file is empty",
                    "Index loaded 15 Jan 2026 10:00 UTC, 2 h 5 min ago",
                    "The latest refresh failed: java.nio.file.FileSystemException: corpus: No space left on device",
                    "1 of 1 shards connected")) {
                assertTrue(shown.contains(expected), expected + " missing from " + shown);
            }
        }
    }

    @Test
    void membersAreRefusedAndARoleNamedInTheConfigIsLetIn() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            long id = bot.discord.nextId();
            bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "status"));
            JsonNode refusal = bot.discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*")).body();
            assertEquals(64, refusal.path("data").path("flags").asInt() & 64);
            assertTrue(refusal.path("data").path("embeds").get(0).toString().contains("Moderators only"));

            String shown = status(bot, Payloads.HELPER_ID);
            assertTrue(shown.contains("Every file loaded.") && shown.contains("Not tracked by this Tally."), shown);
        }
    }

    @Test
    void statusIsRegisteredForModeratorsOnly() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            JsonNode commands = bot.discord.await("registration", r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands")).body();
            JsonNode status = null;
            for (JsonNode command : commands) {
                if (command.path("name").asText().equals("status")) {
                    status = command;
                }
            }
            assertTrue(status != null, commands.toString());
            assertEquals(Long.toString(1L << 13), status.path("default_member_permissions").asText(), "Manage Messages");
        }
    }

    /** Runs /status as the user; returns the private answer's embed. */
    private static String status(BotHarness bot, long userId) throws InterruptedException {
        long id = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, userId, "status"));
        JsonNode deferral = bot.discord.await("the deferral", r -> r.is("POST", "interactions/" + id + "/.*")).body();
        assertEquals(5, deferral.path("type").asInt());
        assertEquals(64, deferral.path("data").path("flags").asInt() & 64, "private from the start");
        return bot.discord.await("the status", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"))
                .body().path("embeds").get(0).toString();
    }
}
