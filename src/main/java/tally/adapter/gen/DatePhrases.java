package tally.adapter.gen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Says when a claim was made, relative to the article's publication date, in the ways articles do: "on Monday",
 * "on December 16", "Dec. 1", "last week", "in late October", or not at all. Each phrase carries the date a careful
 * reader would resolve it to, which is what the truth file records.
 */
final class DatePhrases {

    /** A phrase ("" when undated), the date it means (null when undated) and its precision ("day", "week", "month"). */
    record Phrase(String text, @Nullable LocalDate date, @Nullable String precision) {
        static final Phrase NONE = new Phrase("", null, null);

        boolean stated() {
            return date != null;
        }

        /** The truth file's form: YYYY-MM-DD for a day or week, YYYY-MM for a month, null when undated. */
        @Nullable String iso() {
            if (date == null) {
                return null;
            }
            return "month".equals(precision) ? date.toString().substring(0, 7) : date.toString();
        }
    }

    private final Random random;

    DatePhrases(Random random) {
        this.random = random;
    }

    /** A phrase for a claim made on {@code when}, in an article published on {@code published} (after it). */
    Phrase phrase(LocalDate when, LocalDate published) {
        long daysBefore = ChronoUnit.DAYS.between(when, published);
        List<Phrase> options = new ArrayList<>();
        options.add(Phrase.NONE);
        if (daysBefore >= 1 && daysBefore <= 6) {
            Phrase weekday = new Phrase("on " + when.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), when, "day");
            options.add(weekday);
            options.add(weekday);
            options.add(weekday);
        }
        options.add(new Phrase("on " + monthDay(when, published.getYear() != when.getYear()), when, "day"));
        LocalDate lastWeekMonday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        if (!when.isBefore(lastWeekMonday) && when.isBefore(lastWeekMonday.plusWeeks(1))) {
            options.add(new Phrase("last week", lastWeekMonday, "week"));
        }
        if (daysBefore >= 10) {
            options.add(new Phrase("in " + partOfMonth(when) + month(when, published.getYear() != when.getYear()),
                    when.withDayOfMonth(1), "month"));
        }
        return options.get(random.nextInt(options.size()));
    }

    private String monthDay(LocalDate d, boolean withYear) {
        String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String year = withYear ? ", " + d.getYear() : "";
        return switch (random.nextInt(3)) {
            case 0 -> full + " " + d.getDayOfMonth() + year;
            case 1 -> abbreviation(d) + " " + d.getDayOfMonth() + year;
            default -> d.getDayOfMonth() + " " + full + (withYear ? " " + d.getYear() : "");
        };
    }

    /** AP style: "Dec. 1", but "May 1" and "June 1" have no short form. */
    private static String abbreviation(LocalDate d) {
        String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return full.length() <= 4 ? full : full.substring(0, full.equals("September") ? 4 : 3) + ".";
    }

    private static String month(LocalDate d, boolean withYear) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (withYear ? " " + d.getYear() : "");
    }

    private String partOfMonth(LocalDate d) {
        if (random.nextBoolean()) {
            return "";
        }
        int day = d.getDayOfMonth();
        return day <= 10 ? "early " : day <= 20 ? "mid-" : "late ";
    }
}
