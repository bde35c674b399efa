package tally.adapter.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
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
import tally.adapter.discord.reply.Markdown;
import tally.adapter.discord.reply.Paginator;
import tally.adapter.discord.reply.ReplyPage;
import tally.adapter.discord.reply.Section;
import tally.app.moderation.Actor;
import tally.app.moderation.ChangeText;
import tally.app.moderation.CorrectedClaims;
import tally.app.moderation.Fix;
import tally.app.moderation.LogEntry;
import tally.app.moderation.Moderator;
import tally.app.moderation.Refusal;
import tally.app.moderation.ReportedFigure;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Plural;

/**
 * /claim fix|hide|undo|log|reports — moderators keep the figures right from Discord. Members are refused privately.
 * Every reply is ephemeral: corrections show in the answers themselves, marked as corrected.
 */
final class ClaimSlashCommand implements SlashCommand {
    static final String OPEN = "tally:open";
    private static final String FOOTER = "Every change is kept with who, when and why; /claim undo reverses any of them.";

    private final BotContext context;
    private final Paginator paginator = new Paginator(ReplyPage.FIELD_COUNT_LIMIT);

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
            case "log" -> reply(event, log(moderator.log()), List.of());
            case "reports" -> reports(event, moderator.reports());
            default -> Moderators.refuse(event, "Unknown command", "Run /help to see Tally's commands.");
        }
    }

    private static String option(SlashCommandInteractionEvent event, String name) {
        return event.getOption(name, null, OptionMapping::getAsString);
    }

    private EmbedPlan log(List<LogEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (LogEntry e : entries) {
            lines.add("**" + Markdown.quote(ChangeText.heading(e)) + "**\n" + Markdown.quote(ChangeText.claim(e.change().target()))
                    + ": " + Markdown.quote(ChangeText.effect(e.change())) + "\n*why:* " + Markdown.quote(e.change().reason())
                    + (e.change().actor().value().matches("\\d+") ? " · by <@" + e.change().actor() + ">" : ""));
        }
        String description = entries.isEmpty() ? "No change yet." : entries.size() + " changes, newest first.";
        return paginator.paginate("Change log", description, List.of(new Section("Changes", lines)), FOOTER);
    }

    private void reports(SlashCommandInteractionEvent event, List<ReportedFigure> figures) {
        List<String> lines = new ArrayList<>();
        List<SelectOption> options = new ArrayList<>();
        for (ReportedFigure f : figures) {
            String reasons = f.reasons().entrySet().stream()
                    .map(r -> r.getValue() + " " + r.getKey().label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            String figure = f.current() != null ? f.current().figure().text() + " — " + ClaimOptions.shortName(f.current())
                    : f.claim().wording() + " (hidden or gone)";
            lines.add("**" + Markdown.quote(figure) + "** · " + f.count() + (f.count() == 1 ? " report" : " reports")
                    + " (" + reasons + ") · last " + ChangeText.when(f.latest()) + " · id `" + f.claimId() + "`"
                    + f.texts().stream().limit(3).map(t -> "\n> " + Markdown.quote(t)).collect(Collectors.joining()));
            if (f.current() != null && options.size() < ClaimOptions.MAX) {
                options.add(SelectOption.of(ClaimOptions.cut(figure), f.claimId())
                        .withDescription(f.count() + (f.count() == 1 ? " report" : " reports")));
            }
        }
        String description = figures.isEmpty() ? "No open reports." : Plural.count(figures.size(), "figure") + " reported, newest first.";
        List<ActionRow> rows = options.isEmpty() ? List.of() : List.of(ActionRow.of(StringSelectMenu.create(OPEN)
                .setPlaceholder("Open a figure to correct it").addOptions(options).build()));
        reply(event, paginator.paginate("Reported figures", description, List.of(new Section("Reports", lines)), FOOTER), rows);
    }

    private void reply(SlashCommandInteractionEvent event, EmbedPlan plan, List<ActionRow> extra) {
        String pagerId = context.pager().register(plan);
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
