package tally.app.question;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of several words of {@code subjects.untrackedMeasures}: a metric word inside one names no measure of
 * Tally's ("not killed", "weren't wounded", "sent home", "killed themselves"). "How many were NOT killed?" counts the
 * others and "how many were sent back home?" those withdrawn, which no figure counts, while "how many were wounded but
 * not killed?" asks for the wounded; so a question's measures are read with those phrases left blank, and only a
 * question with no other measure is about what the phrase counts.
 */
final class UntrackedPhrases {

    private final List<Phrases.Phrase> phrases;

    UntrackedPhrases(QuestionLexicon.Subjects subjects) {
        this.phrases = subjects.untrackedMeasures().stream().flatMap(m -> m.words().stream()).map(Phrases::compile)
                .filter(p -> p.size() > 1).toList();
    }

    /** {@code w} with the words of each such phrase blank; {@code w} itself when none is there. */
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
