package tally.app.moderation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tally.model.ClaimDate;
import tally.model.DatePrecision;
import tally.model.Published;
import tally.model.Source;

/**
 * The claim dates a correction may give a claim, read from the publication dates of the articles that report it. A
 * claim is made before any article reports it, and the war these figures count is younger than
 * {@value #YEARS_BEFORE_REPORTS} years, so a date outside those bounds is a slip ("2204" for "2024"), refused with
 * what would be possible rather than stated in a reply as the claim date.
 */
final class ClaimDateLimits {

    static final int YEARS_BEFORE_REPORTS = 5;

    private ClaimDateLimits() {
    }

    /**
     * Refuses a claim date after the latest publication date of the claim's sources (a month: after that
     * publication's month), or more than {@value #YEARS_BEFORE_REPORTS} years before its earliest report
     * ("0001-01-01"). Nothing to check when the amendment sets no date or no source has a publication date.
     */
    static void refuseOutside(CorrectedClaims.Entry entry, Amendment after) {
        ClaimDate date = after.date();
        if (date == null || date.date() == null) {
            return;
        }
        List<LocalDate> reported = Objects.requireNonNull(entry.shown()).sources().stream()
                .map(Source::published).filter(Objects::nonNull).map(Published::date).toList();
        if (reported.isEmpty()) {
            return;
        }
        LocalDate latest = Collections.max(reported);
        // a month is stored as its first day, so it is compared with the first day of the latest report's month
        boolean month = date.precision() == DatePrecision.MONTH;
        if (date.date().isAfter(month ? latest.withDayOfMonth(1) : latest)) {
            throw new Refusal("claim " + entry.id() + " is reported on " + latest + " at the latest, so it was made by "
                    + "then; a claim date of " + date.iso() + " is after it");
        }
        LocalDate earliest = Collections.min(reported);
        // five years to the day, as the README promises (it was rounded down to 1 January, so a date nearly six years
        // before was let through: trial 8); a month counts by its last day, as any day of it may be meant
        LocalDate floor = earliest.minusYears(YEARS_BEFORE_REPORTS);
        LocalDate latestMeant = month ? date.date().withDayOfMonth(date.date().lengthOfMonth()) : date.date();
        if (latestMeant.isBefore(floor)) {
            throw new Refusal("claim " + entry.id() + " is first reported on " + earliest + "; a claim date of "
                    + date.iso() + " is more than " + YEARS_BEFORE_REPORTS + " years before it, which looks like a slip"
                    + " (the earliest accepted is " + floor + ")");
        }
    }
}
