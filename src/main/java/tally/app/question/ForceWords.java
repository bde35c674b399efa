package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a force is named as what is counted, in a question and in a passage alike ({@code subjects} of
 * config/questions.json): a noun of it ("Russians"), or an adjective of it before a force noun ("Russian soldiers",
 * "Russian and North Korean losses"), not right after a {@code notSubjectBefore} word ("killed by Ukrainian forces",
 * "fighting alongside the Russian army") unless a {@code subjectVerbs} word follows ("did Russian troops die").
 * "The Russian region of Kursk" names no force: "region" is no force noun. Bounded: linear in the words.
 */
final class ForceWords {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
    private static final Set<String> JOINERS = Set.of("and", "or", "nor");
    static final int MAX_BETWEEN = 4;

    record Force(String label, List<Phrases.Phrase> adjectives, List<Phrases.Phrase> nouns) {
    }

    private final Force covered;
    private final List<Force> others;
    private final List<Phrases.Phrase> allAdjectives = new ArrayList<>();
    private final List<Phrases.Phrase> forceNouns;
    private final List<Phrases.Phrase> notSubjectBefore;
    private final List<Phrases.Phrase> subjectVerbs;
    private final List<Phrases.Phrase> predicateBefore;

    ForceWords(QuestionLexicon.Subjects lexicon) {
        this.covered = force(lexicon.covered());
        this.others = lexicon.otherForces().stream().map(this::force).toList();
        this.forceNouns = compile(lexicon.forceNouns());
        this.notSubjectBefore = compile(lexicon.notSubjectBefore());
        this.subjectVerbs = compile(lexicon.subjectVerbs());
        this.predicateBefore = compile(lexicon.predicateBefore());
    }

    private Force force(QuestionLexicon.Force f) {
        List<Phrases.Phrase> adjectives = compile(f.adjectives());
        allAdjectives.addAll(adjectives);
        return new Force(f.label(), adjectives, compile(f.nouns()));
    }

    static List<Phrases.Phrase> compile(List<String> words) {
        return words.stream().map(Phrases::compile).sorted(Phrases.LONGEST_FIRST).toList();
    }

    Force covered() {
        return covered;
    }

    List<Force> others() {
        return others;
    }

    List<Phrases.Phrase> allAdjectives() {
        return allAdjectives;
    }

    List<Phrases.Phrase> forceNouns() {
        return forceNouns;
    }

    List<Phrases.Phrase> notSubjectBefore() {
        return notSubjectBefore;
    }

    List<Phrases.Phrase> subjectVerbs() {
        return subjectVerbs;
    }

    List<Phrases.Phrase> predicateBefore() {
        return predicateBefore;
    }

    /** Whether {@code f} is named at word {@code i}: a noun of it, or an adjective before a force noun or as predicate. */
    boolean mentions(Force f, List<String> w, int i) {
        if (f.nouns().stream().anyMatch(p -> Phrases.matchesAt(p, w, i))) {
            return true;
        }
        for (Phrases.Phrase adjective : f.adjectives()) {
            if (Phrases.matchesAt(adjective, w, i) && (nounFollows(w, i + adjective.size())
                    || predicate(w, i, i + adjective.size()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code f}, adjective or noun, stands anywhere in {@code w}, before a force noun or not. */
    boolean namedAnywhere(Force f, List<String> w) {
        return Phrases.anyMatchExact(f.nouns(), w) || Phrases.anyMatchExact(f.adjectives(), w);
    }

    /** Whether {@code f} is named as what is counted somewhere in {@code w}: not after "by", "alongside" and the like. */
    boolean counted(Force f, List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (mentions(f, w, i) && !afterNonSubjectWord(w, i, -1)) {
                return true;
            }
        }
        return false;
    }

    /** A force noun next, past other adjectives and "and"/"or": "Russian and North Korean losses". */
    private boolean nounFollows(List<String> w, int from) {
        int j = from;
        for (int skipped = 0; j < w.size() && skipped <= MAX_BETWEEN; skipped++) {
            int at = j;
            if (forceNouns.stream().anyMatch(p -> Phrases.matchesAt(p, w, at))) {
                return true;
            }
            if (JOINERS.contains(w.get(j))) {
                j++;
                continue;
            }
            Phrases.Phrase adjective = allAdjectives.stream().filter(p -> Phrases.matchesAt(p, w, at)).findFirst().orElse(null);
            if (adjective == null) {
                return false;
            }
            j += adjective.size();
        }
        return false;
    }

    /**
     * "How many of the dead were Russian": an adjective of a force ending the question after a copula is what the
     * counted ones were, so that force is counted. "Were the dead Russian or North Korean" counts both.
     */
    private boolean predicate(List<String> w, int start, int end) {
        boolean last = end >= w.size() || JOINERS.contains(w.get(end));
        int before = start - 1;
        return last && before >= 0 && Phrases.oneWordAt(predicateBefore, w, before);
    }

    /**
     * "by the Ukrainian army", "did North Korean troops kill": the doer, not what is counted. A verb of what befalls
     * the subject right after the force ("did Russian troops die") makes it the one counted after all.
     *
     * @param auxAt where the inverting auxiliary of a "how many" question stands, or -1
     */
    boolean afterNonSubjectWord(List<String> w, int i, int auxAt) {
        int k = beforeDeterminers(w, i);
        if (k < 0) {
            return false;
        }
        boolean doer = k == auxAt || Phrases.oneWordAt(notSubjectBefore, w, k);
        return doer && !befallsSubject(w, i + 1);
    }

    /**
     * The index of the word before {@code i} past determiners and force adjectives ("by the Ukrainian drones": the
     * drones are the doer, not what is counted), or -1.
     */
    int beforeDeterminers(List<String> w, int i) {
        int k = i - 1;
        while (k >= 0) {
            if (DETERMINERS.contains(w.get(k))) {
                k--;
                continue;
            }
            int start = adjectiveEndingAt(w, k);
            if (start < 0) {
                return k;
            }
            k = start - 1;
        }
        return k;
    }

    private int adjectiveEndingAt(List<String> w, int end) {
        for (Phrases.Phrase adjective : allAdjectives) {
            int start = end - adjective.size() + 1;
            if (start >= 0 && Phrases.matchesAt(adjective, w, start)) {
                return start;
            }
        }
        return -1;
    }

    boolean befallsSubject(List<String> w, int from) {
        return Phrases.anyStartsWithin(subjectVerbs, w, from, MAX_BETWEEN);
    }
}
