package tally.adapter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Heap in use and resident set size of this process. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Heap in use after a full collection, so the figure is what ingest keeps, not garbage awaiting collection. */
    static double heapAfterGcMB() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    /** VmRSS from /proc/self/status, or -1 where there is no /proc (not Linux). */
    static double rssMB() {
        try {
            return rssMB(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double rssMB(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                return Long.parseLong(parts[0]) / 1024.0;
            }
        }
        return -1;
    }
}
