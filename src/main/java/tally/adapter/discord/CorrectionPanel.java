package tally.adapter.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.EmbedBuilder;
import tally.adapter.discord.reply.Markdown;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.ChangeText;
import tally.app.moderation.CorrectedClaims;
import tally.app.moderation.Fix;
import tally.app.moderation.Moderator;
import tally.app.moderation.Refusal;
import tally.model.Claim;

/**
 * A moderator's correction of one claim from Discord: a private panel showing the claim, a choice of what to do
 * (hide it, or correct its metric, claimant, relay, date or scope), then a form for the new value and the reason.
 * The same use cases as /claim and the command line; the confirmation names the change and how to undo it.
 */
final class CorrectionPanel {
    static final String PANEL = "tally:panel:";
    static final String FORM = "tally:correct:";

    private CorrectionPanel() {
    }

    /** Replies privately with the panel for a claim, or says it is gone. */
    static void open(IReplyCallback event, Moderator moderator, String claimId) {
        Optional<CorrectedClaims.Entry> entry = moderator.claim(claimId);
        if (entry.isEmpty()) {
            Moderators.refuse(event, "Figure not found", "This figure is no longer in the corpus (an article changed). "
                    + "Ask again to see the figures now.");
            return;
        }
        Claim claim = entry.get().shown() != null ? entry.get().shown() : entry.get().extracted();
        EmbedBuilder embed = new EmbedBuilder().setTitle("Correct a figure").setColor(0x4F6D7A)
                .setDescription(describe(claim, entry.get().id()) + (entry.get().hidden()
                        ? "\n\n**Hidden.** `/claim log` shows the change; `/claim undo` shows it again." : ""))
                .setFooter("Every change is kept in /claim log with who, when and why, and can be undone.");
        StringSelectMenu actions = StringSelectMenu.create(PANEL + entry.get().id()).setPlaceholder("What is wrong?")
                .addOptions(SelectOption.of("Hide it: not a figure about North Korean troops, or no figure at all", "hide"),
                        SelectOption.of("Correct the metric (what is counted)", "metric"),
                        SelectOption.of("Correct the claimant (who says it)", "claimant"),
                        SelectOption.of("Correct the relay (who passed it on)", "relay"),
                        SelectOption.of("Correct the claim date", "date"),
                        SelectOption.of("Correct the scope (total, period, incident...)", "scope"))
                .build();
        event.replyEmbeds(embed.build()).setComponents(ActionRow.of(actions)).setEphemeral(true)
                .setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }

    /** The moderator chose what to do on the panel: the form for it. */
    static void choose(StringSelectInteractionEvent event, Moderator moderator) {
        String id = event.getComponentId().substring(PANEL.length());
        String action = event.getValues().isEmpty() ? "" : event.getValues().get(0);
        Claim claim = moderator.claim(id).map(e -> e.shown() != null ? e.shown() : e.extracted()).orElse(null);
        if (claim == null) {
            Moderators.refuse(event, "Figure not found", "This figure is no longer in the corpus.");
            return;
        }
        TextInput reason = TextInput.create("reason", TextInputStyle.PARAGRAPH).setRequiredRange(1, Moderator.REASON_LIMIT)
                .setPlaceholder("e.g. the article attributes it to the NIS").build();
        Modal.Builder form = Modal.create(FORM + action + ":" + id, title(action));
        if (!action.equals("hide")) {
            form.addComponents(Label.of(label(action), hint(action),
                    TextInput.create("value", TextInputStyle.SHORT).setRequiredRange(1, 200).setValue(current(claim, action)).build()));
        }
        event.replyModal(form.addComponents(Label.of("Why (kept in the log)", reason)).build()).queue();
    }

