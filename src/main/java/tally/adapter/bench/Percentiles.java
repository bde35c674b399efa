package tally.adapter.bench;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method, from samples in nanoseconds, reported in milliseconds. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The smallest sample with at least {@code p} percent of samples at or below it. */
    public double ms(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    public double p50() {
        return ms(50);
    }

    public double p99() {
        return ms(99);
    }

    public double maxMs() {
        return sorted[sorted.length - 1] / 1_000_000.0;
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The middle of {@code values} once sorted (of an even count, the upper of the two middle ones), as the benchmark
     * reports repeated runs; {@code values} is left as it is.
     *
     * @throws IllegalArgumentException when there are no values
     */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
