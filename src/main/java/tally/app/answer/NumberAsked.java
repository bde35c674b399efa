package tally.app.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number a question names to check ("did 10,000 die?"): its value, the question's own words for it, and the bound
 * the question sets on it in its own words ("more than" in "are there more than 10,000 ..."), or null when it asks
 * for the number itself. A check looks for claims that state the number; with a bound the reply says it does not
 * decide whether the figures lie beyond it. {@code count} is false for a number written in a way no count is ("-5",
 * "1e9", "1.5", one past 100,000,000): it is kept as written so the reply can say it checks no such number, and is
 * never read as another ("1e9" as 1, "-5" as 5); its {@code value} is then 0 and means nothing. {@code others} are the
 * further numbers the same question names, in its order ("is it 600 or 2000 dead?": 2000), each checked as this one
 * is; empty when it names one (trial 15: only the first was checked, and the reply said nothing of the second).
 */
public record NumberAsked(long value, String text, @Nullable String bound, boolean count, List<NumberAsked> others) {

    /** The largest number read as a count of troops: more troops than any army has is a slip, not a count. */
    public static final long MAX_COUNT = 100_000_000L;
    public NumberAsked {
        Objects.requireNonNull(text, "text");
        if (value < 0) {
            throw new IllegalArgumentException("a count is not negative: " + value);
        }
        others = List.copyOf(others);
        if (others.stream().anyMatch(o -> !o.others().isEmpty())) {
            throw new IllegalArgumentException("the other numbers of a question are a flat list");
        }
    }

    /** One number of a question, with no other beside it. */
    public NumberAsked(long value, String text, @Nullable String bound, boolean count) {
        this(value, text, bound, count, List.of());
    }

    /** A count, with the bound the question sets on it or null. */
    public NumberAsked(long value, String text, @Nullable String bound) {
        this(value, text, bound, true);
    }

    /** A count asked for itself, with no bound. */
    public NumberAsked(long value, String text) {
        this(value, text, null, true);
    }

    /** This number with the question's other numbers beside it. */
    public NumberAsked with(List<NumberAsked> more) {
        return new NumberAsked(value, text, bound, count, more);
    }

    /** Every number the question names, this one first, each without the others. */
    public List<NumberAsked> all() {
        List<NumberAsked> all = new ArrayList<>();
        all.add(others.isEmpty() ? this : new NumberAsked(value, text, bound, count));
        all.addAll(others);
        return List.copyOf(all);
    }

    /** A number as the question writes it that is no count Tally can check ("-5", "1e9"). */
    public static NumberAsked notACount(String text) {
        return new NumberAsked(0, text, null, false);
    }
}
