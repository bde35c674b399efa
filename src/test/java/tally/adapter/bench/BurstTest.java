package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BurstTest {

    @Test
    void everyRequestRunsOnItsOwnThreadAndFailuresAreCountedNotThrown() throws InterruptedException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> questions = Collections.nCopies(40, "q");
        int[] calls = {0};
        Burst.Result result = Burst.run(questions, q -> {
            threads.add(Thread.currentThread().getName());
            synchronized (calls) {
                calls[0]++;
                if (calls[0] % 10 == 0) {
                    throw new IllegalStateException("boom " + calls[0]);
                }
            }
        }, 30);
        assertEquals(40, threads.size(), "all released together, one thread each");
        assertEquals(4, result.errors());
        assertEquals(36, result.nanos().length);
        assertTrue(result.firstError().contains("boom"), result.firstError());
    }
}
