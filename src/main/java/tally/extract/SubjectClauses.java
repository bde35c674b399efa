package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Relative clauses that describe a speaker before the verb by which the speaker speaks: "A defector who fled the North
 * in 2019 said ...", "An official, who left the ministry in May, told reporters ...". What such a clause dates is the
 * speaker's past (round 58, trial 13's kind: a year there dropped the figure as another war's, and a month there
 * became the claim's date), never the statement or the figure, which the verb after it governs.
 *
 * <p>A span runs from "who", "whom" or "whose" to the first speech verb ({@code speechVerbs}) after it, within one
 * clause: no ";", ":" or quotation mark between, and at most two commas (the clause set off by commas). Offsets are
 * characters of the sentence, end exclusive; a sentence with no "who" has none.
 */
final class SubjectClauses {

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\bwho(?:m|se)?\\b");
    /** What ends a clause: a relative clause on the speaker never crosses one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:\"“”.!?]");
    private static final int MAX_COMMAS = 2;

    private SubjectClauses() {
    }

    /** The spans [start, end) of the relative clauses on a speaker in {@code s}, in order; empty when there is none. */
    static List<int[]> of(String s, PhraseMatcher speechVerbs) {
        if (!containsWho(s)) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>(1);
        Matcher who = RELATIVE.matcher(s);
        while (who.find()) {
            if (who.start() == 0) {
                continue; // "Who ..." opening a sentence asks, it describes no speaker before it
            }
            List<PhraseMatcher.Hit> verbs = speechVerbs.find(s, who.end(), s.length());
            if (verbs.isEmpty()) {
                continue;
            }
            int verb = verbs.get(0).start();
            String between = s.substring(who.end(), verb);
            if (!CLAUSE_END.matcher(between).find() && commas(between) <= MAX_COMMAS) {
                spans.add(new int[] {who.start(), verb});
            }
        }
        return spans;
    }

    /** Whether [from, to) lies wholly inside one of {@code spans}. */
    static boolean inside(List<int[]> spans, int from, int to) {
        for (int[] span : spans) {
            if (span[0] <= from && to <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWho(String s) {
        for (int i = s.indexOf("ho"); i >= 0; i = s.indexOf("ho", i + 1)) {
            if (i > 0 && (s.charAt(i - 1) == 'w' || s.charAt(i - 1) == 'W')) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
