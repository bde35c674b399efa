package tally.app.question;

import java.util.List;

/**
 * Whether a question asks for a figure worked out from others: a percentage, a rate per day or month, an average
 * ("what percentage of the North Korean troops have been killed?", "deaths per month"). Tally gives only figures a
 * source stated, so such a question is answered with those figures and a reply that says none of them is the share or
 * rate asked; shown alone, a count would pass for the answer. The words are {@code intents.derived} in
 * config/questions.json. Thread-safe.
 */
public final class DerivedAsks {

    /** No words: no question asks for a derived figure (tests that do not load the lexicon). */
    public static final DerivedAsks NONE = new DerivedAsks(List.of());

    private final List<Phrases.Phrase> phrases;

    private DerivedAsks(List<String> words) {
        this.phrases = words.stream().map(Phrases::compile).toList();
    }

    public static DerivedAsks of(QuestionLexicon lexicon) {
        return new DerivedAsks(lexicon.intents().derived());
    }

    /** Whether any of the derived-figure phrases is among the question's words (exactly: "rate" is no typo of "date"). */
    public boolean asks(String question) {
        return !phrases.isEmpty()
                && Phrases.anyMatchExact(phrases, QuestionText.of(question).words());
    }
}
