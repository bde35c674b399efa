package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;

/**
 * Tally's bot on {@link FakeTally}, through real JDA, against the Discord stand-in, with time in the test's hands
 * ({@link ManualTime}). Closing it fails the test on any request the stand-in did not know and on any warning nobody
 * {@link LogCapture#expect expected}.
 */
final class BotHarness implements AutoCloseable {
    static final String GUILD = Long.toString(Payloads.GUILD_ID);
    static final Instant START = Instant.parse("2026-01-15T12:05:00Z");

    final LogCapture log = LogCapture.attach();
    final FakeTally tally = new FakeTally();
    final ManualTime time = new ManualTime(START);
    final FakeDiscord discord;
    TallyBot bot;
    /** Where long recipes of paged replies are kept: it outlives {@link #restart()}, as the bot's database does. */
    final KeptRecipes.Shelf shelf = KeptRecipes.memory();
    private final DiscordSettings settings;

    /** Starts and waits until Tally is connected and its commands are registered. */
    BotHarness(DiscordSettings settings) throws Exception {
        this(settings, discord -> { }, true);
    }

    /**
     * @param setUp changes to the stand-in before Tally connects (refused intents, a withheld scope)
     * @param awaitReady whether to wait for the connection and the registration (not when the test expects neither)
     */
    BotHarness(DiscordSettings settings, Consumer<FakeDiscord> setUp, boolean awaitReady) throws Exception {
        this.settings = settings;
        try {
            discord = new FakeDiscord();
            setUp.accept(discord);
            bot = TallyBot.start(tally, null, settings, BotEnvironment.from(discord.environment()), time, time, time.clock(), null,
                    shelf);
        } catch (Exception | Error e) {
            log.close();
            throw e;
        }
        if (awaitReady) {
            awaitConnected();
            discord.await("command registration", r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD + "/commands"));
        }
    }

    /** Closes Tally and starts it again on the same stand-in, as after a restart: what it kept in memory is gone. */
    void restart() throws Exception {
        log.ignoringShutdown(bot::close);
        long registered = registrations();
        bot = TallyBot.start(tally, null, settings, BotEnvironment.from(discord.environment()), time, time, time.clock(), null,
                    shelf);
        awaitConnected();
        discord.await("command registration again", r -> registrations() > registered);
    }

    private long registrations() {
        return discord.requests().stream().filter(r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD + "/commands")).count();
    }

    static DiscordSettings settings(List<String> listenChannelIds, int cooldownSeconds, int burst) {
        return new DiscordSettings(List.of(GUILD), listenChannelIds, cooldownSeconds, 100, List.of("Helpers"), 1, 0, 0, burst);
    }

    /** Like JDA's awaitReady, but gives up on the first warning instead of waiting out JDA's guild timeout. */
    void awaitConnected() throws InterruptedException {
        awaitConnected(bot, log, discord);
    }

    /**
     * Waits until every shard is CONNECTED, failing on the first warning. The deadline is long because it only matters
     * when something is wrong: a CI run on a loaded machine once went past 15 s with no warning, and the message did
     * not say where JDA stood; it now names each shard's status and what the stand-in's gateway saw.
     */
    static void awaitConnected(TallyBot bot, LogCapture log, FakeDiscord discord) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (bot.shards().getShards().stream().anyMatch(j -> j.getStatus() != net.dv8tion.jda.api.JDA.Status.CONNECTED)) {
            if (!log.warnings().isEmpty() || System.nanoTime() > deadline) {
                throw new AssertionError("JDA did not connect: shards " + bot.shards().getShards().stream()
                        .map(j -> j.getStatus().name()).toList() + ", gateway open " + discord.gatewayConnected()
                        + ", identifies " + discord.identifies() + ", requests " + discord.requests().size()
                        + ", warnings " + log.warnings() + ", problems " + discord.problems());
            }
            Thread.sleep(5);
        }
    }

    /**
     * Waits until every shard has shut down after Discord closed the gateway for good. Its last log lines come while
     * it shuts down; a test that ended before would leave them to the next test's capture, which then fails on a
     * warning it never caused (seen once on a loaded machine: a 4004 line in DiscordPermissionsTest).
     */
    void awaitShutDown() throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (bot.shards().getShards().stream().anyMatch(j -> j.getStatus() != net.dv8tion.jda.api.JDA.Status.SHUTDOWN)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("JDA did not shut down after the gateway closed for good");
            }
            Thread.sleep(5);
        }
    }

    /** A member's chat message in a channel, mentioning Tally's user when {@code mention}. */
    ObjectNode message(long channelId, long authorId, String content) {
        ObjectNode author = Payloads.user(authorId, "member" + authorId % 1000, false);
        ArrayNode mentions = Payloads.JSON.createArrayNode();
        if (content.contains("<@" + Payloads.BOT_ID + ">")) {
            mentions.add(Payloads.user(Payloads.BOT_ID, "Tally", true));
        }
        return Payloads.in(channelId, Payloads.guildMessage(discord.nextId(), author, content, mentions));
    }

    static String mention() {
        return "<@" + Payloads.BOT_ID + "> ";
    }

    void send(ObjectNode message) {
        discord.dispatch("MESSAGE_CREATE", message);
    }

    /** The answer posted in reply to a message (waits for it). */
    Recorded replyTo(JsonNode message) throws InterruptedException {
        String id = message.path("id").asText();
        return discord.await("the answer to " + message.path("content").asText(), r -> r.is("POST", "channels/\\d+/messages")
                && r.body().path("message_reference").path("message_id").asText().equals(id));
    }

    List<Recorded> posts(Predicate<Recorded> also) {
        return discord.requests().stream().filter(r -> r.is("POST", "channels/\\d+/messages")).filter(also).toList();
    }

    /**
     * Proves that nothing was sent for earlier messages in this channel: asks a question with a mention and waits for
     * its answer. JDA sends one channel's messages in order, so an answer to an earlier message would have come first.
     */
    Recorded sentinel(long channelId) throws InterruptedException {
        return ask(channelId, Payloads.MODERATOR_ID, "how many were captured");
    }

    /** A member asks Tally by mention in a channel; the answer posted in reply (waits for it). */
    Recorded ask(long channelId, long authorId, String question) throws InterruptedException {
        ObjectNode message = message(channelId, authorId, mention() + question);
        send(message);
        return replyTo(message);
    }

    @Override
    public void close() throws Exception {
        try {
            log.ignoringShutdown(bot::close);
            discord.close();
            assertEquals(List.of(), discord.problems(), "the stand-in saw requests it does not know");
            assertEquals(List.of(), log.warnings(), "JDA or Tally logged warnings nobody expected");
        } finally {
            log.close();
        }
    }

    /** The custom id of the button labelled {@code label} in a posted message's body (its component rows). */
    static String buttonId(JsonNode body, String label) {
        for (JsonNode row : body.path("components")) {
            for (JsonNode b : row.path("components")) {
                if (b.path("label").asText().equals(label)) {
                    return b.path("custom_id").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + body);
    }
}
