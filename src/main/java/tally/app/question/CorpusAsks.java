package tally.app.question;

import java.util.List;
import tally.app.answer.ParsedQuestion;

/**
 * Whether a question asks what Tally reads rather than for figures: "what are your sources?", "which articles do
 * you use?", "where do your numbers come from?". Such a question names no measure, source, period or number; with one
 * of those ("which article says 1,100?", "sources for the death toll") it asks for figures and is answered with them.
 * Before, it got the text for questions off the subject (trial 9). The phrases are {@code intents.corpus} in
 * config/questions.json. Thread-safe.
 */
public final class CorpusAsks {

    /** No phrases: no question asks about the corpus (tests that do not load the lexicon). */
    public static final CorpusAsks NONE = new CorpusAsks(List.of());

    private final List<Phrases.Phrase> phrases;

    private CorpusAsks(List<String> words) {
        this.phrases = words.stream().map(Phrases::compile).toList();
    }

    public static CorpusAsks of(QuestionLexicon lexicon) {
        return new CorpusAsks(lexicon.intents().corpus());
    }

    /** Whether the question, as parsed, asks about the articles themselves. */
    public boolean asks(String question, ParsedQuestion parsed) {
        return !phrases.isEmpty() && parsed.metrics().isEmpty() && parsed.number() == null
                && parsed.claimant() == null && parsed.partyId() == null && parsed.unknownSource() == null
                && parsed.period() == null
                && Phrases.anyMatchExact(phrases, QuestionText.of(question).words());
    }
}
