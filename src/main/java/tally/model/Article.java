package tally.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One corpus file. {@code file} is its name inside the corpus folder; {@code bodyLine} is the 1-based line where the
 * body starts, so problems can be reported against the file as a person sees it.
 */
public record Article(
        String file,
        @Nullable String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable Published published,
        @Nullable String language,
        Map<String, String> metadata,
        String body,
        int bodyLine) {

    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        metadata = Map.copyOf(metadata);
        if (file.isBlank()) {
            throw new IllegalArgumentException("an article needs a file name");
        }
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine is 1-based: " + bodyLine);
        }
    }

    public Article withPublished(@Nullable Published published) {
        return new Article(file, title, outlet, url, published, language, metadata, body, bodyLine);
    }

    /** How far into the body a headline is looked for. */
    static final int HEADLINE_SCAN = 2_000;

    /** Longest headline shown before it is cut at a word boundary. */
    static final int HEADLINE_CHARS = 80;

    /**
     * The title a reader knows the article by: the header's {@code title}, else the body's first line that reads as a
     * title (three words or more, not a label ending in ':' such as "Last Updated:"), cut to
     * {@value #HEADLINE_CHARS} characters at a word boundary; null when the body has no such line.
     */
    public @Nullable String headline() {
        if (title != null && !title.isBlank()) {
            return shorten(title.strip());
        }
        // Only the opening is read: a headline is near the top, and a 16 MB body written on one line must not be
        // scanned whole for each of its claims.
        String opening = body.length() > HEADLINE_SCAN ? body.substring(0, HEADLINE_SCAN) : body;
        for (String line : opening.split("\\R", 40)) {
            String text = line.strip().replaceAll("\\s+", " ");
            if (!text.endsWith(":") && text.split(" ").length >= 3) {
                return shorten(text);
            }
        }
        return null;
    }

    private static String shorten(String text) {
        if (text.length() <= HEADLINE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', HEADLINE_CHARS - 1);
        return text.substring(0, cut > HEADLINE_CHARS / 2 ? cut : HEADLINE_CHARS - 1).replaceAll("[\\s,;:.-]+$", "") + "…";
    }

    /** A name to show when the header has no outlet. */
    public String outletOrFile() {
        return outlet != null ? outlet : file;
    }
}
