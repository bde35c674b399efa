package tally.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * "Zelensky had earlier put the number of North Korean troops in the region at around 11,000" (round 48, whole
 * articles, where a figure is restated in its source's words later on): an estimate verb whose object is "the number
 * of" troops, with the figure after "at", sizes the force, wherever the troops are said to be. Troops counted by
 * their fate in that phrase ("the number of soldiers killed", "of casualties") are left to the casualty readings.
 */
final class NumberOfFrames {

    /** How far before the figure the verb may stand: the verb, "the number of", the troops and where they are. */
    private static final int REACH = 120;
    private static final Pattern PUT_AT = Pattern.compile("(?i)\\b(?:put|puts|pegged|pegs|placed|places|estimated"
            + "|estimates|set|sets)\\s+(?:the|their|its)\\s+(?:total\\s+|overall\\s+)?(?:number|count|total)\\s+of\\s+"
            + "([^,;.]{3,80}?)\\s+at\\s+$");
    /** Words that count troops by a fate, not by their presence. */
    private static final Pattern FATE = Pattern.compile(
            "(?i)\\b(?:killed|dead|deaths?|died|wounded|injured|captured|casualt\\w*|loss(?:es)?|prisoners?)\\b");

    private NumberOfFrames() {
    }

    /** The figure whose words start at {@code wordsStart} (its qualifier included) sizes troops put at it. */
    static boolean troopsPutAt(String s, int wordsStart, PhraseMatcher troopNouns) {
        Matcher m = PUT_AT.matcher(s).region(Math.max(0, wordsStart - REACH), wordsStart);
        return m.find() && !troopNouns.find(s, m.start(1), m.end(1)).isEmpty() && !FATE.matcher(m.group(1)).find();
    }
}
