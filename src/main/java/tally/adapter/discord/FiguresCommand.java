package tally.adapter.discord;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import tally.adapter.discord.reply.Dates;
import tally.model.Metric;

/** /figures metric: claimant: since: — a lookup of the claims themselves. */
final class FiguresCommand implements SlashCommand {
    private final BotContext context;

    FiguresCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        OptionData metric = new OptionData(OptionType.STRING, "metric", "What is counted", false);
        Arrays.stream(Metric.values()).forEach(m -> metric.addChoice(m.label(), m.id()));
        return Commands.slash("figures", "Look up the claims: by measure, by claimant, since a date")
                .addOptions(metric,
                        new OptionData(OptionType.STRING, "claimant", "Who makes the claim", false, true),
                        new OptionData(OptionType.STRING, "since", "Claims made since YYYY-MM-DD or YYYY-MM", false));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        Metric metric = Metric.byId(event.getOption("metric", "", OptionMapping::getAsString)).orElse(null);
        String claimant = event.getOption("claimant", null, OptionMapping::getAsString);
        // read as a question names a source (Tally#source): a member may type "Seoul" and not pick a suggestion
        tally.app.answer.Who who = claimant == null ? null : context.tally().source(claimant).orElse(null);
        if (claimant != null && who == null) {
            BotContext.refuse(event, "Unknown claimant", "Pick a claimant from the suggestions that appear as you type,"
                    + " or name one as a question would (a name, or a party such as Seoul).");
            return;
        }
        String sinceText = event.getOption("since", null, OptionMapping::getAsString);
        LocalDate since = sinceText == null ? null : Dates.since(sinceText);
        if (sinceText != null && since == null) {
            BotContext.refuse(event, "Bad date", "Give 'since' as a day like 2024-12-01 or a month like 2024-12.");
            return;
        }
        if (context.admit(event)) {
            context.answerDeferred(event, () -> context.replies().figures(metric, claimant, since),
                    () -> context.controls().figures(new tally.app.FigureQuery(
                            metric == null ? java.util.Set.of() : java.util.Set.of(metric), null, since), who),
                    ReplyRecipes.figures(metric == null ? null : metric.id(), claimant, sinceText));
        }
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        event.replyChoices(ClaimantChoices.matching(context.tally(), typed))
                .queue(null, Failures.log("offer suggestions for /" + event.getName()));
    }
}
