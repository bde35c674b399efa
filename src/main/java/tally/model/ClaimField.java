package tally.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A field of a claim that moderators may correct. {@code id} is its name in JSON, the database and the CLI. */
public enum ClaimField {
    METRIC("metric", "metric"),
    CLAIMANT("claimant", "claimant"),
    RELAY("relay", "relay"),
    DATE("date", "claim date"),
    SCOPE("scope", "scope");

    private final String id;
    private final String label;

    ClaimField(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** How a reply names the field: "claim date corrected by moderators". */
    public String label() {
        return label;
    }

    public static Optional<ClaimField> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }
}
