package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One article that reports a claim, with the exact sentence it came from. */
public record Source(
        String file,
        @Nullable String outlet,
        @Nullable String title,
        @Nullable String url,
        @Nullable Published published,
        String quote) {

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quote, "quote");
    }

    public static Source of(Article article, String quote) {
        return new Source(article.file(), article.outlet(), article.title(), article.url(), article.published(), quote);
    }

    public String outletOrFile() {
        return outlet != null ? outlet : file;
    }
}
