package tally.extract;

import java.util.List;
import java.util.Set;
import tally.config.PhraseMatcher;

/**
 * Whether a fixed scope marker ({@code scopeMarkers}) before the figure bounds it, or stands in a relative clause set
 * off by commas that describes another noun (word list {@code scopeSpans.relativeOpeners}): in "The first deployment,
 * which Putin acknowledged in April, left 4,000 killed" the month dates the acknowledgement, not the toll. Markers
 * after the figure and markers in a relative clause that holds the figure are left as they were: round 22 dev gold
 * splits on "..., when they numbered 12,000" (a total in one file, a period in another).
 */
final class MarkerReach {

    private final Set<String> openers;

    MarkerReach(List<String> relativeOpeners) {
        openers = CompiledLexicon.lowerCased(relativeOpeners);
    }

    /** Whether the marker {@code hit} lies in a relative clause that does not hold the figure at [figure, figureEnd). */
    boolean elsewhere(String s, PhraseMatcher.Hit hit, int figure, int figureEnd) {
        return hit.end() <= figure && parenthetical(s, hit) && comma(s, hit.end(), figure);
    }

    /** The stretch from the last comma before the marker opens with a relative word: ", which Putin acknowledged in April". */
    private boolean parenthetical(String s, PhraseMatcher.Hit hit) {
        int comma = s.lastIndexOf(',', hit.start());
        while (comma > 0 && NounPhrases.insideNumber(s, comma)) {
            comma = s.lastIndexOf(',', comma - 1); // the separator inside "12,000" opens no aside
        }
        if (comma < 0) {
            return false;
        }
        SpanWords w = SpanWords.of(s, comma, hit.start());
        return w.size() > 0 && openers.contains(w.lower(s, 0));
    }

    /** A comma between two offsets, not the separator inside a number ("12,000"). */
    private static boolean comma(String s, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < s.length(); i++) {
            if (s.charAt(i) == ',' && !NounPhrases.insideNumber(s, i)) {
                return true;
            }
        }
        return false;
    }
}
