package tally.adapter.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Tally may do in a chat channel, from its effective permissions there (its roles and the channel's overwrites, a
 * thread's taken from its parent), checked before it answers, so that a missing permission changes how it answers
 * instead of making the answer fail. Each missing permission is logged once per channel, by name, with what members
 * see and how to fix it.
 */
final class ChannelAccess {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelAccess.class);

    /** What Tally may do in one channel. {@code react} includes Read Message History, which reacting needs. */
    record Rights(boolean send, boolean embed, boolean history, boolean react) {
        static final Rights ALL = new Rights(true, true, true, true);
    }

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** Tally's rights in the channel; everything in a direct message. */
    Rights rights(MessageChannel channel) {
        if (!(channel instanceof GuildMessageChannel guildChannel)) {
            return Rights.ALL;
        }
        Member self = guildChannel.getGuild().getSelfMember();
        boolean history = self.hasPermission(guildChannel, Permission.MESSAGE_HISTORY);
        // canTalk: View Channel and Send Messages, or Send Messages in Threads in a thread
        return new Rights(guildChannel.canTalk(), self.hasPermission(guildChannel, Permission.MESSAGE_EMBED_LINKS),
                history, history && self.hasPermission(guildChannel, Permission.MESSAGE_ADD_REACTION));
    }

    /** The permission that lets Tally post in this channel: Send Messages, or Send Messages in Threads in a thread. */
    static Permission sendPermission(MessageChannel channel) {
        return channel instanceof ThreadChannel ? Permission.MESSAGE_SEND_IN_THREADS : Permission.MESSAGE_SEND;
    }

    /** Logs, once for this channel, that {@code permission} is missing and what that does to members. */
    void missing(MessageChannel channel, Permission permission, String consequence) {
        if (logged.add(channel.getId() + "/" + permission.name())) {
            LOG.warn("Tally lacks {} in {}: {}. Grant it to Tally in that channel (Edit Channel > Permissions) or in its role.",
                    name(permission), describe(channel), consequence);
        }
    }

    /** The permission as Discord's channel settings name it (JDA shortens Read Message History to "Read History"). */
    static String name(Permission permission) {
        return permission == Permission.MESSAGE_HISTORY ? "Read Message History" : permission.getName();
    }

    /** "#name (channel 123, server 'War watchers')", or for a thread "thread 'name' in #parent (...)". */
    static String describe(MessageChannel channel) {
        if (channel instanceof ThreadChannel thread) {
            return "thread '" + thread.getName() + "' in #" + thread.getParentChannel().getName() + " (thread "
                    + thread.getId() + ", server '" + thread.getGuild().getName() + "')";
        }
        if (channel instanceof GuildMessageChannel guildChannel) {
            return "#" + channel.getName() + " (channel " + channel.getId() + ", server '" + guildChannel.getGuild().getName() + "')";
        }
        return "a direct message (channel " + channel.getId() + ")";
    }
}
