package tally.app.question;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Subject;

/**
 * What a question counts when North Korean troops are its doer: "how many villages have the North Korean troops taken"
 * counts the villages, "how many soldiers have North Koreans killed" and "how many were killed by North Korean troops"
 * count their victims. Neither is answered with North Korean figures. The victims' label, the verbs of harm and the
 * words that pick passages are {@code subjects.victims} in config/questions.json. Thread-safe.
 */
final class DoneByNorthKorea {

    /** The word before a doer that is no inverting auxiliary: the agent of a passive ("killed by ..."). */
    static final String AGENT = "by";
    /** How far after the doer its verb of harm may stand ("have the North Korean special forces killed"). */
    private static final int VERB_REACH = 6;

    private final List<Phrases.Phrase> harmVerbs;
    private final List<String> passageWords;
    private final String label;
    private final List<Phrases.Phrase> clauseVerbs;

    /**
     * @param clauseVerbs copulas and verbs of what befalls the subject ({@code predicateBefore}, {@code subjectVerbs}):
     *                    one after the doer ends the stretch where its verb of harm may stand
     */
    DoneByNorthKorea(QuestionLexicon.Victims victims, List<Phrases.Phrase> clauseVerbs) {
        this.harmVerbs = victims.verbs().stream().map(Phrases::compile).toList();
        this.passageWords = List.copyOf(victims.words());
        this.label = victims.label();
        this.clauseVerbs = List.copyOf(clauseVerbs);
    }

    /**
     * @param doerAt   where North Korean troops are named as the doer
     * @param beforeAt the word before them past determiners and adjectives (an auxiliary or "by"), or -1
     * @return what the question counts instead of North Korean troops, or null when it counts North Korea's own ("how
     *         many casualties has North Korea admitted")
     */
    @Nullable Subject counted(List<String> w, CountedHead head, int doerAt, int beforeAt) {
        if (!head.unknown().isEmpty()) {
            return new Subject(Subject.Kind.OTHER, List.of(String.join(" ", head.unknown())), head.unknown());
        }
        return harmed(w, doerAt, beforeAt) ? new Subject(Subject.Kind.OTHER, List.of(label), passageWords) : null;
    }

    /**
     * A verb of harm after the doer before any copula ("have North Korean troops killed"; "has North Korea admitted
     * were killed" is no harm it did), or right before its "by" ("were killed by North Korean troops").
     */
    private boolean harmed(List<String> w, int doerAt, int beforeAt) {
        if (beforeAt >= 0 && w.get(beforeAt).equals(AGENT)) {
            return beforeAt > 0 && Phrases.oneWordAt(harmVerbs, w, beforeAt - 1);
        }
        for (int j = doerAt + 1; j < Math.min(w.size(), doerAt + VERB_REACH); j++) {
            if (Phrases.oneWordAt(harmVerbs, w, j)) {
                return true;
            }
            if (Phrases.oneWordAt(clauseVerbs, w, j)) {
                return false;
            }
        }
        return false;
    }
}
