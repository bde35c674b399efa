package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The phrases of {@code subjects.untrackedMeasures} that negate a metric word ("not killed", "weren't wounded"): the
 * word there names what is not counted. "How many were NOT killed?" counts the others, which no figure does, while
 * "how many were wounded but not killed?" asks for the wounded; so a question's measures are read with those phrases
 * left blank, and only a question with no other measure is about the others.
 */
final class NegatedMeasures {

    /** Words that open a negated measure, after punctuation is dropped ("weren't" is "weren", "t"). */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "weren", "werent", "wasn", "wasnt");

    private final List<Phrases.Phrase> phrases;

    NegatedMeasures(QuestionLexicon.Subjects subjects) {
        this.phrases = subjects.untrackedMeasures().stream().flatMap(m -> m.words().stream()).map(Phrases::compile)
                .filter(p -> p.size() > 1 && NEGATIONS.contains(p.words().get(0))).toList();
    }

    /** {@code w} with the words of each negating phrase blank; {@code w} itself when none is there. */
    List<String> blanked(List<String> w) {
        List<String> kept = null;
        for (Phrases.Phrase p : phrases) {
            for (int i = 0; i + p.size() <= w.size(); i++) {
                if (Phrases.matchesAt(p, w, i)) {
                    kept = kept == null ? new ArrayList<>(w) : kept;
                    for (int k = i; k < i + p.size(); k++) {
                        kept.set(k, "");
                    }
                }
            }
        }
        return kept == null ? w : kept;
    }
}
