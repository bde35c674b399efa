package tally.config;

import java.util.Arrays;

/**
 * The places in one text where a phrase may start (a word, or a mark after a non-word character), each word's end and
 * the hash of its case-folded form. A sentence is scanned by a dozen or more lexicons in turn, and working this out
 * once per text instead of once per lexicon is what makes a scan cost a hash look-up per word rather than a pass over
 * every character. Each thread keeps the last few texts it was asked about, compared by identity (strings do not
 * change), so no caller has to hold one.
 */
final class WordStarts {

    private static final int RECENT = 4;
    private static final ThreadLocal<WordStarts[]> LAST = ThreadLocal.withInitial(() -> new WordStarts[RECENT]);
    private static final ThreadLocal<int[]> NEXT_SLOT = ThreadLocal.withInitial(() -> new int[1]);

    final String text;
    /**
     * Every character of the text folded ({@link #fold}), made once per text: each lexicon compares its phrases with
     * this array instead of folding the text's characters again, one {@code charAt} at a time (a text with a curly
     * quote or a dash is stored in UTF-16, where each {@code charAt} costs more).
     */
    final char[] folded;
    /** Ascending; a place whose end equals it starts with a mark, not a letter or digit. */
    final int[] starts;
    final int[] ends;
    final int[] hashes;
    final int count;

    private WordStarts(String text) {
        this.text = text;
        int n = text.length();
        char[] f = text.toCharArray();
        for (int i = 0; i < n; i++) {
            f[i] = fold(f[i]);
        }
        this.folded = f;
        int[] s = new int[Math.max(4, n / 4)];
        int[] e = new int[s.length];
        int[] h = new int[s.length];
        int found = 0;
        int i = 0;
        while (i < n) {
            if (found == s.length) {
                s = Arrays.copyOf(s, found * 2);
                e = Arrays.copyOf(e, found * 2);
                h = Arrays.copyOf(h, found * 2);
            }
            s[found] = i;
            if (isWordChar(text.charAt(i))) {
                int hash = 0;
                int end = i;
                while (end < n && isWordChar(text.charAt(end))) {
                    hash = 31 * hash + f[end];
                    end++;
                }
                e[found] = end;
                h[found++] = hash;
                i = end + 1; // the character after a word follows a word character, so nothing starts there
            } else {
                e[found++] = i;
                i++;
            }
        }
        this.starts = s;
        this.ends = e;
        this.hashes = h;
        this.count = found;
    }

    /** The places of {@code text}, worked out now or taken from this thread's last few texts. */
    static WordStarts of(String text) {
        WordStarts[] last = LAST.get();
        for (WordStarts w : last) {
            if (w != null && w.text == text) {
                return w;
            }
        }
        int[] next = NEXT_SLOT.get();
        WordStarts made = new WordStarts(text);
        last[next[0]] = made;
        next[0] = (next[0] + 1) % RECENT;
        return made;
    }

    /** The index of the first place at or after {@code from}; {@code count} when there is none. */
    int firstAtOrAfter(int from) {
        int at = Arrays.binarySearch(starts, 0, count, from);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * The comparison String.regionMatches makes when it ignores case (upper case, then lower case of that), so two
     * words fold alike exactly when it calls them equal. ASCII, nearly every character of an English article, is
     * folded without the two look-ups, which were a twentieth of ingest's CPU.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
