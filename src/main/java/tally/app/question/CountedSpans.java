package tally.app.question;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.app.answer.Period;

/**
 * Stretches of a counted number of days, weeks or months: next to a date ("the week before Christmas 2024": 18 to 24
 * December; "the 10 days after 1 March 2025"), or up to today ("in the last six months", "over the past 30 days": read
 * as none, every figure had shown). Said back with the question's words and the days taken.
 */
final class CountedSpans {

    /** Counts in words, each at its own index, as {@link #count} reads them. */
    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    /** "two" to "twelve", as the patterns below take them; each adds its own others. */
    private static final String TWO_TO_TWELVE = String.join("|", COUNT_WORDS.subList(2, COUNT_WORDS.size()));
    /** A stretch next to a date: "the week before Christmas 2024", "the 10 days after 1 March 2025". */
    static final Pattern NEXT_TO = Pattern.compile("\\b(?:the\\s+)?(?:(\\d{1,3}|a|one|" + TWO_TO_TWELVE
            + ")\\s+)?(days?|weeks?|fortnight|months?)\\s+(before|prior\\s+to"
            + "|leading\\s+up\\s+to|after|following)\\s+(" + DateExpressions.W + ")");
    /** A counted span up to today: "in the last six months", "over the past 30 days". */
    static final Pattern UP_TO_TODAY = Pattern.compile("\\b(?:the\\s+)?(last|past|previous)\\s+(\\d{1,3}|"
            + TWO_TO_TWELVE + "|eighteen|twenty|thirty)\\s+(days|weeks|months|years)\\b");

    private CountedSpans() {
    }

    /** Whether a {@link #NEXT_TO} match counts at least one unit ("the 0 days before": no stretch). */
    static boolean countsSome(Matcher nextTo) {
        return nextTo.group(1) == null || count(nextTo.group(1)) > 0;
    }

    /** "the week before Christmas 2024": the days, weeks or months right before the span's start or after its end. */
    static Period nextTo(Matcher m, DateSpan span) {
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
        return new Period(from, to, asked + " (" + from.format(CalendarParts.DAY_TEXT) + " to "
                + to.format(CalendarParts.DAY_TEXT) + ")");
    }

    /** An {@link #UP_TO_TODAY} match, "the last six months": from that long before today, to today. */
    static Period upToToday(Matcher m, LocalDate today) {
        LocalDate from = back(today, count(m.group(2)), m.group(3));
        return new Period(from, today, "between " + from.format(CalendarParts.DAY_TEXT) + " and "
                + today.format(CalendarParts.DAY_TEXT) + " (" + m.group(1) + " " + m.group(2) + " " + m.group(3) + ")");
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
}
