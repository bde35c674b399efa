package tally.app.moderation;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member's report that a figure is wrong. One per member and claim: reporting the same figure again replaces the
 * reason rather than counting twice. {@code resolvedBy} is the change that dealt with it (a correction or hide of the
 * claim), null while it is open.
 */
public record Report(long id, Actor member, ClaimRef claim, Reason reason, @Nullable String text, Instant at,
                     @Nullable Long resolvedBy) {

    /** Why a member says the figure is wrong; {@code OTHER} comes with a short text. */
    public enum Reason {
        WRONG_NUMBER("wrong_number", "Wrong number"),
        WRONG_CLAIMANT("wrong_claimant", "Wrong claimant"),
        WRONG_DATE("wrong_date", "Wrong date"),
        OFF_TOPIC("off_topic", "Not about North Korean troops"),
        OTHER("other", "Other");

        private final String id;
        private final String label;

        Reason(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Reason> byId(String id) {
            return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
        }
    }

    /** The longest text a member may give with "other". */
    public static final int TEXT_LIMIT = 300;

    public Report {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (text != null && text.length() > TEXT_LIMIT) {
            throw new IllegalArgumentException("a report's text is at most " + TEXT_LIMIT + " characters");
        }
        if (reason == Reason.OTHER && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("'other' needs a short text saying what is wrong");
        }
    }

    /** What the store did with a report: a new one, or the member's earlier report of the same claim replaced. */
    public record Filed(Report report, boolean duplicate) {
    }
}