    /** The form was sent: record the change and confirm it privately. */
    static void submit(ModalInteractionEvent event, Moderator moderator) {
        String[] parts = event.getModalId().substring(FORM.length()).split(":", 2);
        String action = parts[0];
        String id = parts.length > 1 ? parts[1] : "";
        String reason = value(event, "reason");
        String value = value(event, "value");
        Actor actor = Actor.discord(event.getUser().getIdLong());
        try {
            Change change = action.equals("hide") ? moderator.hide(id, reason, actor)
                    : moderator.fix(id, fix(action, value), reason, actor);
            confirm(event, change, moderator);
        } catch (Refusal e) {
            Moderators.refuse(event, "Not changed", e.getMessage());
        }
    }

    /** "Change 7 recorded: ..." privately to the moderator. */
    static void confirm(IReplyCallback event, Change change, Moderator moderator) {
        String reach = change.target() == null ? null : ChangeText.reach(moderator.claim(change.target().id()));
        event.replyEmbeds(new EmbedBuilder().setColor(0x4F6D7A).setTitle("Change " + change.id() + " recorded")
                .setDescription(confirmation(change) + (reach == null ? "" : "\n" + Markdown.quote(reach) + "."))
                .build()).setEphemeral(true)
                .setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }

    /** What a recorded change did, how to undo it, and a note when it set a source the directory does not list. */
    static String confirmation(Change change) {
        String note = ChangeText.unlistedNote(change);
        return Markdown.quote(ChangeText.claim(change.target())) + ": " + Markdown.quote(ChangeText.effect(change))
                + "\nEvery reply shows it now. Undo with `/claim undo change:" + change.id() + "`."
                + (note == null ? "" : "\nNote: " + Markdown.quote(note) + "; if you meant a listed one, undo it and "
                        + "give its id.");
    }

    static String describe(Claim c, String id) {
        String quote = Markdown.shorten(Markdown.quote(c.sources().get(0).quote()), 700);
        return "**" + Markdown.quote(c.figure().text()) + "** — " + Markdown.quote(c.claimant().name())
                + (c.relayedBy() != null ? ", relayed by " + Markdown.quote(c.relayedBy().name()) : "")
                + "\n" + c.metric().label() + " · " + c.scope().label() + " · claimed " + c.claimDate().display()
                + "\n> " + quote + "\n— " + Markdown.quote(c.sources().get(0).outletOrFile()) + " · id `" + id + "`";
    }

    private static Fix fix(String action, String value) {
        return switch (action) {
            case "metric" -> new Fix(value, null, null, null, null);
            case "claimant" -> new Fix(null, value, null, null, null);
            case "relay" -> new Fix(null, null, value, null, null);
            case "date" -> new Fix(null, null, null, value, null);
            case "scope" -> new Fix(null, null, null, null, value);
            default -> throw new Refusal("unknown correction '" + action + "'");
        };
    }

    private static String title(String action) {
        return action.equals("hide") ? "Hide this figure" : "Correct the " + (action.equals("date") ? "claim date" : action);
    }

    private static String label(String action) {
        return "New " + (action.equals("date") ? "claim date" : action);
    }

    private static String hint(String action) {
        return switch (action) {
            case "metric" -> "killed, wounded, killed_or_wounded, captured, deployed or planned_deployment";
            case "scope" -> "total, period, incident, subset or forecast";
            case "date" -> "YYYY-MM-DD for a day, YYYY-MM for a month";
            case "relay" -> "a name or id from the directory, the source's words, or none";
            default -> "a name or id from the directory, or the source's own words";
        };
    }

    private static String current(Claim c, String action) {
        return switch (action) {
            case "metric" -> c.metric().id();
            case "scope" -> c.scope().id();
            case "date" -> c.claimDate().known() ? c.claimDate().iso() : "";
            case "relay" -> c.relayedBy() == null ? "none" : c.relayedBy().name();
            default -> c.claimant().known() ? c.claimant().name() : "";
        };
    }

    private static String value(ModalInteractionEvent event, String field) {
        ModalMapping mapping = event.getValue(field);
        return mapping == null ? "" : mapping.getAsString();
    }

    static boolean handles(GenericComponentInteractionCreateEvent event) {
        return event.getComponentId().startsWith(PANEL);
    }
}
