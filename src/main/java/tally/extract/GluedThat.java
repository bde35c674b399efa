package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Round 65: a page that drops the space between a speech verb and "that" ("Zelenskyy reportedthat two soldiers had
 * been captured") hides the verb from every rule, and the sentence's figure lost its speaker. A single-word speech
 * verb of the lexicon ({@code speechVerbs}) run into "that" is read with the space put back; the sentence's original
 * words are kept as the page has them, for quoting.
 */
final class GluedThat {

    private static final String THAT = "that";

    /** Lower case, letters only: a phrase of more than one word cannot be run into "that". */
    private final Set<String> verbs;

    GluedThat(List<String> speechVerbs) {
        verbs = speechVerbs.stream().filter(v -> v.matches("\\p{L}+")).map(v -> v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    List<Sentence> apply(List<Sentence> sentences) {
        List<Sentence> out = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence spaced = spaced(s);
            if (spaced != s && out == null) {
                out = new ArrayList<>(sentences.subList(0, i));
            }
            if (out != null) {
                out.add(spaced);
            }
        }
        return out == null ? sentences : out;
    }

    /** The sentence with a space before each glued "that", its offsets still mapped to the original; or itself. */
    private Sentence spaced(Sentence s) {
        String text = s.text();
        int at = nextGlued(text, 0);
        if (at < 0) {
            return s;
        }
        StringBuilder spaced = new StringBuilder(text.length() + 4);
        List<Integer> map = new ArrayList<>(text.length() + 5);
        int from = 0;
        do {
            copy(s, text, from, at, spaced, map);
            spaced.append(' ');
            map.add(original(s, at));
            from = at;
            at = nextGlued(text, at + THAT.length());
        } while (at >= 0);
        copy(s, text, from, text.length(), spaced, map);
        map.add(original(s, text.length()));
        return new Sentence(spaced.toString(), s.original(), s.start(), s.paragraph(),
                map.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Where the next "that" (any case) from {@code from} starts that ends a word and follows, with no space, a whole
     * word that is a speech verb; or -1. A walk over the text's "that"s, not a regular expression of every verb tried
     * at every word: that expression cost a fifth of an ingest's CPU (JFR, round 66).
     */
    private int nextGlued(String text, int from) {
        for (int at = indexOfThat(text, from); at >= 0; at = indexOfThat(text, at + 1)) {
            int end = at + THAT.length();
            if (at == 0 || !Character.isLetter(text.charAt(at - 1)) || (end < text.length() && isWordChar(text.charAt(end)))) {
                continue;
            }
            int start = at - 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            boolean wordStart = start == 0 || !isWordChar(text.charAt(start - 1));
            if (wordStart && verbs.contains(text.substring(start, at).toLowerCase(Locale.ROOT))) {
                return at;
            }
        }
        return -1;
    }

    private static int indexOfThat(String text, int from) {
        for (int i = from; i + THAT.length() <= text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 't' && text.regionMatches(true, i, THAT, 0, THAT.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void copy(Sentence s, String text, int from, int to, StringBuilder spaced, List<Integer> map) {
        for (int i = from; i < to; i++) {
            spaced.append(text.charAt(i));
            map.add(original(s, i));
        }
    }

    /** Where offset {@code at} of the sentence's text stands in its original. */
    private static int original(Sentence s, int at) {
        return s.toOriginal() == null ? at : s.toOriginal()[at];
    }
}
