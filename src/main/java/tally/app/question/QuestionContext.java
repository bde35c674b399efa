package tally.app.question;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * What a question's dates are read against: {@code today} (from the injected clock, never read in logic) for "last
 * month" and "this year", and the months in which the corpus has claims, so "in mid-December" means the most recent
 * December that has claims rather than one the corpus says nothing about.
 */
public record QuestionContext(LocalDate today, Set<YearMonth> claimMonths) {
    public QuestionContext {
        Objects.requireNonNull(today, "today");
        claimMonths = Set.copyOf(claimMonths);
    }

    /** Today only: a month without a year is the latest such month up to today. */
    public static QuestionContext on(LocalDate today) {
        return new QuestionContext(today, Set.of());
    }
}
