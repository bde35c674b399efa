package tally.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tally.corpus.CorpusFolderException;
import tally.corpus.CorpusSnapshot;

/**
 * How much heap a corpus needs and how to give Java more, said wherever Tally runs out of memory.
 *
 * <p>Measured on the generated corpus of 10,000 articles (23 MB of text; README, Performance): indexing it from
 * scratch needs {@value #BUILD_MB_PER_10K} MB of heap, reopening its stored index {@value #REOPEN_MB_PER_10K} MB.
 * Memory grows with the text, so the estimate scales those by the corpus's size in bytes, with a floor for the
 * runtime itself.
 */
public final class HeapAdvice {

    /** The ways to raise the heap, in the words an operator types. */
    public static final String HOW = "run java with -Xmx (for example java -Xmx1g -jar tally.jar ...), or set "
            + "JAVA_TOOL_OPTIONS=-Xmx1g (Docker: -e JAVA_TOOL_OPTIONS=-Xmx1g, or a larger container memory limit)";

    static final int BUILD_MB_PER_10K = 128;
    static final int REOPEN_MB_PER_10K = 80;
    private static final double MEASURED_CORPUS_MB = 23.0;
    private static final int FLOOR_MB = 64;

    private HeapAdvice() {
    }

    /** Heap in MB that indexing a corpus of {@code corpusBytes} of text needs, with a quarter to spare. */
    public static long neededMb(long corpusBytes) {
        double mb = corpusBytes / (1024.0 * 1024.0);
        return Math.max(FLOOR_MB, Math.round(1.25 * BUILD_MB_PER_10K * mb / MEASURED_CORPUS_MB));
    }

    /**
     * The message for running out of memory: what the heap was, what the corpus needs, and how to give it.
     *
     * @param corpusDir the corpus being opened, when known
     */
    public static String explain(@Nullable Path corpusDir, long maxHeapBytes) {
        String heap = String.format(Locale.ROOT, "%,d MB", maxHeapBytes / (1024 * 1024));
        long bytes = corpusDir == null ? -1 : textBytes(corpusDir);
        String needs = bytes < 0 ? "" : String.format(Locale.ROOT, " The corpus in %s (%.1f MB of articles) needs"
                + " about %,d MB to be indexed (about %d MB per 10,000 articles of 2 to 3 kB).", corpusDir,
                bytes / (1024.0 * 1024.0), neededMb(bytes), BUILD_MB_PER_10K);
        return "Java ran out of memory (its heap is limited to " + heap + ")." + needs + " To give it more, " + HOW
                + ".";
    }

    private static long textBytes(Path corpusDir) {
        try {
            long total = 0;
            for (Path p : CorpusSnapshot.list(corpusDir)) {
                try {
                    total += Files.size(p);
                } catch (IOException e) {
                    // a file that vanished or cannot be read adds nothing
                }
            }
            return total;
        } catch (CorpusFolderException e) {
            return -1;
        }
    }
}
