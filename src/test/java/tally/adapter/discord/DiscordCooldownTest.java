package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * Issue 9, point 5, through real JDA, with time moved by the test: a member may ask a few questions in a row; a chat
 * question over the limit is marked ⏳ and answered when the allowance returns; a slash command over the limit is
 * refused privately with when to ask again; a question still in the cache costs nothing.
 */
class DiscordCooldownTest {
    private static final String CHANNEL = Long.toString(Payloads.CHANNEL_ID);

    @Test
    void aChatQuestionOverTheLimitIsHeldAndAnsweredWhenTheAllowanceReturns() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 10, 3))) {
            List<ObjectNode> questions = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                ObjectNode question = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                        BotHarness.mention() + "how many soldiers were killed, version " + i);
                questions.add(question);
                bot.send(question);
                if (i <= 3) {
                    bot.replyTo(question);
                } else {
                    String emoji = i <= 6 ? ChatListener.WAITING.getName() : ChatListener.TOO_MANY.getName();
                    bot.discord.await(emoji + " on question " + i, r -> r.is("PUT", "channels/" + CHANNEL + "/messages/"
                            + question.path("id").asText() + "/reactions/" + emoji + "/@me"));
                }
            }
            assertEquals(3, bot.time.pending(), "three questions wait; the seventh was a flood");
            bot.time.advance(Duration.ofSeconds(9));
            assertEquals(0, bot.time.ran(), "not before the allowance returns");

            bot.time.advance(Duration.ofSeconds(1));
            assertEquals(1, bot.time.ran());
            Recorded fourth = bot.replyTo(questions.get(3));
            assertTrue(fourth.body().path("embeds").get(0).toString().contains("about 300"));
            bot.discord.await("the ⏳ removed", r -> r.is("DELETE", "channels/" + CHANNEL + "/messages/"
                    + questions.get(3).path("id").asText() + "/reactions/" + ChatListener.WAITING.getName() + "/@me"));

            bot.time.advance(Duration.ofSeconds(20));
            bot.replyTo(questions.get(4));
            bot.replyTo(questions.get(5));
            assertEquals(0, bot.time.pending());
            bot.sentinel(Payloads.CHANNEL_ID);
            assertEquals(List.of(), bot.posts(r -> r.body().path("message_reference").path("message_id").asText()
                    .equals(questions.get(6).path("id").asText())), "the flood's extra question is not kept");
        }
    }

    @Test
    void aHeldQuestionDeletedMeanwhileIsNotAnswered() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 10, 1))) {
            ObjectNode first = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many soldiers were killed?");
            bot.send(first);
            bot.replyTo(first);
            ObjectNode second = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "and captured soldiers?");
            bot.send(second);
            ChatListener chat = chat(bot);
            awaitHeld(chat, 1);
            ObjectNode deleted = Payloads.JSON.createObjectNode().put("id", second.path("id").asText())
                    .put("channel_id", CHANNEL).put("guild_id", Long.toString(Payloads.GUILD_ID));
            bot.discord.dispatch("MESSAGE_DELETE", deleted);
            awaitHeld(chat, 0);
            bot.time.advance(Duration.ofSeconds(10));
            assertEquals(1, bot.time.ran());
            bot.sentinel(Payloads.CHANNEL_ID);
            assertEquals(List.of(), bot.posts(r -> r.body().path("message_reference").path("message_id").asText()
                    .equals(second.path("id").asText())));
        }
    }

    @Test
    void aSlashCommandOverTheLimitIsRefusedPrivatelyWithWhenToAskAgain() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 10, 3))) {
            ObjectNode chat = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many soldiers were killed?");
            bot.send(chat);
            bot.replyTo(chat);
            assertEquals(5, slashAsk(bot, "how many were captured").path("type").asInt(),
                    "a slash command right after a chat question is answered (deferred)");
            ObjectNode third = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many troops?");
            bot.send(third);
            bot.replyTo(third);

            com.fasterxml.jackson.databind.JsonNode refusal = slashAsk(bot, "how many soldiers were wounded");
            assertEquals(4, refusal.path("type").asInt());
            assertEquals(64, refusal.path("data").path("flags").asInt() & 64, "only the asker sees it");
            String said = refusal.path("data").path("embeds").get(0).toString();
            assertTrue(said.contains("Ask again in 10 s") && said.contains("3 questions in a row"), said);

            bot.time.advance(Duration.ofSeconds(10));
            assertEquals(5, slashAsk(bot, "how many soldiers were wounded").path("type").asInt(), "answered once it returns");
        }
    }

    @Test
    void aQuestionWhoseAnswerIsStillCachedCostsNothing() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 60, 1))) {
            for (int i = 0; i < 5; i++) {
                ObjectNode again = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "How many soldiers were killed?");
                bot.send(again);
                bot.replyTo(again);
            }
            assertEquals(5, slashAsk(bot, "how many soldiers were KILLED").path("type").asInt(), "the slash command too");
            assertEquals(1, bot.tally.asks.get(), "the engine answered once");
            assertTrue(bot.discord.requests().stream().noneMatch(r -> r.path().contains("/reactions/")), "no ⏳ for a cached answer");
            assertEquals(4, slashAsk(bot, "how many were captured").path("type").asInt(), "a new question is still limited");
        }
    }

    /** Sends /ask and returns Discord's first response to it (the callback body). */
    private static com.fasterxml.jackson.databind.JsonNode slashAsk(BotHarness bot, String question) throws InterruptedException {
        long id = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", question)));
        com.fasterxml.jackson.databind.JsonNode callback = bot.discord.await("the /ask callback",
                r -> r.is("POST", "interactions/" + id + "/.*")).body();
        if (callback.path("type").asInt() == 5) {
            bot.discord.await("the answer", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
        }
        return callback;
    }

    private static ChatListener chat(BotHarness bot) {
        return bot.bot.shards().getShards().get(0).getRegisteredListeners().stream()
                .filter(ChatListener.class::isInstance).map(ChatListener.class::cast).findFirst().orElseThrow();
    }

    private static void awaitHeld(ChatListener chat, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (chat.held() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("held questions: " + chat.held() + ", expected " + count);
            }
            Thread.sleep(5);
        }
    }
}
