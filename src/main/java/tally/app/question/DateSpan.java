package tally.app.question;

import java.time.LocalDate;

/**
 * A date expression of a question resolved to the days it stands for, both inclusive, with how a reply says it ("mid-
 * December 2024", "Q1 2025 (January to March 2025)").
 */
record DateSpan(LocalDate from, LocalDate to, String text) {
}
