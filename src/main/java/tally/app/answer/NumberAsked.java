package tally.app.answer;

import java.util.Objects;

/** A number a question names to check ("did 10,000 die?"): its value and the question's own words for it. */
public record NumberAsked(long value, String text) {
    public NumberAsked {
        Objects.requireNonNull(text, "text");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
    }
}
