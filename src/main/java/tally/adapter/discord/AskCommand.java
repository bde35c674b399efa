package tally.adapter.discord;

import java.util.List;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /ask question: — the competing figures for a free-text question. */
final class AskCommand implements SlashCommand {
    private final BotContext context;

    AskCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("ask", "The competing figures for a question (all unverified claims)")
                .addOption(OptionType.STRING, "question", "e.g. How many North Korean soldiers have been killed?", true);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        String question = event.getOption("question", "", o -> o.getAsString()).strip();
        if (question.isEmpty()) {
            BotContext.refuse(event, "Empty question", "Type a question after /ask, for example: how many were captured?");
            return;
        }
        // An answer still in the cache costs nothing, so it does not spend the member's allowance.
        long channel = event.getChannel().getIdLong();
        long asker = event.getUser().getIdLong();
        List<String> earlier = context.conversations().earlier(channel, asker);
        java.util.Optional<tally.adapter.discord.reply.EmbedPlan> cached = context.replies().cached(question, earlier);
        if (cached.isPresent() || context.admit(event)) {
            context.conversations().asked(channel, asker, question);
            // a follow-up's recipe carries the questions it is read after, so its pages outlive the pager's hour
            context.answerDeferred(event, () -> cached.orElseGet(() -> context.replies().ask(question, earlier)),
                    () -> context.controls().ask(question, earlier), ReplyRecipes.answer(context.tally(), question, earlier));
        }
    }
}
