package tally.adapter.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import tally.adapter.discord.reply.EmbedPlan;

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
        EmbedPlan help = context.replies().help();
        event.reply(Embeds.create(help, 0, context.pager().register(help, ReplyRecipes.HELP))).setEphemeral(true)
                .queue(null, Failures.log("show /help"));
    }
}
