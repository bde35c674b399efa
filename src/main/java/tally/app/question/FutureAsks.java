package tally.app.question;

import java.util.List;

/**
 * A question about troops still to come (trial 13): "will north korea send more soldiers?" and "how many more will
 * North Korea send?" had listed the troops already sent, with no word that they answer another question, and "How many
 * more are coming?" got the help text. Such a question asks for planned deployments (planned_deployment: forecasts,
 * plans and expectations), the one measure Tally keeps of troops to come. It is read from {@code future} in
 * config/questions.json: one of its {@code phrases} ("more are coming"), or one of its {@code markers} ("will", "going
 * to", "plans to") followed within {@code window} words by one of its {@code verbs} ("send", "come") in a question that
 * counts troops: a quantity word or troop noun of {@code generic}, or one of {@code counted} ("more", "additional").
 * "Will Trump come to Kursk?" counts nobody, and "how many more were sent?" has no marker: neither asks about a plan.
 * Thread-safe.
 */
final class FutureAsks {

    private final List<Phrases.Phrase> markers;
    private final List<Phrases.Phrase> verbs;
    private final List<Phrases.Phrase> phrases;
    private final List<Phrases.Phrase> counted;
    private final int window;

    FutureAsks(QuestionLexicon.Future future, QuestionLexicon.Generic generic) {
        this.markers = compile(future.markers());
        this.verbs = compile(future.verbs());
        this.phrases = compile(future.phrases());
        List<String> counting = new java.util.ArrayList<>(future.counted());
        if (!future.counted().isEmpty()) {
            counting.addAll(generic.quantityWords());
            counting.addAll(generic.nouns());
        }
        this.counted = compile(counting);
        this.window = future.window();
    }

    private static List<Phrases.Phrase> compile(List<String> words) {
        return words.stream().map(Phrases::compile).sorted(Phrases.LONGEST_FIRST).toList();
    }

    /** Whether the question's words ask about troops still to come. */
    boolean asks(List<String> w) {
        if (Phrases.anyMatchExact(phrases, w)) {
            return true;
        }
        if (!Phrases.anyMatchExact(counted, w)) {
            return false;
        }
        for (int i = 0; i < w.size(); i++) {
            for (Phrases.Phrase marker : markers) {
                if (Phrases.matchesAt(marker, w, i) && verbWithin(w, i + marker.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb starting at most {@link #window} words after {@code from}. */
    private boolean verbWithin(List<String> w, int from) {
        return Phrases.anyStartsWithin(verbs, w, from, window);
    }
}
