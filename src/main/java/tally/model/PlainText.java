package tally.model;

/**
 * Text from outside (an article file, a moderator's reason or claimant) made safe to print. Every reply, log line and
 * preview shows article and moderator text as it is, on a terminal or in Discord, so a character that a terminal acts
 * on instead of showing (ESC starting a sequence that clears the screen or retitles the window, BEL, a lone carriage
 * return that lets later text overwrite the line, the C1 controls) or one that turns the order of the text around
 * (the bidi overrides and isolates U+202A–U+202E, U+2066–U+2069) is neutralised once, where the text comes in, so
 * no output needs to remember it.
 *
 * <p>Neutralising keeps the text otherwise as it was, since quotes are cut from it: newline and tab stay, a control
 * that separates words as whitespace does (vertical tab, form feed, a lone carriage return, NEL, the information
 * separators) becomes a space so two words never run together, and the others are dropped. A carriage return before
 * a newline stays (Windows line ends). Left-to-right and right-to-left marks (U+200E, U+200F) and joiners stay: they
 * only shape text in Arabic, Hebrew and emoji and reverse nothing.
 */
public final class PlainText {

    /**
     * More than one character in 20 that no text holds (a control other than line break and tab, a replacement
     * character, a private-use or unassigned code point) means bytes that are not text: random bytes read as
     * Windows-1252 give about one in seven, a real page or article none or a handful.
     */
    static final int UNPRINTABLE_ONE_IN = 20;
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    private PlainText() {
    }

    /** The text with terminal controls and direction overrides neutralised; the same instance when it has none. */
    public static String neutralised(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = escapeEnd(text, i) - 1; // the whole sequence, not only its ESC: "[2J" is no text either
            } else if (!unsafe(text, i)) {
                out.append(c);
            } else if (separatesWords(c)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Where the terminal sequence starting at {@code at} ends (exclusive): a control sequence (ESC [, parameter and
     * intermediate bytes, one final byte), an operating-system command (ESC ], up to BEL, ESC \ or the end of the
     * line, since it retitles a window), or ESC and the one character it escapes (ECMA-48).
     */
    private static int escapeEnd(String text, int at) {
        // a lone C1 CSI (U+009B) is dropped as any control: in an article it is a mis-decoded character far more often
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '[') {
            i++;
            while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3F) {
                i++;
            }
            return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E ? i + 1 : i;
        }
        if (i < text.length() && text.charAt(i) == ']') {
            for (i++; i < text.length() && text.charAt(i) != '\n'; i++) {
                if (text.charAt(i) == BEL) {
                    return i + 1;
                }
                if (text.charAt(i) == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                    return i + 2;
                }
            }
            return i;
        }
        return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x5F ? i + 1 : i;
    }

    /**
     * {@code text} when it has at most {@code max} characters; else cut at its last space within {@code max} (or at
     * {@code max} when there is none) and marked with "…". For names shown in a line or a legend.
     */
    public static String cutAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max) + "\u2026";
    }

    /** As {@link #neutralised}, then on one line: line breaks and tabs too become spaces (reasons, names, ids). */
    public static String oneLine(String text) {
        return neutralised(text).replaceAll("[\\n\\r\\t]+", " ");
    }

    /**
     * True when more than one character in {@value #UNPRINTABLE_ONE_IN} is one no text holds (see above): the bytes
     * were not text, whatever charset read them.
     */
    public static boolean mostlyUnprintable(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long unprintable = text.codePoints().filter(PlainText::unprintable).count();
        return unprintable * UNPRINTABLE_ONE_IN > text.codePointCount(0, text.length());
    }

    private static boolean unprintable(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE || cp == 0xFFFD;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t') {
            return false;
        }
        if (c == '\r') {
            return i + 1 >= text.length() || text.charAt(i + 1) != '\n';
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean separatesWords(char c) {
        return c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || (c >= '\u001C' && c <= '\u001F');
    }
}
