package tally.adapter.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: how Discord shows it, and what it does. The router finds it by name. */
interface SlashCommand {

    SlashCommandData data();

    void onSlashCommand(SlashCommandInteractionEvent event);

    /** Suggestions while the user types an option marked for autocomplete. */
    default void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices().queue(null, Failures.log("answer autocomplete for /" + event.getName()));
    }

    /** A click on a button this command made; returns false when the button is not its own. */
    default boolean onButton(net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent event) {
        return false;
    }

    default String name() {
        return data().getName();
    }
}
