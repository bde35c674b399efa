package tally.app.question;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One date expression of a question and the days it stands for: a day ("December 23", "the 23rd of December 2024"), a
 * month with an optional part ("mid-December", "the first week of December 2024": {@link CalendarParts}), a year with an
 * optional part ("Q1 2025"), or a season or feast ("the summer of 2025", "Christmas 2024": {@link SeasonsAndFeasts}).
 * A month or a season without its year is the most recent one in which the corpus has claims, else the latest up to
 * today ({@link QuestionContext}). Works on the lower-cased question; never reads the wall clock.
 */
final class DateExpressions {

    static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    static final String YEAR = "((?:19|20)\\d\\d)";
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String PARTS = "early|mid|late|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of"
            + "|the\\s+end\\s+of";
    /** A weekday before a day ("on Friday, 20 December 2024") is part of that date, not a time left unread. */
    private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    /** A part of a month: its start, middle or end, a week or a half of it ("the first week of December 2024"). */
    private static final String MONTH_PART = "(?:(" + PARTS + "|(?:the\\s+)?(?:" + CalendarParts.ORDINAL
            + ")\\s+(?:week|half)\\s+of)[\\s-]*)?";
    /** A part of a year: its start, middle or end, a quarter ("Q1 2025", "the first quarter of 2025") or a half. */
    private static final String YEAR_PART = "(?:(" + PARTS + "|q[1-4]|(?:the\\s+)?(?:" + CalendarParts.ORDINAL
            + ")\\s+(?:quarter|half)\\s+of)[\\s-]*)?";
    /**
     * Seasons and feasts with their year ({@link SeasonsAndFeasts}), read only after a preposition. Without a year a
     * season is read too, but not "fall" ("the fall of Kursk") nor a season followed by "of" ("the spring of events").
     */
    private static final String SEASON_OR_FEAST = "(spring|summer|autumn|fall|winter|christmas(?:\\s+day|\\s+eve)?"
            + "|new\\s+year(?:['\u2019]?s)?(?:\\s+day|\\s+eve)?)";
    /** "2000 soldiers" is a count, not a year. */
    private static final String NOT_A_COUNT = "(?![\\s-]*(?:north|soldiers?|troops?|men|people|personnel|koreans?"
            + "|fighters|casualties|deaths?|dead|killed|wounded|died|captured|more|were|have|had)\\b)";
    /**
     * One date expression: a day (either order; "the 23rd of December" too, else "of December" alone would be read as
     * the whole month), a month with an optional part, or a year alone.
     */
    private static final String WHEN = "(?:" + WEEKDAY + MONTH + "\\s+" + DAY + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?"
            + "|" + WEEKDAY + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?"
            + "|" + MONTH_PART + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?"
            + "|" + YEAR_PART + YEAR + "\\b" + NOT_A_COUNT
            + "|(?:the\\s+)?(?:(early|mid|late)[\\s-]*)?" + SEASON_OR_FEAST + "(?:\\s+of)?\\s*,?\\s*" + YEAR + "\\b"
            + "|(?:the\\s+)?(?:(early|mid|late)[\\s-]*)?(spring|summer|autumn|winter)\\b(?!\\s+of\\b))";
    private static final Pattern WHEN_ONLY = Pattern.compile(WHEN);
    /**
     * One date expression without capturing groups, to embed in the period patterns ({@link PeriodParser}); their own
     * groups keep their numbers.
     */
    static final String W = WHEN.replaceAll("\\((?!\\?)", "(?:");

    private final QuestionContext context;

    DateExpressions(QuestionContext context) {
        this.context = context;
    }

    /**
     * Resolves one date expression, or null when {@code when} is none or names no real day ("February 30");
     * {@code rangeEnd} is the month a range ends in, for "between January and April 2025".
     */
    @Nullable DateSpan span(String when, @Nullable YearMonth rangeEnd) {
        Matcher m = WHEN_ONLY.matcher(when);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null || m.group(4) != null) {
            String monthName = m.group(1) != null ? m.group(1) : m.group(5);
            int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
            String year = m.group(1) != null ? m.group(3) : m.group(6);
            YearMonth month = month(monthName, year, rangeEnd);
            if (month == null || day < 1 || day > month.lengthOfMonth()) {
                return null;
            }
            LocalDate date = month.atDay(day);
            return new DateSpan(date, date, date.format(CalendarParts.DAY_TEXT));
        }
        if (m.group(8) != null) {
            YearMonth month = month(m.group(8), m.group(9), rangeEnd);
            return month == null ? null : CalendarParts.partOfMonth(m.group(7), month);
        }
        if (m.group(11) != null) {
            return CalendarParts.partOfYear(m.group(10), Integer.parseInt(m.group(11)));
        }
        SeasonsAndFeasts.Named named = m.group(13) != null
                ? SeasonsAndFeasts.span(m.group(13), m.group(12), Integer.parseInt(m.group(14)))
                : SeasonsAndFeasts.span(m.group(16), m.group(15), seasonYear(m.group(16)));
        return named == null ? null : new DateSpan(named.from(), named.to(), named.text());
    }

    /**
     * A season without a year, as a month without one: the latest such season, begun by today, in which the corpus has
     * claims, else the latest begun by today. (A feast without a year is not read: which Christmas is meant is a
     * guess.)
     */
    private int seasonYear(String season) {
        LocalDate today = context.today();
        int latest = today.getYear();
        while (SeasonsAndFeasts.span(season, null, latest).from().isAfter(today)) {
            latest--;
        }
        for (int year = latest; year > latest - 5; year--) {
            SeasonsAndFeasts.Named span = SeasonsAndFeasts.span(season, null, year);
            if (context.claimMonths().stream().anyMatch(ym -> !ym.atDay(1).isBefore(span.from())
                    && !ym.atDay(1).isAfter(span.to()))) {
                return year;
            }
        }
        return latest;
    }

    /** A month without a year: the most recent one with claims (not after today), else the latest up to today. */
    private @Nullable YearMonth month(String name, @Nullable String year, @Nullable YearMonth rangeEnd) {
        Month month = monthOf(name);
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        if (rangeEnd != null) {
            YearMonth same = YearMonth.of(rangeEnd.getYear(), month);
            return same.isAfter(rangeEnd) ? same.minusYears(1) : same;
        }
        YearMonth now = YearMonth.from(context.today());
        YearMonth withClaims = context.claimMonths().stream()
                .filter(ym -> ym.getMonth() == month && !ym.isAfter(now))
                .max(YearMonth::compareTo).orElse(null);
        if (withClaims != null) {
            return withClaims;
        }
        YearMonth candidate = YearMonth.of(now.getYear(), month);
        return candidate.isAfter(now) ? candidate.minusYears(1) : candidate;
    }

    private static Month monthOf(String name) {
        String bare = name.replace(".", "");
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(bare.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalStateException("MONTH pattern and Month disagree on " + name);
    }
}
