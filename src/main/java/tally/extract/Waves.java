package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure that sizes a later wave of the deployment: "a second wave of 1,500 soldiers", "the third batch of about
 * 2,000", "The second group of (North Korean) troops numbers approximately 1,500" (word lists in
 * config/extraction.json, {@code scopeSpans}: waveOrdinals, waveNouns, waveLinks). It counts a part of the force, not
 * its total; the first wave ("the first deployment of 11,000") is the whole force as it stood and is left a total.
 * Round 22 dev gold read every such row as a subset, in three files; "another batch of" is left to "another".
 */
final class Waves {

    /** How many words may stand between the wave noun and its link ("group of (North Korean) troops numbers"). */
    private static final int LINK_REACH = 4;
    /** How many modifiers may stand between the ordinal and the wave noun ("second North Korean troop rotation"). */
    private static final int MODIFIER_REACH = 3;

    private final Set<String> ordinals;
    private final Set<String> nouns;
    private final Set<String> links;

    Waves(Map<String, List<String>> lists) {
        ordinals = CompiledLexicon.lowerCased(lists.get("waveOrdinals"));
        nouns = CompiledLexicon.lowerCased(lists.get("waveNouns"));
        links = CompiledLexicon.lowerCased(lists.get("waveLinks"));
    }

    /**
     * Whether the figure whose words (past any qualifier) start at {@code start} is sized by a later wave named before
     * it in its clause, which starts at {@code from}.
     */
    boolean sizes(String s, int from, int start) {
        SpanWords w = SpanWords.of(s, from, start);
        int last = w.size() - 1;
        if (last < 1 || !links.contains(w.lower(s, last)) || s.substring(w.end(last), start).contains(",")) {
            return false;
        }
        for (int n = last - 1; n >= Math.max(0, last - 1 - LINK_REACH); n--) {
            if (s.substring(w.end(n), w.start(n + 1)).contains(",")) {
                return false;
            }
            if (nouns.contains(w.lower(s, n))) {
                return ordinalBefore(s, w, n);
            }
        }
        return false;
    }

    private boolean ordinalBefore(String s, SpanWords w, int noun) {
        for (int o = noun - 1; o >= Math.max(0, noun - 1 - MODIFIER_REACH) && w.joined(s, o); o--) {
            if (ordinals.contains(w.lower(s, o))) {
                return true;
            }
        }
        return false;
    }

}
