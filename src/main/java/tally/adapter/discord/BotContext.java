package tally.adapter.discord;

import java.time.Duration;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;
import tally.app.Tally;

/** What every command shares: the port, the replies, the cooldowns, the pager and the settings. */
record BotContext(Tally tally, Replies replies, Cooldowns cooldowns, Pager pager, DiscordSettings settings) {

    /** Refuses ephemerally and returns false when the user is still cooling down. */
    boolean admit(SlashCommandInteractionEvent event) {
        Duration wait = cooldowns.tryAcquire(event.getUser().getIdLong());
        if (wait.isZero()) {
            return true;
        }
        refuse(event, "Slow down", Cooldowns.refusal(wait));
        return false;
    }

    /** Errors and refusals are shown only to the person who asked, and say what to do. */
    static void refuse(SlashCommandInteractionEvent event, String title, String whatToDo) {
        event.reply(Embeds.create(EmbedPlan.problem(title, whatToDo), 0, null)).setEphemeral(true).queue();
    }

    /** Defers first (Discord allows 3 s to acknowledge), then computes and edits the deferred reply. */
    void answerDeferred(SlashCommandInteractionEvent event, Supplier<EmbedPlan> reply) {
        event.deferReply(false).queue();
        EmbedPlan plan;
        try {
            plan = reply.get();
        } catch (RuntimeException e) {
            net.dv8tion.jda.internal.utils.JDALogger.getLog(BotContext.class).error("/{} failed", event.getName(), e);
            plan = EmbedPlan.problem("Something went wrong", "Tally could not answer this. Try again in a minute; if it keeps failing, tell a moderator.");
        }
        event.getHook().editOriginal(Embeds.edit(plan, 0, pager.register(plan))).queue();
    }
}
