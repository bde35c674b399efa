package tally.app.moderation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A summary Tally posted and pinned, kept so it can be edited in place when the figures change. {@code shown} is what
 * it showed: each claim's id and a digest of how it was shown, so the next edit can say what changed.
 */
public record PinnedSummary(String guildId, String channelId, String messageId, Instant postedAt, Instant updatedAt,
                            String version, Map<String, String> shown) {

    public PinnedSummary {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(version, "version");
        shown = Map.copyOf(shown);
        for (String id : new String[] {guildId, channelId, messageId}) {
            if (!id.matches("[0-9]{1,20}")) {
                throw new IllegalArgumentException("not a Discord id: " + id);
            }
        }
    }

    public PinnedSummary updated(Instant at, String newVersion, Map<String, String> newShown) {
        return new PinnedSummary(guildId, channelId, messageId, postedAt, at, newVersion, newShown);
    }
}
