package tally.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.gen.CorpusGenerator;
import tally.adapter.web.WebArticleReader;
import tally.adapter.web.WebSettings;
import tally.app.FigureQuery;
import tally.app.article.ArticleAdded;
import tally.app.article.ArticleSource;
import tally.index.IndexStore;
import tally.extract.RuleBasedExtraction;

/**
 * An article added by a process that has just opened a stored corpus (the one-shot {@code tally article add}, or the
 * bot right after a restart) is read alone: the other articles' readings come from the stored index, and the new
 * index starts from the stored one. The result is what a fresh build of the folder gives.
 */
class CuratorRefreshTest {

    @TempDir
    Path dir;

    @Test
    void addingAnArticleToAStoredCorpusReadsAndWritesOnlyThatArticle() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(42).write(40, corpus);
        Path data = dir.resolve("data");
        try (TallyRuntime first = TallyRuntime.open(corpus, data, Path.of("config"), line -> { })) {
            assertTrue(first.corpus().corpus().articles().size() >= 40);
        }
        List<String> log = new CopyOnWriteArrayList<>();
        try (TallyRuntime runtime = TallyRuntime.open(corpus, data, Path.of("config"), log::add)) {
            ArticleAdded added = runtime.curator(new WebArticleReader(WebSettings.DEFAULTS,
                    ArticleCurationTest.CLOCK), ArticleCurationTest.CLOCK).add(runtime.curator().preview(
                    new ArticleSource.Upload("seoul.html", ArticleCurationTest.page("jsonld-news.html"))), "test");

            assertNull(added.refreshError());
            assertTrue(added.claims() > 0);
            assertTrue(log.stream().anyMatch(l -> l.matches("index: kept the stored readings of \\d+ of \\d+ articles.*")),
                    log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("writing the index (only what changed since build-")),
                    log.toString());
            try (var fresh = IndexStore.open(corpus, dir.resolve("fresh"), RuleBasedExtraction.fromConfig(
                    Path.of("config")))) {
                assertEquals(fresh.corpus(), runtime.corpus().corpus());
                assertEquals(fresh.claims(FigureQuery.all()), runtime.corpus().claims(FigureQuery.all()));
            }
        }
    }
}
