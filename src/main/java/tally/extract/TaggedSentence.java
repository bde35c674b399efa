package tally.extract;

import java.util.List;

/**
 * A sentence as tokens with universal part-of-speech tags (UD: NOUN, PROPN, VERB, AUX, NUM, ADJ, DET, ADP, PART,
 * PRON, CCONJ, PUNCT ...) and lemmas. Offsets are into the sentence text, so a token maps back to the article's words.
 */
record TaggedSentence(String text, List<Token> tokens) {

    record Token(String word, int start, int end, String tag, String lemma) {
        boolean is(String tagName) {
            return tag.equals(tagName);
        }

        boolean nominal() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }
    }

    TaggedSentence {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The index of the token that covers or starts after {@code offset}; {@link #size()} past the end. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The index of the last token that ends at or before {@code offset}, or -1. */
    int tokenBefore(int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** The sentence's own words from token {@code from} to token {@code to} inclusive. */
    String words(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
