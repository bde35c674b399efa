package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.model.Metric;

/**
 * "1,000 had been wounded, 100 dead among them", "1,000 were wounded, including 100 killed", "1,000 were wounded,
 * 100 of them fatally": when the next figure of the sentence is a part of a wounded figure and that part is dead, the
 * dead are counted inside the whole, so the whole counts killed and wounded together. The rule comes from the
 * structure of a part: a comma and "including" / "among them" before the part, or "among them" / "of them" after it,
 * then a death cue (or "fatally") in the part's own words.
 */
final class WoundedWithDead {

    /** The words between the whole and its part: ", including", ", among them", ", of whom" (and a qualifier). */
    private static final Pattern PART_BEFORE = Pattern.compile(
            "(?i)[^,;.]{0,40},\\s*(?:including|among them|of whom|of which)(?:\\s+(?:some|about|around|at least|more than|nearly))?\\s*");
    /** Only a comma between the whole and its part, the part named as such after it: ", 100 dead among them". */
    private static final Pattern COMMA_ONLY = Pattern.compile("[^,;.]{0,40},\\s*(?:\\w+\\s+){0,2}");
    private static final Pattern PART_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?:[\\p{L}-]+\\s+)?(?:among them|of them|of whom)|of them\\s+fatally)\\b");
    /** How far the part's own words run after its number. */
    private static final int PART_WORDS = 30;

    private final CompiledLexicon lex;

    WoundedWithDead(CompiledLexicon lex) {
        this.lex = lex;
    }

    /** The figure at {@code index}, read as wounded, has a dead part as the next figure. */
    boolean hasDeadPart(String s, List<Quantity> quantities, int index) {
        if (index + 1 >= quantities.size()) {
            return false;
        }
        Quantity whole = quantities.get(index);
        Quantity part = quantities.get(index + 1);
        String between = s.substring(whole.end(), part.start());
        int partEnd = Math.min(s.length(), part.end() + PART_WORDS);
        boolean isPart = PART_BEFORE.matcher(between).matches() || COMMA_ONLY.matcher(between).matches()
                && PART_AFTER.matcher(s).region(part.end(), partEnd).lookingAt();
        if (!isPart) {
            return false;
        }
        int partClauseEnd = partEnd;
        for (int i = part.end(); i < partEnd; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '.') {
                partClauseEnd = i;
                break;
            }
        }
        return lex.cues.get(Metric.KILLED).containsIn(s, part.end(), partClauseEnd)
                && !lex.cues.get(Metric.WOUNDED).containsIn(s, part.end(), partClauseEnd)
                || s.substring(part.end(), partClauseEnd).toLowerCase(java.util.Locale.ROOT).contains("fatally");
    }
}
