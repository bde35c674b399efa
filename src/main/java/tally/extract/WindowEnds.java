package tally.extract;

import java.util.function.IntPredicate;

/**
 * The end of a window of text before a cue (a speech verb, a figure): where its trailing spaces begin and where its
 * last word begins. The checks that run before end-anchored patterns read these, walking back from the end instead of
 * trying a pattern from every character.
 */
final class WindowEnds {

    private WindowEnds() {
    }

    /** Where the whitespace that ends s[0, end) begins ({@code end} when there is none). */
    static int trimEnd(String s, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Whether s[from, to), trailing white space aside, ends in the whole word {@code word} (any case): the word starts
     * at {@code from} or after a character that is no letter or digit.
     */
    static boolean endsWithWord(String s, int from, int to, String word) {
        int start = trimEnd(s, to) - word.length();
        return start >= from && s.regionMatches(true, start, word, 0, word.length())
                && (start == from || !Character.isLetterOrDigit(s.charAt(start - 1)));
    }

    /**
     * Where the white space that ends s[from, to) begins, a final line end included: an end-anchored pattern's
     * {@code $} may stand before one. The guards before such patterns walk back from here.
     */
    static int trimEndForAnchor(String s, int from, int to) {
        int i = to;
        while (i > from && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u0085')) {
            i--;
        }
        return i;
    }

    /**
     * Whether s[from, end) ends in one of {@code words} in any case (letters only, no word boundary asked): what an
     * end-anchored pattern of ASCII words needs, so a window that fails this cannot match it.
     */
    static boolean endsWithAny(String s, int from, int end, String... words) {
        for (String w : words) {
            if (end - w.length() >= from && s.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of characters that {@code inWord} accepts and that ends at {@code end} begins. */
    static int wordStart(String s, int end, IntPredicate inWord) {
        int i = end;
        while (i > 0 && inWord.test(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
