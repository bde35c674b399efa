package tally.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tally.app.port.CorpusIndex;

/**
 * The index answering now, swapped for a new one in one step. Each index carries a count of its holders (this class
 * plus every lease), and is closed only when the last of them lets go, as Lucene's SearcherManager does: a search
 * already running finishes on the index it started with, however many swaps happen meanwhile.
 */
final class ServedIndex {

    private final AtomicReference<@Nullable Counted> current = new AtomicReference<>();

    ServedIndex(CorpusIndex first) {
        current.set(new Counted(first));
    }

    /** The current index with one more holder; release it when done. */
    Counted retain() {
        while (true) {
            Counted c = current.get();
            if (c == null) {
                throw new IllegalStateException("the live corpus is closed");
            }
            if (c.tryRetain()) {
                return c;
            }
        }
    }

    /** Serves {@code next} from now on; the index it replaces is closed when its last holder lets go. */
    void swap(CorpusIndex next) {
        Counted old = current.getAndSet(new Counted(next));
        if (old != null) {
            old.release();
        }
    }

    /** The version answering now, or "closed". */
    String versionOrClosed() {
        Counted c = current.get();
        return c == null ? "closed" : c.index.version();
    }

    /** Serves nothing more; the last index is closed when its last holder lets go. */
    void close() {
        Counted c = current.getAndSet(null);
        if (c != null) {
            c.release();
        }
    }

    /** An index with a count of holders: the live corpus itself plus every lease. Closed when the count hits 0. */
    static final class Counted {
        final CorpusIndex index;
        private final AtomicInteger holders = new AtomicInteger(1);

        Counted(CorpusIndex index) {
            this.index = index;
        }

        boolean tryRetain() {
            while (true) {
                int n = holders.get();
                if (n <= 0) {
                    return false;
                }
                if (holders.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (holders.decrementAndGet() == 0) {
                index.close();
            }
        }
    }
}
