package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.discord.fake.FakeDiscord;
import tally.adapter.discord.fake.Payloads;
import tally.adapter.discord.fake.Recorded;
import tally.adapter.web.LocalWeb;
import tally.adapter.web.WebArticleReader;
import tally.adapter.web.WebSettings;
import tally.bootstrap.TallyRuntime;

/**
 * /article through real JDA against the Discord stand-in, on the real engine and a copy of the bundled corpus. Links
 * and attachments are served by a web server on 127.0.0.1, which the test setting lets the fetcher reach (only that
 * address: 127.0.0.2 and private networks stay refused).
 */
class DiscordArticleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path corpus;
    private LogCapture log;
    private LocalWeb web;
    private TallyRuntime runtime;
    private FakeDiscord discord;
    private TallyBot bot;

    @BeforeEach
    void start() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        log = LogCapture.attach();
        web = new LocalWeb().page("/news/seoul", "text/html; charset=utf-8", page("jsonld-news.html"))
                .page("/cdn/zelensky.html", "text/html", page("opengraph-only.html"));
        runtime = TallyRuntime.open(corpus, dir.resolve("data"), Path.of("config"), line -> { });
        discord = new FakeDiscord();
        DiscordSettings settings = new DiscordSettings(List.of(Long.toString(Payloads.GUILD_ID)), List.of(), 0, 10,
                List.of(), 1, 0, 0);
        bot = TallyBot.start(runtime.tally(), runtime.curator(new WebArticleReader(
                WebSettings.DEFAULTS.allowingPrivateAddressesForTests(), CLOCK), CLOCK),
                settings, BotEnvironment.from(discord.environment()), Ticker.systemTicker(), CLOCK);
        bot.awaitReady();
        discord.await("command registration", r -> r.is("PUT", "applications/\\d+/guilds/\\d+/commands"));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            log.ignoringShutdown(bot::close);
            discord.close();
            runtime.close();
            web.close();
            assertEquals(List.of(), discord.problems(), "the stand-in saw requests it does not know");
            assertEquals(List.of(), log.warnings(), "JDA or Tally logged warnings nobody expected");
        } finally {
            log.close();
        }
    }

    private static byte[] page(String name) throws IOException {
        try (InputStream in = DiscordArticleTest.class.getResourceAsStream("/tally/adapter/web/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The articles: the folder also holds the hidden write lock once something was added. */
    private long articles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        }
    }

    /** Sends /article add with the given options as the user; returns the interaction id. */
    private long add(long userId, ObjectNode interaction) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        return interaction.path("id").asLong();
    }

    private ObjectNode link(long userId, String address) {
        return Payloads.subcommand(discord.nextId(), userId, "article", "add", Payloads.stringOption("link", address));
    }

    /** The private preview (or refusal) that edits the deferred reply. */
    private Recorded shown(long interaction) throws InterruptedException {
        Recorded deferral = discord.await("the deferral", r -> r.is("POST", "interactions/" + interaction + "/.*"));
        assertEquals(5, deferral.body().path("type").asInt());
        assertEquals(64, deferral.body().path("data").path("flags").asInt() & 64, "private from the start");
        return discord.await("the preview", r -> r.is("PATCH", "webhooks/\\d+/token-" + interaction + "/messages/@original"));
    }

    private static String text(JsonNode body) {
        return body.path("embeds").toString();
    }

    private Recorded click(long userId, Recorded preview, String label) throws InterruptedException {
        ObjectNode message = discord.messageFrom(preview).put("flags", 64);
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE",
                Payloads.buttonClick(id, userId, BotHarness.buttonId(preview.body(), label), message));
        return discord.await("the answer to " + label, r -> r.is("POST", "interactions/" + id + "/.*"));
    }

    @Test
    void aModeratorAddsAnAttachedPageAfterAPrivatePreview() throws Exception {
        ObjectNode command = Payloads.withAttachment(Payloads.subcommand(discord.nextId(), Payloads.MODERATOR_ID,
                "article", "add"), "file", discord.nextId(), "zelensky.html", web.url("/cdn/zelensky.html"),
                page("opengraph-only.html").length, "text/html");
        Recorded preview = shown(add(Payloads.MODERATOR_ID, command));
        String shown = text(preview.body());
        assertTrue(shown.contains("Add this article?"), shown);
        assertTrue(shown.contains("Eastern Front Weekly"), shown);
        assertTrue(shown.contains("Killed or wounded (combined casualties): more than 3,000"), shown);
        assertTrue(shown.contains("unverified"), shown);
        assertEquals(5, articles(), "nothing written before Add");

        Recorded addClicked = click(Payloads.MODERATOR_ID, preview, "Add");
        assertEquals(6, addClicked.body().path("type").asInt(), "Add acknowledges by editing the preview");
        Recorded result = discord.await("the result", r -> r.is("PATCH", "webhooks/\\d+/token-\\d+/messages/@original")
                && text(r.body()).contains("Article added"));
        assertTrue(text(result.body()).contains("Added 2024-12-23-zelensky-north-korean-losses-in-kursk-reach-3-000.txt"
                + " to the corpus: "), text(result.body()));
        assertEquals("[]", result.body().path("components").toString(), "the buttons are gone");
        assertEquals(6, articles());
        assertTrue(runtime.tally().articles().stream()
                .anyMatch(a -> a.file().equals("2024-12-23-zelensky-north-korean-losses-in-kursk-reach-3-000.txt")));
    }

    @Test
    void aModeratorPreviewsALinkCancelsThenAddsAndTheSameLinkIsRefusedAfter() throws Exception {
        Recorded preview = shown(add(Payloads.MODERATOR_ID, link(Payloads.MODERATOR_ID, web.url("/news/seoul"))));
        assertTrue(text(preview.body()).contains("The Harbour Ledger"), text(preview.body()));
        Recorded cancelled = click(Payloads.MODERATOR_ID, preview, "Cancel");
        assertEquals(7, cancelled.body().path("type").asInt());
        assertTrue(text(cancelled.body().path("data")).contains("Not added"), cancelled.body().toString());
        assertEquals(5, articles());

        Recorded again = shown(add(Payloads.MODERATOR_ID, link(Payloads.MODERATOR_ID, web.url("/news/seoul"))));
        click(Payloads.MODERATOR_ID, again, "Add");
        discord.await("added", r -> text(r.body()).contains("Article added"));
        assertEquals(6, articles());

        Recorded duplicate = shown(add(Payloads.MODERATOR_ID, link(Payloads.MODERATOR_ID, web.url("/news/seoul"))));
        assertTrue(text(duplicate.body()).contains("The corpus already has this article: "
                + "2024-12-19-seoul-says-north-korean-casualties-mount-in-kursk.txt (the same address)."), text(duplicate.body()));
        assertFalse(duplicate.body().path("components").toString().contains("Add"), "no Add button on a refusal");
    }

    @Test
    void aPreviewAnswersOnceAndOnlyToItsModerator() throws Exception {
        Recorded preview = shown(add(Payloads.MODERATOR_ID, link(Payloads.MODERATOR_ID, web.url("/news/seoul"))));
        Recorded stranger = click(Payloads.HELPER_ID, preview, "Add");
        assertEquals(4, stranger.body().path("type").asInt());
        assertTrue(text(stranger.body().path("data")).contains("Not your preview"), stranger.body().toString());
        assertEquals(5, articles());
        click(Payloads.MODERATOR_ID, preview, "Cancel");
        Recorded late = click(Payloads.MODERATOR_ID, preview, "Add");
        assertEquals(7, late.body().path("type").asInt());
        assertTrue(text(late.body().path("data")).contains("Preview expired"), late.body().toString());
        assertEquals(5, articles(), "a cancelled preview cannot be added");
    }

    @Test
    void aPrivateOrLocalAddressIsRefusedWithoutFetching() throws Exception {
        for (String address : List.of("http://127.0.0.2:" + web.port() + "/news/seoul", "http://192.168.1.10/news",
                "http://[::1]/", "file:///etc/passwd")) {
            Recorded refused = shown(add(Payloads.MODERATOR_ID, link(Payloads.MODERATOR_ID, address)));
            assertTrue(text(refused.body()).contains("Not added"), text(refused.body()));
            assertTrue(text(refused.body()).contains(address.startsWith("file") ? "Only http and https" : "Tally does not fetch from"),
                    address + ": " + text(refused.body()));
        }
        assertEquals(5, articles());
    }

    @Test
    void aMemberIsRefusedPrivatelyAndNothingIsFetched() throws Exception {
        long id = add(Payloads.MEMBER_ID, link(Payloads.MEMBER_ID, web.url("/news/seoul")));
        Recorded refusal = discord.await("the refusal", r -> r.is("POST", "interactions/" + id + "/.*"));
        assertEquals(4, refusal.body().path("type").asInt());
        assertEquals(64, refusal.body().path("data").path("flags").asInt() & 64, "ephemeral");
        assertTrue(text(refusal.body().path("data")).contains("Moderators only"), refusal.body().toString());
        long remove = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.subcommand(remove, Payloads.MEMBER_ID, "article", "remove",
                Payloads.stringOption("file", "003_2d40f8e5f731d077.txt"), Payloads.stringOption("reason", "spam")));
        Recorded refusedRemove = discord.await("the refusal", r -> r.is("POST", "interactions/" + remove + "/.*"));
        assertTrue(text(refusedRemove.body().path("data")).contains("Moderators only"));
        assertEquals(5, articles());
    }

    @Test
    void aModeratorRemovesAnArticleWithAReason() throws Exception {
        long id = discord.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.subcommand(id, Payloads.MODERATOR_ID, "article", "remove",
                Payloads.stringOption("file", "003_2d40f8e5f731d077.txt"), Payloads.stringOption("reason", "a duplicate")));
        Recorded result = shown(id);
        assertTrue(text(result.body()).contains("Removed 003\\\\_2d40f8e5f731d077.txt from the corpus")
                || text(result.body()).contains("Removed 003_2d40f8e5f731d077.txt from the corpus"), text(result.body()));
        assertFalse(Files.exists(corpus.resolve("003_2d40f8e5f731d077.txt")));
        assertTrue(Files.exists(dir.resolve("corpus-removed/003_2d40f8e5f731d077.txt.removed.json")));
    }
}
