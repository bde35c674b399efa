package tally.app.question;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Period;

/**
 * Finds the time window a question asks about, resolved against a reference date that the caller supplies (the newest
 * publication date in the corpus), never the wall clock. A month without a year means the latest such month up to
 * the reference date. Works on the lower-cased question.
 */
final class PeriodParser {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern SINCE_MONTH = Pattern.compile(
            "\\b(?:since|from|after)\\s+(?:(?:early|late|mid)[\\s-]*)?(?:the\\s+start\\s+of\\s+)?" + MONTH
                    + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?");
    private static final Pattern SINCE_YEAR = Pattern.compile("\\b(?:since|from|after)\\s+" + YEAR + "\\b");
    private static final Pattern IN_MONTH = Pattern.compile(
            "\\b(?:in|during|for|over|throughout|of)\\s+(?:(?:early|late|mid)[\\s-]*)?(?:the\\s+month\\s+of\\s+)?"
                    + MONTH + "\\b(?:\\s*,?\\s*" + YEAR + "\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\.?\\s*,?\\s*" + YEAR + "\\b");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|during|for|over|throughout|of)\\s+" + YEAR + "\\b");
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "\\b(early|the\\s+start\\s+of|the\\s+beginning\\s+of|mid|the\\s+middle\\s+of|late|the\\s+end\\s+of)[\\s-]*"
                    + YEAR + "\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(last|past|previous|this)\\s+(week|month|year)\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PeriodParser() {
    }

    static @Nullable Period parse(String lower, @Nullable LocalDate reference) {
        Matcher m = SINCE_MONTH.matcher(lower);
        if (m.find()) {
            YearMonth month = month(m.group(1), m.group(2), reference);
            return month == null ? null : since(month.atDay(1), "since " + monthName(month), reference);
        }
        m = SINCE_YEAR.matcher(lower);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return since(LocalDate.of(year, 1, 1), "since " + year, reference);
        }
        m = IN_MONTH.matcher(lower);
        if (m.find()) {
            return monthPeriod(month(m.group(1), m.group(2), reference));
        }
        m = MONTH_YEAR.matcher(lower);
        if (m.find()) {
            return monthPeriod(month(m.group(1), m.group(2), reference));
        }
        m = PART_OF_YEAR.matcher(lower);
        if (m.find()) {
            return partOfYear(m.group(1), Integer.parseInt(m.group(2)));
        }
        m = IN_YEAR.matcher(lower);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "in " + year);
        }
        m = RELATIVE.matcher(lower);
        if (m.find() && reference != null) {
            return relative(m.group(1), m.group(2), reference);
        }
        return null;
    }

    private static @Nullable YearMonth month(String name, @Nullable String year, @Nullable LocalDate reference) {
        Month month = monthOf(name);
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        if (reference == null) {
            return null;
        }
        YearMonth candidate = YearMonth.of(reference.getYear(), month);
        return candidate.isAfter(YearMonth.from(reference)) ? candidate.minusYears(1) : candidate;
    }

    /** "early 2025" is January to April, "mid" May to August, "late" September to December. */
    private static Period partOfYear(String part, int year) {
        String which = part.replaceAll("\\s+", " ");
        int firstMonth = switch (which) {
            case "early", "the start of", "the beginning of" -> 1;
            case "mid", "the middle of" -> 5;
            default -> 9;
        };
        YearMonth first = YearMonth.of(year, firstMonth);
        return new Period(first.atDay(1), first.plusMonths(3).atEndOfMonth(), "in " + which + " " + year);
    }

    private static Month monthOf(String name) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalStateException("MONTH pattern and Month disagree on " + name);
    }

    private static @Nullable Period monthPeriod(@Nullable YearMonth month) {
        return month == null ? null : new Period(month.atDay(1), month.atEndOfMonth(), "in " + monthName(month));
    }

    /** Open-ended at the reference date; without one, the period stays open. */
    private static Period since(LocalDate from, String text, @Nullable LocalDate reference) {
        LocalDate to = reference != null && !reference.isBefore(from) ? reference : LocalDate.of(9999, 12, 31);
        return new Period(from, to, text);
    }

    /** "last"/"previous" mean the previous calendar unit, "this" the current one, "past" the span up to the reference. */
    private static Period relative(String which, String unit, LocalDate ref) {
        if (which.equals("past") || unit.equals("week")) {
            LocalDate from = switch (unit) {
                case "week" -> ref.minusDays(7);
                case "month" -> ref.minusMonths(1);
                default -> ref.minusYears(1);
            };
            return new Period(from, ref, "between " + from.format(DAY) + " and " + ref.format(DAY));
        }
        boolean current = which.equals("this");
        if (unit.equals("month")) {
            YearMonth month = current ? YearMonth.from(ref) : YearMonth.from(ref).minusMonths(1);
            return new Period(month.atDay(1), month.atEndOfMonth(), "in " + monthName(month));
        }
        int year = current ? ref.getYear() : ref.getYear() - 1;
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "in " + year);
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
