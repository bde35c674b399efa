package tally.adapter.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.app.Tally;
import tally.model.AnalyzedCorpus;

/**
 * One benchmark run: ingest, extraction accuracy, memory, warm answers against the bare passage search (seed corpus
 * and large corpus), a burst of concurrent questions through {@code Tally.ask}, and restart in a fresh JVM. Figures go
 * into a {@link BenchReport}.
 */
public final class Benchmark {

    /** What to measure on. {@code corpus} null means: generate {@code articles} articles with {@code seed}. */
    public record Options(@Nullable Path corpus, Path seedCorpus, int articles, long seed, int rounds, int burst,
                          int restarts, int ingestRuns, Path workDir, Path configDir, @Nullable Path labelled) {
        public Options(@Nullable Path corpus, Path seedCorpus, int articles, long seed, int rounds, int burst,
                       int restarts, int ingestRuns, Path workDir, Path configDir) {
            this(corpus, seedCorpus, articles, seed, rounds, burst, restarts, ingestRuns, workDir, configDir, null);
        }
    }

    /** The keys the --json line always has (null when a figure could not be measured). */
    static final List<String> REQUIRED_KEYS = List.of("articles", "ingestArticlesPerSec", "ingestMBPerSec",
            "restartToFirstAnswerMs", "answerP50Ms", "answerP99Ms", "bareSearchP99Ms", "burstP99Ms", "burstErrors",
            "heapMB", "recall", "precision", "bareIndexArticlesPerSec", "extractionMsPerArticle", "changeToAnswerMs",
            "checksumVerifyMs", "cliAskMs", "bareJvmStartMs");

    static final String RESTART_QUESTION = "How many North Korean soldiers have been killed?";

    private final Wiring wiring;
    private final PrintWriter log;

    public Benchmark(Wiring wiring, PrintWriter log) {
        this.wiring = wiring;
        this.log = log;
    }

