package tally.adapter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Restart as a user sees it: a fresh JVM from this jar that opens the existing index and answers one question. Timed
 * from launching the process to the first line it prints, so JVM start and index opening are both inside.
 */
final class RestartProbe {

    /** Milliseconds to the first printed line, and that line (to show it was a real answer). */
    record Result(double ms, String firstLine, int exitCode) {
    }

    private RestartProbe() {
    }

    /** The command that runs {@code tally.Main} from the jar (or classes folder) this class was loaded from. */
    static List<String> javaCommand(List<String> jvmArgs, List<String> tallyArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("tally.Main");
        cmd.addAll(tallyArgs);
        return cmd;
    }

    static Result time(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        String first = "";
        long firstAt = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (firstAt < 0 && !line.isBlank()) {
                    firstAt = System.nanoTime();
                    first = line;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        double ms = firstAt < 0 ? -1 : (firstAt - start) / 1_000_000.0;
        return new Result(ms, first, p.exitValue());
    }
}
