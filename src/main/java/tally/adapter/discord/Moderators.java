package tally.adapter.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

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

    /** As {@link #includes}, false outside a server (no member). */
    static boolean is(@Nullable Member member, DiscordSettings settings) {
        return member != null && includes(member, settings);
    }

    /** Lets a moderator through; refuses anyone else privately, saying what they can do instead. */
    static boolean admit(IReplyCallback event, DiscordSettings settings, String whatInstead) {
        if (is(event.getMember(), settings)) {
            return true;
        }
        refuse(event, "Moderators only", who(settings) + " may do this." + (whatInstead.isEmpty() ? "" : " " + whatInstead));
        return false;
    }

    /** An ephemeral refusal or error that says what to do. */
    static void refuse(IReplyCallback event, String title, String whatToDo) {
        event.replyEmbeds(Embeds.embed(EmbedPlan.problem(title, whatToDo).page(0), true)).setEphemeral(true)
                .setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }
}
