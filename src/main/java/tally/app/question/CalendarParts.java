package tally.app.question;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a month or of a year a question can name, and the days each stands for: its start, middle or end
 * ("mid-December", "late 2024"), a week or a half of a month ("the first week of December 2024"), a quarter or a half
 * of a year ("Q1 2025", "the second half of 2024"). Each is said back with its dates, so a reader who meant another sees
 * the reading.
 */
final class CalendarParts {

    /** The ordinals a part is counted with ("the first week of", "the last quarter of"). */
    static final String ORDINAL = "first|second|third|fourth|1st|2nd|3rd|4th|last|final";
    /** How a reply says a day: "1 Jan 2025". */
    static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CalendarParts() {
    }

    /**
     * "early" is the 1st to the 10th, "mid" the 11th to the 20th, "late" the 21st to the end; "the first week of" the
     * 1st to the 7th, each later week the next seven days, "the last week of" the last seven; "the first half of" the 1st
     * to the 15th, "the second half of" the rest.
     */
    static DateSpan partOfMonth(@Nullable String part, YearMonth month) {
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
                return new DateSpan(month.atDay(1), month.atEndOfMonth(), name); // "the third half": no part, the month
            } else {
                first = ordinal == 1 ? 1 : 16; // "the second half" and "the last half" alike
                last = ordinal == 1 ? 15 : length;
            }
            String days = first + " to " + last + " " + month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + month.getYear();
            return new DateSpan(month.atDay(first), month.atDay(last), "the " + which + " " + name + " (" + days + ")");
        }
        return switch (which) {
            case "early", "the start of", "the beginning of" ->
                    new DateSpan(month.atDay(1), month.atDay(10), "early " + name);
            case "mid", "the middle of" -> new DateSpan(month.atDay(11), month.atDay(20), "mid-" + name);
            case "late", "the end of" -> new DateSpan(month.atDay(21), month.atEndOfMonth(), "late " + name);
            default -> new DateSpan(month.atDay(1), month.atEndOfMonth(), name);
        };
    }

    /**
     * "early 2025" is January to April, "mid" May to August, "late" September to December; a quarter ("Q1", "the first
     * quarter of") three months, a half six.
     */
    static DateSpan partOfYear(@Nullable String part, int year) {
        String which = part == null ? "" : part.replaceAll("\\s+", " ").replaceFirst("^the (?=(?:" + ORDINAL + ") )", "");
        if (which.matches("q[1-4]") || which.endsWith(" quarter of") || which.endsWith(" half of")) {
            boolean half = which.endsWith(" half of");
            int ordinal = which.startsWith("q") ? which.charAt(1) - '0' : ordinal(which.substring(0, which.indexOf(' ')));
            int months = half ? 6 : 3;
            int index = ordinal < 0 ? 12 / months : Math.min(ordinal, 12 / months);
            YearMonth first = YearMonth.of(year, (index - 1) * months + 1);
            YearMonth last = first.plusMonths(months - 1L);
            String said = which.startsWith("q") ? "Q" + which.charAt(1) + " " + year : "the " + which + " " + year;
            return new DateSpan(first.atDay(1), last.atEndOfMonth(), said + " (" + first.getMonth().getDisplayName(
                    TextStyle.FULL, Locale.ENGLISH) + " to " + monthName(last) + ")");
        }
        int firstMonth = switch (which) {
            case "" -> 0;
            case "early", "the start of", "the beginning of" -> 1;
            case "mid", "the middle of" -> 5;
            default -> 9;
        };
        if (firstMonth == 0) {
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        YearMonth last = first.plusMonths(3);
        // said with its months, as a season is: "late 2024" alone left the reader to guess where it starts (trial 7)
        return new DateSpan(first.atDay(1), last.atEndOfMonth(), which + " " + year + " (" + first.getMonth()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " to " + monthName(last) + ")");
    }

    /** "December 2024". */
    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
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
}
