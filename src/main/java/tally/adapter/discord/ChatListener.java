package tally.adapter.discord;

import net.dv8tion.jda.api.entities.emoji.Emoji;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Answers in chat: any message that mentions Tally or is sent to it directly, and, in the channels listed in the
 * config, on-topic questions without a mention. Off-topic chatter in those channels is left alone.
 */
final class ChatListener extends ListenerAdapter {
    private static final Pattern MENTION = Pattern.compile("<@!?\\d+>");

    private final BotContext context;
    private final Set<String> listenChannels;

    ChatListener(BotContext context) {
        this.context = context;
        this.listenChannels = Set.copyOf(context.settings().listenChannelIds());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || message.isWebhookMessage()) {
            return;
        }
        // A direct message is addressed to Tally as plainly as a mention.
        boolean mentioned = !event.isFromGuild()
                || message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        boolean listening = listenChannels.contains(event.getChannel().getId());
        if (!mentioned && !listening) {
            return;
        }
        String question = MENTION.matcher(message.getContentRaw()).replaceAll(" ").strip();
        if (question.isEmpty()) {
            reply(message, context.replies().help());
            return;
        }
        if (!mentioned && !context.tally().ask(question).parsed().onTopic()) {
            return;
        }
        Duration wait = context.cooldowns().tryAcquire(event.getAuthor().getIdLong());
        if (!wait.isZero()) {
            // A public channel has no ephemeral messages; a reaction tells the member without adding noise.
            message.addReaction(Emoji.fromUnicode("⏳")).queue(null, ignored -> { });
            return;
        }
        reply(message, context.replies().ask(question));
    }

    private void reply(Message message, EmbedPlan plan) {
        message.reply(Embeds.create(plan, 0, context.pager().register(plan))).mentionRepliedUser(false).queue();
    }
}
