package tally.adapter.discord;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.restaction.pagination.PinnedMessagePaginationAction.PinnedMessage;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;

/**
 * /summary [pin] — moderators post the summary of all figures, optionally pinned. A new pinned summary marks the
 * earlier pinned summaries in that channel as superseded and unpins them, so the pins never show two competing
 * summaries. They are found among the channel's pins, so this also works across restarts.
 */
final class SummaryCommand implements SlashCommand {
    /** Pinning needs both since Discord split Pin Messages from Manage Messages (January 2026). */
    static final EnumSet<Permission> PIN_NEEDS = EnumSet.of(Permission.PIN_MESSAGES, Permission.MESSAGE_HISTORY);
    static final EnumSet<Permission> POST_NEEDS =
            EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

    /** Discord's limit of pinned messages per channel. */
    static final int MAX_PINS = 250;
    static final String FULL_PINS = "this channel already holds 250 pinned messages, Discord's limit. "
            + "Unpin an old message, then run /summary pin:true again (or /summary without pin).";
    static final String SUPERSEDED = "Superseded";

    private static final java.util.function.Consumer<Throwable> TELL_FAILED = Failures.log("tell the moderator how /summary went");

    private final BotContext context;
    private final @org.jspecify.annotations.Nullable PinnedSummaries pins;

    SummaryCommand(BotContext context) {
        this(context, null);
    }

    /** @param pins keeps the summaries this command pins current; null where no moderation store is wired */
    SummaryCommand(BotContext context, @org.jspecify.annotations.Nullable PinnedSummaries pins) {
        this.context = context;
        this.pins = pins;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("summary", "Moderators: post a summary of all figures in this channel")
                .addOption(OptionType.BOOLEAN, "pin", "Pin it (the previous pinned summary is marked superseded)", false)
                .setContexts(InteractionContextType.GUILD)
                // Hidden from members by default; moderators by role are let in by a server admin, and checked below.
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        if (member == null || !(event.getChannel() instanceof GuildMessageChannel channel)) {
            BotContext.refuse(event, "Only in a server", "Run /summary in a server channel.");
            return;
        }
        if (!Moderators.includes(member, context.settings())) {
            BotContext.refuse(event, "Moderators only", Moderators.who(context.settings())
                    + " may post summaries. Ask a moderator, or use /ask to see the figures yourself.");
            return;
        }
        boolean pin = event.getOption("pin", false, OptionMapping::getAsBoolean);
        EnumSet<Permission> missing = missingPermissions(channel, pin);
        if (!missing.isEmpty()) {
            BotContext.refuse(event, "Missing permissions", "Tally needs " + names(missing) + " in this channel"
                    + (pin ? " to post and pin" : " to post") + " the summary. Ask an admin to grant them in the channel's settings.");
            return;
        }
        event.deferReply(true).queue(null, Failures.log("acknowledge /summary"));
        if (pin) {
            postAndPin(event, channel);
        } else {
            post(event.getHook(), channel, List.of(), false);
        }
    }

    /** Checked from the cached permissions before anything is sent, so a refusal can say exactly what is missing. */
    static EnumSet<Permission> missingPermissions(GuildMessageChannel channel, boolean pin) {
        EnumSet<Permission> needs = EnumSet.copyOf(POST_NEEDS);
        if (pin) {
            needs.addAll(PIN_NEEDS);
        }
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        needs.stream().filter(p -> !channel.getGuild().getSelfMember().hasPermission(channel, p)).forEach(missing::add);
        return missing;
    }

