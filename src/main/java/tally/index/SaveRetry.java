package tally.index;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import tally.app.port.CorpusIndex;

/**
 * When to try again to save an index that answers from memory only (the disk refused its build): every so often
 * while nothing else changes, since a refresh of a changed corpus tries anyway. A saved index is never due.
 */
final class SaveRetry {

    private final LongSupplier nanos;
    private final Duration every;
    private volatile long lastAttempt;

    /** Counts the first attempt from now: the index was just opened. */
    SaveRetry(LongSupplier nanos, Duration every) {
        this.nanos = nanos;
        this.every = every;
        this.lastAttempt = nanos.getAsLong();
    }

    /** Whether {@code index} answers from memory and the last attempt to save one was {@code every} ago or more. */
    boolean isDue(CorpusIndex index) {
        return unsavedBecause(index) != null && nanos.getAsLong() - lastAttempt >= every.toNanos();
    }

    /** A build was tried at {@code at} (nanos). */
    void attempted(long at) {
        lastAttempt = at;
    }

    /** Why the index is not saved on disk, or null when it is (or is no stored kind of index). */
    static @Nullable String unsavedBecause(CorpusIndex index) {
        return index instanceof LuceneCorpusIndex l ? l.unsavedBecause() : null;
    }
}
