package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.fake.Payloads;

/** A member's next question is read after their last one in the same channel, for a while, and nobody else's. */
class DiscordFollowUpTest {

    private static final long OTHER_MEMBER = Payloads.MEMBER_ID + 1;

    @Test
    void aMembersNextQuestionIsAskedAfterTheirLastOneButNotAfterAnotherMembers() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode first = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many soldiers were killed according to South Korea?");
            bot.send(first);
            bot.replyTo(first);
            ObjectNode other = bot.message(Payloads.CHANNEL_ID, OTHER_MEMBER, BotHarness.mention() + "and the wounded?");
            bot.send(other);
            bot.replyTo(other);
            assertNull(bot.tally.lastEarlier, "another member's question is not read after the first member's");

            ObjectNode next = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "and how many were wounded?");
            bot.send(next);
            bot.replyTo(next);
            assertEquals(List.of("how many soldiers were killed according to South Korea?"), bot.tally.lastEarlier);

            ObjectNode chained = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, BotHarness.mention() + "and in December?");
            bot.send(chained);
            bot.replyTo(chained);
            assertEquals(List.of("how many soldiers were killed according to South Korea?", "and how many were wounded?"),
                    bot.tally.lastEarlier, "a chain of follow-ups is read after all of the member's last questions");
        }
    }

    @Test
    void aQuestionAskedLongAfterTheLastOneStartsAfresh() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            ObjectNode first = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "how many soldiers were killed according to South Korea?");
            bot.send(first);
            bot.replyTo(first);
            bot.time.advance(Duration.ofMinutes(Conversations.MINUTES + 1));
            ObjectNode later = bot.message(Payloads.CHANNEL_ID, Payloads.MEMBER_ID,
                    BotHarness.mention() + "and how many were wounded?");
            bot.send(later);
            bot.replyTo(later);
            assertNull(bot.tally.lastEarlier, "the last question has expired");
        }
    }
}
