package tally.adapter.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import tally.adapter.discord.reply.EmbedPlan;

/** /status — moderators only, shown only to them: the corpus, the files that failed to load, freshness, the gateway. */
final class StatusCommand implements SlashCommand {
    private final BotContext context;

    StatusCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("status", "Moderators: corpus version, articles, claims, files that failed to load, freshness")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        if (event.getMember() == null) {
            BotContext.refuse(event, "Only in a server", "Run /status in a server channel.");
            return;
        }
        if (!Moderators.includes(event.getMember(), context.settings())) {
            BotContext.refuse(event, "Moderators only", Moderators.who(context.settings())
                    + " may see Tally's status. Ask a moderator, or use /sources to see the articles.");
            return;
        }
        // Private before anything is sent: a moderator's view (file names, errors) is not for the channel.
        event.deferReply(true).queue(null, Failures.log("acknowledge /status"));
        EmbedPlan plan = StatusReport.of(context.tally(), context.clock(), gateway(event.getJDA()), context.settings());
        event.getHook().editOriginal(Embeds.edit(plan, 0, context.pager().register(plan, ReplyRecipes.STATUS)))
                .queue(null, Failures.log("show /status"));
    }

    static StatusReport.Gateway gateway(JDA jda) {
        ShardManager shards = jda.getShardManager();
        if (shards == null) {
            return new StatusReport.Gateway(jda.getStatus() == JDA.Status.CONNECTED ? 1 : 0, 1, jda.getGatewayPing());
        }
        int connected = (int) shards.getShards().stream().filter(j -> j.getStatus() == JDA.Status.CONNECTED).count();
        return new StatusReport.Gateway(connected, shards.getShards().size(), Math.round(shards.getAverageGatewayPing()));
    }
}
