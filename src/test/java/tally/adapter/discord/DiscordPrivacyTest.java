package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * Issue 12, point 4, through real JDA: errors and refusals are shown only to the member who asked, never posted to the
 * channel, also when the problem shows only after the reply was deferred.
 */
class DiscordPrivacyTest {

    @Test
    void anUnknownArticleInSourceIsRefusedOnlyToTheAsker() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            long id = bot.discord.nextId();
            bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "source",
                    Payloads.stringOption("article", "no-such-file.txt")));
            JsonNode callback = bot.discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*")).body();
            assertEquals(4, callback.path("type").asInt(), "answered at once, not deferred in public");
            assertEquals(64, callback.path("data").path("flags").asInt() & 64, "ephemeral");
            assertTrue(callback.path("data").path("embeds").get(0).toString().contains("No such article"));
            assertPublicNothing(bot, id);
        }
    }

    @Test
    void aFailureWhileAnsweringIsToldOnlyToTheAskerAndThePublicPlaceholderWithdrawn() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            long id = bot.discord.nextId();
            bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                    Payloads.stringOption("question", "how many soldiers explode")));
            Recorded told = bot.discord.await("the private follow-up", r -> r.is("POST", "webhooks/\\d+/token-" + id));
            assertEquals(64, told.body().path("flags").asInt() & 64, "ephemeral: " + told.body());
            assertTrue(told.body().path("embeds").get(0).toString().contains("Something went wrong"), told.body().toString());
            bot.discord.await("the placeholder withdrawn", r -> r.is("DELETE", "webhooks/\\d+/token-" + id + "/messages/@original"));
            assertEquals(1, bot.log.expect("/ask failed", "the engine failed"), "the operator sees the cause");
            assertPublicNothing(bot, id);
        }
    }

    /** Nothing public about this interaction: no edit of its (public) original response, no channel message. */
    private static void assertPublicNothing(BotHarness bot, long id) throws InterruptedException {
        bot.sentinel(Payloads.CHANNEL_ID);
        assertEquals(List.of(), bot.discord.requests().stream()
                .filter(r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original")).toList());
        assertEquals(1, bot.posts(r -> true).size(), "only the sentinel's answer was posted");
    }
}
