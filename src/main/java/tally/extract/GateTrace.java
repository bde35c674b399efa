package tally.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reading of one article did with each number it found (round 53): the number's words, its sentence and the
 * {@link Gate} that dropped it, or {@link Gate#READ} for a number read as a claim (which, if its sentence
 * still gives no finding, a later step removed). A sentence with no number in it has no entry: {@link Gate#NO_NUMBER}.
 * The extractor fills one only when asked ({@link RuleBasedExtraction#dropped}); a reading for claims passes
 * {@link #NONE}, which keeps nothing.
 */
public final class GateTrace {

    /** One dropped number: the sentence as the article words it, the number's words, and the gate. */
    public record Drop(String sentence, String number, Gate gate) {
        /** "'3,000': no troop noun, and no verb of deployment or fate". */
        public String describe() {
            return "'" + number + "': " + gate.reason();
        }
    }

    /** A trace that keeps nothing: the reading for claims pays for no list. */
    static final GateTrace NONE = new GateTrace(false);

    private final boolean keeps;
    private final List<Drop> drops = new ArrayList<>();

    private GateTrace(boolean keeps) {
        this.keeps = keeps;
    }

    static GateTrace keeping() {
        return new GateTrace(true);
    }

    void drop(Sentence sentence, Quantity q, Gate gate) {
        if (keeps) {
            drops.add(new Drop(sentence.original(), sentence.text().substring(q.start(), q.end()), gate));
        }
    }

    List<Drop> drops() {
        return List.copyOf(drops);
    }
}
