package tally.app.answer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number a question names to check ("did 10,000 die?"): its value, the question's own words for it, and the bound
 * the question sets on it in its own words ("more than" in "are there more than 10,000 ..."), or null when it asks
 * for the number itself. A check looks for claims that state the number; with a bound the reply says it does not
 * decide whether the figures lie beyond it.
 */
public record NumberAsked(long value, String text, @Nullable String bound) {
    public NumberAsked {
        Objects.requireNonNull(text, "text");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
    }

    /** A number asked for itself, with no bound. */
    public NumberAsked(long value, String text) {
        this(value, text, null);
    }
}
