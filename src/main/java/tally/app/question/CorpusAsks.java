package tally.app.question;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;
import tally.config.ClaimantDirectory;

/**
 * Whether a question asks what Tally reads rather than for figures: "what are your sources?", "which articles do
 * you use?", "where do your numbers come from?". Such a question names no measure, source, period or number; with one
 * of those ("which article says 1,100?", "sources for the death toll") it asks for figures and is answered with them.
 * Before, it got the text for questions off the subject (trial 9). The phrases are {@code intents.corpus} in
 * config/questions.json. Thread-safe.
 */
public final class CorpusAsks {

    /** No phrases: no question asks about the corpus (tests that do not load the lexicon). */
    public static final CorpusAsks NONE = new CorpusAsks(List.of(), null);

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\p{Nd}");

    private final List<Phrases.Phrase> phrases;
    private final @Nullable ClaimantDirectory directory;

    private CorpusAsks(List<String> words, @Nullable ClaimantDirectory directory) {
        this.phrases = words.stream().map(Phrases::compile).toList();
        this.directory = directory;
    }

    /** @param directory names a question may give of a source ("what are your sources on Zelensky?" asks for his figures) */
    public static CorpusAsks of(QuestionLexicon lexicon, ClaimantDirectory directory) {
        return new CorpusAsks(lexicon.intents().corpus(), directory);
    }

    /**
     * Whether the question, as parsed, asks about the articles themselves: a phrase of {@code intents.corpus}, and no
     * measure, source, period or number, read or merely written ("what sources say 3,000?", "what are your sources
     * on the NIS?" are about figures, trial 11).
     */
    public boolean asks(String question, ParsedQuestion parsed) {
        return !phrases.isEmpty() && parsed.metrics().isEmpty() && parsed.number() == null
                && parsed.claimant() == null && parsed.partyId() == null && parsed.unknownSource() == null
                && parsed.period() == null && !DIGIT.matcher(question).find()
                && Phrases.anyMatchExact(phrases, QuestionText.of(question).words())
                // last: a scan of the directory's names, wanted only for the few questions that use a corpus phrase
                && (directory == null || directory.claimants(question).isEmpty() && directory.parties(question).isEmpty());
    }
}
