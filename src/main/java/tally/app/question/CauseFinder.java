package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The causes a question narrows its count to ("killed by drones", "died in training accidents"): Tally keeps no figures
 * by cause, so the reply says none of its figures counts only that cause. The words are {@code subjects.causes} in
 * config/questions.json; since round 63 also each of {@code subjects.breakdowns} (places after "in", "near"; parts of
 * the force by a noun alone: "women"). Bounded: linear in the words times the lexicon.
 */
final class CauseFinder {

    private static final Set<String> JOINERS = Set.of("and", "or", "nor");
    private static final int MAX_BETWEEN = 4;

    private final List<Phrases.Phrase> causeBefore;
    private final List<Phrases.Phrase> causeNouns;

    /**
     * @param causeBefore words that introduce a cause ("by", "in")
     * @param causeNouns  the causes ("drone*", "training accident*")
     */
    CauseFinder(List<Phrases.Phrase> causeBefore, List<Phrases.Phrase> causeNouns) {
        this.causeBefore = causeBefore;
        this.causeNouns = causeNouns;
    }

    /**
     * Causes the question narrows its count to, in its own words: from a word such as "by", "in", "from" to the last of
     * the cause nouns that follow it, with at most {@value #MAX_BETWEEN} other words before the first ("killed by
     * Ukrainian drones", "died in training accidents", "of frostbite or disease").
     */
    List<String> find(List<String> w) {
        if (causeBefore.isEmpty()) {
            return nounsAlone(w);
        }
        List<String> found = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            int at = k;
            if (causeBefore.stream().noneMatch(p -> Phrases.matchesAt(p, w, at))) {
                continue;
            }
            int end = -1;
            for (int i = k + 1; i < w.size() && (end >= 0 || i <= k + 1 + MAX_BETWEEN); i++) {
                int size = causeNounAt(w, i);
                if (size > 0) {
                    end = i + size;
                    i = end - 1;
                } else if (end >= 0 && !(JOINERS.contains(w.get(i)) && causeNounAt(w, i + 1) > 0)) {
                    break; // the run of causes ("frostbite or disease") has ended
                }
            }
            if (end > 0) {
                found.add(String.join(" ", w.subList(k, end)));
                k = end - 1;
            }
        }
        return found;
    }

    /** With no words before: each run of the nouns is found by itself ("women", "teenage girls"). */
    private List<String> nounsAlone(List<String> w) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            int size = causeNounAt(w, i);
            if (size > 0) {
                found.add(String.join(" ", w.subList(i, i + size)));
                i += size - 1;
            }
        }
        return found;
    }

    private int causeNounAt(List<String> w, int i) {
        return causeNouns.stream().filter(p -> Phrases.matchesAt(p, w, i)).mapToInt(Phrases.Phrase::size).findFirst()
                .orElse(0);
    }
}
