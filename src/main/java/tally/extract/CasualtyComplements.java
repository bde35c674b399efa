package tally.extract;

import java.util.regex.Pattern;

/**
 * "Daily losses have come to about 92 soldiers", "Their casualties have risen to 4,000 men": a casualty noun is the
 * subject and the figure its complement after a verb of amount, so the figure counts those casualties, whatever troop
 * noun follows it. Such a figure ties to North Korea as a casualty noun does (through the paragraph), not as a bare
 * troop noun must (by a North Korean word of its own clause).
 */
final class CasualtyComplements {

    /** A casualty noun, its auxiliaries, a verb of amount and up to two words (a qualifier) right before the number. */
    private static final Pattern COMPLEMENT = Pattern.compile("(?i)\\b(?:losses|casualties|deaths|death toll|toll"
            + "|fatalities|casualty count|casualty toll)\\s+(?:(?:have|has|had|now|already|reportedly|so far)\\s+){0,3}"
            + "(?:come to|came to|amount to|amounts to|amounted to|reached|reach|reaches|rose to|risen to|climbed to"
            + "|grown to|grew to|stand at|stands at|stood at|total|totals|totalled|totaled|exceeded|exceed|exceeds)"
            + "\\s+(?:[\\w-]+\\s+){0,2}$");
    /** How far before the number the casualty noun may stand. */
    private static final int REACH = 80;

    private CasualtyComplements() {
    }

    /** The number at {@code figureStart} is the complement of a casualty noun's verb of amount in its clause. */
    static boolean complementOfCasualtyNoun(String s, int clauseStart, int figureStart) {
        int from = Math.max(clauseStart, figureStart - REACH);
        return from < figureStart && COMPLEMENT.matcher(s).region(from, figureStart).find();
    }
}
