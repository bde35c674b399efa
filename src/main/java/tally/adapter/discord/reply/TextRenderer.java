package tally.adapter.discord.reply;

import java.util.regex.Pattern;

/** Shows a reply in a terminal: the same pages as on Discord, with the markdown turned back into plain text. */
public final class TextRenderer {
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)\\]\\((https?://[^\\s()<>]+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\*_~`|>\\[\\]<])");

    private TextRenderer() {
    }

    public static String render(EmbedPlan plan) {
        StringBuilder out = new StringBuilder();
        for (ReplyPage page : plan.pages()) {
            out.append("== ").append(plain(page.title())).append(" ==\n");
            if (!page.description().isEmpty()) {
                out.append(plain(page.description())).append('\n');
            }
            page.fields().forEach(f -> out.append('\n').append(plain(f.name())).append('\n').append(plain(f.value())).append('\n'));
            if (!page.footer().isEmpty()) {
                out.append('\n').append(page.footer()).append('\n');
            }
        }
        return out.toString();
    }

    static String plain(String markdown) {
        String linked = LINK.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + " <" + m.group(2) + ">"));
        String bold = linked.replace("**", "");
        return ESCAPE.matcher(bold).replaceAll("$1").replace(Markdown.ZWSP, "");
    }
}
