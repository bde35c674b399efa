package tally.app.port;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Port: runs a piece of work against one version of the index, so an answer never mixes two corpus versions when a
 * reload swaps the index halfway through, and the version it reads stays open until the work is done.
 */
public interface IndexAccess {

    <T> T read(Function<CorpusIndex, T> work);

    /** For an index that never changes underneath (tests, one-shot command line runs). */
    static IndexAccess of(Supplier<CorpusIndex> index) {
        return new IndexAccess() {
            @Override
            public <T> T read(Function<CorpusIndex, T> work) {
                return work.apply(index.get());
            }
        };
    }
}
