package tally.extract;

import org.jspecify.annotations.Nullable;

/**
 * A sentence of an article: {@code text} is the normalised text (for matching: typographic variants folded, and a run
 * of spaces read as one, as scraped pages often double them), {@code original} the exact words of the article (for
 * quoting). {@code toOriginal} maps each offset of {@code text} (and its end) to the offset of the same character in
 * {@code original}; null when the two have the same length and every offset is the same. {@code paragraph} counts
 * blank-line separated blocks, so a pronoun can be resolved within its paragraph first.
 */
public record Sentence(String text, String original, int start, int paragraph, int @Nullable [] toOriginal) {
    public Sentence {
        if (toOriginal == null ? text.length() != original.length() : toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("normalised and original sentence do not line up");
        }
    }

    public Sentence(String text, String original, int start, int paragraph) {
        this(text, original, start, paragraph, null);
    }

    /** Where the sentence ends in the article body. */
    public int end() {
        return start + original.length();
    }

    /** The article's own words for [from, to) of {@code text}. */
    public String originalSpan(int from, int to) {
        return toOriginal == null ? original.substring(from, to) : original.substring(toOriginal[from], toOriginal[to]);
    }

    /**
     * A sentence whose normalised text has each run of spaces as one space; the original keeps every one.
     * {@code normalised} and {@code original} have the same length (folding is one character for one).
     */
    static Sentence collapsingSpaces(String normalised, String original, int start, int paragraph) {
        if (!normalised.contains("  ")) {
            return new Sentence(normalised, original, start, paragraph);
        }
        StringBuilder text = new StringBuilder(normalised.length());
        int[] map = new int[normalised.length() + 1];
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ' && i > 0 && normalised.charAt(i - 1) == ' ') {
                continue;
            }
            map[text.length()] = i;
            text.append(c);
        }
        map[text.length()] = normalised.length();
        return new Sentence(text.toString(), original, start, paragraph, java.util.Arrays.copyOf(map, text.length() + 1));
    }
}
