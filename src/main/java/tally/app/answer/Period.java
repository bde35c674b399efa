package tally.app.answer;

import java.time.LocalDate;
import java.util.Objects;

/** A time window a question asks about ("in December", "since January"), inclusive at both ends. */
public record Period(LocalDate from, LocalDate to, String text) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }
}
