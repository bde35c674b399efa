package tally.app.question;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The spans a season or a feast of a given year stands for, as the question's reader would take them in news about a
 * war in the northern hemisphere: spring is March to May, summer June to August, autumn (or fall) September to
 * November, and winter YEAR is December of that year to February of the next ("the winter of 2024" is the winter the
 * Kursk fighting ran through, December 2024 to February 2025). "early", "mid" and "late" take the season's first,
 * middle and last month. Christmas is 25 December, Christmas Eve the 24th, New Year's Eve 31 December, New Year (or New
 * Year's Day) 1 January. Every span is said back with its dates, so a reader who meant another sees the reading.
 */
final class SeasonsAndFeasts {

    /** A span and how a reply says it: "summer 2025 (June to August 2025)", "winter 2024 (December 2024 to February 2025)". */
    record Named(LocalDate from, LocalDate to, String text) {
    }

    private SeasonsAndFeasts() {
    }

    /**
     * {@code name}: a season or feast as the question's pattern caught it, lower case ("summer", "christmas eve",
     * "new year's day"); {@code part}: "early", "mid", "late" or null. Null when the name is neither.
     */
    static @Nullable Named span(String name, @Nullable String part, int year) {
        String n = name.replaceAll("\\s+", " ").replace("\u2019", "'");
        Month first = switch (n) {
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            case "autumn", "fall" -> Month.SEPTEMBER;
            case "winter" -> Month.DECEMBER;
            default -> null;
        };
        if (first != null) {
            return season(n, part, YearMonth.of(year, first));
        }
        LocalDate day = switch (n) {
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "new year", "new year's", "new year's day", "new years day" -> LocalDate.of(year, 1, 1);
            default -> null;
        };
        if (day == null || part != null) {
            return null; // "late Christmas" is no span anyone means
        }
        return new Named(day, day, capitalised(n) + " " + year + " (" + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getYear() + ")");
    }

    private static Named season(String name, @Nullable String part, YearMonth firstMonth) {
        int offset = part == null ? -1 : switch (part) {
            case "early" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
        String said = (part == null ? "" : part.equals("mid") ? "mid-" : part + " ") + name + " " + firstMonth.getYear();
        if (offset >= 0) {
            YearMonth month = firstMonth.plusMonths(offset);
            return new Named(month.atDay(1), month.atEndOfMonth(), said + " (" + monthAndYear(month) + ")");
        }
        YearMonth last = firstMonth.plusMonths(2);
        String from = last.getYear() == firstMonth.getYear()
                ? firstMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) : monthAndYear(firstMonth);
        return new Named(firstMonth.atDay(1), last.atEndOfMonth(), said + " (" + from + " to " + monthAndYear(last) + ")");
    }

    private static String monthAndYear(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    private static String capitalised(String n) {
        StringBuilder b = new StringBuilder(n.length());
        boolean start = true;
        for (char c : n.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }
}
