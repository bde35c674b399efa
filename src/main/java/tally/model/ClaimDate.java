package tally.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** When a claimant made a claim, with how precisely that is known and why we believe it. */
public record ClaimDate(@Nullable LocalDate date, DatePrecision precision, DateBasis basis) {

    public static final ClaimDate UNKNOWN = new ClaimDate(null, DatePrecision.UNKNOWN, DateBasis.UNKNOWN);

    public ClaimDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
        if ((date == null) != (precision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("a date is required exactly when the precision is known: " + date + " " + precision);
        }
        if (precision == DatePrecision.MONTH && date != null && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month-precision date is stored as the first of the month: " + date);
        }
    }

    public static ClaimDate day(LocalDate date, DateBasis basis) {
        return new ClaimDate(date, DatePrecision.DAY, basis);
    }

    public static ClaimDate month(LocalDate anyDayInMonth) {
        return new ClaimDate(anyDayInMonth.withDayOfMonth(1), DatePrecision.MONTH, DateBasis.STATED);
    }

    public boolean known() {
        return date != null;
    }

    /** The JSON form: YYYY-MM-DD for a day or week, YYYY-MM for a month, null when unknown. */
    public @Nullable String iso() {
        if (date == null) {
            return null;
        }
        return precision == DatePrecision.MONTH ? date.toString().substring(0, 7) : date.toString();
    }

    /** How a reader sees it: "23 Dec 2024", "week of 16 Dec 2024", "Dec 2024", "date unknown". */
    public String display() {
        if (date == null) {
            return "date unknown";
        }
        String text = switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            case WEEK -> "week of " + date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            case UNKNOWN -> "date unknown";
        };
        return basis == DateBasis.REPORT_DATE ? text + " (date of the report; the claim itself is undated)" : text;
    }
}
