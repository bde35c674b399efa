package tally.adapter.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /sources — the articles Tally reads. */
final class SourcesCommand implements SlashCommand {
    private final BotContext context;

    SourcesCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("sources", "The news articles Tally's figures come from");
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        context.answerDeferred(event, () -> context.replies().sources(), ReplyRecipes.SOURCES);
    }
}
