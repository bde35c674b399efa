package tally.app;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Published;

/** What /sources lists about one corpus article. */
public record ArticleInfo(
        String file, @Nullable String title, @Nullable String outlet, @Nullable String url,
        @Nullable Published published, int claimCount) {
    public ArticleInfo {
        Objects.requireNonNull(file, "file");
    }
}
