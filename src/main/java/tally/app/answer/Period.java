package tally.app.answer;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.ClaimDate;

/**
 * A time window a question asks about ("in December", "since January", "before February 2025"), inclusive at both
 * ends. An open start is {@link #OPEN_START}, an open end {@link #OPEN_END}. {@code text} says it as the reply shows it
 * ("in November 2026 (last month)"). {@code alsoAsked} is how the reply says another period the question names that
 * this one does not cover ("more killed in spring 2025 than in winter 2024?"), or null: a reply covers one period and
 * must say so rather than answer half a question as if it were all of it. {@code unread} is the question's own words of
 * a time it names beside this period that could not be read ("before the Kursk counteroffensive" in "... before the
 * Kursk counteroffensive in March 2025?"), or null: the figures are limited to this period only, and the reply says so
 * rather than let the period stand for the whole of what was asked (trial 7: "before" was dropped without a word).
 */
public record Period(LocalDate from, LocalDate to, String text, @Nullable String alsoAsked, @Nullable String unread) {

    public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
        if (alsoAsked != null && alsoAsked.isBlank()) {
            throw new IllegalArgumentException("another period asked is said in words, or is null");
        }
        if (unread != null && unread.isBlank()) {
            throw new IllegalArgumentException("unread time words are words, or null");
        }
    }

    /** A period, the only one the question names. */
    public Period(LocalDate from, LocalDate to, String text) {
        this(from, to, text, null, null);
    }

    public Period(LocalDate from, LocalDate to, String text, @Nullable String alsoAsked) {
        this(from, to, text, alsoAsked, null);
    }

    public Period withAlsoAsked(String otherPeriod) {
        return new Period(from, to, text, otherPeriod, unread);
    }

    public Period withUnread(@Nullable String words) {
        return new Period(from, to, text, alsoAsked, words);
    }

    /**
     * The period as a reply's "Period:" line shows it: its text, and when the question names another period, that this
     * reply does not cover it.
     */
    public String shown() {
        String shown = alsoAsked == null ? text
                : text + ". Only this period is covered: the question also asks about figures " + alsoAsked
                        + ", and Tally answers one period at a time, so ask about those on their own";
        return unread == null ? shown : shown + ". Tally could not read the time in '" + unread
                + "': the figures below are limited by the period it read, not by those words";
    }

    /** Whether the span a claim date stands for (a day, a week, a month) overlaps this period; undated never does. */
    public boolean overlaps(ClaimDate date) {
        return overlaps(date, null);
    }

    /**
     * Whether the claim's date overlaps this period, its span cut at the day the claim was first reported
     * ({@link Claim#firstReported()}): "the week of 30 Dec 2024" reported on 30 Dec is no claim of 2025 (trial 18).
     */
    public boolean overlaps(Claim claim) {
        return overlaps(claim.claimDate(), claim.firstReported());
    }

    /** As {@link #overlaps(ClaimDate)}, the span cut at {@code reported} (no claim is made after its report). */
    public boolean overlaps(ClaimDate date, @Nullable LocalDate reported) {
        LocalDate start = start(date, reported);
        return start != null && !end(date, reported).isBefore(from) && !start.isAfter(to);
    }

    /**
     * Whether a claim date overlaps this period without lying inside it: a claim known only to the month matches a
     * day filter within that month, and the reply marks it so.
     */
    public boolean overlapsOnly(ClaimDate date) {
        return overlapsOnly(date, null);
    }

    /** As {@link #overlapsOnly(ClaimDate)}, the claim's span cut at the day it was first reported. */
    public boolean overlapsOnly(Claim claim) {
        return overlapsOnly(claim.claimDate(), claim.firstReported());
    }

    private boolean overlapsOnly(ClaimDate date, @Nullable LocalDate reported) {
        LocalDate start = start(date, reported);
        return overlaps(date, reported) && (start.isBefore(from) || end(date, reported).isAfter(to));
    }

    /** The first day a claim date may be: its own, or the day it was reported when it is dated after that. */
    private static @Nullable LocalDate start(ClaimDate date, @Nullable LocalDate reported) {
        LocalDate start = date.date();
        return start != null && reported != null && start.isAfter(reported) ? reported : start;
    }

    /** The last day a claim date may be: its day, its week's Sunday, its month's last day; never after its report. */
    public static LocalDate end(ClaimDate date, @Nullable LocalDate reported) {
        LocalDate start = Objects.requireNonNull(date.date());
        LocalDate end = switch (date.precision()) {
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
        return reported != null && end.isAfter(reported) ? reported : end;
    }
}
