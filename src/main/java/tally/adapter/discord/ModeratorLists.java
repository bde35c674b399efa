package tally.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Markdown;
import tally.adapter.discord.reply.Paginator;
import tally.adapter.discord.reply.ReplyPage;
import tally.adapter.discord.reply.Section;
import tally.app.moderation.ChangeText;
import tally.app.moderation.LogEntry;
import tally.app.moderation.Moderator;
import tally.app.moderation.ReportedFigure;
import tally.model.Plural;

/**
 * The pages of the moderators' two lists, /claim log and /claim reports. Apart from {@link ClaimSlashCommand} since
 * round 64 because the pager composes them again, from the moderation store as it is now, when a moderator turns a
 * page the bot has forgotten (an hour idle, a restart): both the command and the pager's recipes build them here.
 */
final class ModeratorLists {
    static final String FOOTER = "Every change is kept with who, when and why; /claim undo reverses any of them.";
    private static final Paginator PAGINATOR = new Paginator(ReplyPage.FIELD_COUNT_LIMIT);

    /** The reports' pages and, under them, the select that opens a reported figure (none when nothing is open). */
    record Reports(EmbedPlan plan, List<ActionRow> rows) {
    }

    private ModeratorLists() {
    }

    /** Every change, newest first: who, when, before, after, why. */
    static EmbedPlan log(Moderator moderator) {
        List<LogEntry> entries = moderator.log();
        List<String> lines = new ArrayList<>();
        for (LogEntry e : entries) {
            lines.add("**" + Markdown.quote(ChangeText.heading(e)) + "**\n" + Markdown.quote(ChangeText.claim(e.change().target()))
                    + ": " + Markdown.quote(ChangeText.effect(e.change())) + "\n*why:* " + Markdown.quote(e.change().reason())
                    + (e.change().actor().value().matches("\\d+") ? " · by <@" + e.change().actor() + ">" : ""));
        }
        String description = entries.isEmpty() ? "No change yet." : entries.size() + " changes, newest first.";
        return PAGINATOR.paginate("Change log", description, List.of(new Section("Changes", lines)), FOOTER);
    }

    /** The figures members reported, newest first, with how many reports and why. */
    static Reports reports(Moderator moderator) {
        List<ReportedFigure> figures = moderator.reports();
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
        List<ActionRow> rows = options.isEmpty() ? List.of() : List.of(ActionRow.of(StringSelectMenu.create(ClaimSlashCommand.OPEN)
                .setPlaceholder("Open a figure to correct it").addOptions(options).build()));
        return new Reports(PAGINATOR.paginate("Reported figures", description, List.of(new Section("Reports", lines)), FOOTER), rows);
    }
}
