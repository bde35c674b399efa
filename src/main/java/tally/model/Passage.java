package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A paragraph of an article returned by a search, with its attribution. */
public record Passage(String file, @Nullable String outlet, @Nullable Published published, String text, float score) {
    public Passage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
