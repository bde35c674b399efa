package tally.adapter.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/** Who may use the moderators' commands: members with Manage Messages, or with a role named in {@code moderatorRoles}. */
final class Moderators {
    private Moderators() {
    }

    static boolean includes(Member member, DiscordSettings settings) {
        return member.hasPermission(Permission.MESSAGE_MANAGE) || member.getRoles().stream()
                .anyMatch(r -> settings.moderatorRoles().stream().anyMatch(r.getName()::equalsIgnoreCase));
    }

    /** "Only members with Manage Messages (or the role Moderator) may ..." */
    static String who(DiscordSettings settings) {
        List<String> roles = settings.moderatorRoles();
        return "Only members with Manage Messages" + (roles.isEmpty() ? "" : " or the role " + String.join(" / ", roles));
    }
}
