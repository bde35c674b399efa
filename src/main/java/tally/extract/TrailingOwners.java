package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Round 66: another side named in an "of" phrase right after the figure's words owns the men counted ("eight fighters
 * of the Akhmat unit", "40 soldiers of the Russian marines"), as a nationality inside the words does ("eight Chechen
 * fighters"). Only the head of the preposition's object counts: at most two words (an article or a possessive and a
 * modifier) before the side's name, no punctuation.
 */
final class TrailingOwners {

    private final List<PhraseMatcher> sides;

    TrailingOwners(CompiledLexicon lex) {
        this.sides = List.of(lex.otherNationality, lex.otherSides);
    }

    private static final Pattern OF_LEAD = Pattern.compile("(?i)\\s+of\\s+(?:[\\w'-]+\\s+){0,2}");

    /** The words right after {@code npEnd} are "of" and an object headed by another side's name. */
    boolean ownedByAnotherSide(String s, int npEnd) {
        int to = Math.min(s.length(), npEnd + 40);
        for (PhraseMatcher words : sides) {
            for (PhraseMatcher.Hit side : words.find(s, npEnd, to)) {
                if (OF_LEAD.matcher(s).region(npEnd, side.start()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
