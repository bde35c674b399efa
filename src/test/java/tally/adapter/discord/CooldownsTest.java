package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The allowance of questions: a burst in a row, then one per interval, on the injected ticker. */
class CooldownsTest {
    private final AtomicLong now = new AtomicLong();
    private final Cooldowns cooldowns = new Cooldowns(Duration.ofSeconds(10), 3, now::get);

    @Test
    void aMemberMayAskTheBurstInARowAndThenWaitsForOneInterval() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, cooldowns.tryAcquire(1), "question " + (i + 1) + " of the burst");
        }
        assertEquals(Duration.ofSeconds(10), cooldowns.tryAcquire(1));
        advance(4);
        assertEquals(Duration.ofSeconds(6), cooldowns.tryAcquire(1), "a refusal spends nothing");
        advance(6);
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
        assertEquals(Duration.ofSeconds(10), cooldowns.tryAcquire(1), "the sustained rate is one per interval");
    }

    @Test
    void theAllowanceRefillsAtTheSustainedRateUpToTheBurst() {
        for (int i = 0; i < 3; i++) {
            cooldowns.tryAcquire(1);
        }
        advance(20);
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
        assertTrue(cooldowns.tryAcquire(1).compareTo(Duration.ZERO) > 0, "two intervals give back two questions, not three");
        advance(3600);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, cooldowns.tryAcquire(1), "a long pause gives back the burst, never more");
        }
        assertTrue(cooldowns.tryAcquire(1).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void aHeldQuestionReservesTheNextQuestionOfTheAllowanceAndAFloodIsNotKept() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, cooldowns.reserve(1));
        }
        assertEquals(Duration.ofSeconds(10), cooldowns.reserve(1));
        assertEquals(Duration.ofSeconds(20), cooldowns.reserve(1), "each held question waits its turn");
        assertEquals(Duration.ofSeconds(30), cooldowns.reserve(1));
        assertNull(cooldowns.reserve(1), "more than " + Cooldowns.MAX_WAITING + " waiting questions are a flood");
        assertEquals(Duration.ofSeconds(40), cooldowns.tryAcquire(1), "a slash command waits behind the held questions");
    }

    @Test
    void otherMembersAreNotHeldBackAndZeroMeansNoLimit() {
        for (int i = 0; i < 5; i++) {
            cooldowns.tryAcquire(1);
        }
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(2));
        Cooldowns none = new Cooldowns(Duration.ZERO, 1, now::get);
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ZERO, none.tryAcquire(1));
        }
    }

    @Test
    void theRefusalSaysWhenToAskAgainAndTheRule() {
        assertEquals("You have asked 3 questions in quick succession. Ask again in 7 s; Tally answers each member up to "
                + "3 questions in a row, then one every 10 s.", cooldowns.refusal(Duration.ofMillis(6_200)));
    }

    private void advance(long seconds) {
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }
}
