package tally.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A hang detector, not a speed test: a call that has not returned after this long is stuck (catastrophic regex
 * backtracking, an endless loop), which no amount of machine load explains.
 */
final class Bounded {

    static final Duration HANG = Duration.ofSeconds(10);
    /** For the 10 MB article: generous, since a shared CI machine may be slow, but still a hang detector. */
    static final Duration HANG_HUGE = Duration.ofSeconds(120);

    private Bounded() {
    }

    static <T> T call(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG, call);
    }

    static <T> T callHuge(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG_HUGE, call);
    }
}