    BenchReport run(Options o) throws IOException, InterruptedException {
        BenchReport r = new BenchReport();
        // The contract's keys first, null until measured, so the JSON line has the same shape on every run.
        for (String key : REQUIRED_KEYS) {
            r.put(key, null);
        }
        List<String> jvmOptions = ProcessCpu.jvmOptions();
        r.put("cores", Runtime.getRuntime().availableProcessors()).put("jdk", System.getProperty("java.version"))
                .put("jvmOptions", jvmOptions);
        log.printf("jvm: %s %s, %d cores, options %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), jvmOptions);
        Path corpus = o.corpus() != null ? o.corpus() : generate(o);
        seedAnswers(o, r);
        Path data = o.workDir().resolve("data-" + o.ingestRuns());
        try (Wiring.Opened big = ingest(corpus, o, r)) {
            r.put("heapMB", ProcessMemory.heapAfterGcMB());
            log.printf("memory: heap after ingest %.0f MB%n", (Double) r.get("heapMB"));
            bareIndex(corpus, o, r);
            extractionTime(big.index().corpus(), o.configDir(), r);
            score(corpus, big.index().corpus(), r);
            new LabelledBench(wiring, log).run(o.labelled(), o.workDir(), o.configDir(), r);
            answers(big, "", o.rounds(), r);
            burst(big.tally(), o.burst(), r);
            r.put("rssMB", ProcessMemory.rssMB());
            log.printf("memory: steady-state resident size %.0f MB%n", (Double) r.get("rssMB"));
            live(big, corpus, o, r);
        }
        LiveChangeProbe.checksums(data, corpus, r, log);
        restart(corpus, data, o.configDir(), o.restarts(), r);
        StartupProbe.run(o.seedCorpus(), o.workDir().resolve("data-seed-cli"), o.configDir(), o.restarts(), r, log);
        return r;
    }

    private Path generate(Options o) {
        Path dir = o.workDir().resolve("corpus");
        long start = System.nanoTime();
        wiring.corpusWriter().write(o.articles(), o.seed(), dir);
        log.printf("corpus: generated %d articles (seed %d) in %s in %.1f s%n", o.articles(), o.seed(), dir,
                (System.nanoTime() - start) / 1e9);
        return dir;
    }

    /**
     * Load, extract and index into an empty data folder, timed together: what a start with a new corpus costs. With
     * several runs (each into a fresh folder) the median is reported, since a shared machine makes single runs noisy;
     * the first run is reported on its own too, as it is the one a real start pays (a cold JVM: the JIT compiles as
     * it goes). Each run's process CPU time is taken beside its wall time. The last run's Tally stays open for the rest
     * of the benchmark.
     */
    private Wiring.Opened ingest(Path corpus, Options o, BenchReport r) throws IOException {
        double[] runs = new double[o.ingestRuns()];
        double[] cpu = new double[o.ingestRuns()];
        Wiring.Opened opened = null;
        for (int i = 1; i <= runs.length; i++) {
            if (opened != null) {
                opened.close();
            }
            Path data = Files.createDirectories(o.workDir().resolve("data-" + i));
            long cpuStart = ProcessCpu.nanos();
            long start = System.nanoTime();
            opened = wiring.opener().open(corpus, data, o.configDir());
            runs[i - 1] = (System.nanoTime() - start) / 1e9;
            cpu[i - 1] = cpuStart < 0 ? -1 : (ProcessCpu.nanos() - cpuStart) / 1e9;
        }
        double seconds = Percentiles.median(runs);
        double cpuSeconds = Percentiles.median(cpu);
        AnalyzedCorpus analyzed = opened.index().corpus();
        int articles = analyzed.articles().size();
        double mb = textBytes(corpus) / (1024.0 * 1024.0);
        r.put("articles", articles).put("corpusMB", mb).put("claims", analyzed.claims().size())
                .put("loadProblems", analyzed.problems().size()).put("ingestSeconds", seconds)
                .put("ingestArticlesPerSec", articles / seconds).put("ingestMBPerSec", mb / seconds)
                .put("ingestFirstRunArticlesPerSec", articles / runs[0]);
        // A tiny corpus can take less CPU than the clock's tick (10 ms on Linux): then the rate is null, not infinite.
        if (cpuSeconds >= 0) {
            r.put("ingestCpuSeconds", cpuSeconds)
                    .put("ingestArticlesPerCpuSec", cpuSeconds > 0 ? articles / cpuSeconds : null);
        }
        log.printf("ingest: %d articles (%.1f MB) -> %d claims in %.2f s: %.0f articles/s, %.2f MB/s%s%n",
                articles, mb, analyzed.claims().size(), seconds, articles / seconds, mb / seconds,
                runs.length > 1 ? " (median of " + runs.length + " runs: " + java.util.Arrays.toString(runs) + " s)" : "");
        log.printf("ingest: first run (cold JVM) %.0f articles/s; process CPU per run %s s, median %.1f s: %s "
                        + "(JIT and GC included)%n", articles / runs[0], java.util.Arrays.toString(cpu), cpuSeconds,
                cpuSeconds > 0 ? String.format("%.0f articles per CPU-second", articles / cpuSeconds)
                        : "too little CPU to give articles per CPU-second");
        return opened;
    }

    /** Plain Lucene on the same files, right after Tally's ingest: the ratio of the two is the cost of Tally's reading. */
    private void bareIndex(Path corpus, Options o, BenchReport r) {
        BareIndex.Result bare = BareIndex.index(corpus, o.workDir().resolve("bare-index"));
        Object ingest = r.get("ingestArticlesPerSec");
        r.put("bareIndexArticlesPerSec", bare.articlesPerSec());
        if (ingest instanceof Double perSec && bare.articlesPerSec() > 0) {
            r.put("ingestToBareIndexRatio", perSec / bare.articlesPerSec());
        }
        log.printf("bare Lucene indexing of the same files: %d articles in %.2f s: %.0f articles/s%n", bare.articles(),
                bare.seconds(), bare.articlesPerSec());
    }

    /** The claim extraction alone, over the articles the ingest loaded (all cores, as at start): time per article. */
    private void extractionTime(AnalyzedCorpus loaded, Path configDir, BenchReport r) {
        if (wiring.extractions() == null || loaded.articles().isEmpty()) {
            log.println("extraction time: no extraction wired in, not measured");
            return;
        }
        var extraction = wiring.extractions().forConfig(configDir);
        long start = System.nanoTime();
        int claims = extraction.analyze(loaded.articles()).claims().size();
        double ms = (System.nanoTime() - start) / 1e6;
        int n = loaded.articles().size();
        r.put("extractionMsPerArticle", ms / n).put("extractionArticlesPerSec", n / (ms / 1000));
        log.printf("extraction alone: %d articles -> %d claims in %.0f ms: %.3f ms per article (%d cores)%n", n, claims,
                ms, ms / n, Runtime.getRuntime().availableProcessors());
    }

    private void score(Path corpus, AnalyzedCorpus analyzed, BenchReport r) {
        Path truthFile = corpus.resolve(Truth.FILE_NAME);
        if (!Files.isRegularFile(truthFile)) {
            log.println("extraction: no truth.json in the corpus folder, recall and precision not measured");
            return;
        }
        ExtractionScore s = ExtractionScore.of(analyzed, Truth.read(truthFile));
        r.put("recall", s.recall()).put("precision", s.precision())
                .put("claimantAccuracy", s.claimantAccuracy()).put("dateAccuracy", s.dateAccuracy());
        log.printf("extraction: recall %.3f (%d of %d true claims), precision %.3f (%d of %d findings), "
                        + "claimant right %.3f, stated date right %.3f%n",
                s.recall(), s.matched(), s.truthClaims(), s.precision(), s.matched(), s.findings(),
                s.claimantAccuracy(), s.dateAccuracy());
        s.missed().forEach(m -> log.println("  missed: " + m));
        s.spurious().forEach(m -> log.println("  spurious: " + m));
        s.misdated().forEach(m -> log.println("  misdated: " + m));
    }

    /** The small seed corpus, in its own data folder: the same latency figures on a corpus of a handful of articles. */
    private void seedAnswers(Options o, BenchReport r) {
        if (!Files.isDirectory(o.seedCorpus())) {
            log.println("answers (seed corpus): " + o.seedCorpus() + " not found, skipped");
            return;
        }
        Path data = o.workDir().resolve("seed-data");
        try {
            Files.createDirectories(data);
            try (Wiring.Opened seed = wiring.opener().open(o.seedCorpus(), data, o.configDir())) {
                log.printf("answers (seed corpus, %d articles):%n", seed.index().corpus().articles().size());
                answers(seed, "seed", o.rounds(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Warm latency of ask over the fixed question set, and of the bare search of the same questions: Tally's own
     * passage search (same index, field, analyser, terms and hit count) alone. Each question is asked in turn, round
     * after round, after as many warm-up rounds.
     */
    private void answers(Wiring.Opened opened, String prefix, int rounds, BenchReport r) {
        long[] ask = timeRounds(rounds, opened.tally()::ask);
        Percentiles a = new Percentiles(ask);
        String key = prefix.isEmpty() ? "answer" : prefix + "Answer";
        r.put(key + "P50Ms", a.p50()).put(key + "P99Ms", a.p99());
        log.printf("  ask: p50 %.3f ms, p99 %.3f ms over %d calls; slowest questions: %s%n", a.p50(), a.p99(), a.count(),
                slowest(ask, 3));
        int hits;
        try {
            hits = Questions.ALL.stream().mapToInt(opened.bareSearch()::hits).sum();
        } catch (RuntimeException e) {
            log.println("  bare search: not measured: " + e.getMessage());
            return;
        }
        Percentiles b = new Percentiles(timeRounds(rounds, opened.bareSearch()::hits));
        String bareKey = prefix.isEmpty() ? "bareSearch" : prefix + "BareSearch";
        r.put(bareKey + "P50Ms", b.p50()).put(bareKey + "P99Ms", b.p99())
                .put(prefix.isEmpty() ? "answerToBareP99Ratio" : prefix + "AnswerToBareP99Ratio", a.p99() / b.p99());
        log.printf("  bare search (Tally's passage query alone, %d hits over one round): p50 %.3f ms, p99 %.3f ms;"
                + " ask/bare at p99: %.1fx%n", hits, b.p50(), b.p99(), a.p99() / b.p99());
    }

    /** The questions with the highest median, to show where the time goes ("12.1 ms: How many ..."). */
    static String slowest(long[] nanos, int count) {
        List<String> qs = Questions.ALL;
        List<String> lines = new ArrayList<>();
        for (int q = 0; q < qs.size(); q++) {
            long[] mine = new long[nanos.length / qs.size()];
            for (int i = 0; i < mine.length; i++) {
                mine[i] = nanos[i * qs.size() + q];
            }
            lines.add(String.format(java.util.Locale.ROOT, "%08.3f ms: %s", new Percentiles(mine).p50(), qs.get(q)));
        }
        lines.sort(java.util.Comparator.reverseOrder());
        return String.join("; ", lines.subList(0, Math.min(count, lines.size())).stream()
                .map(l -> l.replaceFirst("^0+(?=\\d)", "")).toList());
    }

    /** Each question in turn, round after round (timeRounds' sample i belongs to question i mod the set size). */
    static long[] timeRounds(int rounds, Consumer<String> call) {
        List<String> qs = Questions.ALL;
        for (int i = 0; i < rounds; i++) {
            qs.forEach(call);
        }
        long[] nanos = new long[rounds * qs.size()];
        int n = 0;
        for (int i = 0; i < rounds; i++) {
            for (String q : qs) {
                long start = System.nanoTime();
                call.accept(q);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    /**
     * Many questions released at once, each on its own thread, straight into {@code Tally.ask}: what the engine does
     * under concurrent load. The bot's own path (JDA, Discord's REST calls) is measured by BotBurstTest instead.
     */
    private void burst(Tally tally, int size, BenchReport r) throws InterruptedException {
        Consumer<String> handler = tally::ask;
        String via = "Tally.ask on " + size + " threads";
        List<String> questions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // Mostly the same question, as in a busy server after a news item, with some others mixed in.
            questions.add(i % 4 == 0 ? Questions.ALL.get(i % Questions.ALL.size()) : Questions.ALL.get(0));
        }
        Burst.Result result = Burst.run(questions, handler, 60);
        r.put("burstVia", via).put("burstQuestions", size).put("burstErrors", result.errors());
        if (result.nanos().length > 0) {
            Percentiles p = new Percentiles(result.nanos());
            r.put("burstP50Ms", p.p50()).put("burstP99Ms", p.p99());
            log.printf("burst: %d concurrent questions via %s: p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    size, via, p.p50(), p.p99(), result.errors());
        } else {
            r.put("burstP99Ms", -1.0);
            log.printf("burst: all %d failed via %s: %s%n", size, via, result.firstError());
        }
        if (result.errors() > 0) {
            log.println("burst: first error: " + result.firstError());
        }
    }

    /** The live corpus's figures, on a corpus the benchmark generated (it changes the folder, then restores it). */
    private void live(Wiring.Opened big, Path corpus, Options o, BenchReport r) throws IOException,
            InterruptedException {
        if (o.corpus() != null || !(big.index() instanceof tally.index.LiveCorpus live)) {
            log.println("live corpus: not measured (it changes the corpus folder, so only on a generated corpus)");
            return;
        }
        LiveChangeProbe.changes(live, big.tally(), corpus, o.workDir().resolve("staged"), r, log);
    }

    /**
     * A fresh JVM answers one question from the index already on disk, launched as {@code ./tally} launches it
     * ({@link StartupProbe#oneShotJvmArgs()}), and with no JVM options; the median of a few runs of each.
     */
    private void restart(Path corpus, Path data, Path config, int runs, BenchReport r)
            throws IOException, InterruptedException {
        List<String> args = List.of("ask", "--corpus", corpus.toString(), "--data", data.toString(), "--config",
                config.toString(), "--", RESTART_QUESTION);
        double[] plain = new double[runs];
        for (int i = 0; i < runs; i++) {
            plain[i] = RestartProbe.time(RestartProbe.javaCommand(List.of(), args)).ms();
        }
        double plainMedian = Percentiles.median(plain);
        r.put("restartPlainMs", plainMedian < 0 ? null : plainMedian);
        List<String> cmd = RestartProbe.javaCommand(StartupProbe.oneShotJvmArgs(), args);
        double[] ms = new double[runs];
        RestartProbe.Result last = null;
        for (int i = 0; i < runs; i++) {
            last = RestartProbe.time(cmd);
            ms[i] = last.ms();
        }
        java.util.Arrays.sort(ms); // printed in order below
        double median = Percentiles.median(ms);
        r.put("restartToFirstAnswerMs", median < 0 ? null : median);
        log.printf("restart: fresh JVM to first answer line, median of %d: %.0f ms as ./tally runs it (runs: %s), %.0f ms"
                + " with no JVM options; exit %d, first line: %s%n", runs, median, java.util.Arrays.toString(ms),
                plainMedian, last.exitCode(), abbreviate(last.firstLine()));
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    private static long textBytes(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
