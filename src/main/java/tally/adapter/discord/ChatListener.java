package tally.adapter.discord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import tally.adapter.discord.ChannelAccess.Rights;
import tally.adapter.discord.reply.EmbedPlan;

/**
 * Answers in chat (see {@link Addressing} for what counts as a question to Tally). Before answering it checks what it
 * may do in the channel: without Embed Links the answer comes as plain text, without Read Message History it is posted
 * without quoting the question, and without Send Messages the member gets a 🔇 reaction (if Tally may react) and the
 * operator a log line. A member over their allowance gets ⏳, and the question is answered when the allowance returns
 * (the ⏳ is then removed); a question whose answer is still in the cache costs nothing.
 */
final class ChatListener extends ListenerAdapter {
    static final Emoji WAITING = Emoji.fromUnicode("⏳");
    static final Emoji CANNOT_POST = Emoji.fromUnicode("🔇");
    static final Emoji TOO_MANY = Emoji.fromUnicode("✋");

    private final BotContext context;
    private final Addressing addressing;
    /** Questions held until their asker's allowance returns, by message id; a deleted question is dropped. */
    private final Map<Long, Boolean> held = new ConcurrentHashMap<>();

    ChatListener(BotContext context) {
        this.context = context;
        this.addressing = new Addressing(java.util.Set.copyOf(context.settings().listenChannelIds()));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || message.isWebhookMessage()) {
            return;
        }
        Addressing.Addressed addressed = addressing.of(event);
        String question = addressed.question();
        switch (addressed.kind()) {
            case NONE:
                return;
            case LISTENING:
                if (question.isEmpty() || !onTopic(question)) {
                    return;
                }
                break;
            case REPLY_TO_TALLY:
                if (!Addressing.asksSomething(question) || !onTopic(question)) {
                    // A reply to an answer that asks nothing ("thanks", "that's wrong") is not a new question; one
                    // that says a figure is wrong is offered the "Report a figure" control, privately answered.
                    Disputes.offerReport(message, question, context);
                    return;
                }
                break;
            case DIRECT:
                break;
        }
        answer(message, question);
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        held.remove(event.getMessageIdLong());
    }

    private void answer(Message message, String question) {
        Rights rights = context.access().rights(message.getChannel());
        if (!rights.send()) {
            cannotPost(message, rights);
            return;
        }
        if (question.isEmpty()) {
            deliver(message, context.replies().help(), ReplyRecipes.HELP, null, List.of());
            return;
        }
        long channel = message.getChannel().getIdLong();
        long asker = message.getAuthor().getIdLong();
        List<String> earlier = context.conversations().earlier(channel, asker);
        context.conversations().asked(channel, asker, question);
        Optional<EmbedPlan> cached = context.replies().cached(question, earlier);
        if (cached.isPresent()) {
            answer(message, cached.get(), question, earlier);
            return;
        }
        Duration wait = context.cooldowns().reserve(message.getAuthor().getIdLong());
        if (wait == null) {
            react(message, rights, TOO_MANY);
        } else if (wait.isZero()) {
            answer(message, context.replies().ask(question, earlier), question, earlier);
        } else {
            hold(message, question, earlier, wait, rights);
        }
    }

    /** Marks the question ⏳ and answers it when the asker's allowance returns, unless it was deleted meanwhile. */
    private void hold(Message message, String question, List<String> earlier, Duration wait, Rights rights) {
        long id = message.getIdLong();
        held.put(id, Boolean.TRUE);
        boolean marked = rights.react();
        context.scheduler().schedule(wait, () -> {
            if (held.remove(id) == null) {
                return;
            }
            if (marked) {
                message.removeReaction(WAITING).queue(null, Failures.log("remove the ⏳ from a question in "
                        + ChannelAccess.describe(message.getChannel())));
            }
            answer(message, context.replies().ask(question, earlier), question, earlier);
        });
        react(message, rights, WAITING);
    }

    /** How many questions wait for their askers' allowance (for tests). */
    int held() {
        return held.size();
    }

    /** Reacts if Tally may; returns whether it tried. */
    private boolean react(Message message, Rights rights, Emoji emoji) {
        if (!rights.react()) {
            Permission missing = rights.history() ? Permission.MESSAGE_ADD_REACTION : Permission.MESSAGE_HISTORY;
            context.access().missing(message.getChannel(), missing, "a member who asks too often there is not shown "
                    + WAITING.getName() + " or " + TOO_MANY.getName() + " (held questions are still answered in turn)");
            return false;
        }
        message.addReaction(emoji).queue(null, Failures.log("react " + emoji.getName() + " to a question in "
                + ChannelAccess.describe(message.getChannel())));
        return true;
    }

    private void cannotPost(Message message, Rights rights) {
        MessageChannel channel = message.getChannel();
        Permission send = ChannelAccess.sendPermission(channel);
        if (rights.react()) {
            context.access().missing(channel, send, "members who ask there get a " + CANNOT_POST.getName()
                    + " reaction instead of an answer");
            message.addReaction(CANNOT_POST).queue(null, Failures.log("react " + CANNOT_POST.getName() + " in "
                    + ChannelAccess.describe(channel)));
        } else {
            context.access().missing(channel, send, "questions asked there go unanswered, and Tally cannot even react"
                    + " (it lacks Add Reactions or Read Message History there too)");
        }
    }

    /** The answer to {@code asked}, read after {@code earlier}: {@link #deliver} with its recipe and controls. */
    private void answer(Message question, EmbedPlan plan, String asked, List<String> earlier) {
        deliver(question, plan, ReplyRecipes.answer(context.tally(), asked, earlier), asked, earlier);
    }

    /**
     * Posts the reply as the channel allows (checked again, since a held question is answered later): embeds, or
     * plain text without Embed Links; as a reply to the question, or without the quote lacking Read Message History.
     * {@code recipe} composes it again when its pages are forgotten ({@link ReplyRecipes}); an answer to {@code asked}
     * (read after {@code earlier}) has the correction and report controls of the claims it shows.
     */
    private void deliver(Message question, EmbedPlan plan, String recipe, @Nullable String asked, List<String> earlier) {
        MessageChannel channel = question.getChannel();
        Rights rights = context.access().rights(channel);
        if (!rights.send()) {
            cannotPost(question, rights);
            return;
        }
        MessageCreateData data;
        if (rights.embed()) {
            data = Embeds.create(plan, 0, context.pager().register(plan, recipe));
        } else {
            context.access().missing(channel, Permission.MESSAGE_EMBED_LINKS,
                    "answers there are sent as plain text in pages of 2,000 characters");
            List<String> pages = PlainText.pages(plan);
            data = Embeds.createText(pages, 0, context.pager().registerText(pages, plan, recipe));
        }
        String what = "post an answer in " + ChannelAccess.describe(channel);
        if (asked != null) {
            data = ClaimControls.add(data, BotContext.controls(() -> context.controls().ask(asked, earlier), what));
        }
        try {
            if (rights.history()) {
                question.reply(data).mentionRepliedUser(false).queue(null, Failures.log(what));
            } else {
                context.access().missing(channel, Permission.MESSAGE_HISTORY,
                        "answers there cannot quote the question they answer, and come as plain posts");
                channel.sendMessage(data).queue(null, Failures.log(what));
            }
        } catch (RuntimeException e) {
            Failures.now(what, e);
        }
    }

    private boolean onTopic(String question) {
        return context.tally().ask(question).parsed().onTopic();
    }
}
