package tally.adapter.discord;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import net.dv8tion.jda.internal.utils.JDALogger;

/** Registers the slash commands when a shard is ready and hands each interaction to its command. */
final class CommandRouter extends ListenerAdapter {
    /** JDA's logger: SLF4J when the jar has a binding, otherwise JDA's own stderr fallback, so these lines show either way. */
    private static final Logger LOG = JDALogger.getLog(CommandRouter.class);

    private final Map<String, SlashCommand> commands;
    private final List<String> guildIds;
    private final Pager pager;

    CommandRouter(List<SlashCommand> commands, List<String> guildIds, Pager pager) {
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(SlashCommand::name, Function.identity()));
        this.guildIds = List.copyOf(guildIds);
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
                jda.updateCommands().addCommands(data()).queue(done -> LOG.info("Registered {} global commands", done.size()));
            }
            return;
        }
        for (String id : guildIds) {
            Guild guild = jda.getGuildById(id);
            if (guild != null) {
                guild.updateCommands().addCommands(data())
                        .queue(done -> LOG.info("Registered {} commands in {}", done.size(), guild.getId()));
            }
        }
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
        }
    }
}
