package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * Issue 9, points 1, 3 and 6, through real JDA: what counts as a question to Tally in chat. A mention of Tally's own
 * managed role, a reply to one of its answers, and threads and forum posts under a listening channel.
 */
class DiscordAddressingTest {

    @Test
    void aMentionOfTallysOwnManagedRoleIsAnsweredAndTheRoleLeftOutOfTheQuestion() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode otherRole = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    "<@&" + Payloads.MODERATOR_ROLE_ID + "> how many soldiers were killed?");
            bot.send(Payloads.mentioningRoles(otherRole, Payloads.MODERATOR_ROLE_ID));
            ObjectNode viaRole = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    "<@&" + Payloads.BOT_ROLE_ID + "> how many soldiers were killed?");
            bot.send(Payloads.mentioningRoles(viaRole, Payloads.BOT_ROLE_ID));

            Recorded answer = bot.replyTo(viaRole);
            String embed = answer.body().path("embeds").get(0).toString();
            assertTrue(embed.contains("about 300") && embed.contains("unverified"), embed);
            assertTrue(embed.contains("how many soldiers were killed?"), "the question is echoed: " + embed);
            assertFalse(embed.contains(Long.toString(Payloads.BOT_ROLE_ID)), "the role mention is not part of the question: " + embed);
            bot.sentinel(Payloads.CHANNEL_ID);
            assertEquals(List.of(), bot.posts(r -> r.body().toString().contains(otherRole.path("id").asText())),
                    "a mention of another role is not a question to Tally");
        }
    }

    @Test
    void aReplyToAnAnswerIsANewQuestionOnlyWhenItAsksOneOrNamesTally() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode question = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "how many soldiers were killed?");
            bot.send(question);
            ObjectNode answer = bot.discord.messageFrom(bot.replyTo(question));

            // Discord pings the replied-to author by default: each of these lists Tally among its mentions.
            ObjectNode thanks = reply(bot, answer, "thanks!");
            ObjectNode disputes = reply(bot, answer, "that's wrong, 300 killed is NIS propaganda");
            ObjectNode followUp = reply(bot, answer, "and how many soldiers were captured?");
            ObjectNode namesTally = reply(bot, answer, BotHarness.mention() + "thanks");

            Recorded followUpAnswer = bot.replyTo(followUp);
            assertTrue(followUpAnswer.body().path("embeds").get(0).toString().contains("two"));
            bot.replyTo(namesTally);
            bot.sentinel(Payloads.CHANNEL_ID);
            Set<String> answered = answeredIds(bot);
            assertFalse(answered.contains(thanks.path("id").asText()), "'thanks!' in reply is not a question");
            assertFalse(answered.contains(disputes.path("id").asText()), "a reply disputing a figure is not answered as a new question");
        }
    }

    @Test
    void threadsAndForumPostsUnderAListeningChannelAreAnsweredLikeTheirParent() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(Long.toString(Payloads.CHANNEL_ID),
                Long.toString(Payloads.FORUM_ID)), 0, 3))) {
            ObjectNode inThread = bot.message(Payloads.THREAD_ID, Payloads.MEMBER_ID, "how many soldiers were killed");
            bot.send(inThread);
            Recorded threadAnswer = bot.replyTo(inThread);
            assertTrue(threadAnswer.is("POST", "channels/" + Payloads.THREAD_ID + "/messages"), threadAnswer.path());

            long post = bot.discord.nextId();
            bot.discord.createThread(Payloads.thread(post, Payloads.FORUM_ID, "Casualty figures?", Payloads.MEMBER_ID));
            ObjectNode opening = bot.message(post, Payloads.MEMBER_ID, "How many North Korean troops were captured?");
            bot.send(opening);
            Recorded postAnswer = bot.replyTo(opening);
            assertTrue(postAnswer.is("POST", "channels/" + post + "/messages"), postAnswer.path());
            assertTrue(postAnswer.body().path("embeds").get(0).toString().contains("two"));

            ObjectNode chatter = bot.message(Payloads.THREAD_ID, Payloads.MEMBER_ID, "nice weather in the thread");
            bot.send(chatter);
            bot.sentinel(Payloads.THREAD_ID);
            assertFalse(answeredIds(bot).contains(chatter.path("id").asText()), "off-topic chatter in a thread is left alone");
        }
    }

    @Test
    void aThreadUnderAChannelThatIsNotListenedToNeedsAMention() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(Long.toString(Payloads.FORUM_ID)), 0, 3))) {
            ObjectNode unaddressed = bot.message(Payloads.THREAD_ID, Payloads.MEMBER_ID, "how many soldiers were killed");
            bot.send(unaddressed);
            bot.sentinel(Payloads.THREAD_ID);
            assertFalse(answeredIds(bot).contains(unaddressed.path("id").asText()));
        }
    }

    private static ObjectNode reply(BotHarness bot, ObjectNode answer, String text) {
        ObjectNode reply = Payloads.replyingTo(bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, text), answer, true);
        bot.send(reply);
        return reply;
    }

    private static Set<String> answeredIds(BotHarness bot) {
        return bot.posts(r -> true).stream().map(r -> r.body().path("message_reference").path("message_id").asText())
                .collect(Collectors.toSet());
    }
}
