package tally.adapter.discord;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
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

/**
 * /summary [pin] — moderators post the summary of all figures, optionally pinned. A new pinned summary marks the
 * previous one in that channel as superseded and unpins it, so the pins never show two competing summaries.
 */
final class SummaryCommand implements SlashCommand {
    /** Pinning needs both since Discord split Pin Messages from Manage Messages (January 2026). */
    static final EnumSet<Permission> PIN_NEEDS = EnumSet.of(Permission.PIN_MESSAGES, Permission.MESSAGE_HISTORY);
    static final EnumSet<Permission> POST_NEEDS =
            EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

    private final BotContext context;
    private final Map<Long, Long> pinnedSummaryByChannel = new ConcurrentHashMap<>();

    SummaryCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("summary", "Moderators: post a summary of all figures in this channel")
                .addOption(OptionType.BOOLEAN, "pin", "Pin it (the previous pinned summary is marked superseded)", false)
                .setContexts(net.dv8tion.jda.api.interactions.InteractionContextType.GUILD)
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
        if (!isModerator(member)) {
            BotContext.refuse(event, "Moderators only", "Only members with Manage Messages"
                    + roles() + " may post summaries. Ask a moderator, or use /ask to see the figures yourself.");
            return;
        }
        boolean pin = event.getOption("pin", false, OptionMapping::getAsBoolean);
        EnumSet<Permission> needs = EnumSet.copyOf(POST_NEEDS);
        if (pin) {
            needs.addAll(PIN_NEEDS);
        }
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        needs.stream().filter(p -> !channel.getGuild().getSelfMember().hasPermission(channel, p)).forEach(missing::add);
        if (!missing.isEmpty()) {
            BotContext.refuse(event, "Missing permissions", "Tally needs " + names(missing) + " in this channel"
                    + (pin ? " to post and pin" : " to post") + " the summary. Ask an admin to grant them in the channel's settings.");
            return;
        }
        event.deferReply(true).queue();
        EmbedPlan plan = context.replies().summary();
        channel.sendMessage(Embeds.create(plan, 0, context.pager().register(plan))).queue(
                message -> afterPost(event.getHook(), channel, message, pin),
                error -> event.getHook().editOriginal(Embeds.text("Could not post the summary: " + error.getMessage())).queue());
    }

    boolean isModerator(Member member) {
        return member.hasPermission(Permission.MESSAGE_MANAGE)
                || member.getRoles().stream().anyMatch(r -> context.settings().moderatorRoles().stream().anyMatch(r.getName()::equalsIgnoreCase));
    }

    private void afterPost(InteractionHook hook, GuildMessageChannel channel, Message message, boolean pin) {
        if (!pin) {
            hook.editOriginal(Embeds.text("Posted the summary.")).queue();
            return;
        }
        message.pin().queue(done -> {
            Long previous = pinnedSummaryByChannel.put(channel.getIdLong(), message.getIdLong());
            if (previous != null) {
                supersede(channel, previous, message);
            }
            hook.editOriginal(Embeds.text("Posted and pinned the summary."
                    + (previous != null ? " The previous pinned summary is marked superseded and unpinned." : ""))).queue();
        }, error -> hook.editOriginal(Embeds.text(pinFailure(error))).queue());
    }

    private static void supersede(GuildMessageChannel channel, long previous, Message replacement) {
        channel.editMessageById(previous, Embeds.text("Superseded by a newer summary: " + replacement.getJumpUrl())).queue(
                ok -> channel.unpinMessageById(previous).queue(), ignored -> channel.unpinMessageById(previous).queue());
    }

    static String pinFailure(Throwable error) {
        if (error instanceof ErrorResponseException response) {
            if (response.getErrorResponse() == ErrorResponse.MAX_MESSAGE_PINS) {
                return "Posted, but not pinned: this channel already holds 250 pinned messages, Discord's limit. "
                        + "Unpin an old message, then run /summary pin:true again.";
            }
            if (response.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS) {
                return "Posted, but not pinned: Tally lacks Pin Messages or Read Message History in this channel. "
                        + "Ask an admin to grant them, then run /summary pin:true again.";
            }
        }
        return "Posted, but pinning failed (" + error.getMessage() + "). Try /summary pin:true again later.";
    }

    private String roles() {
        return context.settings().moderatorRoles().isEmpty() ? "" : " or the role " + String.join(" / ", context.settings().moderatorRoles());
    }

    private static String names(EnumSet<Permission> permissions) {
        return String.join(", ", permissions.stream().map(Permission::getName).toList());
    }
}
