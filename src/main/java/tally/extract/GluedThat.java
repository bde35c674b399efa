package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 65: a page that drops the space between a speech verb and "that" ("Zelenskyy reportedthat two soldiers had
 * been captured") hides the verb from every rule, and the sentence's figure lost its speaker. A single-word speech
 * verb of the lexicon ({@code speechVerbs}) run into "that" is read with the space put back; the sentence's original
 * words are kept as the page has them, for quoting.
 */
final class GluedThat {

    private final Pattern glued;

    GluedThat(List<String> speechVerbs) {
        List<String> words = speechVerbs.stream().filter(v -> v.matches("\\p{L}+")).toList();
        glued = Pattern.compile("(?i)\\b" + Alternatives.anyOf(words) + "(?=that\\b)");
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
        Matcher m = glued.matcher(text);
        if (!m.find()) {
            return s;
        }
        StringBuilder spaced = new StringBuilder(text.length() + 4);
        List<Integer> map = new ArrayList<>(text.length() + 5);
        int from = 0;
        do {
            copy(s, text, from, m.end(), spaced, map);
            spaced.append(' ');
            map.add(original(s, m.end()));
            from = m.end();
        } while (m.find());
        copy(s, text, from, text.length(), spaced, map);
        map.add(original(s, text.length()));
        return new Sentence(spaced.toString(), s.original(), s.start(), s.paragraph(),
                map.stream().mapToInt(Integer::intValue).toArray());
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
