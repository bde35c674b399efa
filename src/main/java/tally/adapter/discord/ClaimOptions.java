package tally.adapter.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.selections.SelectOption;
import tally.model.Claim;

/**
 * Claims as the options of a select menu: the label is the figure in the source's words and who claims it, the
 * description what it counts and when, the value the claim's stable id. Discord allows 25 options: the first 25
 * claims in the order given (an answer's order: newest first in each group).
 */
final class ClaimOptions {
    static final int MAX = 25;
    private static final int TEXT_LIMIT = 100;

    private ClaimOptions() {
    }

    static List<SelectOption> of(List<Claim> claims) {
        List<SelectOption> options = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Claim c : claims) {
            String id = c.moderation().id();
            if (id == null || !seen.add(id)) {
                continue;
            }
            options.add(SelectOption.of(cut(c.figure().text() + " — " + shortName(c)), id).withDescription(cut(
                    c.metric().label() + " · " + (c.claimDate().known() ? c.claimDate().iso() : "date unknown")
                            + " · " + c.sources().get(0).outletOrFile())));
            if (options.size() == MAX) {
                break;
            }
        }
        return options;
    }

    static String shortName(Claim c) {
        if (!c.claimant().known()) {
            return "claimant unknown";
        }
        int comma = c.claimant().name().indexOf(',');
        return comma > 0 ? c.claimant().name().substring(0, comma) : c.claimant().name();
    }

    static String cut(String text) {
        return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 1) + "…";
    }
}
