package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void timeRoundsAsksEveryQuestionInTurnAfterAsManyWarmUpRounds() {
        List<String> asked = new ArrayList<>();
        long[] nanos = Benchmark.timeRounds(3, asked::add);
        int n = Questions.ALL.size();
        assertEquals(6 * n, asked.size());
        assertEquals(3 * n, nanos.length);
        assertEquals(Questions.ALL, asked.subList(5 * n, 6 * n));
    }

    @Test
    void slowestNamesTheQuestionsWithTheHighestMedian() {
        int n = Questions.ALL.size();
        long[] nanos = new long[2 * n];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = 1_000_000;
        }
        nanos[4] = 30_000_000;
        nanos[n + 4] = 20_000_000;
        String slowest = Benchmark.slowest(nanos, 1);
        assertEquals("20.000 ms: " + Questions.ALL.get(4), slowest);
        assertTrue(Benchmark.slowest(nanos, 2).startsWith(slowest + "; 1.000 ms: "));
    }
}
