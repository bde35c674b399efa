package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * A summary of several pages, as moderators pin it, keeps its Previous/Next working after the remembered pages are
 * forgotten (an hour idle, a restart): the page is composed again from the current corpus, and says so when the
 * figures changed since it was posted. Through real JDA against the Discord stand-in.
 */
class DiscordPagingTest {
    private static final String CHANNEL = Long.toString(Payloads.CHANNEL_ID);

    /** /summary pin:true as a moderator (role Helpers); the message it posted, as the stand-in stored it. */
    private static Recorded pinSummary(BotHarness bot) throws InterruptedException {
        long id = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.HELPER_ID, "summary",
                Payloads.booleanOption("pin", true)));
        Recorded posted = bot.discord.await("the summary", r -> r.is("POST", "channels/" + CHANNEL + "/messages"));
        bot.discord.await("the confirmation", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original")
                && r.body().path("content").asText().contains("Posted and pinned"));
        return posted;
    }

    /** A member clicks the button on the message; Tally's answer to the click. */
    private static Recorded click(BotHarness bot, ObjectNode message, String customId) throws InterruptedException {
        long click = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, Payloads.MEMBER_ID, customId, message));
        return bot.discord.await("the answer to the click", r -> r.is("POST", "interactions/" + click + "/.*"));
    }

    private static String footer(Recorded update) {
        return update.body().path("data").path("embeds").get(0).path("footer").path("text").asText();
    }

    @Test
    void aPinnedSummarysNextPageIsComposedAgainAfterItsPagesExpired() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(java.util.List.of(), 0, 3))) {
            bot.tally.summaryFigures = 60;
            Recorded posted = pinSummary(bot);
            ObjectNode message = bot.discord.messageFrom(posted);
            String next = BotHarness.buttonId(posted.body(), "Next");
            assertTrue(next.length() <= 100, next);

            bot.time.advance(Duration.ofHours(2));
            Recorded update = click(bot, message, next);
            assertEquals(7, update.body().path("type").asInt(), "page 2 in place, not 'expired': " + update.body());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));
            assertFalse(update.body().path("data").path("content").asText("").contains("changed"),
                    "the figures did not change: " + update.body());
        }
    }

    @Test
    void aPageComposedAgainAfterTheFiguresChangedSaysSo() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(java.util.List.of(), 0, 3))) {
            bot.tally.summaryFigures = 60;
            Recorded posted = pinSummary(bot);
            String next = BotHarness.buttonId(posted.body(), "Next");
            bot.time.advance(Duration.ofHours(2));
            bot.tally.summaryFigures = 59;
            bot.tally.version = "v2";

            Recorded update = click(bot, bot.discord.messageFrom(posted), next);
            assertEquals(7, update.body().path("type").asInt(), update.body().toString());
            assertEquals(ReplyRecipes.CHANGED, update.body().path("data").path("content").asText(), update.body().toString());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));
            String again = BotHarness.buttonId(update.body().path("data"), "Next");
            assertFalse(again.equals(next), "the new buttons carry the new digest: " + again);
        }
    }

    @Test
    void aSummaryPostedBeforeARestartStillPages() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(java.util.List.of(), 0, 3))) {
            bot.tally.summaryFigures = 60;
            Recorded posted = pinSummary(bot);
            ObjectNode message = bot.discord.messageFrom(posted);
            String next = BotHarness.buttonId(posted.body(), "Next");
            bot.restart();
            Recorded update = click(bot, message, next);
            assertEquals(7, update.body().path("type").asInt(), update.body().toString());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));
        }
    }

    /** /ask as a member; the edit that put the answer in place of the deferral. */
    private static Recorded ask(BotHarness bot, String question) throws InterruptedException {
        long id = bot.discord.nextId();
        bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "ask",
                Payloads.stringOption("question", question)));
        return bot.discord.await("the answer", r -> r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original"));
    }

    /**
     * Round 63: a long /ask answer is a public message members scroll back to; after the pager's hour, or a restart,
     * its Next said "This answer has expired". It is composed again from the question its buttons carry.
     */
    @Test
    void aLongAnswersNextPageIsComposedAgainAfterAnHourAndAfterARestart() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(java.util.List.of(), 0, 3))) {
            Recorded answer = ask(bot, "how many troops were sent?");
            ObjectNode message = bot.discord.messageFrom(answer);
            String next = BotHarness.buttonId(answer.body(), "Next");
            assertTrue(next.contains(":" + ReplyRecipes.ASK + "how many troops were sent?:"), next);

            bot.time.advance(Duration.ofHours(2));
            Recorded update = click(bot, message, next);
            assertEquals(7, update.body().path("type").asInt(), "page 2 in place, not 'expired': " + update.body());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));

            bot.restart();
            update = click(bot, message, next);
            assertEquals(7, update.body().path("type").asInt(), update.body().toString());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));
        }
    }

    /** Round 63: /sources of many articles pages on after the pager's hour, as the summary does. */
    @Test
    void theSourcesNextPageIsComposedAgainAfterAnHour() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(java.util.List.of(), 0, 3))) {
            java.util.List<tally.app.ArticleInfo> many = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                many.add(new tally.app.ArticleInfo(String.format("%03d_report.txt", i), "A report with a long title"
                        + " about the troops, number " + i, "Outlet " + i, "https://example.org/" + i, null, 1));
            }
            bot.tally.articles(many);
            long id = bot.discord.nextId();
            bot.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, Payloads.MEMBER_ID, "sources"));
            Recorded listed = bot.discord.await("the list", r -> r.is("PATCH", "webhooks/\\d+/token-" + id
                    + "/messages/@original"));
            String next = BotHarness.buttonId(listed.body(), "Next");
            bot.time.advance(Duration.ofHours(2));
            Recorded update = click(bot, bot.discord.messageFrom(listed), next);
            assertEquals(7, update.body().path("type").asInt(), "page 2 in place, not 'expired': " + update.body());
            assertTrue(footer(update).contains("Page 2 of"), footer(update));
        }
    }
}
