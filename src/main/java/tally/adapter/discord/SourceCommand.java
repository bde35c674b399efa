package tally.adapter.discord;

import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import tally.adapter.discord.reply.Markdown;

/** /source article: — one article's claims with the sentences they come from. */
final class SourceCommand implements SlashCommand {
    private final BotContext context;

    SourceCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("source", "One article's claims, quoted")
                .addOption(OptionType.STRING, "article", "The article's file name (see /sources)", true, true);
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        String file = event.getOption("article", "", OptionMapping::getAsString).strip();
        // Refused before deferring, so the refusal can still be private.
        if (context.tally().article(file).isEmpty()) {
            BotContext.refuse(event, "No such article", "No article is called " + Markdown.quote(file)
                    + ". Pick one from the suggestions, or run /sources to list them.");
            return;
        }
        context.answerDeferred(event, () -> context.replies().source(file), ReplyRecipes.SOURCE + file);
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        event.replyChoices(context.tally().articles().stream()
                .filter(a -> a.file().toLowerCase(Locale.ROOT).contains(typed)
                        || a.title() != null && a.title().toLowerCase(Locale.ROOT).contains(typed))
                .filter(a -> a.file().length() <= 100)
                .limit(25)
                .map(a -> new Command.Choice(a.file(), a.file()))
                .toList()).queue(null, Failures.log("offer suggestions for /" + event.getName()));
    }
}
