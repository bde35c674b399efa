package tally.adapter.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /help — what Tally does, its commands, and where its figures come from. */
final class HelpCommand implements SlashCommand {
    private final BotContext context;

    HelpCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("help", "What Tally does and how to use it");
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        event.reply(Embeds.create(context.replies().help(), 0, null)).setEphemeral(true).queue(null, Failures.log("show /help"));
    }
}
