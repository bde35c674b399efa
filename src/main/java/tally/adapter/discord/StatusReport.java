package tally.adapter.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Markdown;
import tally.adapter.discord.reply.Paginator;
import tally.adapter.discord.reply.ReplyPage;
import tally.adapter.discord.reply.Section;
import tally.app.FigureQuery;
import tally.app.Freshness;
import tally.app.Tally;
import tally.model.LoadProblem;
import tally.model.Plural;

/**
 * What /status shows a moderator: the corpus version, its articles and claims, every file that failed to load (file,
 * line, reason), when the served version was loaded and how old it is, whether the latest refresh failed, and the
 * bot's own state. Plain values in, pages out; no JDA.
 */
final class StatusReport {
    static final String TITLE = "Tally status";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The gateway as the bot sees it: shards of this process connected, and the average heartbeat round trip. */
    record Gateway(int connected, int shards, long pingMillis) {
    }

    private StatusReport() {
    }

    static EmbedPlan of(Tally tally, Clock clock, Gateway gateway, DiscordSettings settings) {
        // a warning's file loaded (a header key Tally does not know): listed apart from the files that did not
        List<LoadProblem> problems = tally.problems().stream().filter(p -> !p.warning()).toList();
        List<LoadProblem> warnings = tally.problems().stream().filter(LoadProblem::warning).toList();
        int claims = tally.figures(FigureQuery.all()).size();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Corpus", List.of(
                "Version `" + Markdown.quote(tally.corpusVersion()) + "`",
                Plural.count(tally.articles().size(), "article") + ", " + Plural.count(claims, "claim"),
                problems.isEmpty() ? "Every file loaded." : Plural.count(problems.size(), "file") + " could"
                        + " not be loaded (listed below).")));
        sections.add(new Section("Freshness", freshness(tally.freshness(), clock.instant())));
        if (!problems.isEmpty()) {
            sections.add(new Section("Files that failed to load", problems.stream().map(StatusReport::problem).toList()));
        }
        if (!warnings.isEmpty()) {
            sections.add(new Section("Files loaded with a warning", warnings.stream().map(StatusReport::problem).toList()));
        }
        sections.add(new Section("Bot", List.of(
                "Gateway: " + gateway.connected() + " of " + gateway.shards() + " shards connected, heartbeat "
                        + gateway.pingMillis() + " ms",
                settings.cooldownSeconds() == 0 ? "Questions: no limit per member"
                        : "Questions: " + settings.burst() + " in a row per member, then one every "
                        + settings.cooldownSeconds() + " s")));
        String description = "For moderators; shown only to you.";
        return new Paginator(ReplyPage.FIELD_COUNT_LIMIT).paginate(TITLE, description, sections,
                "Fix a file named here and Tally picks it up on its next refresh (or restart).");
    }

    static List<String> freshness(Optional<Freshness> freshness, Instant now) {
        if (freshness.isEmpty()) {
            return List.of("Not tracked by this Tally.");
        }
        Freshness known = freshness.get();
        List<String> lines = new ArrayList<>();
        lines.add("Index loaded " + WHEN.format(known.servingSince()) + ", " + age(Duration.between(known.servingSince(), now))
                + " ago (at start, or when a corpus change was last picked up)");
        if (known.refreshError() != null) {
            lines.add("The latest refresh failed: " + Markdown.shorten(Markdown.quote(known.refreshError()), 600)
                    + ". Tally still answers from the version loaded above.");
        } else {
            lines.add("The latest refresh succeeded.");
        }
        return lines;
    }

    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " days " + hours % 24 + " h";
    }

    private static String problem(LoadProblem problem) {
        String where = problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
        return "• " + Markdown.quote(where) + " — " + Markdown.quote(problem.message());
    }
}
