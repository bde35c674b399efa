package tally.extract;

import java.util.regex.Pattern;

/**
 * Figures nobody gives as a fact (round 46, precision by construction: war reporting's own ways of asking and
 * supposing, not the gold): a number in a yes-or-no question ("Would Pyongyang send 100,000 troops if Moscow asked?",
 * "Were 500 captured?") or in a condition ("If 100,000 soldiers were sent, ...", "Should North Korea send 30,000
 * soldiers, Seoul would respond", "Suppose it sends 40,000: ...", "... would respond if Pyongyang sent 20,000 more")
 * raises a possibility. Troops asked about are at most planned, as troops weighed ("whether to send") already were
 * (round 40); troops or a loss supposed in a condition were sent or befell no one (round 49). A question that takes its figure as given ("Why has Pyongyang sent 10,000
 * troops?") keeps it, and so does a main clause after its condition ("Should it be confirmed, this would ..., after an
 * estimated 14,000 were sent").
 */
final class Hypotheticals {

    private Hypotheticals() {
    }

    private static final String OPENING = "(?i)[\\s\"'\u201C\u2018]*";
    /** An auxiliary or modal before its subject at the start: a yes-or-no question when a question mark ends it. */
    private static final Pattern POLAR = Pattern.compile(OPENING + "(?:would|could|should|will|can|might|may|must|does"
            + "|do|did|is|are|was|were|has|have|had|what\\s+if)\\b");
    /** A condition opening the sentence; it ends at the first comma, colon or semicolon. */
    private static final Pattern CONDITION_FIRST = Pattern.compile(OPENING + "(?:if|even\\s+if|should|suppose"
            + "|supposing|imagine|what\\s+if|were|unless|in\\s+case)\\b");
    /** A condition after the main clause: from its word to the end of its clause. */
    private static final Pattern CONDITION_WORD = Pattern.compile("(?i)\\b(?:if|unless)\\s");

    /** The figure starting at {@code figureStart} is asked about or supposed, not given. */
    static boolean unasserted(String s, int figureStart) {
        return polarQuestion(s, figureStart) || supposed(s, figureStart);
    }

    /**
     * Round 49: the figure is inside a condition ("If Pyongyang sent 100,000 troops, the front could shift"): a
     * supposition nobody reports as a plan, so no figure at all, where a yes-or-no question ("Would Pyongyang send
     * 100,000 troops?") still weighs a deployment as "whether to send" does.
     */
    static boolean supposed(String s, int figureStart) {
        return conditionFirst(s, figureStart) || conditionAfter(s, figureStart);
    }

    private static boolean polarQuestion(String s, int figureStart) {
        return s.indexOf('?', figureStart) >= 0 && s.lastIndexOf('?', figureStart) < 0
                && POLAR.matcher(s).lookingAt();
    }

    private static boolean conditionFirst(String s, int figureStart) {
        java.util.regex.Matcher m = CONDITION_FIRST.matcher(s);
        return m.lookingAt() && figureStart < clauseEnd(s, m.end(), -1);
    }

    private static boolean conditionAfter(String s, int figureStart) {
        int from = Math.max(0, figureStart - 120);
        java.util.regex.Matcher m = CONDITION_WORD.matcher(s).region(from, figureStart);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && clauseEnd(s, last, figureStart) > figureStart;
    }

    /** Where the clause from {@code from} ends: its first comma, colon, semicolon or question mark; {@code orElse}
     * when none follows. */
    private static int clauseEnd(String s, int from, int orElse) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ',' && !(i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) || c == ':' || c == ';'
                    || c == '?') {
                return i;
            }
        }
        return orElse < 0 ? -1 : s.length();
    }
}
