package tally.app.answer;

import java.util.List;
import java.util.Objects;

/**
 * Whom or what a question counts. Tally covers North Korean troops only; a question about other forces ("Russian
 * soldiers"), another unit of count ("generals", "containers of munitions") or a measure Tally does not track
 * ("defected") is {@link Kind#OTHER} and is never answered with North Korean troop figures. {@code notCovered} names
 * what the question asks that Tally has no figures for, in the words of {@code config/questions.json} ("Russian
 * forces", "defections"); it may be set beside North Korean troops ("Russian and North Korean losses"). {@code terms}
 * are the question's own words that named it ("russian", "generals"), used to pick passages that speak of it.
 * {@code notBrokenDown} is a cause the question narrows the count to ("killed by drones", "in training accidents")
 * or a part of another count ("how many of the wounded later died"), in the question's own words: Tally's figures are
 * not broken down by cause, nor by two measures at once, so none of them answers for that part alone, and the reply
 * says so.
 */
public record Subject(Kind kind, List<String> notCovered, List<String> terms, List<String> notBrokenDown) {

    public enum Kind {
        /** The question names North Korean troops. */
        NORTH_KOREAN,
        /** The question names no force: North Korean troops are assumed, and every heading says so. */
        UNSTATED,
        /** The question counts only something Tally does not cover. */
        OTHER
    }

    public static final Subject UNSTATED = new Subject(Kind.UNSTATED, List.of(), List.of());

    /** A subject whose question narrows its count to no cause. */
    public Subject(Kind kind, List<String> notCovered, List<String> terms) {
        this(kind, notCovered, terms, List.of());
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        notCovered = List.copyOf(notCovered);
        terms = List.copyOf(terms);
        notBrokenDown = List.copyOf(notBrokenDown);
        if (kind == Kind.OTHER && notCovered.isEmpty()) {
            throw new IllegalArgumentException("a question about something else says what");
        }
    }

    /** Whether North Korean troop figures answer this question at all. */
    public boolean covered() {
        return kind != Kind.OTHER;
    }
}
