package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * Issue 9, point 2, through real JDA: in a channel whose overwrites take a permission from Tally, the member still gets
 * what Tally can give and the operator a log line naming the permission, once per channel.
 */
class DiscordPermissionsTest {

    @Test
    void withoutEmbedLinksTheSameAnswerComesAsPlainTextWithTheCaveat() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode question = bot.message(Payloads.NO_EMBEDS_CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many soldiers were killed?");
            bot.send(question);
            Recorded answer = bot.replyTo(question);
            String text = answer.body().path("content").asText();
            assertTrue(answer.body().path("embeds").isEmpty(), "no embed where Tally may not embed: " + answer.body());
            for (String expected : List.of("about 300", "some 3,000", "two", "South Korea's National Intelligence Service",
                    "Volodymyr Zelensky", "Yonhap, 2025-01-13 <https://en.yna.co.kr/view/AEN20250113>", FakeTally.CAVEAT)) {
                assertTrue(text.contains(expected), expected + " missing from " + text);
            }
            assertTrue(text.length() <= 2000, "within one message: " + text.length());
            assertEquals(text, bot.discord.messageFrom(answer).path("content").asText(), "members see the text");
            assertNoMentions(answer.body());

            ObjectNode again = bot.message(Payloads.NO_EMBEDS_CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many soldiers were captured?");
            bot.send(again);
            bot.replyTo(again);
            assertEquals(1, bot.log.expect("Embed Links", "#no-embeds", "plain text"), "logged once per channel");
        }
    }

    @Test
    void aLongPlainTextAnswerPagesWithEveryFigureAndTheCaveatOnEachPage() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode question = bot.message(Payloads.NO_EMBEDS_CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many troops were sent");
            bot.send(question);
            Recorded first = bot.replyTo(question);
            List<String> pages = new ArrayList<>(List.of(first.body().path("content").asText()));
            JsonNode buttons = first.body().path("components").get(0).path("components");
            ObjectNode message = bot.discord.messageFrom(first);
            while (!buttons.get(1).path("disabled").asBoolean()) {
                long click = bot.discord.nextId();
                bot.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, Payloads.MEMBER_ID,
                        buttons.get(1).path("custom_id").asText(), message));
                JsonNode update = bot.discord.await("the next page", r -> r.is("POST", "interactions/" + click + "/.*")).body();
                assertEquals(7, update.path("type").asInt(), "the message is edited in place");
                pages.add(update.path("data").path("content").asText());
                buttons = update.path("data").path("components").get(0).path("components");
                assertTrue(update.path("data").path("embeds").isEmpty());
            }
            assertTrue(pages.size() > 2, "sixty long figures need several messages: " + pages.size());
            Set<Integer> figures = new TreeSet<>();
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                assertTrue(page.length() <= 2000, "page " + (i + 1) + " has " + page.length() + " characters");
                assertTrue(page.contains(FakeTally.CAVEAT) && page.contains("page " + (i + 1) + " of " + pages.size()), page);
                Matcher figure = Pattern.compile("deployment figure (\\d+)\\*\\*").matcher(page);
                while (figure.find()) {
                    assertTrue(figures.add(Integer.parseInt(figure.group(1))), "figure " + figure.group(1) + " shown twice");
                }
            }
            assertEquals(60, figures.size(), "every figure, none lost between pages: " + figures);
            bot.log.expect("Embed Links", "#no-embeds");
        }
    }

    @Test
    void withoutSendMessagesTallyReactsAndTheOperatorIsToldOnceWithThePermissionsName() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            for (int i = 0; i < 2; i++) {
                ObjectNode question = bot.message(Payloads.READ_ONLY_CHANNEL_ID, Payloads.MEMBER_ID,
                        BotHarness.mention() + "how many soldiers were killed?");
                bot.send(question);
                bot.discord.await("the 🔇 reaction", r -> r.is("PUT", "channels/" + Payloads.READ_ONLY_CHANNEL_ID
                        + "/messages/" + question.path("id").asText() + "/reactions/" + ChatListener.CANNOT_POST.getName() + "/@me"));
            }
            assertEquals(1, bot.log.expect("Tally lacks Send Messages in #announcements", "reaction"));
            bot.sentinel(Payloads.CHANNEL_ID);
            assertEquals(List.of(), bot.posts(r -> r.path().contains(Long.toString(Payloads.READ_ONLY_CHANNEL_ID))),
                    "nothing is posted where Tally may not post");
        }
    }

    @Test
    void withNeitherSendMessagesNorAddReactionsNothingIsSentAndTheOperatorIsTold() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            bot.send(bot.message(Payloads.MUTED_CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many were killed?"));
            assertEquals(1, bot.log.expect("Tally lacks Send Messages in #muted", "cannot even react"));
            bot.sentinel(Payloads.CHANNEL_ID);
            assertTrue(bot.discord.requests().stream().noneMatch(r -> r.path().contains(Long.toString(Payloads.MUTED_CHANNEL_ID))));
        }
    }

    @Test
    void withoutReadMessageHistoryTheAnswerIsPostedWithoutQuotingTheQuestion() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            bot.send(bot.message(Payloads.NO_HISTORY_CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many were captured?"));
            Recorded answer = bot.discord.await("the answer", r -> r.is("POST", "channels/" + Payloads.NO_HISTORY_CHANNEL_ID + "/messages"));
            assertFalse(answer.body().has("message_reference"), "a reply needs Read Message History: " + answer.body());
            assertTrue(answer.body().path("embeds").get(0).toString().contains("two"));
            assertEquals(1, bot.log.expect("Tally lacks Read Message History in #no-history"));
        }
    }

    @Test
    void aRequestDiscordRefusesIsLoggedWithWhatFailedAndWhy() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            bot.discord.revokeQuietly(Payloads.CHANNEL_ID, Payloads.SEND_MESSAGES);
            bot.send(bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many were killed?"));
            assertEquals(1, bot.log.expect("Could not post an answer in #war-figures", "50013", "Missing Permissions"));
        }
    }

    private static void assertNoMentions(JsonNode body) {
        JsonNode allowed = body.path("allowed_mentions");
        assertTrue(allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), "allowed_mentions.parse must be []: " + body);
        assertFalse(allowed.path("replied_user").asBoolean(false), "no reply ping");
    }
}
