package tally.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What stretch of the war a figure covers. Only cumulative totals of one metric are comparable with each other: a
 * count for one battle, one month, one unit, or a forecast is shown labelled for what it is and never as one end of a
 * spread or one side of a revision.
 */
public enum Scope {
    /** Everything so far, as of the claim date: "have been killed", "in total". */
    TOTAL("total", "total so far"),
    /** Within a stated period: "in December", "in a week", "over the past month". */
    PERIOD("period", "for one period"),
    /** One battle, attack, village, weekend or operation. */
    INCIDENT("incident", "in one incident"),
    /** A part of the force: "2,000 assigned to marine units", "of whom 300 engineers". */
    SUBSET("subset", "part of the force"),
    /** A projection or plan: "expected to reach", "could rise to", a deployment still to come. */
    FORECAST("forecast", "a forecast");

    private final String id;
    private final String label;

    Scope(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable name used in JSON and config files. */
    public String id() {
        return id;
    }

    /** How a reply labels a figure of this scope. */
    public String label() {
        return label;
    }

    public static Optional<Scope> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }
}
