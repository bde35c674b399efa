package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Troops North Korea sent to another war (round 40; war reporting, not the gold, names the kind): "In 1950, North
 * Korea sent 100,000 troops across the border", "sent pilots to Vietnam", "during the Korean War". Up to the end of the
 * figure's clause stands a year before 2020 after "in", "during" or "by" (not "since": "the largest deployment since
 * 1953" measures this one; and not 2022, when the war the troops went to began), or one of
 * {@code figureFrames.otherWars}; a sending or a plan counted there is no figure of this war. A year in a relative
 * clause on the speaker ("an official who served in Pyongyang in 2015 said") dates the speaker, not the figure.
 */
final class OtherWars {

    /** "In 1950", "during the 1960s", "by 1953": a year of another war dates what follows. */
    private static final Pattern EARLIER_YEAR = Pattern.compile(
            "(?i)\\b(?:in|during|by)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?(?:1[89]\\d\\d|20[01]\\d)s?\\b");
    /** "since the 1950-53 Korean War": a war named as the measure of this one is no setting of the figure. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");

    private final PhraseMatcher wars;
    /** Speech verbs, which end a relative clause on the speaker ({@link SubjectClauses}). */
    private final PhraseMatcher speechVerbs;

    OtherWars(List<String> otherWars, PhraseMatcher speechVerbs) {
        this.wars = new PhraseMatcher(otherWars);
        this.speechVerbs = speechVerbs;
    }

    /**
     * "since the Korean War, in which some 2.5 million people died": a relative clause right after the war's name
     * (round 48, background paragraphs of whole articles) tells of that war, whatever measures it.
     */
    private static final Pattern RELATIVE_AFTER = Pattern.compile(
            "(?i)\\s*,?\\s*(?:in\\s+which|during\\s+which|when|where|which|that)\\b[^,;:]*$");

    /** Whether the words up to {@code clauseEnd}, the end of the figure's clause, set the figure in another war. */
    boolean setIn(String s, int clauseEnd) {
        return setIn(s, clauseEnd, -1);
    }

    /**
     * As {@link #setIn(String, int)}; a figure at {@code figureStart} inside a relative clause on the war's name is
     * set in that war even after "since".
     */
    boolean setIn(String s, int clauseEnd, int figureStart) {
        Matcher year = EARLIER_YEAR.matcher(s).region(0, clauseEnd);
        List<int[]> speakersPast = null;
        while (year.find()) {
            // "A defector who fled the North in 2019 said ...": the year dates the speaker's past (round 58)
            if (speakersPast == null) {
                speakersPast = SubjectClauses.of(s, speechVerbs);
            }
            if (!SubjectClauses.inside(speakersPast, year.start(), year.end())) {
                return true;
            }
        }
        return wars.find(s, 0, clauseEnd).stream().anyMatch(h -> !SINCE_BEFORE.matcher(s)
                .region(Math.max(0, h.start() - 30), h.start()).find()
                || h.end() <= figureStart && RELATIVE_AFTER.matcher(s).region(h.end(), figureStart).matches());
    }
}
