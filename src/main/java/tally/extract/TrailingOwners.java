package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Round 66: another side named in an "of" phrase right after the figure's words owns the men counted ("eight fighters
 * of the Akhmat unit", "40 soldiers of the Russian marines"), as a nationality inside the words does ("eight Chechen
 * fighters"). Only a side that opens the preposition's object counts, after an article or a possessive at most: "a
 * 15,000-strong contingent of troops to Russia" names where the troops went, not whose they are.
 */
final class TrailingOwners {

    private final List<PhraseMatcher> sides;

    TrailingOwners(CompiledLexicon lex) {
        this.sides = List.of(lex.otherNationality, lex.otherSides);
    }

    private static final Pattern OF_LEAD = Pattern.compile("(?i)\\s+of\\s+(?:(?:the|a|an|its|their)\\s+)?");

    /** The words right after {@code npEnd} are "of" and an object opened by another side's name. */
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
