package tally.adapter.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tally.app.Tally;
import tally.app.answer.Answer;
import tally.index.IndexStore;
import tally.index.LiveCorpus;

/**
 * How long a change to the corpus folder takes to show in answers, measured on the running Tally as the bot runs it:
 * the live corpus follows the folder (file-system events, debounced), an article is added, edited and deleted, and
 * after each the same question is asked until the answer shows the change. Also what verifying every checksum of the
 * stored index costs (opening an index does it).
 */
final class LiveChangeProbe {

    static final String FILE = "zz_bench_change.txt";
    static final String QUESTION = "How many North Korean soldiers were killed according to Zelensky?";
    private static final Duration HANG = Duration.ofMinutes(5);

    private LiveChangeProbe() {
    }

    /**
     * Reports changeToAnswerMs, editToAnswerMs and deleteToAnswerMs. Changes {@code corpus}, so only run on a folder
     * the benchmark made; the folder is as before afterwards.
     */
    static void changes(LiveCorpus live, Tally tally, Path corpus, Path scratch, BenchReport r, PrintWriter log)
            throws IOException, InterruptedException {
        live.watch(LiveCorpus.CHECK_EVERY, LiveCorpus.QUIET);
        long warm = System.nanoTime();
        if (!live.awaitWatcher(HANG)) {
            log.println("live corpus: not measured, the watcher did not settle within " + HANG);
            return;
        }
        log.printf("live corpus: following the folder; ready for changes after %.1f s (a restart first reads the stored"
                + " articles once; this Tally has just read them)%n", (System.nanoTime() - warm) / 1e9);
        double added = time(tally, () -> write(corpus, scratch, "7,777"), a -> shows(a, "7,777"));
        double edited = time(tally, () -> write(corpus, scratch, "8,888"), a -> shows(a, "8,888") && !shows(a, "7,777"));
        double deleted = time(tally, () -> Files.delete(corpus.resolve(FILE)), a -> !shows(a, "8,888"));
        r.put("changeToAnswerMs", added).put("editToAnswerMs", edited).put("deleteToAnswerMs", deleted);
        log.printf("live corpus: a change to the folder to the first answer that shows it: article added %.0f ms, "
                + "edited %.0f ms, deleted %.0f ms (events, %d ms quiet period, re-reading only what changed)%n",
                added, edited, deleted, LiveCorpus.QUIET.toMillis());
    }

    /** Reports checksumVerifyMs (median of three) and indexMB: what opening the stored index spends on checksums. */
    static void checksums(Path data, Path corpus, BenchReport r, PrintWriter log) {
        double[] ms = new double[3];
        long bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            try {
                bytes = IndexStore.verifyStored(data, corpus);
            } catch (IOException e) {
                log.println("checksums: not measured (" + e.getMessage() + ")");
                return;
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double median = Percentiles.median(ms);
        double mb = bytes / (1024.0 * 1024.0);
        r.put("checksumVerifyMs", median).put("indexMB", mb);
        log.printf("checksums: every file of the stored index (%.1f MB) verified in %.0f ms (median of 3, from the page "
                + "cache)%n", mb, median);
    }

    @FunctionalInterface
    private interface Change {
        void make() throws IOException;
    }

    private static double time(Tally tally, Change change, Predicate<Answer> shown)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        change.make();
        long deadline = start + HANG.toNanos();
        while (!shown.test(tally.ask(QUESTION))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the change did not show in answers within " + HANG);
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static boolean shows(Answer answer, String figure) {
        return answer.groups().stream().flatMap(g -> g.claims().stream())
                .anyMatch(c -> c.figure().text().equals(figure));
    }

    /** The article appears whole (written aside, then moved in), as a copy into the folder or an editor's save does. */
    private static void write(Path corpus, Path scratch, String killed) throws IOException {
        Path staged = Files.writeString(Files.createDirectories(scratch).resolve(FILE), "title: Benchmark\noutlet: "
                + "Benchmark Wire\npublished: 2026-12-01\n---\nUkrainian President Volodymyr Zelensky said on Monday"
                + " that " + killed + " North Korean soldiers had been killed in Kursk.\n");
        Files.move(staged, corpus.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
