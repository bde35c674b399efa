package tally.adapter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Start-up as a person at the command line sees it: {@code ask} on the bundled corpus, timed from launching the JVM
 * to the process's end, run the way {@code ./tally} runs a one-shot command (C1 only, the serial collector, the AppCDS
 * archive the build made beside the jar); the same without those options; and a bare JVM ({@code java -version}) with
 * them, the floor no Java program starts below.
 */
final class StartupProbe {

    /** The JVM options {@code ./tally} gives a one-shot command, kept in step with the script. */
    static final List<String> ONE_SHOT = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private StartupProbe() {
    }

    /** {@link #ONE_SHOT} plus the archive beside the jar this runs from, when there is one. */
    static List<String> oneShotJvmArgs() {
        List<String> args = new ArrayList<>(ONE_SHOT);
        Path archive = archive();
        if (archive != null) {
            args.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        return args;
    }

    /** target/tally.jsa when running from target/tally.jar and the build made it; null otherwise. */
    static @Nullable Path archive() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && Files.isRegularFile(jar.resolveSibling("tally.jsa"))) {
                return jar.resolveSibling("tally.jsa");
            }
        }
        return null;
    }

    /** Measures and reports cliAskMs, cliAskPlainMs and bareJvmStartMs, each the median of {@code runs}. */
    static void run(Path seedCorpus, Path data, Path config, int runs, BenchReport r, PrintWriter log)
            throws IOException, InterruptedException {
        List<String> ask = List.of("ask", "--corpus", seedCorpus.toString(), "--data", data.toString(), "--config",
                config.toString(), "--", Benchmark.RESTART_QUESTION);
        wallMs(RestartProbe.javaCommand(List.of(), ask)); // builds the seed corpus's index, fills the page cache
        double tuned = median(runs, RestartProbe.javaCommand(oneShotJvmArgs(), ask));
        double plain = median(runs, RestartProbe.javaCommand(List.of(), ask));
        List<String> bare = new ArrayList<>();
        bare.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        bare.addAll(ONE_SHOT);
        bare.add("-version");
        double jvm = median(runs, bare);
        r.put("cliAskMs", tuned).put("cliAskPlainMs", plain).put("bareJvmStartMs", jvm);
        log.printf("start-up: ask on the seed corpus, launch to exit, median of %d: %.0f ms as ./tally runs it (%s), "
                + "%.0f ms with no JVM options; a bare JVM (java -version) %.0f ms%n", runs, tuned,
                archive() == null ? "no AppCDS archive beside the jar" : "with the AppCDS archive", plain, jvm);
    }

    private static double median(int runs, List<String> command) throws IOException, InterruptedException {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = wallMs(command);
        }
        return Percentiles.median(ms);
    }

    /** Milliseconds from launching the process to its end; its output is read and dropped. */
    static double wallMs(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream out = p.getInputStream()) {
            out.transferTo(OutputStreamSink.INSTANCE);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("did not end within 120 s: " + command);
        }
        if (p.exitValue() != 0) {
            throw new UncheckedIOException(new IOException("exit " + p.exitValue() + ": " + command));
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
