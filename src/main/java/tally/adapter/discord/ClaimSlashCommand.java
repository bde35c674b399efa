package tally.adapter.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import tally.adapter.discord.reply.EmbedPlan;
import tally.app.moderation.Actor;
import tally.app.moderation.CorrectedClaims;
import tally.app.moderation.Fix;
import tally.app.moderation.Moderator;
import tally.app.moderation.Refusal;
import tally.model.Metric;
import tally.model.Scope;

/**
 * /claim fix|hide|undo|log|reports — moderators keep the figures right from Discord. Members are refused privately.
 * Every reply is ephemeral: corrections show in the answers themselves, marked as corrected.
 */
final class ClaimSlashCommand implements SlashCommand {
    static final String OPEN = "tally:open";

    private final BotContext context;

    ClaimSlashCommand(BotContext context) {
        this.context = context;
    }

    @Override
    public SlashCommandData data() {
        OptionData metric = new OptionData(OptionType.STRING, "metric", "What the figure counts", false);
        Arrays.stream(Metric.values()).forEach(m -> metric.addChoice(m.label(), m.id()));
        OptionData scope = new OptionData(OptionType.STRING, "scope", "What stretch it covers", false);
        Arrays.stream(Scope.values()).forEach(s -> scope.addChoice(s.id() + ": " + s.label(), s.id()));
        return Commands.slash("claim", "Moderators: correct or hide a figure, undo a change, read the log and reports")
                .addSubcommands(
                        new SubcommandData("fix", "Correct a figure's metric, claimant, relay, date or scope")
                                .addOption(OptionType.STRING, "id", "The figure (type to search)", true, true)
                                .addOption(OptionType.STRING, "reason", "Why (kept in the log)", true)
                                .addOptions(metric)
                                .addOption(OptionType.STRING, "claimant", "Who claims it: a name from the directory or the source's words", false, true)
                                .addOption(OptionType.STRING, "relay", "Who passed it on ('none' removes it)", false, true)
                                .addOption(OptionType.STRING, "date", "When it was claimed: YYYY-MM-DD or YYYY-MM", false)
                                .addOptions(scope),
                        new SubcommandData("hide", "Hide a figure from every reply")
                                .addOption(OptionType.STRING, "id", "The figure (type to search)", true, true)
                                .addOption(OptionType.STRING, "reason", "Why (kept in the log)", true),
                        new SubcommandData("undo", "Undo a change from /claim log (undoing an undo restores it)")
                                .addOption(OptionType.INTEGER, "change", "The change's number", true)
                                .addOption(OptionType.STRING, "reason", "Why", false),
                        new SubcommandData("log", "Every change, newest first: who, when, before, after, why"),
                        new SubcommandData("reports", "Figures members reported, newest first, with how many"))
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        if (!Moderators.admit(event, context.settings(), "To tell the moderators a figure is wrong, use "
                + "\"Report a figure\" under an answer.")) {
            return;
        }
        Optional<Moderator> moderator = context.tally().moderator();
        if (moderator.isEmpty()) {
            Moderators.refuse(event, "Not available", "This Tally keeps no corrections.");
            return;
        }
        try {
            run(event, moderator.get(), Actor.discord(event.getUser().getIdLong()));
        } catch (Refusal e) {
            Moderators.refuse(event, "Not changed", e.getMessage());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ClaimSlashCommand.class).error("/claim failed", e);
            Moderators.refuse(event, "Something went wrong", "Nothing was changed: " + e.getMessage());
        }
    }

    private void run(SlashCommandInteractionEvent event, Moderator moderator, Actor actor) {
        String reason = event.getOption("reason", null, OptionMapping::getAsString);
        String id = event.getOption("id", "", OptionMapping::getAsString);
        switch (String.valueOf(event.getSubcommandName())) {
            case "hide" -> CorrectionPanel.confirm(event, moderator.hide(id, reason, actor), moderator);
            case "fix" -> CorrectionPanel.confirm(event, moderator.fix(id, new Fix(option(event, "metric"),
                    option(event, "claimant"), option(event, "relay"), option(event, "date"), option(event, "scope")),
                    reason, actor), moderator);
            case "undo" -> CorrectionPanel.confirm(event, moderator.undo(event.getOption("change", 0L, OptionMapping::getAsLong),
                    reason == null ? "undone on Discord" : reason, actor), moderator);
            case "log" -> reply(event, ModeratorLists.log(moderator), List.of(), ReplyRecipes.CLAIM_LOG);
            case "reports" -> {
                ModeratorLists.Reports reports = ModeratorLists.reports(moderator);
                reply(event, reports.plan(), reports.rows(), ReplyRecipes.CLAIM_REPORTS);
            }
            default -> Moderators.refuse(event, "Unknown command", "Run /help to see Tally's commands.");
        }
    }

    private static String option(SlashCommandInteractionEvent event, String name) {
        return event.getOption(name, null, OptionMapping::getAsString);
    }

    /** Privately, with {@code extra} rows above the pages' buttons; {@code recipe} composes it again (ReplyRecipes). */
    private void reply(SlashCommandInteractionEvent event, EmbedPlan plan, List<ActionRow> extra, String recipe) {
        String pagerId = context.pager().register(plan, recipe);
        List<ActionRow> rows = new ArrayList<>(extra);
        if (pagerId != null) {
            rows.addAll(Embeds.buttons(pagerId, 0, plan.size()));
        }
        event.reply(new MessageCreateBuilder().setEmbeds(Embeds.embed(plan.page(0), false)).setComponents(rows)
                .setAllowedMentions(Embeds.NO_MENTIONS).build()).setEphemeral(true).queue();
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT).strip();
        Optional<Moderator> moderator = context.tally().moderator();
        if (moderator.isEmpty() || !Moderators.is(event.getMember(), context.settings())) {
            event.replyChoices().queue();
            return;
        }
        if (!event.getFocusedOption().getName().equals("id")) {
            event.replyChoices(ClaimantChoices.matching(context.tally(), typed)).queue();
            return;
        }
        event.replyChoices(moderator.get().claims().entries().stream()
                .filter(e -> matches(e, typed)).limit(ClaimOptions.MAX)
                .map(e -> new Command.Choice(ClaimOptions.cut(label(e)), e.id())).toList()).queue();
    }

    private static boolean matches(CorrectedClaims.Entry e, String typed) {
        return typed.isEmpty() || e.id().startsWith(typed) || label(e).toLowerCase(Locale.ROOT).contains(typed);
    }

    private static String label(CorrectedClaims.Entry e) {
        var c = e.shown() != null ? e.shown() : e.extracted();
        return c.figure().text() + " — " + ClaimOptions.shortName(c) + " · " + c.metric().id()
                + (e.hidden() ? " (hidden)" : "");
    }
}
