package tally.extract;

import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * A figure that carries its own hearsay with no one named (round 43, from sentences written for wordings dev lacks,
 * and dev's "..., according to X, and more than 6,000 were reported killed"): a clause coordinated after the
 * speaker's ("..., and 6,000 were reported killed") or a participle on the figure's own noun ("the 12,000 troops
 * thought to have been sent"). The speaker found elsewhere in the sentence may or may not have given that figure, so
 * the claimant is kept but shown as worded, never as a fact.
 */
final class OwnHearsay {

    static final String REASON = "the figure is reported in its own words, with no source named";

    /**
     * "troops thought to have been", "soldiers believed to be": a hearsay participle on the figure's noun, up to four
     * words after the number; "are thought to" or "who were believed to" is a clause's verb, not a participle.
     */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?i)^\\s*(?:(?!(?:are|is|was|were|be|been|who|that|which)\\b)[\\p{L}-]+\\s+){0,4}"
            + "(?:thought|believed|said|reported|estimated|understood|reckoned)\\s+to\\s+(?:have|be)\\s");
    private static final int REACH = 45;

    private final PhraseMatcher speechVerbs;

    OwnHearsay(PhraseMatcher speechVerbs) {
        this.speechVerbs = speechVerbs;
    }

    /** {@code who}, doubted when the figure at [start, end) has a hearsay of its own apart from {@code who}'s cue. */
    Attribution refine(String s, int start, int end, Attribution who) {
        if (!who.known() || who.anchor() < 0 || !who.certainty().certain()) {
            return who;
        }
        return coordinatedHearsay(s, start, end, who) || participleOnTheFigure(s, start, end, who)
                ? who.doubted(REASON, null) : who;
    }

    /** "North Korea sent 14,000, according to X, and more than 6,000 were reported killed": X's cue is in another clause. */
    private boolean coordinatedHearsay(String s, int start, int end, Attribution who) {
        if (who.anchor() >= start || !CueScope.newClauseBetween(s, who.anchor(), start)) {
            return false;
        }
        int clauseEnd = nextBreak(s, end);
        for (PhraseMatcher.Hit verb : speechVerbs.find(s, end, clauseEnd)) {
            if (CueSubjects.isHearsay(s, verb)) {
                return true;
            }
        }
        return false;
    }

    /** "Of the 12,000 troops thought to have been sent, Zelensky said that 4,000 ...": the speaker's cue is after it. */
    private static boolean participleOnTheFigure(String s, int start, int end, Attribution who) {
        return who.anchor() > end && PARTICIPLE.matcher(s).region(end, Math.min(s.length(), end + REACH)).lookingAt();
    }

    private static int nextBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return s.length();
    }
}
