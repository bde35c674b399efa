package tally.adapter.discord;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands and hands each interaction to its command. Commands are registered in each server of
 * {@code commandGuildIds} once it is ready (also when Tally joins it later or it comes back from an outage), else
 * globally. A listed server Tally is not in, and a registration Discord refuses, are logged as warnings naming the
 * server and the fix.
 */
final class CommandRouter extends ListenerAdapter {
    /** JDA's logger: SLF4J when the jar has a binding, otherwise JDA's own stderr fallback, so these lines show either way. */
    private static final Logger LOG = LoggerFactory.getLogger(CommandRouter.class);
    static final String INVITE_FIX = "invite Tally with the OAuth2 URL Generator's scopes bot and applications.commands "
            + "(re-inviting a bot already in the server adds the scope; it need not be kicked first)";

    private final Map<String, SlashCommand> commands;
    private final Set<String> guildIds;
    private final Pager pager;

    CommandRouter(List<SlashCommand> commands, List<String> guildIds, Pager pager) {
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(SlashCommand::name, Function.identity()));
        this.guildIds = Set.copyOf(guildIds);
        this.pager = pager;
    }

    List<SlashCommandData> data() {
        return commands.values().stream().map(SlashCommand::data).toList();
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (guildIds.isEmpty()) {
            // Global commands belong to the application, not a shard: one shard registers them.
            if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands().addCommands(data()).queue(done -> LOG.info("Registered {} global commands", done.size()),
                        error -> LOG.warn("Could not register the slash commands globally: {}. {}.", Failures.why(error),
                                fix(error)));
            }
            return;
        }
        for (String id : guildIds) {
            long guildId = Long.parseLong(id);
            if (!onThisShard(jda, guildId) || jda.getGuildById(guildId) != null) {
                continue;
            }
            if (jda.isUnavailable(guildId)) {
                LOG.warn("Server {} (commandGuildIds) is unavailable, a Discord outage; its commands are registered when it returns.", id);
            } else {
                LOG.warn("commandGuildIds lists server {}, but Tally is not in it, so its commands are not registered there: "
                        + "{}, or remove the id from config/discord.json.", id, INVITE_FIX);
            }
        }
    }

    @Override
    public void onGuildReady(net.dv8tion.jda.api.events.guild.GuildReadyEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildAvailable(GuildAvailableEvent event) {
        register(event.getGuild());
    }

    private void register(Guild guild) {
        if (!guildIds.contains(guild.getId())) {
            return;
        }
        guild.updateCommands().addCommands(data()).queue(done -> LOG.info("Registered {} commands in {}", done.size(), guild.getId()),
                error -> LOG.warn("Could not register the slash commands in server '{}' ({}): {}. {}.", guild.getName(),
                        guild.getId(), Failures.why(error), fix(error)));
    }

    private static String fix(Throwable error) {
        if (error instanceof ErrorResponseException response && response.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
            return "Tally was invited without the applications.commands scope: " + INVITE_FIX;
        }
        return "Members cannot use the slash commands there until this works; restart Tally to try again";
    }

    /** Discord puts a server on shard (id >> 22) % shard count. */
    private static boolean onThisShard(JDA jda, long guildId) {
        JDA.ShardInfo shard = jda.getShardInfo();
        return (guildId >> 22) % shard.getShardTotal() == shard.getShardId();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            BotContext.refuse(event, "Unknown command", "This command is out of date. Run /help to see Tally's commands.");
            return;
        }
        command.onSlashCommand(event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command != null) {
            command.onAutoComplete(event);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.getComponentId().startsWith(Embeds.PAGE_BUTTON)) {
            pager.onButton(event);
            return;
        }
        for (SlashCommand command : commands.values()) {
            if (command.onButton(event)) {
                return;
            }
        }
    }
}
