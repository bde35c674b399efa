package tally.app.question;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Period;

/**
 * Finds the time window a question asks about, at any precision: a day ("on December 23"), part of a month ("in
 * mid-December": the 11th to the 20th), a month, part of a year, a year, a range ("between January and April 2025"),
 * an open start ("before February 2025") or end ("since December 20"), or a span relative to today ("last month",
 * said in the reply as "in November 2026 (last month)"), or a season or feast of a year ("since the summer of 2025",
 * "before Christmas 2024": {@link SeasonsAndFeasts}). A month without a year is the most recent such month in which
 * the corpus has claims, else the latest such month up to today. Works on the lower-cased question; never reads the
 * wall clock.
 */
final class PeriodParser {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String PARTS = "early|mid|late|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of"
            + "|the\\s+end\\s+of";
    /** A weekday before a day ("on Friday, 20 December 2024") is part of that date, not a time left unread. */
    private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    private static final String ORDINAL = "first|second|third|fourth|1st|2nd|3rd|4th|last|final";
    /** A part of a month: its start, middle or end, a week or a half of it ("the first week of December 2024"). */
    private static final String MONTH_PART = "(?:(" + PARTS + "|(?:the\\s+)?(?:" + ORDINAL + ")\\s+(?:week|half)\\s+of)"
            + "[\\s-]*)?";
    /** A part of a year: its start, middle or end, a quarter ("Q1 2025", "the first quarter of 2025") or a half. */
    private static final String YEAR_PART = "(?:(" + PARTS + "|q[1-4]|(?:the\\s+)?(?:" + ORDINAL + ")\\s+(?:quarter|half)"
            + "\\s+of)[\\s-]*)?";
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
    /** The same, without capturing groups, to embed in the patterns below (their own groups keep their numbers). */
    private static final String W = WHEN.replaceAll("\\((?!\\?)", "(?:");
    /**
     * Two days of one month, the month said once at the end: "between 19 and 23 December 2024", "from the 1st to the
     * 15th of January". The first day alone is no date of {@link #WHEN}, so the range was read as its last day (trial 10).
     */
    private static final Pattern DAYS_OF_ONE_MONTH = Pattern.compile("\\b(?:between\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?"
            + "\\s+and|from\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|till|through))\\s+(" + W + ")");
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between\\s+(" + W + ")\\s+and|from\\s+(" + W + ")\\s+(?:to|until|till|through))\\s+(" + W + ")");
    /**
     * "as of" and "by" bound the period as "until" does: "how many had been sent as of spring 2025" asks for the counts
     * up to then, not those claimed during that spring (read as "in", it answered "no figures" though totals existed).
     */
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(before|prior\\s+to|until|till|up\\s+to|as\\s+(?:of|at)|by)\\s+(" + W + ")");
    /** A stretch next to a date: "the week before Christmas 2024", "the 10 days after 1 March 2025". */
    /** Counts in words, each at its own index, as {@link #count} reads them. */
    private static final java.util.List<String> COUNT_WORDS = java.util.List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    /** "two" to "twelve", as the patterns below take them; each adds its own others. */
    private static final String TWO_TO_TWELVE = String.join("|", COUNT_WORDS.subList(2, COUNT_WORDS.size()));
    private static final Pattern NEXT_TO = Pattern.compile("\\b(?:the\\s+)?(?:(\\d{1,3}|a|one|" + TWO_TO_TWELVE
            + ")\\s+)?(days?|weeks?|fortnight|months?)\\s+(before|prior\\s+to"
            + "|leading\\s+up\\s+to|after|following)\\s+(" + W + ")");
    private static final Pattern SINCE = Pattern.compile("\\b(since|after|from)\\s+(?:the\\s+start\\s+of\\s+)?(" + W + ")");
    private static final Pattern IN = Pattern.compile(
            "\\b(?:in|during|for|over|throughout|of|on)\\s+(?:the\\s+month\\s+of\\s+)?(" + W + ")");
    /** Without a preposition only a full day, a part of a month ("mid-December") or a month with its year count. */
    private static final Pattern BARE = Pattern.compile("\\b(" + MONTH + "\\s+" + DAY + "\\b(?:\\s*,?\\s*" + YEAR
            + "\\b)?|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?|(?:early|mid|late)[\\s-]+"
            + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?|" + MONTH + "\\s*,?\\s*" + YEAR + "\\b)");
    /**
     * A span relative to today, with the word that makes it a bound when there is one: "since last year" runs from
     * the start of last year to today, "before last month" up to the day before it began (read as "in" them, they
     * answered with another period than the one asked). "From last year" stays "in" it: "figures from last year".
     */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(since|after|before|prior\\s+to|until|till|up\\s+to)"
            + "\\s+(?:the\\s+start\\s+of\\s+)?)?(?:(last|past|previous|this)\\s+(week|month|year|(?:spring|summer"
            + "|autumn|fall|winter)\\b(?!\\s+of\\b))|(yesterday|today))\\b");
    /** A counted span up to today: "in the last six months", "over the past 30 days" (read as none, all figures showed). */
    private static final Pattern COUNTED_RELATIVE = Pattern.compile("\\b(?:the\\s+)?(last|past|previous)\\s+(\\d{1,3}|"
            + TWO_TO_TWELVE + "|eighteen|twenty|thirty)\\s+(days|weeks|months|years)\\b");
    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A date expression resolved to the span it stands for, with how a reply says it. */
    private record Span(LocalDate from, LocalDate to, String text) {
    }

    /** A period read, with where its words stand in the question (start inclusive, end exclusive). */
    private record Found(Period period, int start, int end) {
    }

    private final QuestionContext context;

    private PeriodParser(QuestionContext context) {
        this.context = context;
    }

    /**
     * The first period the question names. A reply covers one period, so when the question names a second, different
     * one ("more killed in spring 2025 than in winter 2024?") the period keeps its words as
     * {@link Period#alsoAsked()}, and the reply says it did not cover them instead of answering half the question as
     * if it were all of it.
     */
    static @Nullable Period parse(String lower, QuestionContext context) {
        return parse(lower, context, rest -> null);
    }

    /**
     * As {@link #parse(String, QuestionContext)}, and {@code unreadIn} says which words of the question left once the
     * periods read are blanked out still speak of a time (null when none do): those become {@link Period#unread()}.
     */
    static @Nullable Period parse(String lower, QuestionContext context, UnaryOperator<String> unreadIn) {
        PeriodParser parser = new PeriodParser(context);
        Found first = parser.find(lower);
        if (first == null) {
            return null;
        }
        String rest = blanked(lower, first);
        Found second = parser.find(rest);
        Period period = first.period();
        boolean other = second != null && (!second.period().from().equals(period.from())
                || !second.period().to().equals(period.to()));
        Period read = other ? period.withAlsoAsked(second.period().text()) : period;
        return read.withUnread(unreadIn.apply(second == null ? rest : blanked(rest, second)));
    }

    private static String blanked(String text, Found found) {
        return text.substring(0, found.start()) + " ".repeat(found.end() - found.start()) + text.substring(found.end());
    }

    private @Nullable Found find(String lower) {
        try {
            return read(lower);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "February 30", a day number too large to be one: no period, not an error
        }
    }

    private @Nullable Found read(String lower) {
        Found days = daysOfOneMonth(lower);
        if (days != null) {
            return days;
        }
        Matcher m = BETWEEN.matcher(lower);
        if (m.find()) {
            String first = m.group(1) != null ? m.group(1) : m.group(2);
            Span end = span(m.group(3), null);
            Span start = end == null ? null : span(first, YearMonth.from(end.from()));
            if (start != null && !end.to().isBefore(start.from())) {
                return new Found(new Period(start.from(), end.to(), "between " + start.text() + " and " + end.text()),
                        m.start(), m.end());
            }
        }
        m = NEXT_TO.matcher(lower);
        if (m.find()) {
            Span span = span(m.group(4), null);
            if (span != null && (m.group(1) == null || count(m.group(1)) > 0)) { // "the 0 days before": no stretch
                return new Found(nextTo(m, span), m.start(), m.end());
            }
        }
        m = BEFORE.matcher(lower);
        if (m.find()) {
            Span span = span(m.group(2), null);
            if (span != null) {
                boolean inclusive = !m.group(1).startsWith("before") && !m.group(1).startsWith("prior");
                LocalDate to = upTo(inclusive, span.from(), span.to());
                return new Found(new Period(Period.OPEN_START, to, (inclusive ? "up to " : "before ") + span.text()),
                        m.start(), m.end());
            }
        }
        m = SINCE.matcher(lower);
        if (m.find()) {
            Span span = span(m.group(2), null);
            if (span != null) {
                boolean after = m.group(1).equals("after");
                LocalDate from = from(after, span.from(), span.to());
                // "since spring 2025 (March to May 2025)" read as if the period ended in May (trial 10): a named
                // span's own bounds give way to where the period starts
                int bounds = span.text().indexOf(" (");
                String named = bounds < 0 ? span.text()
                        : span.text().substring(0, bounds) + " (from " + from.format(DAY_TEXT) + ")";
                return new Found(new Period(from, untilToday(from), (after ? "after " : "since ") + named), m.start(), m.end());
            }
        }
        for (Pattern p : new Pattern[] {IN, BARE}) {
            m = p.matcher(lower);
            while (m.find()) {
                Span span = span(m.group(1), null);
                if (span != null) {
                    boolean day = span.from().equals(span.to());
                    return new Found(new Period(span.from(), span.to(), (day ? "on " : "in ") + span.text()),
                            m.start(), m.end());
                }
            }
        }
        m = COUNTED_RELATIVE.matcher(lower);
        if (m.find()) {
            return new Found(counted(m), m.start(), m.end());
        }
        m = RELATIVE.matcher(lower);
        return m.find() ? new Found(bounded(m, relative(m)), m.start(), m.end()) : null;
    }

    /** "the week before Christmas 2024": the days, weeks or months right before the span's start or after its end. */
    private static Period nextTo(Matcher m, Span span) {
        int n = m.group(1) == null ? 1 : count(m.group(1));
        String unit = m.group(2);
        boolean before = !m.group(3).startsWith("after") && !m.group(3).startsWith("following");
        LocalDate from;
        LocalDate to;
        if (before) {
            to = span.from().minusDays(1);
            from = back(span.from(), n, unit);
        } else {
            from = span.to().plusDays(1);
            to = back(from, -n, unit).minusDays(1);
        }
        String asked = m.group(0).replaceAll("\\s+", " ").strip();
        return new Period(from, to, asked + " (" + from.format(DAY_TEXT) + " to " + to.format(DAY_TEXT) + ")");
    }

    /** "the last six months": from that long before today, to today. */
    private Period counted(Matcher m) {
        LocalDate today = context.today();
        LocalDate from = back(today, count(m.group(2)), m.group(3));
        return new Period(from, today, "between " + from.format(DAY_TEXT) + " and " + today.format(DAY_TEXT) + " ("
                + m.group(1) + " " + m.group(2) + " " + m.group(3) + ")");
    }

    /** {@code n} days, weeks ("fortnight": two), months or years before {@code day} (after it when n is negative). */
    private static LocalDate back(LocalDate day, int n, String unit) {
        if (unit.startsWith("day")) {
            return day.minusDays(n);
        }
        if (unit.startsWith("week")) {
            return day.minusWeeks(n);
        }
        if (unit.equals("fortnight")) {
            return day.minusWeeks(2L * n);
        }
        return unit.startsWith("month") ? day.minusMonths(n) : day.minusYears(n);
    }

    private static int count(String word) {
        if (word.equals("a")) {
            return 1;
        }
        int at = COUNT_WORDS.indexOf(word);
        if (at >= 0) {
            return at;
        }
        return switch (word) {
            case "eighteen" -> 18;
            case "twenty" -> 20;
            case "thirty" -> 30;
            default -> Integer.parseInt(word);
        };
    }

    /**
     * The period from or up to the relative {@code span} as the word before it says ("since", "before"...), said with
     * the question's words and the day it starts or ends ("since last year (from 1 Jan 2025)"); or the span itself.
     */
    private Period bounded(Matcher m, Period span) {
        if (m.group(1) == null) {
            return span;
        }
        String word = m.group(1).replaceAll("\\s+", " ");
        String asked = m.group(0).replaceAll("\\s+", " ");
        if (word.equals("since") || word.equals("after")) {
            LocalDate from = from(word.equals("after"), span.from(), span.to());
            return new Period(from, untilToday(from), asked + " (from " + from.format(DAY_TEXT) + ")");
        }
        boolean inclusive = !word.equals("before") && !word.equals("prior to");
        // "until the start of last year" ends where last year begins
        LocalDate to = upTo(inclusive, span.from(), asked.contains(" start of ") ? span.from() : span.to());
        return new Period(Period.OPEN_START, to, asked + " (up to " + to.format(DAY_TEXT) + ")");
    }

    /** Where a period "since" ({@code after} false) or "after" a span that runs from..to begins. */
    private static LocalDate from(boolean after, LocalDate from, LocalDate to) {
        return after ? to.plusDays(1) : from;
    }

    /** The end of a period that runs on from {@code from}: today, or open when {@code from} is still to come. */
    private LocalDate untilToday(LocalDate from) {
        return context.today().isBefore(from) ? Period.OPEN_END : context.today();
    }

    /** Where a period "until" ({@code inclusive}) or "before" a span that runs from..to ends. */
    private static LocalDate upTo(boolean inclusive, LocalDate from, LocalDate to) {
        return inclusive ? to : from.minusDays(1);
    }

    private @Nullable Found daysOfOneMonth(String lower) {
        Matcher m = DAYS_OF_ONE_MONTH.matcher(lower);
        if (!m.find()) {
            return null;
        }
        Span end = span(m.group(3), null);
        int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        // the end must be one day of a month, and the first day of that month must come before it
        if (end == null || !end.from().equals(end.to()) || day < 1 || day >= end.from().getDayOfMonth()) {
            return null;
        }
        LocalDate start = end.from().withDayOfMonth(day);
        return new Found(new Period(start, end.to(), "between " + start.format(DAY_TEXT) + " and " + end.text()),
                m.start(), m.end());
    }

    /** Resolves one date expression; {@code yearOf} is the month a range ends in, for "between January and April 2025". */
    private @Nullable Span span(String when, @Nullable YearMonth rangeEnd) {
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
            return new Span(date, date, date.format(DAY_TEXT));
        }
        if (m.group(8) != null) {
            YearMonth month = month(m.group(8), m.group(9), rangeEnd);
            return month == null ? null : partOfMonth(m.group(7), month);
        }
        if (m.group(11) != null) {
            return partOfYear(m.group(10), Integer.parseInt(m.group(11)));
        }
        SeasonsAndFeasts.Named named = m.group(13) != null
                ? SeasonsAndFeasts.span(m.group(13), m.group(12), Integer.parseInt(m.group(14)))
                : SeasonsAndFeasts.span(m.group(16), m.group(15), seasonYear(m.group(16)));
        return named == null ? null : new Span(named.from(), named.to(), named.text());
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

    /**
     * "early" is the 1st to the 10th, "mid" the 11th to the 20th, "late" the 21st to the end; "the first week of" the
     * 1st to the 7th, each later week the next seven days, "the last week of" the last seven; "the first half of" the 1st
     * to the 15th, "the second half of" the rest.
     */
    private static Span partOfMonth(@Nullable String part, YearMonth month) {
        String which = part == null ? "" : part.replaceAll("\\s+", " ").replaceFirst("^the (?=(?:" + ORDINAL + ") )", "");
        String name = monthName(month);
        if (which.endsWith(" of") && (which.contains(" week ") || which.contains(" half "))) {
            int ordinal = ordinal(which.substring(0, which.indexOf(' ')));
            int length = month.lengthOfMonth();
            int first;
            int last;
            if (which.contains(" week ")) {
                first = ordinal < 0 ? length - 6 : (ordinal - 1) * 7 + 1; // the fourth week ends on the 28th at most
                last = ordinal < 0 ? length : first + 6;
            } else if (ordinal > 2) {
                return new Span(month.atDay(1), month.atEndOfMonth(), name); // "the third half": no part, the month
            } else {
                first = ordinal == 1 ? 1 : 16; // "the second half" and "the last half" alike
                last = ordinal == 1 ? 15 : length;
            }
            String days = first + " to " + last + " " + month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + month.getYear();
            return new Span(month.atDay(first), month.atDay(last), "the " + which + " " + name + " (" + days + ")");
        }
        return switch (which) {
            case "early", "the start of", "the beginning of" -> new Span(month.atDay(1), month.atDay(10), "early " + name);
            case "mid", "the middle of" -> new Span(month.atDay(11), month.atDay(20), "mid-" + name);
            case "late", "the end of" -> new Span(month.atDay(21), month.atEndOfMonth(), "late " + name);
            default -> new Span(month.atDay(1), month.atEndOfMonth(), name);
        };
    }

    /**
     * "early 2025" is January to April, "mid" May to August, "late" September to December; a quarter ("Q1", "the first
     * quarter of") three months, a half six.
     */
    private static Span partOfYear(@Nullable String part, int year) {
        String which = part == null ? "" : part.replaceAll("\\s+", " ").replaceFirst("^the (?=(?:" + ORDINAL + ") )", "");
        if (which.matches("q[1-4]") || which.endsWith(" quarter of") || which.endsWith(" half of")) {
            boolean half = which.endsWith(" half of");
            int ordinal = which.startsWith("q") ? which.charAt(1) - '0' : ordinal(which.substring(0, which.indexOf(' ')));
            int months = half ? 6 : 3;
            int index = ordinal < 0 ? 12 / months : Math.min(ordinal, 12 / months);
            YearMonth first = YearMonth.of(year, (index - 1) * months + 1);
            YearMonth last = first.plusMonths(months - 1L);
            String said = which.startsWith("q") ? "Q" + which.charAt(1) + " " + year : "the " + which + " " + year;
            return new Span(first.atDay(1), last.atEndOfMonth(), said + " (" + first.getMonth().getDisplayName(
                    TextStyle.FULL, Locale.ENGLISH) + " to " + monthName(last) + ")");
        }
        int firstMonth = switch (which) {
            case "" -> 0;
            case "early", "the start of", "the beginning of" -> 1;
            case "mid", "the middle of" -> 5;
            default -> 9;
        };
        if (firstMonth == 0) {
            return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        YearMonth last = first.plusMonths(3);
        // said with its months, as a season is: "late 2024" alone left the reader to guess where it starts (trial 7)
        return new Span(first.atDay(1), last.atEndOfMonth(), which + " " + year + " (" + first.getMonth()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " to " + monthName(last) + ")");
    }

    /**
     * "last"/"previous" mean the previous calendar unit, "this" the current one, "past" the span up to today; of a
     * season, see {@link #relativeSeason}.
     */
    private Period relative(Matcher m) {
        LocalDate today = context.today();
        if (m.group(4) != null) {
            LocalDate day = m.group(4).equals("today") ? today : today.minusDays(1);
            return new Period(day, day, "on " + day.format(DAY_TEXT) + " (" + m.group(4) + ")");
        }
        String which = m.group(2);
        String unit = m.group(3);
        if (!unit.equals("week") && !unit.equals("month") && !unit.equals("year")) {
            return relativeSeason(which, unit, today);
        }
        String said = " (" + which + " " + unit + ")";
        if (which.equals("past") || unit.equals("week")) {
            LocalDate from = switch (unit) {
                case "week" -> today.minusDays(7);
                case "month" -> today.minusMonths(1);
                default -> today.minusYears(1);
            };
            return new Period(from, today, "between " + from.format(DAY_TEXT) + " and " + today.format(DAY_TEXT) + said);
        }
        boolean current = which.equals("this");
        if (unit.equals("month")) {
            YearMonth month = current ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
            return new Period(month.atDay(1), month.atEndOfMonth(), "in " + monthName(month) + said);
        }
        int year = current ? today.getYear() : today.getYear() - 1;
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "in " + year + said);
    }

    /**
     * A season next to "last", "past", "previous" or "this", against today's date from the injected clock (trial 13:
     * "killed last spring" was answered with every figure, and no word of the time). "Last spring" is the most recent
     * spring that ended before today (asked on 3 Dec 2026: March to May 2026; asked on 15 Apr 2026: March to May 2025),
     * "the past summer" and "the previous winter" the same; "this winter" is the winter of this year (December to
     * February), or the one that began last December when asked in January or February. Said back with its months and
     * the question's words: "in spring 2026 (last spring: March to May 2026)".
     */
    private static Period relativeSeason(String which, String season, LocalDate today) {
        int year = today.getYear();
        if (which.equals("this")) {
            if (season.equals("winter") && today.getMonthValue() <= 2) {
                year--;
            }
        } else {
            while (!SeasonsAndFeasts.span(season, null, year).to().isBefore(today)) {
                year--;
            }
        }
        SeasonsAndFeasts.Named named = SeasonsAndFeasts.span(season, null, year);
        int months = named.text().indexOf(" (");
        return new Period(named.from(), named.to(), "in " + named.text().substring(0, months) + " (" + which + " "
                + season + ": " + named.text().substring(months + 2));
    }

    /** 1 for "first"/"1st" up to 4; -1 for "last"/"final". */
    private static int ordinal(String word) {
        return switch (word) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> -1;
        };
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

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
