package tally.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.web.WebArticleReader;
import tally.adapter.web.WebSettings;
import tally.app.ArticleInfo;
import tally.app.article.ArticleAdded;
import tally.app.article.ArticleCurator;
import tally.app.article.ArticlePreview;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRemoved;
import tally.app.article.ArticleSource;
import tally.corpus.CorpusFolderShelf;
import tally.model.Metric;

/** Adding and removing articles through the runtime Tally runs with: real reader, shelf, extraction and live index. */
class ArticleCurationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path corpus;
    private TallyRuntime runtime;
    private ArticleCurator curator;

    @BeforeEach
    void open() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        runtime = TallyRuntime.open(corpus, dir.resolve("data"), Path.of("config"), line -> { });
        curator = runtime.curator(new WebArticleReader(WebSettings.DEFAULTS, CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    static byte[] page(String name) throws IOException {
        try (InputStream in = ArticleCurationTest.class.getResourceAsStream("/tally/adapter/web/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePreviewShowsTheClaimsTheCorpusExtractionFindsAndWritesNothing() throws IOException {
        ArticlePreview preview = curator.preview(new ArticleSource.Upload("seoul.html", page("jsonld-news.html")));
        assertEquals("The Harbour Ledger", preview.draft().article().outlet());
        assertTrue(preview.claims().stream().anyMatch(c -> c.metric() == Metric.KILLED
                && c.figure().text().equals("at least 100")), preview.claims().toString());
        assertTrue(preview.claims().stream().anyMatch(c -> c.metric() == Metric.WOUNDED), preview.claims().toString());
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(5, files.count(), "a preview writes nothing");
        }
    }

    @Test
    void addingWritesTheFileAndTheLiveIndexAnswersFromItAtOnce() throws IOException {
        String before = runtime.tally().corpusVersion();
        ArticlePreview preview = curator.preview(new ArticleSource.Upload("seoul.html", page("jsonld-news.html")));
        ArticleAdded added = curator.add(preview, "test");

        assertEquals("2024-12-19-seoul-says-north-korean-casualties-mount-in-kursk.txt", added.file());
        assertEquals(preview.draft().text(), Files.readString(corpus.resolve(added.file()), StandardCharsets.UTF_8));
        assertNull(added.refreshError());
        assertTrue(added.claims() >= 2, "claims from the new file: " + added);
        assertFalse(before.equals(runtime.tally().corpusVersion()), "the index was refreshed");
        ArticleInfo info = runtime.tally().articles().stream().filter(a -> a.file().equals(added.file())).findFirst()
                .orElseThrow();
        assertEquals(added.claims(), info.claimCount());
        try (Stream<Path> files = Files.list(corpus)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theSameArticleTwiceIsRefusedNamingTheFile() throws IOException {
        ArticleAdded added = curator.add(curator.preview(new ArticleSource.Upload("a.html", page("jsonld-news.html"))), "t");
        ArticleRefused again = assertThrows(ArticleRefused.class,
                () -> curator.preview(new ArticleSource.Upload("again.html", page("jsonld-news.html"))));
        assertEquals(ArticleRefused.Reason.DUPLICATE, again.reason());
        assertEquals("The corpus already has this article: " + added.file() + " (the same address).", again.getMessage());

        // The same text with other line breaks and spaces, as a text file without a header.
        String seed = Files.readString(corpus.resolve("003_2d40f8e5f731d077.txt"));
        String body = seed.contains("\n---\n") ? seed.substring(seed.indexOf("\n---\n") + 5) : seed;
        String reflowed = "  " + body.replace("\n", "\n\n   ").replace(". ", ".  ");
        ArticleRefused sameText = assertThrows(ArticleRefused.class, () -> curator.preview(
                new ArticleSource.Upload("copy.txt", reflowed.getBytes(StandardCharsets.UTF_8))));
        assertEquals("The corpus already has this article: 003_2d40f8e5f731d077.txt (the same text).", sameText.getMessage());
    }

    @Test
    void twoModeratorsAddingOneArticleAtOnceGetOneFileAndOneRefusal() throws Exception {
        ArticlePreview preview = curator.preview(new ArticleSource.Upload("a.html", page("opengraph-only.html")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ArticleAdded>> both = new ArrayList<>();
            Callable<ArticleAdded> add = () -> curator.add(preview, "someone");
            both.add(pool.submit(add));
            both.add(pool.submit(add));
            int ok = 0;
            int refused = 0;
            for (Future<ArticleAdded> f : both) {
                try {
                    f.get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(ArticleRefused.Reason.DUPLICATE, ((ArticleRefused) e.getCause()).reason());
                    refused++;
                }
            }
            assertEquals(1, ok);
            assertEquals(1, refused);
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(corpus)) {
            // the articles; the folder also holds the hidden write lock, which is no article
            assertEquals(6, files.filter(f -> f.getFileName().toString().endsWith(".txt")).count());
        }
    }

    /**
     * The operator's log after adding an article with one claim says "1 claim", as does the index's own log; the
     * near miss, the bundled corpus's many claims, keeps the plural.
     */
    @Test
    void theLogCountsOneClaimInTheSingular() throws IOException {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        try (TallyRuntime logged = TallyRuntime.open(corpus, dir.resolve("data2"), Path.of("config"), log::add)) {
            ArticleCurator c = logged.curator(new WebArticleReader(WebSettings.DEFAULTS, CLOCK), CLOCK);
            String text = "title: One figure\n---\nSouth Korea's Joint Chiefs of Staff said on Monday that at least"
                    + " 100 North Korean soldiers had been killed in Kursk.\n";
            ArticlePreview preview = c.preview(new ArticleSource.Upload("one.txt", text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(1, preview.claims().size(), preview.claims().toString());
            ArticleAdded added = c.add(preview, "test");
            assertEquals(1, added.claims());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("article added: one.txt from one.txt by test (1 claim)")),
                    String.join("\n", log));
            assertTrue(log.stream().noneMatch(l -> l.matches(".*\\b1 (claims|articles|problems)\\b.*")),
                    String.join("\n", log));
            assertTrue(log.stream().anyMatch(l -> l.matches(".*\\b[2-9]\\d* claims\\b.*")), String.join("\n", log));
        }
    }

    @Test
    void removingMovesTheArticleAsideWithItsReasonAndTheIndexForgetsIt() throws IOException {
        String file = "003_2d40f8e5f731d077.txt";
        byte[] bytes = Files.readAllBytes(corpus.resolve(file));
        ArticleRemoved removed = curator.remove("003_2d40f8e5f731d077", "duplicate of a wire story", "moderator 42");

        Path aside = CorpusFolderShelf.removedFolderFor(corpus).resolve(file);
        assertEquals(aside.toString(), removed.movedTo());
        assertFalse(Files.exists(corpus.resolve(file)));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(aside), "moved, never changed");
        JsonNode record = new ObjectMapper().readTree(aside.resolveSibling(file + ".removed.json").toFile());
        assertEquals("duplicate of a wire story", record.get("reason").asText());
        assertEquals("moderator 42", record.get("removedBy").asText());
        assertEquals("2026-11-30T09:00:00Z", record.get("removedAt").asText());
        assertTrue(runtime.tally().articles().stream().noneMatch(a -> a.file().equals(file)));

        // Added again and removed again: the second copy is kept beside the first, not over it.
        Files.write(corpus.resolve(file), bytes);
        runtime.corpus().refresh();
        ArticleRemoved second = curator.remove(file, "still a duplicate", "moderator 42");
        assertEquals(aside.resolveSibling("003_2d40f8e5f731d077-2.txt").toString(), second.movedTo());
    }

    @Test
    void removingNeedsAKnownFileAndAReason() {
        ArticleRefused unknown = assertThrows(ArticleRefused.class, () -> curator.remove("2d40f8", "x", "m"));
        assertEquals(ArticleRefused.Reason.NOT_FOUND, unknown.reason());
        assertEquals("No article named '2d40f8' in the corpus. Did you mean 003_2d40f8e5f731d077.txt?", unknown.getMessage());
        ArticleRefused slip = assertThrows(ArticleRefused.class, () -> curator.remove("003_2d40f8e5f713d077", "x", "m"));
        assertEquals("No article named '003_2d40f8e5f713d077' in the corpus. Did you mean 003_2d40f8e5f731d077.txt?",
                slip.getMessage(), "two digits swapped: a slip away");
        ArticleRefused far = assertThrows(ArticleRefused.class, () -> curator.remove("budanov", "x", "m"));
        assertTrue(far.getMessage().endsWith("The articles are the .txt files of the corpus folder; /sources lists them "
                + "(on Discord, and in `tally console`)."), far.getMessage());
        ArticleRefused escape = assertThrows(ArticleRefused.class, () -> curator.remove("../corpus/003_2d40f8e5f731d077.txt", "x", "m"));
        assertEquals(ArticleRefused.Reason.NOT_FOUND, escape.reason());
        ArticleRefused noReason = assertThrows(ArticleRefused.class, () -> curator.remove("003_2d40f8e5f731d077.txt", " \n ", "m"));
        assertEquals(ArticleRefused.Reason.INVALID_REQUEST, noReason.reason());
        assertTrue(Files.exists(corpus.resolve("003_2d40f8e5f731d077.txt")));
    }

    @Test
    void whatAWriteKilledHalfwayLeavesIsNeverReadAsAnArticle() throws IOException {
        // A process killed between writing the temporary file and linking it leaves only this hidden file.
        Files.writeString(corpus.resolve(".2024-12-19-seoul-says1234567.tmp"), "title: half\n---\nhalf an arti");
        runtime.corpus().refresh();
        assertEquals(5, runtime.tally().articles().size());
        assertTrue(runtime.tally().problems().isEmpty(), runtime.tally().problems().toString());
        ArticleAdded added = curator.add(curator.preview(new ArticleSource.Upload("a.html", page("jsonld-news.html"))), "t");
        assertEquals(6, runtime.tally().articles().size(), added.toString());
    }

    @Test
    void aCorpusFolderThatCannotBeWrittenIsReportedAndNothingIsLeftBehind() throws IOException {
        ArticlePreview preview = curator.preview(new ArticleSource.Upload("a.html", page("opengraph-only.html")));
        // Root ignores permissions, so the folder is made unwritable by being replaced with a file.
        Path moved = dir.resolve("elsewhere");
        Files.move(corpus, moved);
        Files.writeString(corpus, "not a folder");
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> curator.add(preview, "m"));
        assertEquals(ArticleRefused.Reason.STORAGE, e.reason());
        assertTrue(e.getMessage().contains(corpus.toString()), e.getMessage());
    }
}
