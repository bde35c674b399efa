package tally.extract;

import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * A bare number that counts the same measure as a figure spoken of before it: an ellipsis before its own
 * attribution, "the figure at", another party's estimate "at" it, or the object of a cue verb of its own clause
 * after a clause that named the measure.
 */
final class SameMeasure {

    private final CompiledLexicon lex;

    SameMeasure(CompiledLexicon lex) {
        this.lex = lex;
    }

    /** A bare number followed by its own attribution: an ellipsis of the figure before it. */
    static final Pattern ELLIPSIS = Pattern.compile("(?i)\\s*,?\\s*according to\\b");

    /**
     * "some reports put the figure at up to 12,000": a figure, number or estimate named by a definite word and no
     * measure of its own is the one the sentence spoke of before.
     */
    static final Pattern THE_FIGURE = Pattern.compile(
            "(?i)\\b(?:the|that|this|their|its)\\s+(?:figure|number|estimate|total|count|tally)\\s+(?:at|to)\\s+(?:\\w+\\s+){0,2}$");

    /**
     * "put the toll at 4,000, although US estimates were lower, at about 1,200": another party's estimate of the same
     * measure, compared with the figure before and given after "at", with no measure of its own ("the estimate of the
     * shells fired, at 1,100" is an estimate of something else).
     */
    static final Pattern ESTIMATE_THEN_AT = Pattern.compile(
            "(?i)\\b(?:estimates?|estimated|figures?|counts?|tolls?|tally|tallies|assessments?)\\b(?:(?!\\bof\\b)[^.;:()]){0,40}?\\bat\\s+$");

    boolean otherEstimateAt(String s, int clauseStart, int start) {
        int at = Math.max(clauseStart, lex.frames.beforeQualifier(s, start));
        // most bare numbers follow no "at": the pattern, anchored at the window's end, is tried only after one
        return endsWithAt(s, clauseStart, at) && ESTIMATE_THEN_AT.matcher(s).region(clauseStart, at).find();
    }

    /** s[from, to) ends in the word "at" and white space: the one word {@link #ESTIMATE_THEN_AT} must end with. */
    static boolean endsWithAt(String s, int from, int to) {
        return to > from && Character.isWhitespace(s.charAt(to - 1)) && WindowEnds.endsWithWord(s, from, to, "at");
    }

    /** A cue verb whose object is the bare number: "Seoul estimates about 600", "puts the toll at 600". */
    private static final Pattern CUE_OBJECT = Pattern.compile(
            "(?i)\\s*(?:(?:it|them|the (?:figure|number|toll|total|death toll)) at\\s*)?");

    /**
     * "Pyongyang has given no number for troops killed, though Seoul estimates about 600": a bare number that a cue
     * verb of its own clause takes as object, with no metric in that clause, counts what the sentence spoke of just
     * before (read with {@link Fates#casualtyMetric} over the earlier clauses; marked uncertain by {@link MetricFinder#metricDoubt}).
     */
    boolean estimatedAfterEarlierClause(String s, Quantity q, int clauseStart) {
        if (clauseStart == 0) {
            return false;
        }
        for (PhraseMatcher.Hit cue : lex.speechVerbs.find(s, clauseStart, q.start())) {
            String between = s.substring(cue.end(), q.start());
            String beforeQualifier = lex.qualifiers.find(between).stream().filter(h -> between.substring(h.end()).isBlank())
                    .map(h -> between.substring(0, h.start())).findFirst().orElse(between);
            if (CUE_OBJECT.matcher(beforeQualifier).matches()) {
                return true;
            }
        }
        return false;
    }
}
