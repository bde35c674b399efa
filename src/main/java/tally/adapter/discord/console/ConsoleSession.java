package tally.adapter.discord.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.adapter.discord.reply.Dates;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;
import tally.app.FollowUpChain;
import tally.model.Metric;

/** Turns one typed line into the same reply the slash command would give. Plain text is a question. */
final class ConsoleSession {

    /** The slash commands the console runs, as its switch below reads them. */
    static final java.util.Set<String> COMMANDS = java.util.Set.of("ask", "figures", "summary", "sources", "source",
            "help");

    private static final Pattern OPTION = Pattern.compile("(\\w+):");
    /** The options each command reads; any other is refused, never ignored (/ask excepted: see {@link #handle}). */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "figures", List.of("metric", "claimant", "since"), "source", List.of("article"));

    private final Replies replies;
    /** The session's last questions, oldest first: a follow-up ("and how many were wounded?") is read after them. */
    private List<String> earlier = List.of();

    /** Run before each line: picks up corrections other processes made meanwhile, as the bot does every few seconds. */
    private final Runnable refresh;

    ConsoleSession(Replies replies) {
        this(replies, () -> { });
    }

    ConsoleSession(Replies replies, Runnable refresh) {
        this.replies = replies;
        this.refresh = refresh;
    }

    private EmbedPlan asked(String question) {
        EmbedPlan reply = replies.ask(question, earlier);
        earlier = FollowUpChain.with(earlier, question);
        return reply;
    }

    EmbedPlan handle(String line) {
        refresh.run();
        String text = line.strip();
        if (!text.startsWith("/")) {
            return asked(text);
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text.substring(1) : text.substring(1, space);
        String rest = space < 0 ? "" : text.substring(space + 1).strip();
        Map<String, String> options = options(rest);
        List<String> unknown = options.keySet().stream()
                .filter(o -> !OPTIONS.getOrDefault(command, List.of()).contains(o)).toList();
        // a question's own words may hold "word:" ("/ask the toll: how many died?"), so /ask is never refused
        if (COMMANDS.contains(command) && !command.equals("ask") && !unknown.isEmpty()) {
            // "/summary pin:true" was run as "/summary" without a word: the asker took the option for applied
            List<String> takes = OPTIONS.getOrDefault(command, List.of());
            return EmbedPlan.problem("Unknown option", "/" + command + " in the console takes "
                    + (takes.isEmpty() ? "no options" : String.join(", ", takes.stream().map(o -> o + ":").toList()))
                    + "; it does not read " + String.join(", ", unknown.stream().map(o -> o + ":").toList())
                    + (unknown.contains("pin") ? " (summaries are pinned on Discord, by moderators)" : "") + ".");
        }
        return switch (command) {
            case "ask" -> asked(options.getOrDefault("question", rest));
            case "figures" -> figures(options);
            case "summary" -> replies.summary();
            case "sources" -> replies.sources();
            case "source" -> replies.source(options.getOrDefault("article", rest));
            case "help" -> replies.help(COMMANDS);
            default -> EmbedPlan.problem("Unknown command", "Try /ask, /figures, /summary, /sources, /source or /help.");
        };
    }

    private EmbedPlan figures(Map<String, String> options) {
        String metricId = options.get("metric");
        Metric metric = metricId == null ? null : Metric.byId(metricId).orElse(null);
        if (metricId != null && metric == null) {
            return EmbedPlan.problem("Unknown metric", "Use one of: " + String.join(", ",
                    java.util.Arrays.stream(Metric.values()).map(Metric::id).toList()));
        }
        String sinceText = options.get("since");
        LocalDate since = sinceText == null ? null : Dates.since(sinceText);
        if (sinceText != null && since == null) {
            return EmbedPlan.problem("Bad date", "Give since: as a day like 2024-12-01 or a month like 2024-12.");
        }
        return replies.figures(metric, options.get("claimant"), since);
    }

    /** "metric:killed claimant:nis" -> {metric=killed, claimant=nis}; a value runs until the next "name:". */
    static Map<String, String> options(String rest) {
        Map<String, String> options = new LinkedHashMap<>();
        Matcher matcher = OPTION.matcher(rest);
        String name = null;
        int valueStart = 0;
        while (matcher.find()) {
            if (matcher.start() > 0 && !Character.isWhitespace(rest.charAt(matcher.start() - 1))) {
                continue;
            }
            if (name != null) {
                options.put(name, rest.substring(valueStart, matcher.start()).strip());
            }
            name = matcher.group(1);
            valueStart = matcher.end();
        }
        if (name != null) {
            options.put(name, rest.substring(valueStart).strip());
        }
        return options;
    }
}
