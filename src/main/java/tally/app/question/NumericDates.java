package tally.app.question;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites dates written in digits into the words the period parser reads: "2024-12-20" → "20 december 2024",
 * "2024-12" → "december 2024", "20/12/2024" or "20.12.2024" → "20 december 2024". Before this, "since 2024-12-20" was
 * read as "since 2024" and "between 2024-12-01 and 2024-12-20" as no period at all, so the reply answered another
 * question than the one asked.
 *
 * <p>A day and month joined by a slash or dot are read day first, as in most of the world, unless only the other
 * order makes a date ("12/20/2024"); the reply's period line says the date in words, so whoever wrote "03/04/2025"
 * sees which reading was taken. Something that is no date (a month 13, "31.02.2025") is left as it was.
 */
final class NumericDates {

    private static final Pattern ISO_DAY = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{1,2})\\b(?![-/.]\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)\\b");

    private NumericDates() {
    }

    /** {@code lower} with its numeric dates in words; the same text when it has none. */
    static String inWords(String lower) {
        if (lower.chars().noneMatch(Character::isDigit)) {
            return lower;
        }
        String out = replace(ISO_DAY, lower, m -> day(m.group(1), m.group(2), m.group(3)));
        out = replace(ISO_MONTH, out, m -> month(m.group(1), m.group(2)));
        return replace(DAY_MONTH_YEAR, out, m -> {
            String dayFirst = day(m.group(4), m.group(3), m.group(1));
            return dayFirst != null ? dayFirst : day(m.group(4), m.group(1), m.group(3));
        });
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> words) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String said = words.apply(m);
            m.appendReplacement(out, Matcher.quoteReplacement(said != null ? said : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static String day(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getDayOfMonth() + " " + name(date.getMonth()) + " " + date.getYear();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String year, String month) {
        try {
            YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
            return name(ym.getMonth()) + " " + ym.getYear();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String name(Month month) {
        return month.name().toLowerCase(Locale.ROOT);
    }
}
