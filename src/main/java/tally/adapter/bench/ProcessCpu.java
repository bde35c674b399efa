package tally.adapter.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * CPU time of this whole process (every thread: the work, the JIT compilers, the garbage collector) and the options
 * this JVM was started with. Wall-clock throughput on a shared 2-core machine moves with whatever else runs; CPU time
 * moves much less, so the benchmark reports both, and the options say which JVM set-up was measured.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU this process has used so far, or -1 where the JVM does not say (not a HotSpot-style JVM). */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long used = os.getProcessCpuTime();
            return used >= 0 ? used : -1;
        }
        return -1;
    }

    /** The JVM options this process was started with (-XX:..., -Xmx...), as given; empty when there were none. */
    static List<String> jvmOptions() {
        return List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
