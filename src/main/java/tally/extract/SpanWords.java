package tally.extract;

import java.util.Locale;

/**
 * The words (runs of letters and digits) of a stretch of a sentence, by start and end, for {@link ScopeSpans}, which
 * reads a clause word by word to see a preposition, its modifiers and the noun or count they lead to.
 */
record SpanWords(int[] starts, int[] ends) {

    static SpanWords of(String s, int from, int to) {
        int[] st = new int[16];
        int[] en = new int[16];
        int n = 0;
        for (int i = from; i < to; ) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < to && Character.isLetterOrDigit(s.charAt(e))) {
                e++;
            }
            if (n == st.length) {
                st = java.util.Arrays.copyOf(st, n * 2);
                en = java.util.Arrays.copyOf(en, n * 2);
            }
            st[n] = i;
            en[n++] = e;
            i = e;
        }
        return new SpanWords(java.util.Arrays.copyOf(st, n), java.util.Arrays.copyOf(en, n));
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String lower(String s, int i) {
        return s.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
    }

    /** Whether word i and the next stand in one phrase: only spaces, or an apostrophe of a possessive, between. */
    boolean joined(String s, int i) {
        if (i < 0 || i + 1 >= starts.length) {
            return false;
        }
        String gap = s.substring(ends[i], starts[i + 1]);
        return gap.isBlank() || gap.equals("'") || gap.equals("’") || gap.equals("-");
    }

    /** The word starting (or, with {@code atOrAfter}, the first starting at or after) the position, or -1. */
    int indexAt(int position, boolean atOrAfter) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] == position || (atOrAfter && starts[i] >= position)) {
                return i;
            }
        }
        return -1;
    }
}
