package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "how many soldiers were killed according to South Korea?");
            bot.ask(Payloads.CHANNEL_ID, OTHER_MEMBER, "and the wounded?");
            assertNull(bot.tally.lastEarlier, "another member's question is not read after the first member's");

            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "and how many were wounded?");
            assertEquals(List.of("how many soldiers were killed according to South Korea?"), bot.tally.lastEarlier);

            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "and in December?");
            assertEquals(List.of("how many soldiers were killed according to South Korea?", "and how many were wounded?"),
                    bot.tally.lastEarlier, "a chain of follow-ups is read after all of the member's last questions");
        }
    }

    @Test
    void aQuestionAskedLongAfterTheLastOneStartsAfresh() throws Exception {
        try (BotHarness bot = new BotHarness(BotHarness.settings(List.of(), 0, 3))) {
            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "how many soldiers were killed according to South Korea?");
            bot.time.advance(Duration.ofMinutes(Conversations.MINUTES + 1));
            bot.ask(Payloads.CHANNEL_ID, Payloads.MEMBER_ID, "and how many were wounded?");
            assertNull(bot.tally.lastEarlier, "the last question has expired");
        }
    }
}
