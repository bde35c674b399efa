package tally.app.question;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Period;

import static tally.app.question.CalendarParts.DAY_TEXT;
import static tally.app.question.DateExpressions.DAY;
import static tally.app.question.DateExpressions.MONTH;
import static tally.app.question.DateExpressions.W;
import static tally.app.question.DateExpressions.YEAR;

/**
 * Finds the time window a question asks about, at any precision: a day ("on December 23"), part of a month ("in
 * mid-December": the 11th to the 20th), a month, part of a year, a year, a range ("between January and April 2025"),
 * an open start ("before February 2025") or end ("since December 20"), or a span relative to today ("last month",
 * said in the reply as "in November 2026 (last month)"), or a season or feast of a year ("since the summer of 2025",
 * "before Christmas 2024": {@link SeasonsAndFeasts}). A month without a year is the most recent such month in which
 * the corpus has claims, else the latest such month up to today. Works on the lower-cased question; never reads the
 * wall clock. One date expression is read by {@link DateExpressions}, counted stretches by {@link CountedSpans}, spans
 * relative to today by {@link RelativeSpans}; this class reads the words around them (a range, a bound, "in").
 */
final class PeriodParser {

    /**
     * Two days of one month, the month said once at the end: "between 19 and 23 December 2024", "from the 1st to the
     * 15th of January". The first day alone is no date expression, so the range was read as its last day (trial 10).
     */
    private static final Pattern DAYS_OF_ONE_MONTH = Pattern.compile("\\b(?:between\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?"
            + "\\s+and|from\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|till|through))\\s+(" + W + ")");
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between\\s+(" + W + ")\\s+and|from\\s+(" + W + ")\\s+(?:to|until|till|through))\\s+(" + W + ")");
    /**
     * Round 62 (trial 16): a range with no "between" or "from": two dates joined by a dash or "to" ("March-May 2025",
     * "Jan–Mar 2025", "Dec 2024 - Feb 2025", "January to April 2025"). Read by the first date alone, "Jan–Mar 2025"
     * had been January of the next year, and "March-May 2025" May alone. A dash followed by a digit is no range
     * ("2025-03-01" is one day, written as numbers).
     */
    private static final Pattern JOINED = Pattern.compile(
            "\\b(" + W + ")\\s*(?:-|\u2013|\u2014|\\s(?:to|through|till|until)\\s)\\s*(?!\\d{1,2}\\b)(" + W + ")");
    /**
     * "as of" and "by" bound the period as "until" does: "how many had been sent as of spring 2025" asks for the counts
     * up to then, not those claimed during that spring (read as "in", it answered "no figures" though totals existed).
     */
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(before|prior\\s+to|until|till|up\\s+to|as\\s+(?:of|at)|by)\\s+(" + W + ")");
    private static final Pattern SINCE = Pattern.compile("\\b(since|after|from)\\s+(?:the\\s+start\\s+of\\s+)?(" + W + ")");
    private static final Pattern IN = Pattern.compile(
            "\\b(?:in|during|for|over|throughout|of|on)\\s+(?:the\\s+month\\s+of\\s+)?(" + W + ")");
    /** Without a preposition only a full day, a part of a month ("mid-December") or a month with its year count. */
    private static final Pattern BARE = Pattern.compile("\\b(" + MONTH + "\\s+" + DAY + "\\b(?:\\s*,?\\s*" + YEAR
            + "\\b)?|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?|(?:early|mid|late)[\\s-]+"
            + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?|" + MONTH + "\\s*,?\\s*" + YEAR + "\\b)");

    /** A period read, with where its words stand in the question (start inclusive, end exclusive). */
    private record Found(Period period, int start, int end) {
    }

    private final QuestionContext context;
    private final DateExpressions dates;
    /** The readings in the order they are tried: the first that finds a period wins. */
    private final List<Function<String, @Nullable Found>> readings = List.of(this::daysOfOneMonth, this::between,
            this::joined, this::nextTo, this::before, this::since, this::inOrBare, this::countedUpToToday, this::relativeToToday);

    private PeriodParser(QuestionContext context) {
        this.context = context;
        this.dates = new DateExpressions(context);
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
        if (second == null) {
            second = joinedYear(lower, first);
        }
        boolean other = second != null && (!second.period().from().equals(period.from())
                || !second.period().to().equals(period.to()));
        Period read = other ? period.withAlsoAsked(second.period().text()) : period;
        return read.withUnread(unreadIn.apply(second == null ? rest : blanked(rest, second)));
    }

    /**
     * A bare year joined to the first period as a second one ("in 2024 vs 2025", "in 2024 and 2025", "in 2024 compared
     * with 2025"): a bare year alone is no period (it may be a count), but after a period and a joining word it is the
     * other period asked about (round 63: "how many troops were sent in 2024 vs 2025" answered 2024 and said nothing
     * of 2025). "from 2024 to 2025" is a range, read elsewhere.
     */
    private static @Nullable Found joinedYear(String lower, Found first) {
        Matcher m = JOINED_YEAR.matcher(lower).region(first.end(), lower.length());
        if (!m.lookingAt()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return new Found(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "in " + year), m.start(1),
                m.end(1));
    }

    private static final Pattern JOINED_YEAR = Pattern.compile(
            "\\s*,?\\s*(?:vs\\.?|versus|compared (?:with|to)|against|and|or)\\s+((?:19|20)\\d\\d)\\b(?![,.]?\\d)");

    private static String blanked(String text, Found found) {
        return text.substring(0, found.start()) + " ".repeat(found.end() - found.start()) + text.substring(found.end());
    }

    private @Nullable Found find(String lower) {
        try {
            for (Function<String, @Nullable Found> reading : readings) {
                Found found = reading.apply(lower);
                if (found != null) {
                    return found;
                }
            }
            return null;
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "February 30", a day number too large to be one: no period, not an error
        }
    }

    private @Nullable Found daysOfOneMonth(String lower) {
        Matcher m = DAYS_OF_ONE_MONTH.matcher(lower);
        if (!m.find()) {
            return null;
        }
        DateSpan end = dates.span(m.group(3), null);
        int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        // the end must be one day of a month, and the first day of that month must come before it
        if (end == null || !end.from().equals(end.to()) || day < 1 || day >= end.from().getDayOfMonth()) {
            return null;
        }
        LocalDate start = end.from().withDayOfMonth(day);
        return new Found(new Period(start, end.to(), "between " + start.format(DAY_TEXT) + " and " + end.text()),
                m.start(), m.end());
    }

    /** "between January and April 2025": the first date's year, when not said, is the one the range ends in. */
    private @Nullable Found between(String lower) {
        Matcher m = BETWEEN.matcher(lower);
        return m.find() ? range(m.group(1) != null ? m.group(1) : m.group(2), m.group(3), m, false) : null;
    }

    /**
     * The period from the {@code first} date's start to the {@code last}'s end, the first's year, when not said, the
     * one the range ends in; null unless the last date ends no earlier than the first starts, or (with {@code apart})
     * begins after the first ends.
     */
    private @Nullable Found range(String first, String last, Matcher m, boolean apart) {
        DateSpan end = dates.span(last, null);
        DateSpan start = end == null ? null : dates.span(first, YearMonth.from(end.from()));
        if (start == null || (apart ? !end.from().isAfter(start.to()) : end.to().isBefore(start.from()))) {
            return null;
        }
        return new Found(new Period(start.from(), end.to(), "between " + start.text() + " and " + end.text()),
                m.start(), m.end());
    }

    /** "March-May 2025", "Jan to Mar 2025": read as "between" reads, the first date's year from the second's. */
    private @Nullable Found joined(String lower) {
        Matcher m = JOINED.matcher(lower);
        while (m.find()) {
            Found found = range(m.group(1), m.group(2), m, true);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private @Nullable Found nextTo(String lower) {
        Matcher m = CountedSpans.NEXT_TO.matcher(lower);
        if (m.find()) {
            DateSpan span = dates.span(m.group(4), null);
            if (span != null && CountedSpans.countsSome(m)) {
                return new Found(CountedSpans.nextTo(m, span), m.start(), m.end());
            }
        }
        return null;
    }

    private @Nullable Found before(String lower) {
        Matcher m = BEFORE.matcher(lower);
        if (m.find()) {
            DateSpan span = dates.span(m.group(2), null);
            if (span != null) {
                boolean inclusive = !m.group(1).startsWith("before") && !m.group(1).startsWith("prior");
                LocalDate to = upTo(inclusive, span.from(), span.to());
                return new Found(new Period(Period.OPEN_START, to, (inclusive ? "up to " : "before ") + span.text()),
                        m.start(), m.end());
            }
        }
        return null;
    }

    private @Nullable Found since(String lower) {
        Matcher m = SINCE.matcher(lower);
        if (m.find()) {
            DateSpan span = dates.span(m.group(2), null);
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
        return null;
    }

    private @Nullable Found inOrBare(String lower) {
        for (Pattern p : new Pattern[] {IN, BARE}) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                DateSpan span = dates.span(m.group(1), null);
                if (span != null) {
                    boolean day = span.from().equals(span.to());
                    return new Found(new Period(span.from(), span.to(), (day ? "on " : "in ") + span.text()),
                            m.start(), m.end());
                }
            }
        }
        return null;
    }

    private @Nullable Found countedUpToToday(String lower) {
        Matcher m = CountedSpans.UP_TO_TODAY.matcher(lower);
        return m.find() ? new Found(CountedSpans.upToToday(m, context.today()), m.start(), m.end()) : null;
    }

    private @Nullable Found relativeToToday(String lower) {
        Matcher m = RelativeSpans.RELATIVE.matcher(lower);
        return m.find() ? new Found(bounded(m, RelativeSpans.relative(m, context.today())), m.start(), m.end()) : null;
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
}
