package tally.adapter.discord;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * A member's reply to one of Tally's answers saying a figure is wrong ("that number is wrong", "incorrect, it was
 * the JCS": the words are {@code disputeWords} in discord.json) gets the report control in return: a short reply listing the answer's figures. What they then choose is
 * answered privately ({@link ReportFlow}); the reply itself names no one and pings no one.
 */
final class Disputes {
    static final String OFFER = "Thanks for checking. Which figure is wrong? Pick it below; what you choose next is "
            + "shown only to you, and goes to the moderators.";

    private Disputes() {
    }

    /** Offers the report control when {@code text}, a reply to an answer of Tally's, says a figure is wrong. */
    static void offerReport(Message reply, String text, BotContext context) {
        Message answer = reply.getReferencedMessage();
        if (answer == null || !context.settings().disputes(text) || context.tally().moderator().isEmpty()) {
            return;
        }
        List<SelectOption> figures = ClaimControls.listedOn(answer);
        if (figures.isEmpty() || !context.access().rights(reply.getChannel()).send()) {
            return;
        }
        reply.reply(new MessageCreateBuilder().setContent(OFFER).setAllowedMentions(Embeds.NO_MENTIONS)
                .setComponents(ActionRow.of(StringSelectMenu.create(ReportFlow.PICK).setPlaceholder("Report a figure")
                        .addOptions(figures).build())).build())
                .mentionRepliedUser(false).queue(null, Failures.log("offer to report a figure in "
                        + ChannelAccess.describe(reply.getChannel())));
    }
}
