package tally.adapter.discord;

import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.jspecify.annotations.Nullable;

/**
 * Whether a chat message is addressed to Tally, and the question in it. Tally is addressed by a direct message, by a
 * mention of its user or of its own managed role (Discord's member list and mention picker often insert the role
 * Discord created for the bot instead of the bot), or by any message in a listening channel and the threads and forum
 * posts under it. A reply to one of Tally's answers pings Tally without naming it: it is a question to Tally only when
 * it names Tally in its text or is itself a question (see {@link #asksSomething}).
 */
final class Addressing {
    private static final Pattern USER_MENTION = Pattern.compile("<@!?\\d+>");

    /** How a message reached Tally. */
    enum Kind {
        /** Not addressed to Tally: ignored. */
        NONE,
        /** A direct message, or Tally named in the text (user or managed-role mention): always answered. */
        DIRECT,
        /** A message in a listening channel (or a thread or post under one): answered when on topic. */
        LISTENING,
        /** A reply to one of Tally's messages that does not name Tally: answered only when it asks something on topic. */
        REPLY_TO_TALLY
    }

    record Addressed(Kind kind, String question) {
    }

    private final Set<String> listenChannels;

    Addressing(Set<String> listenChannels) {
        this.listenChannels = Set.copyOf(listenChannels);
    }

    Addressed of(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        Role botRole = event.isFromGuild() ? event.getGuild().getBotRole() : null;
        String text = message.getContentRaw();
        String question = question(text, botRole);
        if (!event.isFromGuild() || namesTally(text, self, botRole)) {
            return new Addressed(Kind.DIRECT, question);
        }
        Message referenced = message.getReferencedMessage();
        if (referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong()) {
            return new Addressed(Kind.REPLY_TO_TALLY, question);
        }
        if (message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return new Addressed(Kind.DIRECT, question);
        }
        return new Addressed(listens(event.getChannel()) ? Kind.LISTENING : Kind.NONE, question);
    }

    /** A listening channel, or a thread or forum post whose parent is one. */
    boolean listens(MessageChannel channel) {
        if (listenChannels.contains(channel.getId())) {
            return true;
        }
        return channel instanceof ThreadChannel thread && listenChannels.contains(thread.getParentChannel().getId());
    }

    /**
     * Whether a reply's text asks something: it holds a question mark (or the full-width one of Chinese, Japanese and
     * Korean text). "Thanks!" or "that's wrong" do not; whether a question is about Tally's topic is the question
     * parser's call.
     */
    static boolean asksSomething(String text) {
        return text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0;
    }

    private static boolean namesTally(String text, User self, @Nullable Role botRole) {
        return text.contains("<@" + self.getId() + ">") || text.contains("<@!" + self.getId() + ">")
                || botRole != null && text.contains(botRole.getAsMention());
    }

    /** The text without user mentions and without the mention of Tally's own role. */
    private static String question(String text, @Nullable Role botRole) {
        String withoutRole = botRole == null ? text : text.replace(botRole.getAsMention(), " ");
        return USER_MENTION.matcher(withoutRole).replaceAll(" ").strip();
    }
}