    private void postAndPin(SlashCommandInteractionEvent event, GuildMessageChannel channel) {
        // Read the pins first: the channel may be full, and earlier summaries (also from before a restart) are there.
        channel.retrievePinnedMessages().takeAsync(MAX_PINS).whenComplete((pins, error) -> {
            if (error != null) {
                Failures.log("read the pins of " + ChannelAccess.describe(channel)).accept(error);
                event.getHook().editOriginal(Embeds.text("Could not read this channel's pins (" + Failures.why(error)
                        + "). Check that Tally has Read Message History here, then try again.")).queue(null, TELL_FAILED);
            } else if (pins.size() >= MAX_PINS) {
                event.getHook().editOriginal(Embeds.text("Not posted: " + FULL_PINS)).queue(null, TELL_FAILED);
            } else {
                long self = channel.getJDA().getSelfUser().getIdLong();
                post(event.getHook(), channel, pins.stream().map(PinnedMessage::getMessage)
                        .filter(m -> m.getAuthor().getIdLong() == self && isSummary(m)).toList(), true);
            }
        });
    }

    private void post(InteractionHook hook, GuildMessageChannel channel, List<Message> previous, boolean pin) {
        EmbedPlan plan = context.replies().summary();
        channel.sendMessage(ClaimControls.add(Embeds.create(plan, 0, context.pager().register(plan, ReplyRecipes.SUMMARY)),
                BotContext.controls(() -> context.controls().summary(), "the summary"))).queue(
                message -> afterPost(hook, channel, message, previous, pin),
                error -> {
                    Failures.log("post the summary in " + ChannelAccess.describe(channel)).accept(error);
                    hook.editOriginal(Embeds.text("Could not post the summary: " + Failures.why(error))).queue(null, TELL_FAILED);
                });
    }

    static boolean isSummary(Message message) {
        return !message.getContentRaw().startsWith(SUPERSEDED) && message.getEmbeds().stream()
                .anyMatch(e -> Replies.SUMMARY_TITLE.equals(e.getTitle()));
    }

    private void afterPost(InteractionHook hook, GuildMessageChannel channel, Message message, List<Message> previous, boolean pin) {
        if (!pin) {
            hook.editOriginal(Embeds.text("Posted the summary.")).queue(null, TELL_FAILED);
            return;
        }
        message.pin().queue(done -> {
            if (pins != null) {
                pins.pinned(channel, message);
            }
            previous.forEach(old -> supersede(channel, old.getIdLong(), message));
            hook.editOriginal(Embeds.text("Posted and pinned the summary."
                    + (previous.isEmpty() ? "" : " The previous pinned summary is marked superseded and unpinned."))).queue(null, TELL_FAILED);
        }, error -> {
            Failures.log("pin the summary in " + ChannelAccess.describe(channel)).accept(error);
            hook.editOriginal(Embeds.text(pinFailure(error))).queue(null, TELL_FAILED);
        });
    }

    private void supersede(GuildMessageChannel channel, long previous, Message replacement) {
        if (pins != null) {
            pins.superseded(previous);
        }
        String where = " in " + ChannelAccess.describe(channel);
        Runnable unpin = () -> channel.unpinMessageById(previous).queue(null, Failures.log("unpin the superseded summary" + where));
        channel.editMessageById(previous, Embeds.text(SUPERSEDED + " by a newer summary: " + replacement.getJumpUrl())).queue(
                ok -> unpin.run(), error -> {
                    Failures.log("mark the previous summary superseded" + where).accept(error);
                    unpin.run();
                });
    }

    static String pinFailure(Throwable error) {
        if (error instanceof ErrorResponseException response) {
            if (response.getErrorResponse() == ErrorResponse.MAX_MESSAGE_PINS) {
                return "Posted, but not pinned: " + FULL_PINS;
            }
            if (response.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS) {
                return "Posted, but not pinned: Tally lacks Pin Messages or Read Message History in this channel. "
                        + "Ask an admin to grant them, then run /summary pin:true again.";
            }
        }
        return "Posted, but pinning failed (" + error.getMessage() + "). Try /summary pin:true again later.";
    }

    private static String names(EnumSet<Permission> permissions) {
        return String.join(", ", permissions.stream().map(ChannelAccess::name).toList());
    }
}
