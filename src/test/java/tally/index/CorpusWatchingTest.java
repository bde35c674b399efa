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
