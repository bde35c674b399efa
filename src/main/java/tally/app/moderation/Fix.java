package tally.app.moderation;

import org.jspecify.annotations.Nullable;
import tally.model.PlainText;

/**
 * A correction as a person types it: each field null when left alone. {@code metric} and {@code scope} are ids
 * ("killed", "period"); {@code claimant} and {@code relay} a claimant id of config/claimants.json, one of its names, or
 * the source's own words for a source the directory does not list ({@code relay} "none" removes the relay);
 * {@code date} is YYYY-MM-DD or YYYY-MM.
 */
public record Fix(@Nullable String metric, @Nullable String claimant, @Nullable String relay, @Nullable String date,
                  @Nullable String scope) {

    /**
     * Each value as typed, on one line and without terminal controls or direction overrides: a claimant in its own
     * words is shown in every reply, and a value that cannot be read is echoed in the refusal.
     */
    public Fix {
        metric = safe(metric);
        claimant = safe(claimant);
        relay = safe(relay);
        date = safe(date);
        scope = safe(scope);
    }

    private static @Nullable String safe(@Nullable String value) {
        return value == null ? null : PlainText.oneLine(value);
    }

    public boolean isEmpty() {
        return blank(metric) && blank(claimant) && blank(relay) && blank(date) && blank(scope);
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
