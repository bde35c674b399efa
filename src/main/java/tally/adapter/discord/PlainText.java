package tally.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Markdown;
import tally.adapter.discord.reply.ReplyField;
import tally.adapter.discord.reply.ReplyPage;

/**
 * A reply as plain message text, for a channel where Tally may not embed: the same entries (every figure with who
 * claims it, when and where) and the same caveat, cut into pages within Discord's 2,000 characters per message; the
 * Previous/Next buttons bring the rest on request. An entry is never split across pages; the caveat closes every page.
 * Links become {@code label <url>}, which shows the address without a preview, since Tally may not embed here.
 */
final class PlainText {
    static final int LIMIT = Message.MAX_CONTENT_LENGTH;
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)\\]\\((https?://[^\\s()<>]+)\\)");
    private static final Pattern PAGE_LABEL = Pattern.compile("\\n?Page \\d+ of \\d+$");
    private static final String CONTINUED = " (continued)";
    /** Room kept for " · page 12 of 34" after the caveat. */
    private static final int LABEL_ROOM = 24;

    private PlainText() {
    }

    /** One entry under its section heading (null for the introduction). */
    private record Entry(@Nullable String heading, String text) {
    }

    static List<String> pages(EmbedPlan plan) {
        ReplyPage first = plan.page(0);
        String title = "**" + first.title() + "**";
        String caveat = "-# " + PAGE_LABEL.matcher(first.footer()).replaceFirst("").replace("\n", " ");
        int budget = LIMIT - title.length() - caveat.length() - LABEL_ROOM - 4;
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        int used = 0;
        String heading = null;
        for (Entry entry : entries(plan)) {
            String text = Markdown.shorten(links(entry.text()), budget / 2);
            boolean newSection = entry.heading() != null && !entry.heading().equals(heading);
            String headingLine = entry.heading() == null ? null : "**" + entry.heading() + "**";
            int cost = text.length() + 1 + (newSection ? headingLine.length() + 2 : 0);
            if (!page.isEmpty() && used + cost > budget) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                newSection = entry.heading() != null;
                if (newSection && entry.heading().equals(heading)) {
                    headingLine = "**" + entry.heading() + CONTINUED + "**";
                }
                cost = text.length() + 1 + (newSection ? headingLine.length() + 2 : 0);
            }
            if (newSection) {
                page.add("\n" + headingLine);
            }
            page.add(text);
            used += cost;
            heading = entry.heading();
        }
        pages.add(page);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String label = pages.size() == 1 ? "" : " · page " + (i + 1) + " of " + pages.size();
            result.add(title + "\n" + String.join("\n", pages.get(i)).strip() + "\n" + caveat + label);
        }
        return result;
    }

    /** The entries of every page: the introduction's lines, then each field's entries (a quote stays with its line). */
    private static List<Entry> entries(EmbedPlan plan) {
        List<Entry> entries = new ArrayList<>();
        for (ReplyPage page : plan.pages()) {
            for (String line : page.description().split("\n")) {
                if (!line.isBlank()) {
                    entries.add(new Entry(null, line));
                }
            }
            for (ReplyField field : page.fields()) {
                String heading = field.name().endsWith(CONTINUED)
                        ? field.name().substring(0, field.name().length() - CONTINUED.length()) : field.name();
                for (String line : field.value().split("\n")) {
                    int last = entries.size() - 1;
                    if (line.startsWith("> ") && last >= 0 && heading.equals(entries.get(last).heading())) {
                        entries.set(last, new Entry(heading, entries.get(last).text() + "\n" + line));
                    } else {
                        entries.add(new Entry(heading, line));
                    }
                }
            }
        }
        return entries;
    }

    private static String links(String text) {
        return LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " <" + m.group(2) + ">"));
    }
}
