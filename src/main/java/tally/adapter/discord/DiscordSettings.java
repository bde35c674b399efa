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
 * @param disputeWords words or phrases that, in a reply to one of Tally's answers, say a figure is wrong (matched as
 *     whole words, any case; a phrase's spaces match any run of spaces); absent = {@link #DEFAULT_DISPUTE_WORDS}
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
        @Nullable Integer questionBurst,
        @Nullable List<String> disputeWords) {

    public static final int DEFAULT_BURST = 3;
    /** English words that dispute a figure; used when discord.json names none. */
    public static final List<String> DEFAULT_DISPUTE_WORDS = List.of("wrong", "incorrect", "inaccurate", "not true",
            "not right", "not correct", "not accurate", "false", "mistaken", "a mistake", "misattributed", "outdated",
            "an error", "bogus", "made up");

    /** Settings with the default burst. */
    public DiscordSettings(List<String> commandGuildIds, List<String> listenChannelIds, int cooldownSeconds,
            int answerCacheSize, List<String> moderatorRoles, int shardTotal, int shardFrom, int shardTo) {
        this(commandGuildIds, listenChannelIds, cooldownSeconds, answerCacheSize, moderatorRoles, shardTotal, shardFrom,
                shardTo, null, null);
    }

    /** Settings with the default dispute words. */
    public DiscordSettings(List<String> commandGuildIds, List<String> listenChannelIds, int cooldownSeconds,
            int answerCacheSize, List<String> moderatorRoles, int shardTotal, int shardFrom, int shardTo,
            @Nullable Integer questionBurst) {
        this(commandGuildIds, listenChannelIds, cooldownSeconds, answerCacheSize, moderatorRoles, shardTotal, shardFrom,
                shardTo, questionBurst, null);
    }

    public DiscordSettings {
        commandGuildIds = List.copyOf(commandGuildIds);
        listenChannelIds = List.copyOf(listenChannelIds);
        moderatorRoles = List.copyOf(moderatorRoles);
        if (disputeWords != null) {
            disputeWords = List.copyOf(disputeWords);
            if (disputeWords.isEmpty() || disputeWords.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("disputeWords must list at least one word, none blank "
                        + "(leave the key out for the English defaults)");
            }
        }
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

    /**
     * Whether {@code text} says a figure is wrong: one of {@link #disputeWords} (or the defaults) as a whole word or
     * phrase, in any case.
     */
    public boolean disputes(String text) {
        return disputePattern().matcher(text).find();
    }

    private java.util.regex.Pattern disputePattern() {
        String words = (disputeWords == null ? DEFAULT_DISPUTE_WORDS : disputeWords).stream()
                .map(w -> java.util.regex.Pattern.quote(w.strip().toLowerCase(java.util.Locale.ROOT))
                        .replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|"));
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** Answering without a mention needs the privileged Message Content intent; only ask for it then. */
    public boolean needsMessageContent() {
        return !listenChannelIds.isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
