package tally.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.article.ArticleCurator;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticlePreview;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleSource;
import tally.app.port.CorpusShelf;
import tally.app.port.IndexAccess;
import tally.app.port.LiveRefresh;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;

/**
 * Two writers of one corpus folder that share nothing but the folder, as two {@code tally article add} processes do:
 * the check for the same article and the write are one step under the folder's lock, so exactly one adds it.
 */
class CorpusWriteLockTest {

    private static final String TEXT = "title: Budanov on Kursk\n---\nNearly 8,000 North Korean troops remain in Kursk,"
            + " Budanov said.\n";

    @TempDir
    Path corpus;

    /** A shelf on the folder whose listing waits (up to 2 s) for the other writer's, so both check at once. */
    private static CorpusShelf meetingAtTheCheck(Path folder, CyclicBarrier barrier) {
        CorpusFolderShelf real = new CorpusFolderShelf(folder);
        return new CorpusShelf() {
            @Override
            public List<Listed> list() {
                try {
                    barrier.await(2, TimeUnit.SECONDS);
                } catch (TimeoutException | java.util.concurrent.BrokenBarrierException e) {
                    // the other writer is waiting for the lock: go on alone
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return real.list();
            }

            @Override
            public Article read(String file) {
                return real.read(file);
            }

            @Override
            public String put(String stem, String text) {
                return real.put(stem, text);
            }

            @Override
            public String moveAside(Removal removal) {
                return real.moveAside(removal);
            }

            @Override
            public <T> T exclusively(Supplier<T> work) {
                return real.exclusively(work);
            }

            @Override
            public String removedFolder() {
                return real.removedFolder();
            }
        };
    }

    private static ArticleCurator curator(CorpusShelf shelf) {
        AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of());
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(empty, "v0");
        return new ArticleCurator(source -> draft(source), shelf, articles -> empty, IndexAccess.of(() -> index),
                () -> new LiveRefresh.Outcome("v1", null), Clock.systemUTC(), line -> { });
    }

    private static ArticleDraft draft(ArticleSource source) {
        Article article = ArticleParser.parse("budanov.txt", TEXT.getBytes(StandardCharsets.UTF_8)).article();
        return new ArticleDraft("budanov", TEXT, article, List.of(), source, List.of());
    }

    @Test
    void twoWritersSharingOnlyTheFolderAddOneFileAndRefuseTheOther() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<ArticleCurator> writers = List.of(curator(meetingAtTheCheck(corpus, barrier)),
                curator(meetingAtTheCheck(corpus, barrier)));
        List<ArticlePreview> previews = new ArrayList<>();
        for (ArticleCurator w : writers) {
            previews.add(new ArticlePreview(draft(new ArticleSource.Upload("budanov.txt", new byte[0])), List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int added = 0;
        int refused = 0;
        try {
            List<Future<?>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ArticleCurator w = writers.get(i);
                ArticlePreview p = previews.get(i);
                both.add(pool.submit(() -> w.add(p, "writer")));
            }
            for (Future<?> f : both) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                    added++;
                } catch (java.util.concurrent.ExecutionException e) {
                    ArticleRefused r = (ArticleRefused) e.getCause();
                    assertEquals(ArticleRefused.Reason.DUPLICATE, r.reason(), r.getMessage());
                    assertEquals("The corpus already has this article: budanov.txt (the same text).", r.getMessage());
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, added);
        assertEquals(1, refused);
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(List.of("budanov.txt"), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).toList());
        }
    }

    /** The near miss: two different articles added at the same moment are both added. */
    @Test
    void twoDifferentArticlesAtOnceAreBothAdded() throws Exception {
        CorpusFolderShelf shelf = new CorpusFolderShelf(corpus);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> shelf.exclusively(() -> shelf.put("one", "a\n")));
            Future<String> b = pool.submit(() -> shelf.exclusively(() -> shelf.put("two", "b\n")));
            assertEquals("one.txt", a.get(30, TimeUnit.SECONDS));
            assertEquals("two.txt", b.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The lock is the operating system's: while another process holds it, a writer here waits, then goes on. */
    @Test
    void aWriterWaitsWhileAnotherProcessHoldsTheLock() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CorpusLockChild.class.getName(), corpus.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            CountDownLatch wrote = new CountDownLatch(1);
            Thread writer = new Thread(() -> new CorpusFolderShelf(corpus).exclusively(() -> {
                wrote.countDown();
                return null;
            }));
            writer.start();
            assertFalse(wrote.await(1, TimeUnit.SECONDS), "a writer went on while another process held the lock");
            child.getOutputStream().close();
            assertTrue(wrote.await(30, TimeUnit.SECONDS), "the writer goes on once the other process lets go");
            writer.join();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }
}
