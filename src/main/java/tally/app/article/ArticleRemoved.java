package tally.app.article;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article moved out of the corpus: where it went ({@code movedTo}, with its reason beside it), how many claims it
 * was a source of before, and how many claims lost their only source with it ({@code claimsGone}).
 */
public record ArticleRemoved(String file, String movedTo, int claims, int claimsGone, String version,
                             @Nullable String refreshError) {
    public ArticleRemoved {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(version, "version");
    }
}
