package tally.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a figure counts. Killed and killed-or-wounded are different measures and are never compared as if
 * they were the same, which is why the combined figure has a metric of its own.
 */
public enum Metric {
    KILLED("killed", "Killed"),
    WOUNDED("wounded", "Wounded"),
    KILLED_OR_WOUNDED("killed_or_wounded", "Killed or wounded (combined casualties)"),
    CAPTURED("captured", "Captured"),
    DEPLOYED("deployed", "Sent / deployed"),
    PLANNED_DEPLOYMENT("planned_deployment", "Planned or expected deployments");

    private final String id;
    private final String label;

    Metric(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable name used in JSON, config files and slash-command choices. */
    public String id() {
        return id;
    }

    /** A heading a reader understands. */
    public String label() {
        return label;
    }

    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equalsIgnoreCase(id.trim())).findFirst();
    }
}
