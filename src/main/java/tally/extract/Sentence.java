package tally.extract;

/**
 * A sentence of an article: {@code text} is the normalised text (for matching), {@code original} the exact words of
 * the article (for quoting), both of the same length. {@code paragraph} counts blank-line separated blocks, so a
 * pronoun can be resolved within its paragraph first.
 */
public record Sentence(String text, String original, int start, int paragraph) {
    public Sentence {
        if (text.length() != original.length()) {
            throw new IllegalArgumentException("normalised and original sentence differ in length");
        }
    }

    public int end() {
        return start + text.length();
    }
}
