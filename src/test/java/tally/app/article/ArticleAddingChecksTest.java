package tally.app.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.port.IndexAccess;
import tally.app.port.LiveRefresh;
import tally.corpus.ArticleParser;
import tally.corpus.CorpusFolderShelf;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;

/**
 * Round 64 (trial 18): `article add` accepted a publication date after today without a word (its claims then headed
 * "latest"), and a Korean article with "finds no claims" and no word that Tally reads English only; the README section
 * config/articles.json points to did not exist under that name.
 */
class ArticleAddingChecksTest {

    /** Today, for the curator: 3 Dec 2026. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path corpus;

    private ArticleCurator curator(String text) {
        AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of());
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(empty, "v0");
        return new ArticleCurator(source -> draft(text, source), new CorpusFolderShelf(corpus), articles -> empty,
                IndexAccess.of(() -> index), () -> new LiveRefresh.Outcome("v1", null), TODAY, line -> { });
    }

    private static ArticleDraft draft(String text, ArticleSource source) {
        Article article = ArticleParser.parse("new.txt", text.getBytes(StandardCharsets.UTF_8)).article();
        return new ArticleDraft("new", text, article, List.of(), source, List.of());
    }

    private static final ArticleSource FILE = new ArticleSource.Upload("new.txt", new byte[0]);

    @Test
    void aPublicationDateAfterTodayIsRefusedSayingWhy() throws Exception {
        ArticleRefused refused = assertThrows(ArticleRefused.class, () -> curator(
                "published: 2026-12-04\n---\nThe agency said 200 North Korean soldiers were killed.\n").preview(FILE));
        assertEquals(ArticleRefused.Reason.INVALID_REQUEST, refused.reason());
        assertTrue(refused.getMessage().startsWith("The article's publication date, 2026-12-04, is after today"
                + " (2026-12-03)"), refused.getMessage());
        try (var files = Files.list(corpus)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".txt")), "nothing written");
        }
    }

    @Test
    void todaysDateIsAccepted() {
        ArticlePreview preview = curator("published: 2026-12-03\n---\nThe agency said 200 North Korean soldiers were"
                + " killed.\n").preview(FILE);
        assertEquals("2026-12-03", preview.draft().article().published().date().toString());
    }

    @Test
    void aPreviewOfAnArticleInAnotherLanguageSaysTallyReadsEnglishOnly() {
        ArticlePreview korean = curator("published: 2025-01-10\nlanguage: ko\n---\n국정원은 북한군 사상자가 늘었다고 밝혔다.\n")
                .preview(FILE);
        String text = ArticleReport.preview(korean, 5);
        assertTrue(text.contains("Language:  ko — " + ArticleReport.ENGLISH_ONLY + "\n"), text);
        ArticlePreview english = curator("published: 2025-01-10\nlanguage: en-GB\n---\nThe agency said 200 North"
                + " Korean soldiers were killed.\n").preview(FILE);
        assertFalse(ArticleReport.preview(english, 5).contains("Language:"), ArticleReport.preview(english, 5));
    }

    @Test
    void theReadmeSectionsArticlesJsonPointsToExist() throws Exception {
        String config = Files.readString(Path.of("config/articles.json"));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(config.contains("\"Adding an article\"") && readme.contains("\n## Adding an article\n"), config);
        assertTrue(config.contains("\"From a file or a link: `article add` and `article remove`\"")
                && readme.contains("\n### From a file or a link: `article add` and `article remove`\n"), config);
    }
}
