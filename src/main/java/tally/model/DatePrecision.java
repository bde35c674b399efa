package tally.model;

/** How precisely a claim date is known. A week means "last week": the date is that week's Monday. */
public enum DatePrecision {
    DAY, WEEK, MONTH, UNKNOWN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
