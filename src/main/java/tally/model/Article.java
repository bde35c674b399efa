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

    /** A name to show when the header has no outlet. */
    public String outletOrFile() {
        return outlet != null ? outlet : file;
    }
}
