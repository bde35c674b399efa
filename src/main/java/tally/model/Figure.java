package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number as the source states it. {@code text} is the original wording ("more than 3,000", "some three-thousand",
 * "hundreds") and is what replies show, so no number is ever restated in a form the source did not use.
 * {@code low}/{@code high} are equal for a single number, differ for a range, and either may be open: "more than
 * 3,000" has no high, "up to 500" no low. A vague quantity ("several thousand") has neither.
 */
public record Figure(@Nullable Long low, @Nullable Long high, @Nullable String qualifier, String text) {

    public Figure {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a figure keeps its original wording");
        }
        if (low != null && low < 0 || high != null && high < 0) {
            throw new IllegalArgumentException("figures are counts: " + low + ".." + high);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low above high: " + low + ".." + high);
        }
    }

    public boolean vague() {
        return low == null && high == null;
    }

    /**
     * A single value to sort and compare by: the figure's low end, its high standing in for an open one ("up to 500" is
     * 500); vague figures have none.
     */
    public @Nullable Long pivot() {
        return low != null ? low : high;
    }

    /**
     * The figure's high end, its low standing in for an open one ("more than 3,000" is 3,000); vague figures have none.
     */
    public @Nullable Long highEnd() {
        return high != null ? high : low;
    }
}
