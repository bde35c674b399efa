package tally.adapter.discord;

import java.nio.file.Path;
import java.util.List;
import tally.config.ConfigException;
import tally.config.JsonFiles;
import org.jspecify.annotations.Nullable;

/**
 * config/discord.json. Ids are strings because Discord snowflakes overflow JSON numbers in many tools.
 *
 * @param commandGuildIds servers to register commands in at once; empty registers them globally
 * @param listenChannelIds channels where on-topic questions are answered without a mention (and in their threads and
 *     forum posts)
 * @param cooldownSeconds once a member's burst is spent, one question per this many seconds; 0 = no limit
 * @param questionBurst questions a member may ask in a row before the limit applies; absent = {@link #DEFAULT_BURST}
 * @param shardFrom first shard this process runs, inclusive
 * @param shardTo last shard this process runs, inclusive
 */
public record DiscordSettings(
        List<String> commandGuildIds,
        List<String> listenChannelIds,
        int cooldownSeconds,
        int answerCacheSize,
        List<String> moderatorRoles,
        int shardTotal,
        int shardFrom,
        int shardTo,
        @Nullable Integer questionBurst) {

    public static final int DEFAULT_BURST = 3;

    /** Settings with the default burst. */
    public DiscordSettings(List<String> commandGuildIds, List<String> listenChannelIds, int cooldownSeconds,
            int answerCacheSize, List<String> moderatorRoles, int shardTotal, int shardFrom, int shardTo) {
        this(commandGuildIds, listenChannelIds, cooldownSeconds, answerCacheSize, moderatorRoles, shardTotal, shardFrom,
                shardTo, null);
    }

    public DiscordSettings {
        commandGuildIds = List.copyOf(commandGuildIds);
        listenChannelIds = List.copyOf(listenChannelIds);
        moderatorRoles = List.copyOf(moderatorRoles);
        for (String id : concat(commandGuildIds, listenChannelIds)) {
            if (!id.matches("[0-9]{1,20}")) {
                throw new IllegalArgumentException("'" + id + "' is not a Discord id (digits only; copy it with Developer Mode on)");
            }
        }
        if (cooldownSeconds < 0 || cooldownSeconds > 3600) {
            throw new IllegalArgumentException("cooldownSeconds must be 0..3600, was " + cooldownSeconds);
        }
        if (questionBurst != null && (questionBurst < 1 || questionBurst > 20)) {
            throw new IllegalArgumentException("questionBurst must be 1..20, was " + questionBurst);
        }
        if (answerCacheSize < 1) {
            throw new IllegalArgumentException("answerCacheSize must be at least 1, was " + answerCacheSize);
        }
        if (shardTotal < 1) {
            throw new IllegalArgumentException("shardTotal must be at least 1, was " + shardTotal);
        }
        if (shardFrom < 0 || shardTo < shardFrom || shardTo >= shardTotal) {
            throw new IllegalArgumentException("shards " + shardFrom + ".." + shardTo
                    + " do not fit in shardTotal " + shardTotal + " (need 0 <= shardFrom <= shardTo < shardTotal)");
        }
    }

    public static DiscordSettings load(Path file) {
        try {
            return JsonFiles.read(file, DiscordSettings.class);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** Questions a member may ask in a row. */
    public int burst() {
        return questionBurst == null ? DEFAULT_BURST : questionBurst;
    }

    /** Answering without a mention needs the privileged Message Content intent; only ask for it then. */
    public boolean needsMessageContent() {
        return !listenChannelIds.isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
