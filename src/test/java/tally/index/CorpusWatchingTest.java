package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.CorpusStatus;
import tally.app.FigureQuery;

/** The live corpus follows its folder: events or periodic checks, debounced, logged, and visible in the status. */
class CorpusWatchingTest {

    /** A hang detector, not a speed test: a change normally shows within a second. */
    private static final long HANG_SECONDS = 30;

    @TempDir
    Path tmp;
    Path corpus;
    final FakeExtraction extraction = new FakeExtraction();
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicLong nanos = new AtomicLong();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    LiveCorpus live;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        write("a.txt", "published: 2024-12-02\n---\nZelensky said KILLED 100 by zelensky in Kursk.\n");
        write("b.txt", "published: 2024-12-20\n---\nThe spy agency said KILLED 30 by nis near the border.\n");
    }

    @AfterEach
    void tearDown() {
        if (live != null) {
            live.close();
        }
    }

    private LiveCorpus open(BuildStorage storage) {
        live = new LiveCorpus(new IndexStore(tmp.resolve("data"), extraction, log::add, storage), corpus, log::add,
                clock, nanos::get);
        return live;
    }

    @Test
    void fileSystemEventsAloneBringAChangeIn() throws Exception {
        open(BuildStorage.FILES);
        CountDownLatch changed = new CountDownLatch(1);
        live.onChange(v -> changed.countDown());
        live.watch(Duration.ofHours(1), Duration.ofMillis(50)); // no periodic check within this test

        appear("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");

        assertTrue(changed.await(HANG_SECONDS, TimeUnit.SECONDS), "no refresh after a file-system event: " + log
                + " " + live.status());
        assertEquals(List.of("4000", "30", "100"), texts());
        assertTrue(live.status().watching().startsWith("file-system events"), live.status().watching());
    }

    @Test
    void withoutEventsThePeriodicCheckBringsAChangeIn() throws Exception {
        open(BuildStorage.FILES);
        CountDownLatch changed = new CountDownLatch(1);
        live.onChange(v -> changed.countDown());
        live.watch(Duration.ofMillis(50), Duration.ofMillis(50), false);

        appear("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");

        assertTrue(changed.await(HANG_SECONDS, TimeUnit.SECONDS), "the periodic check never refreshed");
        assertEquals(3, live.claims(FigureQuery.all()).size());
        assertTrue(live.status().watching().startsWith("a check every 50 ms"), live.status().watching());
    }

    @Test
    void aBurstOfChangesIsReadOnceTheFolderIsQuiet() throws Exception {
        open(BuildStorage.FILES);
        live.watch(Duration.ofHours(1), Duration.ofMillis(300));
        for (int i = 0; i < 30; i++) {
            appear(String.format("n%02d.txt", i), "published: 2025-01-09\n---\nKILLED " + (1000 + i) + " by x\n");
        }

        await(() -> live.claims(FigureQuery.all()).size() == 32);

        assertTrue(extraction.calls.get() - 1 <= 5, "30 files written at once are read in a few refreshes, not 30: "
                + (extraction.calls.get() - 1));
    }

    @Test
    void theLogSaysWhatChangedAndEveryFileThatDidNotLoad() throws IOException {
        write("bad.txt", "");
        open(BuildStorage.FILES);
        live.watch(Duration.ofHours(1), Duration.ofHours(1));
        assertTrue(log.contains("index: problem: bad.txt: file is empty"), "problems are logged when watching starts");
        log.clear();

        Files.delete(corpus.resolve("a.txt"));
        write("b.txt", "published: 2024-12-20\n---\nThe spy agency said KILLED 300 by nis.\n");
        write("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");
        write("d.txt", "published: 2025-01-10\n---\nKILLED 5 by d\n");
        live.refresh();

        assertTrue(log.stream().anyMatch(l -> l.startsWith("index: corpus changed: 2 articles added (c.txt, d.txt), "
                + "1 article removed (a.txt), 1 article edited (b.txt); 3 articles, 3 claims, 1 problem now;")),
                log.toString());
        assertTrue(log.contains("index: problem: bad.txt: file is empty"), "and at every refresh: " + log);
    }

    /**
     * Trial 12: one misspelt header key was "1 problem" when the index was written and "0 problems now" in the change's
     * line after it. A file that loads with a warning is counted as a warning in both, and a file that did not load
     * as a problem.
     */
    @Test
    void theLogCountsWarningsApartFromProblemsInEveryLine() throws IOException {
        write("w.txt", "publihsed: 2024-12-20\npublished: 2024-12-20\n---\nKILLED 7 by nis\n");
        open(BuildStorage.FILES);
        live.watch(Duration.ofHours(1), Duration.ofHours(1));
        assertTrue(log.stream().anyMatch(l -> l.contains(", 0 problems, 1 warning; writing the index")), log.toString());
        log.clear();
        write("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");
        live.refresh();
        assertTrue(log.stream().anyMatch(l -> l.contains(", 0 problems, 1 warning now")), log.toString());
    }

    @Test
    void theStatusSaysWhatAnswersWhenTheFolderWasCheckedAndWhatFailed() throws IOException {
        open(BuildStorage.FILES);
        CorpusStatus start = live.status();
        assertEquals(2, start.articles());
        assertNull(start.watching());
        assertNull(start.lastChecked());
        assertNotNull(start.indexSaved());

        write("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");
        live.refresh();
        CorpusStatus after = live.status();
        assertEquals(3, after.claims());
        assertEquals("1 article added (c.txt)", after.lastChange());
        assertEquals(clock.instant(), after.lastChecked());
        assertEquals(clock.instant(), after.answeringSince());
        assertNull(after.refreshError());

        IndexFolder.deleteQuietly(corpus);
        live.refresh();
        CorpusStatus failed = live.status();
        assertTrue(failed.refreshError().contains("corpus folder not found"), failed.refreshError());
        assertEquals(3, failed.claims(), "the last good version keeps answering");
        assertTrue(failed.needsAttention());
    }

    @Test
    void anIndexThatCouldNotBeSavedIsSavedLaterOnceTheDiskAllows() {
        AtomicBoolean full = new AtomicBoolean(true);
        open(folder -> full.get() ? IndexStoreFailureTest.fullAfter(0).open(folder) : FSDirectory.open(folder));
        assertTrue(live.status().indexWarning().contains("no space left on device"));
        assertNull(live.status().indexSaved());

        full.set(false);
        live.refreshIfTouched();
        assertNotNull(live.status().indexWarning(), "not tried again at every check");

        nanos.addAndGet(LiveCorpus.SAVE_RETRY.toNanos());
        live.refreshIfTouched();
        CorpusStatus saved = live.status();
        assertNull(saved.indexWarning());
        assertNotNull(saved.indexSaved());
        assertEquals(2, saved.claims());
        assertTrue(log.contains("index: saved, no longer answering from memory only"), log.toString());
    }

    /**
     * A restart reopens the stored index without reading any article; watching then reads them once in the
     * background, as the loader will give them, so the first change re-reads only the changed article.
     */
    @Test
    void afterARestartTheFirstChangeReReadsOnlyTheChangedArticle() throws Exception {
        new LiveCorpus(new IndexStore(tmp.resolve("data"), new PerArticle(), log::add), corpus, log::add, clock,
                nanos::get).close();
        PerArticle extraction = new PerArticle();
        live = new LiveCorpus(new IndexStore(tmp.resolve("data"), extraction, log::add), corpus, log::add, clock,
                nanos::get);
        assertEquals(0, extraction.reads.get(), "the stored index was reopened without reading");

        live.watch(Duration.ofHours(1), Duration.ofHours(1));
        await(() -> log.stream().anyMatch(l -> l.startsWith("index: read the 2 stored articles once")));
        assertEquals(2, extraction.reads.get());

        write("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");
        live.refresh();
        assertEquals(3, extraction.reads.get(), "only the new article was read");
        assertEquals(List.of("4000", "30", "100"), texts());
    }

    /** Reads each article on its own and keeps the reading, as the real extraction does; counts real reads. */
    private static final class PerArticle implements tally.app.port.ClaimExtraction {
        final AtomicLong reads = new AtomicLong();
        private final java.util.Map<tally.model.Article, tally.model.AnalyzedCorpus> kept =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final FakeExtraction one = new FakeExtraction();

        @Override
        public tally.model.AnalyzedCorpus analyze(List<tally.model.Article> articles) {
            List<tally.model.Article> read = new java.util.ArrayList<>();
            List<tally.model.Claim> claims = new java.util.ArrayList<>();
            for (tally.model.Article a : articles) {
                tally.model.AnalyzedCorpus one = kept.computeIfAbsent(a, k -> {
                    reads.incrementAndGet();
                    return this.one.analyze(List.of(k));
                });
                read.addAll(one.articles());
                claims.addAll(one.claims());
            }
            return new tally.model.AnalyzedCorpus(read, claims, List.of());
        }
    }

    private List<String> texts() {
        return live.claims(FigureQuery.all()).stream().map(c -> c.figure().text()).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text);
    }

    /** A file appears whole, as an editor's save does. */
    private void appear(String name, String text) throws IOException {
        Path staged = Files.writeString(tmp.resolve(name), text);
        Files.move(staged, corpus.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached within the hang bound");
            Thread.sleep(20);
        }
    }
}
