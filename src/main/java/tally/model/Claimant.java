package tally.model;

import java.util.Objects;

/** A canonical party that makes or relays claims, from config/claimants.json. */
public record Claimant(String id, String name, Kind kind) {

    public enum Kind { PERSON, OFFICIAL_BODY, MEDIA, GROUP, UNKNOWN }

    public static final Claimant UNKNOWN = new Claimant("unknown", "unnamed source", Kind.UNKNOWN);

    public Claimant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("claimant id must be lower_snake_case: " + id);
        }
    }

    public boolean known() {
        return kind != Kind.UNKNOWN;
    }
}
