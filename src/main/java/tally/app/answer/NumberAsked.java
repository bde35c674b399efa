package tally.app.answer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number a question names to check ("did 10,000 die?"): its value, the question's own words for it, and the bound
 * the question sets on it in its own words ("more than" in "are there more than 10,000 ..."), or null when it asks
 * for the number itself. A check looks for claims that state the number; with a bound the reply says it does not
 * decide whether the figures lie beyond it. {@code count} is false for a number written in a way no count is ("-5",
 * "1e9", "1.5", one past 100,000,000): it is kept as written so the reply can say it checks no such number, and is
 * never read as another ("1e9" as 1, "-5" as 5); its {@code value} is then 0 and means nothing.
 */
public record NumberAsked(long value, String text, @Nullable String bound, boolean count) {

    /** The largest number read as a count of troops: more troops than any army has is a slip, not a count. */
    public static final long MAX_COUNT = 100_000_000L;
    public NumberAsked {
        Objects.requireNonNull(text, "text");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
    }

    /** A count, with the bound the question sets on it or null. */
    public NumberAsked(long value, String text, @Nullable String bound) {
        this(value, text, bound, true);
    }

    /** A count asked for itself, with no bound. */
    public NumberAsked(long value, String text) {
        this(value, text, null, true);
    }

    /** A number as the question writes it that is no count Tally can check ("-5", "1e9"). */
    public static NumberAsked notACount(String text) {
        return new NumberAsked(0, text, null, false);
    }
}
