package tally.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.adapter.web.LocalWeb;
import tally.adapter.web.WebArticleReader;
import tally.adapter.web.WebSettings;
import tally.bootstrap.TallyRuntime;

/** tally article add/remove through the same picocli command line as the jar, on a copy of the bundled corpus. */
class ArticleCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path corpus;
    private final LocalWeb web = new LocalWeb();
    private final List<TallyRuntime> opened = new ArrayList<>();
    private @Nullable Boolean terminalAnswer;
    private WebSettings settings = WebSettings.DEFAULTS.allowingPrivateAddressesForTests();
    private CommandRun cli;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        cli = new CommandRun(new ArticleCommand(new RecordingLauncher(() -> null), (c, d, config) -> {
            TallyRuntime runtime = TallyRuntime.open(c, d, config, line -> { });
            opened.add(runtime);
            return runtime.curator(new WebArticleReader(settings, CLOCK), CLOCK);
        }, question -> terminalAnswer));
    }

    @AfterEach
    void tearDown() {
        opened.forEach(TallyRuntime::close);
        web.close();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", corpus.toString(), "--data", dir.resolve("data").toString(), "--config", "config"));
        return cli.run(all.toArray(String[]::new));
    }

    private static byte[] page(String name) throws IOException {
        try (InputStream in = ArticleCommandTest.class.getResourceAsStream("/tally/adapter/web/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path file(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, page(name));
        return f;
    }

    /** The articles: the folder also holds the hidden write lock once something was added. */
    private long articles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        }
    }

    @Test
    void addWithYesPrintsThePreviewThenAddsAndCounts() throws IOException {
        assertEquals(0, run("article", "add", "--yes", file("opengraph-only.html").toString()), cli.err());
        String out = cli.out();
        assertTrue(out.startsWith("Preview of opengraph-only.html (not added yet)\n"), out);
        assertTrue(out.contains("Outlet:    Eastern Front Weekly\n"), out);
        assertTrue(out.contains("Killed or wounded (combined casualties): more than 3,000"), out);
        assertTrue(out.contains("These are unverified claims"), out);
        assertTrue(out.contains("Added 2024-12-23-zelensky-north-korean-losses-in-kursk-reach-3-000.txt to the corpus: "), out);
        assertTrue(Files.exists(corpus.resolve("2024-12-23-zelensky-north-korean-losses-in-kursk-reach-3-000.txt")));
    }

    @Test
    void addFromALinkFetchesThePage() throws IOException {
        web.page("/news/seoul", "text/html; charset=utf-8", page("jsonld-news.html"));
        assertEquals(0, run("article", "add", "--yes", web.url("/news/seoul")), cli.err());
        assertTrue(cli.out().contains("Preview of " + web.url("/news/seoul")), cli.out());
        String written = Files.readString(corpus.resolve("2024-12-19-seoul-says-north-korean-casualties-mount-in-kursk.txt"));
        assertTrue(written.contains("\nretrieved-from: " + web.url("/news/seoul") + "\n"), written);
    }

    @Test
    void withoutYesItAsksOnATerminalAndRefusesWithoutOne() throws IOException {
        String page = file("no-metadata.html").toString();
        terminalAnswer = null;
        assertEquals(1, run("article", "add", page));
        assertTrue(cli.err().contains("not added: no terminal to confirm on; run again with --yes to add it"), cli.err());
        assertEquals(5, articles());

        terminalAnswer = false;
        assertEquals(1, run("article", "add", page));
        assertEquals(5, articles());

        terminalAnswer = true;
        assertEquals(0, run("article", "add", page), cli.err());
        assertEquals(6, articles());
    }

    @Test
    void refusalsGoToStandardErrorWithExitOne() throws IOException {
        Path html = file("jsonld-news.html");
        assertEquals(0, run("article", "add", "--yes", html.toString()));
        assertEquals(1, run("article", "add", "--yes", html.toString()));
        assertTrue(cli.err().contains("tally article add: The corpus already has this article: "
                + "2024-12-19-seoul-says-north-korean-casualties-mount-in-kursk.txt (the same address)."), cli.err());

        assertEquals(1, run("article", "add", "--yes", dir.resolve("missing.html").toString()));
        assertTrue(cli.err().contains("no such file: "), cli.err());

        settings = WebSettings.DEFAULTS;
        web.page("/a", "text/html", page("jsonld-news.html"));
        assertEquals(1, run("article", "add", "--yes", web.url("/a")));
        assertTrue(cli.err().contains("Tally does not fetch from this machine (loopback 127.0.0.0/8): 127.0.0.1."), cli.err());
        assertEquals(1, run("article", "add", "--yes", "ftp://example.org/a.html"));
        assertTrue(cli.err().contains("Only http and https links can be added"), cli.err());
    }

    @Test
    void removeMovesTheArticleAsideAndNeedsAReason() {
        assertEquals(2, run("article", "remove", "003_2d40f8e5f731d077.txt"));
        assertTrue(cli.err().contains("Missing required option: '--reason=TEXT'"), cli.err());
        assertEquals(0, run("article", "remove", "003_2d40f8e5f731d077.txt", "--reason", "a test"), cli.err());
        assertTrue(cli.out().startsWith("Removed 003_2d40f8e5f731d077.txt from the corpus."), cli.out());
        assertFalse(Files.exists(corpus.resolve("003_2d40f8e5f731d077.txt")));
        assertTrue(Files.exists(dir.resolve("corpus-removed/003_2d40f8e5f731d077.txt.removed.json")));
        assertEquals(1, run("article", "remove", "003_2d40f8e5f731d077.txt", "--reason", "again"));
        assertTrue(cli.err().contains("No article named '003_2d40f8e5f731d077.txt' in the corpus."), cli.err());
    }

    /** The preview names a misspelled header key, whose value would be lost, before the article is added. */
    @Test
    void thePreviewWarnsOfAMisspelledHeaderKey() throws IOException {
        Path f = dir.resolve("typo.txt");
        Files.writeString(f, "title: Kursk\npublihsed: 2025-01-10\n---\nNearly 8,000 North Korean troops remain in"
                + " Kursk, Budanov said.\n");
        assertEquals(0, run("article", "add", "--yes", f.toString()), cli.err());
        assertTrue(cli.out().contains("  - line 2: unknown header key 'publihsed' (did you mean 'published'?)"),
                cli.out());
        assertEquals(6, articles());
    }
}
