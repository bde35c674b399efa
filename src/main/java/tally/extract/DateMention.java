package tally.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.DatePrecision;

/**
 * A date expression in a sentence and what it needs to become a date. Fields that the text does not give are null:
 * "December 16" has no year, "on Monday" only a weekday. {@link #resolve} fills them in from the article's date.
 */
record DateMention(
        int start,
        int end,
        Kind kind,
        @Nullable Integer year,
        @Nullable Integer month,
        @Nullable Integer day,
        @Nullable DayOfWeek weekday,
        int offset) {

    enum Kind {
        /** A calendar day, perhaps without year, perhaps with a weekday ("Monday, December 23"). */
        DAY,
        /** A day of the month alone: "on the 19th" (the article's month, or the month before if later than its day). */
        DAY_OF_MONTH,
        /**
         * A weekday: "on Monday" (offset 0: the latest such day on or before the report), "last Saturday"
         * ({@link #BEFORE_THE_REPORT}: the latest such day before the report's own, so "last Friday" in a Friday's
         * article is a week back), or a weekday of a week counted from the report's, "on Friday last week" (offset -1:
         * that day of the week before).
         */
        WEEKDAY,
        /** A month: "in late October", "at the end of November", "in December 2024". */
        MONTH,
        /** A month counted from the report: "last month" (offset -1), "earlier this month" (0). */
        RELATIVE_MONTH,
        /** A week counted from the report: "last week" (offset -1), "this week" (0). */
        RELATIVE_WEEK,
        /** A day counted from the report: "yesterday" (offset -1), "today" (0). */
        RELATIVE_DAY,
        /**
         * The latest weekend, as the week it ends: "over the weekend", "last weekend" (offset 0: the weekend whose
         * Saturday is on or before the report), "this weekend" ({@link #THIS_WEEKEND}: the same, but none in a
         * Thursday's or Friday's article, where it is the weekend still to come).
         */
        WEEKEND,
        /**
         * "the same day" (offset 0), "a day later", "the next day" (1), "two days later" (2): counted from the date of
         * the statement just before, not from the report's.
         */
        SAME_DAY
    }

    /** A weekday's offset for "last Friday", "this past Friday": the latest such day strictly before the report. */
    static final int BEFORE_THE_REPORT = 1;

    /** A weekend's offset for "this weekend": the weekend just past, unless the report is late in the week. */
    static final int THIS_WEEKEND = 1;

    /** How many years back a weekday-and-date pair is searched for a year that fits. */
    private static final int YEARS_BACK = 7;

    boolean absolute() {
        return kind == Kind.DAY && (year != null || weekday != null);
    }

    /** The date this expression names, given the article's date (null when unknown); null if it cannot be placed. */
    @Nullable ClaimDate resolve(@Nullable LocalDate reported) {
        return switch (kind) {
            case DAY -> day(reported);
            case DAY_OF_MONTH -> dayOfMonth(reported);
            case WEEKDAY -> reported == null ? null : ClaimDate.day(offset == 0
                    ? reported.with(TemporalAdjusters.previousOrSame(weekday))
                    : offset == BEFORE_THE_REPORT ? reported.with(TemporalAdjusters.previous(weekday))
                    : reported.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .with(TemporalAdjusters.nextOrSame(weekday)), DateBasis.STATED);
            case MONTH -> month(reported);
            case RELATIVE_MONTH -> reported == null ? null : ClaimDate.month(reported.plusMonths(offset));
            case RELATIVE_WEEK -> reported == null ? null : new ClaimDate(
                    reported.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    DatePrecision.WEEK, DateBasis.STATED);
            case RELATIVE_DAY -> reported == null ? null : ClaimDate.day(reported.plusDays(offset), DateBasis.STATED);
            case WEEKEND -> weekend(reported);
            case SAME_DAY -> null;
        };
    }

    /** The week (its Monday) of the latest weekend begun by the report's date; see {@link Kind#WEEKEND}. */
    private @Nullable ClaimDate weekend(@Nullable LocalDate reported) {
        if (reported == null || offset == THIS_WEEKEND && (reported.getDayOfWeek() == DayOfWeek.THURSDAY
                || reported.getDayOfWeek() == DayOfWeek.FRIDAY)) {
            return null;
        }
        LocalDate saturday = reported.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new ClaimDate(saturday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK,
                DateBasis.STATED);
    }

    private @Nullable ClaimDate day(@Nullable LocalDate reported) {
        if (month == null || day == null) {
            return null;
        }
        if (year != null) {
            return valid(year, month, day) ? ClaimDate.day(LocalDate.of(year, month, day), DateBasis.STATED) : null;
        }
        if (weekday != null) {
            LocalDate fit = yearFittingWeekday(reported);
            return fit == null ? null : ClaimDate.day(fit, DateBasis.STATED);
        }
        if (reported == null) {
            return null;
        }
        int y = reported.getYear();
        if (offset != 0) { // "January 11 last year": the year counted from the report's
            y += offset;
            return valid(y, month, day) ? ClaimDate.day(LocalDate.of(y, month, day), DateBasis.STATED) : null;
        }
        if (!valid(y, month, day) || LocalDate.of(y, month, day).isAfter(reported)) {
            y--;
        }
        return valid(y, month, day) ? ClaimDate.day(LocalDate.of(y, month, day), DateBasis.STATED) : null;
    }

    private @Nullable ClaimDate dayOfMonth(@Nullable LocalDate reported) {
        if (reported == null || day == null) {
            return null;
        }
        YearMonth ym = day > reported.getDayOfMonth() ? YearMonth.from(reported).minusMonths(1) : YearMonth.from(reported);
        return day <= ym.lengthOfMonth() ? ClaimDate.day(ym.atDay(day), DateBasis.STATED) : null;
    }

    /**
     * "Monday, December 23" pins the year: the latest year, not after the report, where December 23 is a Monday. With
     * no report date there is nothing to count back from: a day and weekday recur every five to eleven years, so any
     * year picked would be a guess stated as fact (trial 18: an undated "Friday, January 10" read as 2098), and the
     * answer is null, the date unknown.
     */
    @Nullable LocalDate yearFittingWeekday(@Nullable LocalDate reported) {
        if (month == null || day == null || weekday == null || reported == null) {
            return null;
        }
        int latest = reported.getYear() + 1;
        int earliest = latest - YEARS_BACK;
        for (int y = latest; y >= earliest; y--) {
            if (valid(y, month, day)) {
                LocalDate candidate = LocalDate.of(y, month, day);
                boolean notLater = !candidate.isAfter(reported.plusDays(1));
                if (notLater && candidate.getDayOfWeek() == weekday) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private @Nullable ClaimDate month(@Nullable LocalDate reported) {
        if (month == null) {
            return null;
        }
        if (year != null) {
            return ClaimDate.month(LocalDate.of(year, month, 1));
        }
        if (reported == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(reported.getYear() + offset, month);
        if (offset == 0 && ym.isAfter(YearMonth.from(reported))) {
            ym = ym.minusYears(1);
        }
        return ClaimDate.month(ym.atDay(1));
    }

    private static boolean valid(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }
}
