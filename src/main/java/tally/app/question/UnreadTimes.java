package tally.app.question;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;

/**
 * The time a question speaks of when none could be read from it: "how many died before Kursk was retaken", "in the first
 * month of fighting". The period parser reads dates, seasons and feasts; an event or a stretch it cannot place was
 * dropped without a word and every figure answered as if no time were asked. The words that speak of a time are
 * {@code intents.timeWords} in config/questions.json. Thread-safe.
 */
public final class UnreadTimes {

    /** No words: no question speaks of an unread time (tests that do not load the lexicon). */
    public static final UnreadTimes NONE = new UnreadTimes(List.of());

    /** The question's words quoted from the time word on: enough to recognise, never the whole of a long question. */
    private static final int MAX_WORDS = 6;

    private final List<Phrases.Phrase> phrases;

    private UnreadTimes(List<String> words) {
        this.phrases = words.stream().map(Phrases::compile).sorted(Phrases.LONGEST_FIRST).toList();
    }

    public static UnreadTimes of(QuestionLexicon lexicon) {
        return new UnreadTimes(lexicon.intents().timeWords());
    }

    /** The question's words from its first time word on ("before kursk was retaken"), or null when a period was read. */
    public @Nullable String in(String question, ParsedQuestion parsed) {
        return parsed.period() != null ? null : in(question);
    }

    /**
     * The words of {@code text} from its first time word on, or null when it has none. The period parser asks this of
     * what is left of a question once the period it read is blanked out ("the kursk counteroffensive in march 2025"
     * leaves "before the kursk counteroffensive").
     */
    public @Nullable String in(String text) {
        if (phrases.isEmpty()) {
            return null;
        }
        List<String> w = QuestionText.of(text).words();
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (phrases.stream().anyMatch(p -> Phrases.matchesAt(p, w, at))) {
                return String.join(" ", w.subList(i, Math.min(w.size(), i + MAX_WORDS)));
            }
        }
        return null;
    }
}
