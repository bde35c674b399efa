package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph of an article returned by a search, with its attribution: the article's outlet, else its title (an
 * article without a header is named by its title, never by its file name), and its file to find it by.
 */
public record Passage(String file, @Nullable String outlet, @Nullable String title, @Nullable Published published,
                      String text, float score) {
    public Passage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
