package tally.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Figure;
import tally.model.Metric;

/**
 * Round 62: decides whether a bare number is set off beside the troop noun it sizes ("sent more soldiers, perhaps
 * 3,000, to the front", "North Korean troops - about 3,000 of them - crossed into Russia", "sent reinforcements
 * (about 3,000) to Kursk"), and what those troops count. It exists because such a number has no noun of its own after
 * it, so the noun-phrase reading ({@link CountedNouns}) finds none and the metric must come from the aside's
 * surroundings; {@link CarriedMetrics} asks it last, after the troops counted before.
 */
final class ApposedNumbers {

    /** What a number set off beside a troop noun counts, and whether that noun's own words make the troops North Korea's. */
    record Apposed(Metric metric, boolean northKorean) {
    }

    /** Right before the number's words: a troop noun, then a comma, a dash or an opening bracket. */
    private static final Pattern APPOSITION_OPEN = Pattern.compile("(?i)"
            + "(?:\\s+(?:in|to|into|from|at)\\s+(?-i:\\p{Lu})[\\p{L}-]+)?\\s*(?:,|-|\\()\\s*"
            + "(?:(?:perhaps|possibly|maybe|probably|likely|reportedly)\\s+)?$");

    /** Right after the number: "of them", "in all", "or so", then the aside's close (a comma, a dash, a bracket, the end). */
    private static final Pattern APPOSITION_CLOSE = Pattern.compile("(?i)(?:\\s+of\\s+them"
            + "|\\s+in\\s+(?:all|total)|\\s+or\\s+so|\\s+altogether)?\\s*(?:,|-|\\)|\\.?\\s*$)");

    private final CompiledLexicon lex;
    private final Clauses clauses;
    private final Fates fates;

    ApposedNumbers(CompiledLexicon lex, Clauses clauses, Fates fates) {
        this.lex = lex;
        this.clauses = clauses;
        this.fates = fates;
    }

    /**
     * A bare number in an aside right after a troop noun counts those troops, and what they count is said by the
     * clause around the aside: a fate there, else a verb of sending. Null when the number is not so set off, or the
     * clause names no metric.
     */
    @Nullable Apposed apposedToTroops(Figure f) {
        String s = f.s();
        Quantity q = f.q();
        int words = lex.frames.beforeQualifier(s, q.start());
        Matcher open = APPOSITION_OPEN.matcher(s).region(Math.max(0, words - 40), words);
        if (!open.find() || open.start() == 0) {
            return null;
        }
        int nounEnd = open.start();
        PhraseMatcher.Hit troops = lex.troopNouns.find(s, Math.max(0, nounEnd - 40), nounEnd).stream()
                .filter(h -> h.end() == nounEnd).findFirst().orElse(null);
        Matcher close = APPOSITION_CLOSE.matcher(s).region(q.end(), s.length());
        if (troops == null || !close.lookingAt()) {
            return null;
        }
        int from = clauses.before(s, troops.start());
        int to = close.end() >= s.length() ? s.length() : clauses.after(s, Math.min(s.length(), close.end() + 1));
        if (lex.otherNationality.containsIn(s, from, nounEnd)) {
            return null; // "Ukrainian reinforcements, about 3,000, reached Kursk": another side's troops
        }
        Metric fate = fates.casualtyMetric(s, from, troops.start());
        if (fate == null && close.end() < s.length()) {
            fate = fates.casualtyMetric(s, close.end(), to);
        }
        Metric metric = fate != null ? fate : lex.cues.get(Metric.DEPLOYED).containsIn(s, from, to) ? Metric.DEPLOYED : null;
        return metric == null ? null
                : new Apposed(metric, lex.topicReferences.containsIn(s, from, nounEnd, f.ctx().referBack()));
    }
}
