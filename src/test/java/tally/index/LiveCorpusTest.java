package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.LoadProblem;

class LiveCorpusTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path data;
    final FakeExtraction extraction = new FakeExtraction();
    final AtomicBoolean extractionBroken = new AtomicBoolean();
    final ClaimExtraction flaky = articles -> {
        if (extractionBroken.get()) {
            throw new IllegalStateException("extractor crashed");
        }
        return extraction.analyze(articles);
    };
    LiveCorpus live;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        data = tmp.resolve("data");
        write("a.txt", "published: 2024-12-02\n---\nZelensky said KILLED 100 by zelensky in Kursk.\n");
        write("b.txt", "published: 2024-12-20\n---\nThe spy agency said KILLED 30 by nis near the border.\n");
        live = LiveCorpus.open(corpus, data, flaky, line -> { });
    }

    @AfterEach
    void tearDown() {
        live.close();
    }

    @Test
    void refreshPicksUpAddedEditedAndDeletedFilesAndSkipsWorkWhenNothingChanged() throws IOException {
        assertEquals(RefreshResult.Outcome.UNCHANGED, live.refresh().outcome());
        assertEquals(1, extraction.calls.get());

        write("c.txt", "published: 2025-01-09\n---\nKILLED 4000 by zelensky\n");
        RefreshResult added = live.refresh();
        assertEquals(RefreshResult.Outcome.UPDATED, added.outcome());
        assertEquals(live.version(), added.version());
        assertEquals(List.of("4000", "30", "100"), texts(live));

        write("b.txt", "published: 2024-12-20\n---\nThe spy agency said KILLED 300 by nis.\n");
        live.refresh();
        assertEquals(List.of("4000", "300", "100"), texts(live));

        Files.delete(corpus.resolve("c.txt"));
        live.refresh();
        assertEquals(List.of("300", "100"), texts(live));
        assertEquals(4, extraction.calls.get());
    }

    @Test
    void aSearchInFlightKeepsItsIndexUntilItIsDone() throws IOException {
        LiveCorpus.Lease lease = live.acquire();
        CorpusIndex old = lease.index();
        write("c.txt", "KILLED 7 by x");
        live.refresh();

        assertEquals(List.of("30", "100"), texts(old), "the replaced index still answers its holder");
        assertEquals("b.txt", old.passages("spy agency border", 1).get(0).file());
        assertEquals(3, live.claims(FigureQuery.all()).size());

        lease.close();
        assertThrows(AlreadyClosedException.class, () -> old.passages("spy agency", 1),
                "closed once the last holder let go");
    }

    @Test
    void aFileThatTurnsBadKeepsItsLastGoodVersionAndIsReported() throws IOException {
        byte[] good = Files.readAllBytes(corpus.resolve("b.txt"));
        byte[] cut = Arrays.copyOf(good, good.length + 1);
        cut[good.length] = (byte) 0xE2; // the first byte of a three-byte character, as if the copy stopped there
        Files.write(corpus.resolve("b.txt"), cut);
        write("d.txt", "published: 2024-13-01\n---\nKILLED 5\n");

        assertEquals(RefreshResult.Outcome.UPDATED, live.refresh().outcome());

        assertEquals(List.of("30", "100"), texts(live));
        List<LoadProblem> problems = live.corpus().problems();
        assertEquals(List.of("b.txt", "d.txt"), problems.stream().map(LoadProblem::file).toList());
        assertTrue(problems.get(0).message().contains("UTF-8")
                && problems.get(0).message().contains("last good version"), problems.get(0).message());

        Files.write(corpus.resolve("b.txt"), good);
        live.refresh();
        assertEquals(List.of("d.txt"), live.corpus().problems().stream().map(LoadProblem::file).toList());
    }

    @Test
    void whenARefreshFailsTheLastGoodIndexKeepsAnswering() throws IOException {
        String before = live.version();
        write("c.txt", "KILLED 7 by x");
        extractionBroken.set(true);

        RefreshResult failed = live.refresh();

        assertEquals(RefreshResult.Outcome.FAILED, failed.outcome());
        assertTrue(failed.error().contains("extractor crashed"), failed.error());
        assertEquals(before, failed.version());
        assertEquals(List.of("30", "100"), texts(live));
        assertEquals(failed, live.lastRefresh());

        IndexFolder.deleteQuietly(corpus);
        assertEquals(RefreshResult.Outcome.FAILED, live.refresh().outcome());
        assertEquals(List.of("30", "100"), texts(live));

        extractionBroken.set(false);
        Files.createDirectories(corpus);
        write("z.txt", "KILLED 1 by z");
        assertEquals(RefreshResult.Outcome.UPDATED, live.refresh().outcome());
        assertEquals(List.of("1"), texts(live));
    }

    @Test
    void answersKeepComingWhileTheCorpusChangesUnderneath() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger answers = new AtomicInteger();
        Set<Integer> possibleCounts = Set.of(2, 3, 4);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try (LiveCorpus.Lease lease = live.acquire()) {
                        int claims = lease.index().claims(FigureQuery.all()).size();
                        if (!possibleCounts.contains(claims) || lease.index().passages("Zelensky Kursk", 3).isEmpty()) {
                            errors.add(new AssertionError("inconsistent answer: " + claims + " claims"));
                        }
                        answers.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                    // leave the refreshing thread some of the two CI cores
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int round = 0; round < 3; round++) {
            write("c.txt", "KILLED " + round + " by x");
            live.refresh();
            Files.write(corpus.resolve("c.txt"), new byte[] {'K', (byte) 0xFF});
            live.refresh();
            write("d.txt", "KILLED 9 by y");
            live.refresh();
            Files.deleteIfExists(corpus.resolve("d.txt"));
            Files.deleteIfExists(corpus.resolve("c.txt"));
            live.refresh();
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertEquals(List.of(), new ArrayList<>(errors));
        assertTrue(answers.get() > 0);
        assertEquals(List.of("30", "100"), texts(live));
    }

    @Test
    void theWatcherNoticesAChangeAndTellsListeners() throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        List<String> versions = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.onChange(version -> {
            throw new IllegalStateException("a broken listener must not stop the others");
        });
        live.onChange(version -> {
            versions.add(version);
            changed.countDown();
        });
        assertEquals(RefreshResult.Outcome.UNCHANGED, live.refreshIfTouched().outcome());
        assertEquals(1, extraction.calls.get(), "an untouched folder is not extracted again");

        // a check every 50 ms and file-system events: whichever comes first
        live.watch(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(20));
        // appear whole, as an editor's save does, so the watcher cannot catch the file half-written
        Path staged = Files.writeString(tmp.resolve("c.txt"), "KILLED 7 by x");
        Files.move(staged, corpus.resolve("c.txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        assertTrue(changed.await(30, TimeUnit.SECONDS), "watcher never refreshed");
        assertEquals(3, live.claims(FigureQuery.all()).size());
        assertEquals(List.of(live.version()), versions);
        // the watcher keeps running, so the last refresh may already be a later, unchanged one: same version
        assertEquals(live.version(), live.lastRefresh().version());
        assertEquals(null, live.lastRefresh().error());
    }

    @Test
    void aCorruptIndexOnDiskIsRebuiltAtStart() throws IOException {
        String version = live.version();
        live.close();
        Path key;
        try (var keys = Files.list(data)) {
            key = keys.findFirst().orElseThrow();
        }
        Path build = key.resolve(Files.readString(key.resolve("CURRENT")).strip());
        IndexStoreTest.truncate(IndexStoreTest.largest(build), 3);

        live = LiveCorpus.open(corpus, data, flaky, line -> { });

        assertEquals(version, live.version());
        assertEquals(2, extraction.calls.get());
        assertEquals(List.of("30", "100"), texts(live));
    }

    @Test
    void aClosedLiveCorpusRefusesQueries() {
        live.close();
        assertThrows(IllegalStateException.class, () -> live.claims(FigureQuery.all()));
        assertEquals(RefreshResult.Outcome.FAILED, live.refresh().outcome());
    }

    @Test
    void readGivesOneConsistentVersion() {
        AnalyzedCorpus seen = live.read(CorpusIndex::corpus);
        assertEquals(List.of("a.txt", "b.txt"), seen.articles().stream().map(Article::file).toList());
        assertNotEquals("", live.read(CorpusIndex::version));
    }

    private static List<String> texts(CorpusIndex index) {
        return index.claims(FigureQuery.all()).stream().map(c -> c.figure().text()).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text);
    }
}
