package tally.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.ActionComponent;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.model.Claim;

/**
 * The controls under every reply that lists figures: a select menu for moderators to correct a figure from its line,
 * and a "Report a figure" button for everyone. The select carries the claims' ids; the report flow reads them back
 * from the message it was clicked on, so the controls keep working after a restart.
 */
final class ClaimControls {
    static final String FIX = "tally:fix";
    static final String REPORT = "tally:report";

    private ClaimControls() {
    }

    /** The two rows for these claims; none when no claim has an id (no moderation store wired). */
    static List<ActionRow> rows(List<Claim> claims) {
        List<SelectOption> options = ClaimOptions.of(claims);
        if (options.isEmpty()) {
            return List.of();
        }
        return List.of(
                ActionRow.of(StringSelectMenu.create(FIX).setPlaceholder("Moderators: correct a figure…")
                        .addOptions(options).build()),
                ActionRow.of(Button.secondary(REPORT, "Report a figure")));
    }

    static List<ActionRow> rows(Answer answer) {
        return rows(claims(answer));
    }

    /** An answer's claims in the order it shows them. */
    static List<Claim> claims(Answer answer) {
        List<Claim> claims = new ArrayList<>();
        for (FigureGroup group : answer.groups()) {
            claims.addAll(group.claims());
        }
        return claims;
    }

    /** The message with these rows added below what it already has (Discord allows five rows in all). */
    static MessageCreateData add(MessageCreateData data, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return data;
        }
        return MessageCreateBuilder.from(data).addComponents(rows).build();
    }

    static MessageEditData add(MessageEditData data, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return data;
        }
        List<MessageTopLevelComponent> all = new ArrayList<>(data.getComponents());
        all.addAll(rows);
        return MessageEditBuilder.from(data).setComponents(all).build();
    }

    /**
     * The correction and report rows of a message Tally sent (and the moderators' select of reported figures), to keep
     * them when its page is turned.
     */
    static List<ActionRow> keptOn(Message message) {
        List<ActionRow> kept = new ArrayList<>();
        for (MessageTopLevelComponentUnion component : message.getComponents()) {
            if (component instanceof ActionRow row && row.getComponents().stream()
                    .anyMatch(c -> c instanceof ActionComponent a && (FIX.equals(a.getCustomId()) || REPORT.equals(a.getCustomId())
                    || ClaimSlashCommand.OPEN.equals(a.getCustomId())))) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The figures listed under a message Tally sent, read from its correction select; empty when it has none. */
    static List<SelectOption> listedOn(Message message) {
        return message.getComponentTree().find(StringSelectMenu.class, m -> FIX.equals(m.getCustomId()))
                .map(StringSelectMenu::getOptions).orElse(List.of());
    }
}
