package tally.adapter.discord.reply;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes quoted text (article sentences, echoed questions, names) inert in Discord: markdown shows literally and
 * mentions cannot ping. Allowed mentions are also empty on every message; this is the second lock, so that the text
 * does not even look like a ping.
 */
public final class Markdown {
    /** Zero-width space: breaks a mention token without changing what a reader sees. */
    static final String ZWSP = "\u200B";
    private static final Pattern SPECIAL = Pattern.compile("([\\\\*_~`|>\\[\\]<])");
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);

    private Markdown() {
    }

    /** Escapes markdown and breaks @everyone, @here, {@code <@id>}, {@code <@&id>}, {@code <#id>} and links. */
    public static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        String escaped = SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group(1)));
        String unpinged = MASS_MENTION.matcher(escaped).replaceAll("@" + ZWSP + "$1");
        // A user, role or channel mention needs "<@", "<@&" or "<#" together; "<" is already escaped, and the
        // zero-width space after "@" / "#" guards clients that ignore the backslash.
        return unpinged.replace("\\<@", "\\<@" + ZWSP).replace("\\<#", "\\<#" + ZWSP);
    }

    /** A markdown link whose label is quoted text; the URL is dropped unless it is plain http(s). */
    public static String link(String label, String url) {
        if (!url.matches("https?://[^\\s()<>]+")) {
            return quote(label);
        }
        return "[" + quote(label) + "](" + url + ")";
    }

    /** Shortens to at most {@code max} characters at a word boundary, marking the cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        int end = cut > max / 2 ? cut : max - 1;
        // Never leave a dangling escape backslash at the end.
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
