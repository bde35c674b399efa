package tally.config;

import java.util.List;

/**
 * A config record's own check failed for one entry: thrown from a compact constructor with the entry's path relative
 * to that record ({@code "claimants", 12, "party"}), so the error can name the file line of the entry itself, not the
 * line where the enclosing object ends. {@link JsonFiles} turns it into a {@link ConfigException}.
 */
public final class ConfigEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Object> path;

    /** @param path field names (String) and list positions (Integer), outermost first */
    public ConfigEntryException(String message, Object... path) {
        super(message);
        this.path = List.of(path);
    }

    public List<Object> path() {
        return path;
    }
}
