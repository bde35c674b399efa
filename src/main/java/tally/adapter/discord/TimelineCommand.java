package tally.adapter.discord;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import tally.adapter.discord.reply.TimelineReply;
import tally.app.FigureQuery;
import tally.app.answer.Who;
import tally.app.Timeline;
import tally.model.Metric;

/**
 * /timeline metric: claimant: — a chart of one measure's competing figures over time, attached to the embed as a PNG.
 * Nothing to draw, or an unknown claimant, is refused privately before the reply is deferred.
 */
final class TimelineCommand implements SlashCommand {
    private final BotContext context;

    TimelineCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        OptionData metric = new OptionData(OptionType.STRING, "metric", "What is counted (default: killed or wounded)", false);
        Arrays.stream(Metric.values()).forEach(m -> metric.addChoice(m.label(), m.id()));
        return Commands.slash("timeline", "A chart of one measure's competing figures over time (unverified claims)")
                .addOptions(metric, new OptionData(OptionType.STRING, "claimant", "Only this claimant", false, true));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        Metric metric = Metric.byId(event.getOption("metric", Metric.KILLED_OR_WOUNDED.id(), OptionMapping::getAsString))
                .orElse(Metric.KILLED_OR_WOUNDED);
        String claimant = event.getOption("claimant", null, OptionMapping::getAsString);
        // read as a question names a source (Tally#source): a member may type "Seoul" and not pick a suggestion
        Who who = claimant == null ? null : context.tally().source(claimant).orElse(null);
        if (claimant != null && who == null) {
            BotContext.refuse(event, "Unknown claimant", "Pick a claimant from the suggestions that appear as you type,"
                    + " or name one as a question would (a name, or a party such as Seoul).");
            return;
        }
        if (Timeline.of(metric, context.tally().figures(new FigureQuery(Set.of(metric), null, null), who)).isEmpty()) {
            BotContext.refuse(event, "Nothing to draw", "No claim about this measure has both a date and a number. "
                    + "Try another measure, or /figures to see the claims as text.");
            return;
        }
        if (!context.admit(event)) {
            return;
        }
        event.deferReply(false).queue();
        TimelineReply reply = context.replies().timeline(metric, who);
        EmbedBuilder embed = new EmbedBuilder(Embeds.embed(reply.plan().page(0), reply.plan().problem()));
        MessageEditBuilder message = new MessageEditBuilder().setAllowedMentions(Embeds.NO_MENTIONS).mentionRepliedUser(false);
        if (reply.drawn()) {
            embed.setImage("attachment://" + TimelineReply.FILE);
            message.setFiles(FileUpload.fromData(reply.png(), TimelineReply.FILE));
        }
        event.getHook().editOriginal(message.setEmbeds(embed.build()).build()).queue();
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        event.replyChoices(ClaimantChoices.matching(context.tally(), typed)).queue();
    }
}
