package tally.app.question;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.app.answer.Period;

/**
 * Spans named relative to today's date from the injected clock: "yesterday", "last month" (said in the reply as "in
 * November 2026 (last month)"), "this year", "the past week", "last spring". The word before one that makes it a bound
 * ("since last year") is read by {@link PeriodParser}.
 */
final class RelativeSpans {

    /**
     * A span relative to today, with the word that makes it a bound when there is one: "since last year" runs from
     * the start of last year to today, "before last month" up to the day before it began (read as "in" them, they
     * answered with another period than the one asked). "From last year" stays "in" it: "figures from last year".
     * Groups: 1 the bound word, 2 "last"/"past"/"previous"/"this", 3 the unit or season, 4 "yesterday"/"today".
     */
    static final Pattern RELATIVE = Pattern.compile("\\b(?:(since|after|before|prior\\s+to|until|till|up\\s+to)"
            + "\\s+(?:the\\s+start\\s+of\\s+)?)?(?:(last|past|previous|this)\\s+(week|month|year|(?:spring|summer"
            + "|autumn|fall|winter)\\b(?!\\s+of\\b))|(yesterday|today))\\b");

    private RelativeSpans() {
    }

    /**
     * The span a {@link #RELATIVE} match names, without its bound word: "last"/"previous" mean the previous calendar
     * unit, "this" the current one, "past" the span up to today; of a season, see {@link #relativeSeason}.
     */
    static Period relative(Matcher m, LocalDate today) {
        if (m.group(4) != null) {
            LocalDate day = m.group(4).equals("today") ? today : today.minusDays(1);
            return new Period(day, day, "on " + day.format(CalendarParts.DAY_TEXT) + " (" + m.group(4) + ")");
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
            return new Period(from, today, "between " + from.format(CalendarParts.DAY_TEXT) + " and "
                    + today.format(CalendarParts.DAY_TEXT) + said);
        }
        boolean current = which.equals("this");
        if (unit.equals("month")) {
            YearMonth month = current ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
            return new Period(month.atDay(1), month.atEndOfMonth(), "in " + CalendarParts.monthName(month) + said);
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
}
