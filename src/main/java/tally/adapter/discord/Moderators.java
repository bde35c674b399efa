package tally.adapter.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Who may correct figures and read reports: members with Manage Messages in the channel, or one of the roles named in
 * config/discord.json ({@code moderatorRoles}). Everyone else is refused, privately, with what they can do instead.
 */
final class Moderators {

    private Moderators() {
    }

    static boolean is(@Nullable Member member, DiscordSettings settings) {
        return member != null && (member.hasPermission(Permission.MESSAGE_MANAGE) || member.getRoles().stream()
                .anyMatch(r -> settings.moderatorRoles().stream().anyMatch(r.getName()::equalsIgnoreCase)));
    }

    /** Refuses a member ephemerally; returns false. */
    static boolean admit(IReplyCallback event, DiscordSettings settings, String whatInstead) {
        if (is(event.getMember(), settings)) {
            return true;
        }
        String roles = settings.moderatorRoles().isEmpty() ? "" : " or the role " + String.join(" / ", settings.moderatorRoles());
        refuse(event, "Moderators only", "Only members with Manage Messages" + roles + " may do this. " + whatInstead);
        return false;
    }

    /** An ephemeral refusal or error that says what to do. */
    static void refuse(IReplyCallback event, String title, String whatToDo) {
        event.replyEmbeds(Embeds.embed(EmbedPlan.problem(title, whatToDo).page(0), true)).setEphemeral(true)
                .setAllowedMentions(Embeds.NO_MENTIONS).queue();
    }
}
