package tally.model;

/** Where a claim date comes from, so a reader can tell a stated date from an assumed one. */
public enum DateBasis {
    /** The sentence (or its context) names the date: "on Monday", "December 16", "in late October". */
    STATED,
    /** The text gives no date for the claim; the article's publication date stands in for it. */
    REPORT_DATE,
    /** Nothing supports a date. */
    UNKNOWN
}
