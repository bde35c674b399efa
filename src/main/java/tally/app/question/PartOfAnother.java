package tally.app.question;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tally.model.Metric;

/**
 * A count asked of a part of another ("how many of the wounded later died?", "how many of those captured were
 * wounded?"): the troops counted by two of the killed, the wounded and the captured at once. No figure counts them,
 * so the figures of each are shown with a note that none counts only those (as for a cause: {@code
 * Subject#notBrokenDown}). Parts of the troops sent ("of those sent, how many were killed?") or of the casualties
 * ("of the casualties, how many died?") hold every such figure, so they are no part of another in this sense. The
 * words before are {@code subjects.partOf} in config/questions.json.
 */
final class PartOfAnother {

    /** The measures whose overlaps no source counts. */
    private static final Set<Metric> FATES = EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.CAPTURED);
    /** Words that may stand between "of the" and the measure's word: "of the North Korean wounded". */
    private static final int MAX_BETWEEN = 3;

    private final List<Phrases.Phrase> before;

    PartOfAnother(List<String> before) {
        this.before = before.stream().map(Phrases::compile).sorted(Phrases.LONGEST_FIRST).toList();
    }

    /**
     * The question's words for the part ("of the wounded"), or null when it asks for none.
     *
     * @param w       the question's words
     * @param asked   the measures the question names in words
     * @param measure the measures a phrase of the lexicon names at a word and its length in words, or null there
     */
    @Nullable String find(List<String> w, Set<Metric> asked, BiFunction<List<String>, Integer, Named> measure) {
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            Phrases.Phrase opener = before.stream().filter(p -> Phrases.matchesAt(p, w, at)).findFirst().orElse(null);
            if (opener == null) {
                continue;
            }
            int from = i + opener.size();
            for (int j = from; j < w.size() && j <= from + MAX_BETWEEN; j++) {
                Named whole = measure.apply(w, j);
                if (whole == null) {
                    continue;
                }
                Set<Metric> wholeFates = EnumSet.noneOf(Metric.class);
                whole.metrics().stream().filter(FATES::contains).forEach(wholeFates::add);
                boolean another = asked.stream().anyMatch(m -> FATES.contains(m) && !wholeFates.contains(m));
                if (wholeFates.size() == 1 && another) {
                    return String.join(" ", w.subList(i, j + whole.size()));
                }
                break;
            }
        }
        return null;
    }

    /** What a lexicon phrase names: its measures and its length in words. */
    record Named(Set<Metric> metrics, int size) {
    }
}
