package tally.extract;

import java.util.regex.Pattern;

/**
 * Numbers that are no count for their structure: a proportion ("one in three soldiers", "one out of every five") and
 * a year that modifies a noun after a determiner ("the 2024 treaty", "its 2018 summit"). A number of four digits
 * with no thousands separator after a determiner and before a noun that counts no troops names a year; "the 2000
 * soldiers" (a troop noun, checked by the caller) still counts.
 */
final class Proportions {

    private static final String NUMBER_WORD = "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)";
    /**
     * "one in three", "two out of every five", "one North Korean soldier in three": this is the second number of a
     * proportion (a noun phrase of one may stand between them).
     */
    static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b(?:" + NUMBER_WORD
            + "|(?:one|1)\\s+(?:[\\p{L}-]+\\s+){1,3}?)\\s*(?:in|out\\s+of\\s+every)\\s+(?:every\\s+)?$");
    /** "one in three", "one in every five": the second number, right after the first. */
    private static final Pattern RATIO_AFTER = Pattern.compile(
            "(?i)\\s+(?:in|out\\s+of)\\s+every\\s+" + NUMBER_WORD + "\\b|\\s+in\\s+" + NUMBER_WORD + "\\b");
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|this|that|his|her|our)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("\\s+\\p{Ll}");

    private Proportions() {
    }

    /** "a population of 26 million", "a nation of some 26 million": the people of a whole country (round 42). */
    private static final Pattern POPULATION_OF = Pattern.compile(
            "(?i)\\b(?:population|populace|nation|country)\\s+of\\s+(?:some\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+"
                    + "|almost\\s+|over\\s+|more\\s+than\\s+)?$");

    /** Whether the number counts the people of a whole country, not troops: "North Korea's population of 26 million". */
    static boolean population(String s, Quantity q) {
        return POPULATION_OF.matcher(s).region(Math.max(0, q.start() - 40), q.start()).find();
    }

    /** Round 46: "The ratio of dead to wounded was 1 to 3": a ratio's terms, whatever the nouns around them. */
    private static final Pattern RATIO_NOUN = Pattern.compile(
            "(?i)\\bratios?\\b[^.;,]{0,60}?\\b(?:was|is|were|are|of|at|stood\\s+at|stands\\s+at|reached)\\s+$");
    /** Round 46: "lost two soldiers for every Ukrainian killed": so many for each one of another count. */
    private static final Pattern FOR_EVERY = Pattern.compile(
            "(?i)(?:\\s+[\\p{L}-]+){0,3}?\\s+for\\s+(?:every|each)\\s");

    /**
     * Round 66: "For every North Korean soldier killed, three are wounded": the number right after a fronted "for
     * every" phrase and its comma is the other term of the proportion.
     */
    private static final Pattern FOR_EVERY_FRONTED = Pattern.compile(
            "(?i)\\bfor\\s+(?:every|each)\\s+[^,;.:]{1,60},\\s*(?:about\\s+|some\\s+|around\\s+|roughly\\s+|nearly\\s+"
                    + "|almost\\s+|at\\s+least\\s+|up\\s+to\\s+|as\\s+many\\s+as\\s+)?$");

    /** The number is one side of a proportion: "one in three", "in every five", "two for every one", a ratio's term. */
    static boolean inProportion(String s, Quantity q) {
        if (FOR_EVERY.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return true;
        }
        int frontedFrom = Math.max(0, q.start() - 80);
        if (mentions(s, frontedFrom, q.start(), "for e") && FOR_EVERY_FRONTED.matcher(s).region(frontedFrom, q.start()).find()) {
            return true;
        }
        int ratioFrom = Math.max(0, q.start() - 90);
        if (mentions(s, ratioFrom, q.start(), "ratio") && RATIO_NOUN.matcher(s).region(ratioFrom, q.start()).find()) {
            return true;
        }
        int from = Math.max(0, q.start() - 45);
        // only "one" opens a proportion: "300 in two days", "3,000 in 2024" are counts and their time
        boolean one = Long.valueOf(1).equals(q.low()) && Long.valueOf(1).equals(q.high());
        return endsLikeRatio(s, from, q.start()) && RATIO_BEFORE.matcher(s).region(from, q.start()).find()
                || one && RATIO_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    /**
     * What {@link #RATIO_BEFORE} needs at the window's end, looked for first by walking back: "in" or "every", then
     * white space (and perhaps a line end, which its {@code $} may stand before). Tried from every character of the
     * window of every number, the pattern was a twentieth of extraction's CPU; most windows end in neither word.
     */
    static boolean endsLikeRatio(String s, int from, int to) {
        int end = WindowEnds.trimEndForAnchor(s, from, to);
        return end < to && WindowEnds.endsWithAny(s, from, end, "in", "every");
    }

    /** Whether {@code word} stands in s[from, to), looked for before a pattern is tried from every character there. */
    private static boolean mentions(String s, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A year after a determiner and before a lower-case word: "the 2024 treaty". */
    static boolean yearAsModifier(String s, Quantity q) {
        return YEAR_DIGITS.matcher(s).region(q.start(), q.end()).matches()
                && DETERMINER_BEFORE.matcher(s).region(Math.max(0, q.start() - 8), q.start()).find()
                && WORD_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
    }
}
