package tally.adapter.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member's permissions in a channel, worked out as Discord documents it (Permissions: "Permission Overwrites"): the
 * base permissions of @everyone and the member's roles (all of them for Administrator), then the channel's @everyone
 * overwrite, the overwrites of the member's roles together, and the member's own overwrite. A thread takes its parent
 * channel's overwrites. Without View Channel nothing else counts.
 */
final class FakePermissions {
    private static final long ADMINISTRATOR = 1L << 3;

    private FakePermissions() {
    }

    /** The permissions of member {@code userId} in channel (or thread) {@code channelId} of the guild payload. */
    static long of(JsonNode guild, long userId, long channelId) {
        JsonNode member = find(guild.path("members"), m -> m.path("user").path("id").asLong() == userId);
        Set<Long> roles = new HashSet<>();
        if (member != null) {
            member.path("roles").forEach(r -> roles.add(r.asLong()));
        }
        long guildId = guild.path("id").asLong();
        long base = 0;
        for (JsonNode role : guild.path("roles")) {
            long id = role.path("id").asLong();
            if (id == guildId || roles.contains(id)) {
                base |= role.path("permissions").asLong();
            }
        }
        if ((base & ADMINISTRATOR) != 0) {
            return -1L;
        }
        JsonNode channel = channel(guild, channelId);
        if (channel == null) {
            return 0;
        }
        if (channel.path("type").asInt() == 11 || channel.path("type").asInt() == 12) {
            channel = channel(guild, channel.path("parent_id").asLong());
            if (channel == null) {
                return 0;
            }
        }
        long permissions = base;
        JsonNode everyone = find(channel.path("permission_overwrites"), o -> o.path("id").asLong() == guildId);
        if (everyone != null) {
            permissions = apply(permissions, everyone.path("allow").asLong(), everyone.path("deny").asLong());
        }
        long allow = 0;
        long deny = 0;
        for (JsonNode overwrite : channel.path("permission_overwrites")) {
            if (overwrite.path("type").asInt() == 0 && roles.contains(overwrite.path("id").asLong())) {
                allow |= overwrite.path("allow").asLong();
                deny |= overwrite.path("deny").asLong();
            }
        }
        permissions = apply(permissions, allow, deny);
        JsonNode own = find(channel.path("permission_overwrites"),
                o -> o.path("type").asInt() == 1 && o.path("id").asLong() == userId);
        if (own != null) {
            permissions = apply(permissions, own.path("allow").asLong(), own.path("deny").asLong());
        }
        return (permissions & Payloads.VIEW_CHANNEL) == 0 ? 0 : permissions;
    }

    /** The channel or thread with that id, or null. */
    static @Nullable JsonNode channel(JsonNode guild, long id) {
        JsonNode channel = find(guild.path("channels"), c -> c.path("id").asLong() == id);
        return channel != null ? channel : find(guild.path("threads"), c -> c.path("id").asLong() == id);
    }

    static boolean isThread(JsonNode guild, long channelId) {
        JsonNode channel = channel(guild, channelId);
        return channel != null && channel.path("type").asInt() == 11;
    }

    private static long apply(long permissions, long allow, long deny) {
        return (permissions & ~deny) | allow;
    }

    private static @Nullable JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> wanted) {
        for (JsonNode item : array) {
            if (wanted.test(item)) {
                return item;
            }
        }
        return null;
    }
}
