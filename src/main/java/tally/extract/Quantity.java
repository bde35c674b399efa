package tally.extract;

import org.jspecify.annotations.Nullable;

/**
 * A number found in a sentence, before we know whether it is a claim: [start, end) in the sentence, its value (low and
 * high differ for a range), or no value for a vague quantity ("hundreds", "several thousand").
 */
public record Quantity(int start, int end, @Nullable Long low, @Nullable Long high) {
    public Quantity {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean vague() {
        return low == null;
    }
}
