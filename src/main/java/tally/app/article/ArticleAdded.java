package tally.app.article;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article written into the corpus. {@code claims} counts the claims the live index now has from this file, of
 * which {@code newClaims} no other article reports (the rest add this article as one more source). When the index
 * could not be refreshed, {@code refreshError} says why: the file is in the corpus and will be read at the next
 * refresh, but the counts are those of the preview.
 */
public record ArticleAdded(String file, int claims, int newClaims, String version, @Nullable String refreshError) {
    public ArticleAdded {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(version, "version");
        if (newClaims < 0 || newClaims > claims) {
            throw new IllegalArgumentException("new claims are some of the claims: " + newClaims + " of " + claims);
        }
    }
}
