package tally.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A figure counted "as of" a month: when that month lies well before the report, an undated statement of it is
 * older than the report ({@link ClaimDating} leaves its date unknown).
 */
final class AsOfDates {

    private AsOfDates() {
    }

    /**
     * "South Korean lawmakers said that as of April the North had lost 4,700" in an August article: the content counts
     * "as of" a month before the one preceding the report, so the statement, which gives no date of its own, was made
     * around then, not on the report's day, on no date the text gives (dev gold, round 32: three figures; "as of
     * mid-January" in a January 23 report was the report's, once). A month with no year is the latest of its name on
     * or before the report.
     */
    static boolean longBefore(String s, @Nullable LocalDate reported) {
        if (reported == null || !s.contains("as of ") && !s.contains("As of ")) {
            return false;
        }
        Matcher m = AS_OF_MONTH.matcher(s);
        LocalDate monthBefore = reported.withDayOfMonth(1).minusMonths(1);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(1).substring(0, 3)) / 3 + 1;
            LocalDate then = reported.withDayOfMonth(1).withMonth(month);
            if (m.group(2) != null) {
                then = then.withYear(Integer.parseInt(m.group(2)));
            } else if (then.isAfter(reported)) {
                then = then.minusYears(1);
            }
            if (then.isBefore(monthBefore)) {
                return true;
            }
        }
        return false;
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    /** "as of April", "as of mid-April", "as of late April 2024": a month, perhaps with its year. */
    private static final Pattern AS_OF_MONTH = Pattern.compile("\\b[Aa]s of (?:mid-|early |late |the end of )?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
            + "(?:,? ((?:19|20)\\d\\d)\\b)?");
}
