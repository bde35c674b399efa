package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CooldownsTest {
    private final AtomicLong now = new AtomicLong();
    private final Cooldowns cooldowns = new Cooldowns(Duration.ofSeconds(10), now::get);

    @Test
    void aSecondQuestionWithinTheCooldownIsRefusedWithTheTimeLeft() {
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Duration.ofSeconds(6), cooldowns.tryAcquire(1));
        assertEquals("You asked very recently. Please wait 6 s and ask again.", Cooldowns.refusal(Duration.ofSeconds(6)));
    }

    @Test
    void otherUsersAreNotHeldBackAndTheCooldownEnds() {
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(2));
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(Duration.ZERO, cooldowns.tryAcquire(1));
    }
}
