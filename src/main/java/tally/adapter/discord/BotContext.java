package tally.adapter.discord;

import java.util.List;
import org.jspecify.annotations.Nullable;
import net.dv8tion.jda.api.components.actionrow.ActionRow;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;
import tally.app.Tally;

/**
 * What every command shares: the port, the replies, the cooldowns, the pager, the settings, what Tally may do in
 * each channel, time (the clock for what moderators are shown, the scheduler for held questions), and each member's
 * last question, which a follow-up is read after.
 */
record BotContext(Tally tally, Replies replies, Cooldowns cooldowns, Pager pager, DiscordSettings settings,
        ChannelAccess access, Scheduler scheduler, Clock clock, AnswerControls controls, Conversations conversations) {
    private static final Logger LOG = LoggerFactory.getLogger(BotContext.class);

    /** Refuses privately and returns false when the member has used up their allowance of questions for now. */
    boolean admit(SlashCommandInteractionEvent event) {
        Duration wait = cooldowns.tryAcquire(event.getUser().getIdLong());
        if (wait.isZero()) {
            return true;
        }
        refuse(event, "Slow down", cooldowns.refusal(wait));
        return false;
    }

    /** Errors and refusals are shown only to the person who asked, and say what to do. */
    static void refuse(SlashCommandInteractionEvent event, String title, String whatToDo) {
        event.reply(Embeds.create(EmbedPlan.problem(title, whatToDo), 0, null)).setEphemeral(true)
                .queue(null, Failures.log("refuse /" + event.getName() + " (" + title + ")"));
    }

    /**
     * Defers first (Discord allows 3 s to acknowledge), then computes and edits the deferred reply. Whether a reply is
     * private must be decided before deferring, so commands refuse what they can foresee before calling this; a
     * problem found only while answering (the engine failing) cannot turn the public deferral private, so the
     * deferral is deleted and the problem sent to the asker alone.
     */
    void answerDeferred(SlashCommandInteractionEvent event, Supplier<EmbedPlan> reply) {
        answerDeferred(event, reply, List::of, null);
    }

    /**
     * As {@link #answerDeferred(SlashCommandInteractionEvent, Supplier)}; {@code recipe} (null for none) composes the
     * reply again when its pages are forgotten ({@link Pager}), so its buttons outlive the pager's memory.
     */
    void answerDeferred(SlashCommandInteractionEvent event, Supplier<EmbedPlan> reply, @Nullable String recipe) {
        answerDeferred(event, reply, List::of, recipe);
    }

    /** As {@link #answerDeferred(SlashCommandInteractionEvent, Supplier, String)}, with rows of controls under it. */
    void answerDeferred(SlashCommandInteractionEvent event, Supplier<EmbedPlan> reply, Supplier<List<ActionRow>> controls,
                        @Nullable String recipe) {
        String command = "/" + event.getName();
        event.deferReply(false).queue(null, Failures.log("acknowledge " + command));
        EmbedPlan plan;
        try {
            plan = reply.get();
        } catch (RuntimeException e) {
            LOG.error("{} failed", command, e);
            plan = EmbedPlan.problem("Something went wrong", "Tally could not answer this. Try again in a minute; if it keeps failing, tell a moderator.");
        }
        InteractionHook hook = event.getHook();
        if (plan.problem()) {
            hook.deleteOriginal().queue(null, Failures.log("withdraw the public placeholder of " + command));
            hook.sendMessage(Embeds.create(plan, 0, null)).setEphemeral(true)
                    .queue(null, Failures.log("tell the asker privately why " + command + " failed"));
            return;
        }
        String pagerId = pager.register(plan, recipe);
        hook.editOriginal(ClaimControls.add(Embeds.edit(plan, 0, pagerId), controls(controls, command)))
                .queue(null, Failures.log("answer " + command));
    }

    /** The controls, or none when they cannot be worked out: an answer never fails for want of its controls. */
    static List<ActionRow> controls(Supplier<List<ActionRow>> controls, String what) {
        try {
            return controls.get();
        } catch (RuntimeException e) {
            LOG.error("the controls under {} failed", what, e);
            return List.of();
        }
    }
}
