package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Metric;

/**
 * What words that name North Korea's troops but give no figure count: the one fate they name ("North Korean troops
 * have been killed in Kursk"), else, with a word of deployment, troops sent ("North Korea has sent troops to Russia")
 * or still to come when a word of plan stands in them ("Pyongyang plans to send more soldiers"). A bare number after
 * such words may size those troops ({@link CarriedSizes}, {@link RestatedNumbers}): round 58 read a whole sentence so
 * for the next sentence of its paragraph; round 65 reads the clauses of the number's own sentence before it the same
 * way ("North Korea has sent troops to Russia, and Seoul puts the number at 11,000").
 */
final class TroopsWithoutFigure {

    private final CompiledLexicon lex;

    TroopsWithoutFigure(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * What the words {@code [from, to)} of {@code s} count, when they name North Korea ({@code namesTopic}) and a troop
     * noun and give no figure; null when they name two fates, or none and no deployment.
     */
    @Nullable Metric counted(String s, int from, int to, boolean namesTopic) {
        if (!namesTopic || !lex.troopNouns.containsIn(s, from, to)) {
            return null;
        }
        Metric fate = null;
        for (Metric m : List.of(Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED, Metric.CAPTURED)) {
            if (lex.cues.get(m).containsIn(s, from, to)) {
                if (fate != null) {
                    return null; // "killed or wounded", "captured and wounded": which one the next number sizes is open
                }
                fate = m;
            }
        }
        if (fate != null) {
            return fate;
        }
        if (!lex.cues.get(Metric.DEPLOYED).containsIn(s, from, to)) {
            return null;
        }
        return lex.planned.containsIn(s, from, to) ? Metric.PLANNED_DEPLOYMENT : Metric.DEPLOYED;
    }

    /**
     * Round 65: what the clauses before the clause of the sentence's first number count, when they name North Korea's
     * troops and give no figure ("North Korea has sent troops to Russia; Seoul puts the number at 11,000", "North Korean
     * troops are fighting in Kursk, and there are about 11,000 of them"); null when the first number's clause opens the
     * sentence. A clause is cut at {@code clauseBreaks} (";", ", and ", " - "), not at any comma.
     */
    @Nullable Metric beforeFirstNumber(String s, List<Quantity> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        int clauseStart = lex.clauses.before(s, numbers.get(0).start());
        return clauseStart <= 0 ? null : counted(s, 0, clauseStart, lex.topic.containsIn(s, 0, clauseStart));
    }
}
