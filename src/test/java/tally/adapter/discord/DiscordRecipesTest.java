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
import tally.model.LoadProblem;

/**
 * Round 64: the paged replies that still said "This answer has expired" after the pager's hour or a restart (a
 * follow-up, a question too long for a button id, /status) page on, composed again from their recipe; a button id
 * someone forged, or one Tally cannot compose, is told the answer expired. Through real JDA against the stand-in.
 */
class DiscordRecipesTest {

    /** /ask as {@code user}; the edit that put the answer in place of the deferral. */
    private static Recorded slash(BotHarness bot, long user, String command, ObjectNode... options)
            throws InterruptedException {
        long id = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, user, command, options));
        return bot.discord.await("the reply", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
    }

    private static Recorded ask(BotHarness bot, String question) throws InterruptedException {
        return slash(bot, Payloads.MEMBER_ID, "ask", Payloads.stringOption("question", question));
    }

    private static Recorded click(BotHarness bot, long user, ObjectNode message, String customId)
            throws InterruptedException {
        long click = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, user, customId, message));
        return bot.discord.await("the answer to the click", r -> r.is("POST", "interactions/" + click + "/.*"));
    }

    /** The click turned the message to page 2 in place. */
    private static void onPageTwo(Recorded update) {
        assertEquals(7, update.body().path("type").asInt(), "page 2 in place, not 'expired': " + update.body());
        String footer = update.body().path("data").path("embeds").get(0).path("footer").path("text").asText();
        assertTrue(footer.contains("Page 2 of"), footer);
    }

    private static void expired(Recorded answer) {
        assertEquals(4, answer.body().path("type").asInt(), answer.body().toString());
        assertEquals(Pager.EXPIRED, answer.body().path("data").path("content").asText(), answer.body().toString());
        assertEquals(64, answer.body().path("data").path("flags").asInt() & 64, "told privately");
    }

    @Test
    void aFollowUpsNextPageIsReadAfterItsEarlierQuestionsAfterAnHourAndAfterARestart() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 5))) {
            ask(bot, "how many troops were sent?");
            Recorded answer = ask(bot, "and how many were sent in January?");
            ObjectNode message = bot.discord.messageFrom(answer);
            String next = BotHarness.buttonId(answer.body(), "Next");
            assertTrue(next.length() <= 100 && next.contains(":" + Pager.KEPT), next);

            bot.time.advance(Duration.ofHours(2));
            onPageTwo(click(bot, Payloads.MEMBER_ID, message, next));
            bot.restart();
            bot.tally.lastEarlier = null;
            onPageTwo(click(bot, Payloads.MEMBER_ID, message, next));
            assertEquals(List.of("how many troops were sent?"), bot.tally.lastEarlier, "read as the same follow-up");
        }
    }

    @Test
    void aQuestionTooLongForAButtonIdPagesOnAfterARestart() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            String question = "how many North Korean soldiers were sent to the Kursk region of Russia in all, so far?";
            Recorded answer = ask(bot, question);
            String next = BotHarness.buttonId(answer.body(), "Next");
            assertTrue(next.length() <= 100 && !next.contains(question), next);
            bot.restart();
            onPageTwo(click(bot, Payloads.MEMBER_ID, bot.discord.messageFrom(answer), next));
        }
    }

    @Test
    void aChatFollowUpPagesOnAfterAnHour() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 5))) {
            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "how many troops were sent?");
            Recorded answer = bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "and how many were sent in 2025?");
            String next = BotHarness.buttonId(answer.body(), "Next");
            bot.time.advance(Duration.ofHours(2));
            onPageTwo(click(bot, Payloads.MEMBER_ID, bot.discord.messageFrom(answer), next));
        }
    }

    /** Where Tally may not embed, the page composed again is plain text too, with the page's own text. */
    @Test
    void aPlainTextAnswerPagesOnAsPlainTextAfterARestart() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode question = bot.message(Payloads.NO_EMBEDS_CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many troops were sent");
            bot.send(question);
            Recorded first = bot.replyTo(question);
            String next = BotHarness.buttonId(first.body(), "Next");
            bot.log.expect("Embed Links", "#no-embeds");
            bot.restart();
            Recorded update = click(bot, Payloads.MEMBER_ID, bot.discord.messageFrom(first), next);
            assertEquals(7, update.body().path("type").asInt(), "page 2 in place, not 'expired': " + update.body());
            String page = update.body().path("data").path("content").asText();
            assertTrue(update.body().path("data").path("embeds").isEmpty() && page.contains("page 2 of")
                    && page.length() <= 2000, page);
        }
    }

    @Test
    void theStatusPagesOnForAModeratorAfterAnHourAndIsNoMembersToSee() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            List<LoadProblem> many = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                many.add(new LoadProblem("broken-" + i + ".txt", i, "header line " + i + " has no colon: 'published"
                        + " on the morning of the fifth of January, twenty twenty-five'"));
            }
            bot.tally.problems = many;
            Recorded status = slash(bot, Payloads.HELPER_ID, "status");
            ObjectNode message = bot.discord.messageFrom(status);
            String next = BotHarness.buttonId(status.body(), "Next");

            bot.time.advance(Duration.ofHours(2));
            onPageTwo(click(bot, Payloads.HELPER_ID, message, next));
            bot.tally.problems = many.subList(0, 119);
            Recorded changed = click(bot, Payloads.HELPER_ID, message, next);
            assertEquals(7, changed.body().path("type").asInt(), changed.body().toString());
            bot.restart();
            assertEquals(ReplyRecipes.STATUS_NOW, click(bot, Payloads.HELPER_ID, message, next).body().path("data")
                    .path("content").asText(), "composed again, and no longer what was shown");
            bot.restart();
            expired(click(bot, Payloads.MEMBER_ID, message, next));
        }
    }

    @Test
    void aForgedOrOldButtonIdIsToldTheAnswerExpired() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode message = bot.discord.messageFrom(ask(bot, "how many troops were sent?"));
            for (String id : List.of("", "abc", "1a-2b:1", "1a-2b:0a0a0a0a0a:k0123456789abcdef:1",
                    "1a-2b:0a0a0a0a0a:kDROP TABLE:1", "1a-2b:0a0a0a0a0a:u[not json:1", "1a-2b:0a0a0a0a0a:u[]:1",
                    "1a-2b:0a0a0a0a0a:u[null]:1", "1a-2b:0a0a0a0a0a:u{\"a\":1}:1", "1a-2b:0a0a0a0a0a:q?:1",
                    "1a-2b:0a0a0a0a0a:fkilled|a|b|c:1", "1a-2b:0a0a0a0a0a:a:1", "1a-2b:0a0a0a0a0a:r../../etc:1",
                    "1a-2b:0a0a0a0a0a:l:1", "1a-2b:0a0a0a0a0a:t:1", "1a-2b:0a0a0a0a0a:ahow many were sent?:99999999999",
                    "1a-2b:0a0a0a0a0a::1", ":::")) {
                expired(click(bot, Payloads.MEMBER_ID, message, Embeds.PAGE_BUTTON + id));
            }
        }
    }
}
