package tally.app.answer;

import java.time.LocalDate;
import java.util.Objects;
import tally.model.ClaimDate;

/**
 * A time window a question asks about ("in December", "since January", "before February 2025"), inclusive at both
 * ends. An open start is {@link #OPEN_START}, an open end {@link #OPEN_END}. {@code text} says it as the reply shows it
 * ("in November 2026 (last month)").
 */
public record Period(LocalDate from, LocalDate to, String text) {

    public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    /** Whether the span a claim date stands for (a day, a week, a month) overlaps this period; undated never does. */
    public boolean overlaps(ClaimDate date) {
        LocalDate start = date.date();
        return start != null && !end(date).isBefore(from) && !start.isAfter(to);
    }

    /**
     * Whether a claim date overlaps this period without lying inside it: a claim known only to the month matches a
     * day filter within that month, and the reply marks it so.
     */
    public boolean overlapsOnly(ClaimDate date) {
        LocalDate start = date.date();
        return overlaps(date) && (start.isBefore(from) || end(date).isAfter(to));
    }

    private static LocalDate end(ClaimDate date) {
        LocalDate start = Objects.requireNonNull(date.date());
        return switch (date.precision()) {
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
    }
}
