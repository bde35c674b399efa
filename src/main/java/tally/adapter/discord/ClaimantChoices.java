package tally.adapter.discord;

import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import tally.app.Tally;

/**
 * The claimant suggestions every command with a {@code claimant} option offers as a member types: claimants whose name
 * or id contains what was typed, in the directory's order, at most Discord's 25, each name cut to Discord's 100
 * characters, the value the claimant's id.
 */
final class ClaimantChoices {

    private ClaimantChoices() {
    }

    /** @param typed what the member typed, already lower-cased */
    static List<Command.Choice> matching(Tally tally, String typed) {
        return tally.claimants().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(typed) || c.id().contains(typed))
                .limit(ClaimOptions.MAX)
                .map(c -> new Command.Choice(ClaimOptions.cut(c.name()), c.id()))
                .toList();
    }
}
