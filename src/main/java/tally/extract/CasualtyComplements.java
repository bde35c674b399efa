package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Daily losses have come to about 92 soldiers", "Their casualties have risen to 4,000 men": a casualty noun is the
 * subject and the figure its complement after a verb of amount, so the figure counts those casualties, whatever troop
 * noun follows it. Such a figure ties to North Korea as a casualty noun does (through the paragraph), not as a bare
 * troop noun must (by a North Korean word of its own clause). The words come from {@code figureFrames} in
 * config/extraction.json ({@code casualtySubjects}, {@code amountAuxiliaries}, {@code amountVerbs}, and for a part
 * {@code partMarkersBefore} and {@code partQualifiers}); the order is the rule's structure.
 */
final class CasualtyComplements {

    /** How far before the number the casualty noun may stand. */
    private static final int REACH = 80;

    /** A casualty noun, its auxiliaries, a verb of amount and up to two words (a qualifier) right before the number. */
    private final Pattern complement;

    /** A casualty noun, a comma and a part marker ("losses, including"), a qualifier at most, right before the number. */
    private final Pattern part;

    CasualtyComplements(Map<String, List<String>> frames) {
        part = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("casualtySubjects")) + ",\\s+"
                + Alternatives.anyOf(frames.get("partMarkersBefore")) + "\\s+(?:"
                + Alternatives.anyOf(frames.get("partQualifiers")) + "\\s+)?$");
        complement = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("casualtySubjects"))
                + "\\s+(?:" + Alternatives.anyOf(frames.get("amountAuxiliaries")) + "\\s+){0,3}"
                + Alternatives.anyOf(frames.get("amountVerbs")) + "\\s+(?:[\\w-]+\\s+){0,2}$");
    }

    /**
     * The number at {@code figureStart} is the complement of a casualty noun's verb of amount in its clause, or a part
     * of casualties just named ("held on in spite of heavy losses, including 40 soldiers on one day"): the part counts
     * casualties of the same kind, across the comma that sets it off.
     */
    boolean complementOfCasualtyNoun(String s, int clauseStart, int figureStart) {
        int from = Math.max(clauseStart, figureStart - REACH);
        if (from < figureStart && complement.matcher(s).region(from, figureStart).find()) {
            return true;
        }
        int partFrom = Math.max(0, figureStart - REACH);
        return s.charAt(Math.max(0, figureStart - 1)) == ' ' && part.matcher(s).region(partFrom, figureStart).find();
    }
}
