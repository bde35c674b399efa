package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static long[] millis(long... ms) {
        long[] nanos = new long[ms.length];
        for (int i = 0; i < ms.length; i++) {
            nanos[i] = ms[i] * 1_000_000;
        }
        return nanos;
    }

    @Test
    void nearestRankOverAHundredSamplesPicksTheNinetyNinthSmallest() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = new Percentiles(millis(ms));
        assertEquals(50.0, p.p50());
        assertEquals(99.0, p.p99());
        assertEquals(100.0, p.maxMs());
    }

    @Test
    void fewSamplesRoundTheRankUp() {
        Percentiles p = new Percentiles(millis(7, 1, 3));
        assertEquals(3.0, p.p50());
        assertEquals(7.0, p.p99());
        assertEquals(1.0, p.ms(1));
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles p = new Percentiles(new long[] {2_500_000});
        assertEquals(2.5, p.p50());
        assertEquals(2.5, p.p99());
    }

    @Test
    void rejectsNoSamplesAndPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[0]));
        Percentiles p = new Percentiles(millis(1));
        assertThrows(IllegalArgumentException.class, () -> p.ms(0));
        assertThrows(IllegalArgumentException.class, () -> p.ms(101));
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] samples = millis(3, 1, 2);
        new Percentiles(samples);
        assertEquals(3_000_000, samples[0]);
    }

    @Test
    void theMedianOfRepeatedRunsIsTheMiddleOneAndLeavesTheRunsInOrder() {
        double[] runs = {21.2, 13.0, 9.2};
        assertEquals(13.0, Percentiles.median(runs));
        assertEquals(21.2, runs[0], "the runs stay in the order they ran");
        assertEquals(12.0, Percentiles.median(new double[] {9.0, 14.0, 12.0, 11.0}), "the upper middle of an even count");
        assertEquals(5.0, Percentiles.median(new double[] {5.0}));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.median(new double[0]));
    }
}
