package tally.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.LoadProblem;
import tally.model.PlainText;
import tally.model.Published;

/**
 * Turns one corpus file's bytes into an {@link Article}, or a {@link LoadProblem} saying which line is wrong.
 *
 * <p>A header is optional. It is recognised only when the first line is {@code key: value} with a simple key and a
 * {@code ---} line follows within {@value #MAX_HEADER_LINES} lines, so body openings such as "Last Updated:" (the key
 * has a space) or a lone "Note: ..." line (no {@code ---} after it) stay part of the body.
 *
 * <p>The article is the file's text with terminal controls and direction overrides neutralised
 * ({@link PlainText#neutralised}); the file itself is left as it is.
 */
public final class ArticleParser {

    static final int MAX_HEADER_LINES = 30;
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*))?");
    /** The header keys the README documents; a file opening with one of them means to have a header. */
    private static final Set<String> DOCUMENTED_KEYS = Set.of("title", "outlet", "url", "published", "language");
    private static final DateTimeFormatter ISO_DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * Either an article or the reason the file was skipped; with an article, the {@code warnings} about it (a header
     * key Tally does not know), which do not stop it loading.
     */
    public record Parsed(@Nullable Article article, @Nullable LoadProblem problem, List<LoadProblem> warnings) {
        public Parsed {
            if ((article == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of article and problem");
            }
            warnings = List.copyOf(warnings);
        }

        public Parsed(@Nullable Article article, @Nullable LoadProblem problem) {
            this(article, problem, List.of());
        }
    }

    private ArticleParser() {
    }

    /** Never throws for any bytes. */
    public static Parsed parse(String file, byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        String text;
        try {
            text = decode(bytes, start);
        } catch (BadByte e) {
            // trial 12: the reader was told what is wrong but not how to mend it
            return problem(file, e.line, "not valid UTF-8 (first bad byte at offset " + e.offset + "); save it as"
                    + " UTF-8, for example, if it is Latin-1: iconv -f latin1 -t utf-8 in.txt > out.txt");
        }
        if (PlainText.mostlyUnprintable(text)) {
            return problem(file, 0, "not text: too many of its characters are control or unprintable characters "
                    + "(binary data?)");
        }
        // Terminal controls and direction overrides would reach every reply that quotes the article: gone here, once.
        text = PlainText.neutralised(text);
        if (text.isEmpty()) {
            return problem(file, 0, "file is empty");
        }
        List<String> lines = firstLines(text, MAX_HEADER_LINES + 1);
        int dashes = headerEnd(lines);
        if (dashes < 0) {
            int unclosed = unclosedHeader(lines);
            return unclosed < 0 ? article(file, Map.of(), text, 1) : problem(file, unclosed,
                    "the header (" + abbreviate(lines.get(0)) + ") has no '---' line after it; add a line '---' "
                            + "where the header ends, or remove the header");
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<LoadProblem> warnings = new ArrayList<>();
        for (int i = 0; i < dashes; i++) {
            Matcher m = HEADER_LINE.matcher(lines.get(i));
            int line = i + 1;
            if (!m.matches()) {
                return problem(file, line, "malformed header line (expected 'key: value' before the '---' line): "
                        + abbreviate(lines.get(i)));
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (value.isEmpty()) {
                return problem(file, line, "header '" + key + "' has no value");
            }
            if (header.putIfAbsent(key, value) != null) {
                return problem(file, line, "header '" + key + "' is given twice");
            }
            String unknown = HeaderKeys.unknown(key);
            if (unknown != null) {
                warnings.add(LoadProblem.warning(file, line, unknown));
            }
        }
        if (header.containsKey("published") && date(header.get("published")) == null) {
            int line = 1 + new ArrayList<>(header.keySet()).indexOf("published");
            return problem(file, line, "published must be a real date written YYYY-MM-DD, got '"
                    + abbreviate(header.get("published")) + "'");
        }
        Parsed parsed = article(file, header, text.substring(offsetAfterLine(text, dashes)), dashes + 2);
        return parsed.article() == null ? parsed : new Parsed(parsed.article(), null, warnings);
    }

    private static Parsed article(String file, Map<String, String> header, String body, int bodyLine) {
        if (body.isBlank()) {
            return problem(file, bodyLine, body.isEmpty() ? "the article has no body" : "the article body is blank");
        }
        if (HTML_PAGE.matcher(body).lookingAt()) {
            // trial 9: a page saved as .txt was read markup and all, and its tags became the quotes of its claims
            return problem(file, bodyLine, "the article is an HTML page, not its text; add the page with "
                    + "'tally article add PAGE.html', which reads the text out of it");
        }
        Map<String, String> metadata = new LinkedHashMap<>(header);
        String title = metadata.remove("title");
        String outlet = metadata.remove("outlet");
        String url = metadata.remove("url");
        String published = metadata.remove("published");
        String language = metadata.remove("language");
        LocalDate date = published == null ? null : date(published);
        return new Parsed(new Article(file, title, outlet, url, date == null ? null : Published.stated(date), language,
                metadata, body, bodyLine), null);
    }

    /** A body that opens as a web page does: a doctype or an html element, after any blank space or comment. */
    private static final java.util.regex.Pattern HTML_PAGE = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>])");

    /** Index of the {@code ---} line when the opening lines form a header, else -1. */
    private static int headerEnd(List<String> lines) {
        if (lines.isEmpty() || !HEADER_LINE.matcher(lines.get(0)).matches()) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A header missing its {@code ---}: the file opens with a documented header key ("title:", "published:" ...)
     * and no {@code ---} follows. Returns the 1-based line where the {@code ---} was expected (the first line after
     * the {@code key: value} lines), or -1 when the opening is ordinary text such as "Last Updated:" or "Note: ...".
     */
    private static int unclosedHeader(List<String> lines) {
        if (lines.isEmpty()) {
            return -1;
        }
        Matcher first = HEADER_LINE.matcher(lines.get(0));
        if (!first.matches() || !DOCUMENTED_KEYS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int n = 1;
        while (n < lines.size() && HEADER_LINE.matcher(lines.get(n)).matches()) {
            n++;
        }
        return n + 1;
    }

    private static List<String> firstLines(String text, int max) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (lines.size() < max && from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            lines.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
            from = nl < 0 ? text.length() : nl + 1;
        }
        return lines;
    }

    /** Character offset just past the terminator of the given 0-based line. */
    private static int offsetAfterLine(String text, int line) {
        int from = 0;
        for (int i = 0; i <= line; i++) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                return text.length();
            }
            from = nl + 1;
        }
        return from;
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value, ISO_DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String decode(byte[] bytes, int start) throws BadByte {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new BadByte(offset, 1 + countNewlines(bytes, start, offset));
        }
        return out.flip().toString();
    }

    private static int countNewlines(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Parsed problem(String file, int line, String message) {
        return new Parsed(null, new LoadProblem(file, line, message));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** A malformed UTF-8 sequence at a byte offset and 1-based line. */
    private static final class BadByte extends CharacterCodingException {
        private final int offset;
        private final int line;

        BadByte(int offset, int line) {
            this.offset = offset;
            this.line = line;
        }
    }
}
