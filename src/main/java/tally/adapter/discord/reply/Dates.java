package tally.adapter.discord.reply;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The "since" option: a day (YYYY-MM-DD) or a month (YYYY-MM, meaning its first day). */
public final class Dates {
    private Dates() {
    }

    /** The date, or null when the text is neither form or not a real date. */
    public static @Nullable LocalDate since(String text) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value).atDay(1);
            }
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
