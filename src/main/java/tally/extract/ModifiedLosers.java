package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Round 66: another side's troops as the subject of lost/suffered/sustained, with a modifier that names North Korea
 * between them and the verb ("Russian units fighting alongside North Korean troops lost 300 soldiers", "The Russian
 * brigade to which North Korean soldiers were attached suffered 400 casualties", "Ukrainian forces facing North Korean
 * troops lost 150 men"). The modifier (a participle, a relative clause or a preposition of company right after the
 * subject's head) only describes the side that lost; the losses are that side's, whatever troops it names. A side
 * named as the object of such a modifier is no subject ("North Korean troops facing Ukrainian forces lost 300").
 */
final class ModifiedLosers {

    private final List<PhraseMatcher> sides;

    ModifiedLosers(CompiledLexicon lex) {
        this.sides = List.of(lex.otherNationality, lex.otherSides);
    }

    /** How far before the figure the losing side may stand: the modifier may be a clause of its own. */
    private static final int WINDOW = 130;

    /**
     * The head after the side (at most two words: "units", "airborne units"), then the modifier's opener, its words (no
     * punctuation, no word that opens a clause or a statement), the verb of loss and at most two words before the
     * figure.
     */
    private static final Pattern MODIFIED_LOSER = Pattern.compile("(?i)(?:\\s+[\\w-]+){0,2}?\\s+(?:[a-z]+ing|who|which"
            + "|whom|to which|with which|in which|alongside|beside|with)\\s+(?:(?!(?:said|says|say|told|tells|believes?"
            + "|believed|thinks?|thought|estimates?|estimated|claims?|claimed|reports?|reported|according|that|while|as"
            + "|and|but|when|after|before|because|if)\\b)[\\w'-]+\\s+){1,8}(?:has\\s+|have\\s+|had\\s+)?(?:lost|suffered"
            + "|sustained)\\s+(?:[\\w-]+\\s+){0,2}[\"\u201C]?");

    /**
     * A word that makes the next one an object, not the subject of what follows: a preposition or a participle
     * ("alongside Russian units", "facing Ukrainian forces"), with an article.
     */
    static final Pattern OBJECT_LEAD = Pattern.compile("(?i)\\b(?:for|to|in|into|inside|with|alongside|against|from|of"
            + "|by|on|at|near|behind|toward|towards|beside|[a-z]+ing)\\s+(?:the\\s+)?$");

    /** The figure is the losses of another side named as a subject a modifier describes. */
    boolean lostBy(String s, int figureStart) {
        int from = Math.max(0, figureStart - WINDOW);
        for (PhraseMatcher words : sides) {
            for (PhraseMatcher.Hit side : words.find(s, from, figureStart)) {
                if (!OBJECT_LEAD.matcher(s).region(0, side.start()).find()
                        && MODIFIED_LOSER.matcher(s).region(side.end(), figureStart).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
