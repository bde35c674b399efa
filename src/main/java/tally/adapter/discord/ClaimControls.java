package tally.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
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

    /** The figures listed under a message Tally sent, read from its correction select; empty when it has none. */
    static List<SelectOption> listedOn(Message message) {
        return message.getComponentTree().find(StringSelectMenu.class, m -> FIX.equals(m.getCustomId()))
                .map(StringSelectMenu::getOptions).orElse(List.of());
    }
}
