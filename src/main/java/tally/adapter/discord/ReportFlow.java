package tally.adapter.discord;

import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import tally.adapter.discord.reply.Markdown;
import tally.app.moderation.Actor;
import tally.app.moderation.Moderator;
import tally.app.moderation.Refusal;
import tally.app.moderation.Report;

/**
 * A member reports a figure, privately: "Report a figure" under an answer asks which figure (the figures listed on
 * that answer), then what is wrong (wrong number, claimant or date, not about North Korean troops, or something else
 * in a few words), and thanks them. Only they see any of it; moderators see it in /claim reports.
 */
final class ReportFlow {
    static final String PICK = "tally:report:pick";
    static final String WHY = "tally:report:why:";
    static final String OTHER = "tally:report:other:";
    private static final int COLOUR = 0x4F6D7A;

    private ReportFlow() {
    }

    /** "Report a figure" was clicked under an answer: which figure? */
    static void start(ButtonInteractionEvent event) {
        List<SelectOption> figures = ClaimControls.listedOn(event.getMessage());
        if (figures.isEmpty()) {
            Moderators.refuse(event, "No figure to report", "This reply lists no figure. Ask again, then report "
                    + "from the answer that shows it.");
            return;
        }
        event.replyEmbeds(panel("Report a figure", "Which figure is wrong? Only you can see this."))
                .setComponents(ActionRow.of(StringSelectMenu.create(PICK).setPlaceholder("Pick the figure")
                        .addOptions(figures).build()))
                .setEphemeral(true).setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }

    /** The member picked the figure: what is wrong with it? */
    static void picked(StringSelectInteractionEvent event) {
        String id = event.getValues().get(0);
        String label = event.getSelectedOptions().isEmpty() ? id : event.getSelectedOptions().get(0).getLabel();
        List<SelectOption> reasons = Arrays.stream(Report.Reason.values())
                .map(r -> SelectOption.of(r.label(), r.id())).toList();
        MessageEmbed embed = panel("Report a figure", "What is wrong with **" + Markdown.quote(label) + "**?");
        ActionRow row = ActionRow.of(StringSelectMenu.create(WHY + id).setPlaceholder("Pick what is wrong")
                .addOptions(reasons).build());
        if (event.getMessage().isEphemeral()) {
            event.editMessageEmbeds(embed).setComponents(row).queue();
        } else {
            // picked from the public reply to a member's "that figure is wrong": answer privately
            event.replyEmbeds(embed).setComponents(row).setEphemeral(true).setAllowedMentions(Embeds.NO_MENTIONS).queue();
        }
    }

    /** The member said what is wrong: file it, or ask for a few words first when it is "other". */
    static void why(StringSelectInteractionEvent event, Moderator moderator) {
        String id = event.getComponentId().substring(WHY.length());
        Report.Reason reason = Report.Reason.byId(event.getValues().get(0)).orElse(Report.Reason.OTHER);
        if (reason == Report.Reason.OTHER) {
            TextInput text = TextInput.create("text", TextInputStyle.SHORT).setRequiredRange(1, Report.TEXT_LIMIT)
                    .setPlaceholder("e.g. the article says 1,000, not 100").build();
            event.replyModal(Modal.create(OTHER + id, "What is wrong with this figure?")
                    .addComponents(Label.of("In a few words", text)).build()).queue();
            return;
        }
        event.editMessageEmbeds(file(moderator, event.getUser().getIdLong(), id, reason, null)).setComponents().queue();
    }

    /** The few words for "other". */
    static void other(ModalInteractionEvent event, Moderator moderator) {
        String id = event.getModalId().substring(OTHER.length());
        ModalMapping text = event.getValue("text");
        event.replyEmbeds(file(moderator, event.getUser().getIdLong(), id, Report.Reason.OTHER,
                text == null ? null : text.getAsString())).setEphemeral(true).setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }

    private static MessageEmbed file(Moderator moderator, long userId, String id, Report.Reason reason, String text) {
        try {
            Report.Filed filed = moderator.report(Actor.discord(userId), id, reason, text);
            return panel("Thank you", (filed.duplicate()
                    ? "You had already reported this figure; your report now says: " + reason.label().toLowerCase(java.util.Locale.ROOT) + "."
                    : "Your report (" + reason.label().toLowerCase(java.util.Locale.ROOT) + ") reached the moderators.")
                    + " They check the article and correct the figure if it is wrong. Only you can see this.");
        } catch (Refusal e) {
            return panel("Not sent", e.getMessage());
        }
    }

    private static MessageEmbed panel(String title, String text) {
        return new EmbedBuilder().setColor(COLOUR).setTitle(title).setDescription(text).build();
    }
}
