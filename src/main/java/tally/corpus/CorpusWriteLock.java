package tally.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One writer at a time in a corpus folder, across processes: two {@code tally article add} runs (or a bot and the
 * command line) adding the same article at once must not both find it missing and both write it. The lock is a
 * file lock on {@value #NAME} in the corpus folder (hidden and not {@code .txt}, so the loader never reads it, and
 * never deleted, since deleting a lock file lets a third process lock a new file while the first still holds the
 * old one), like the index's {@code build.lock}; both are {@link FolderLock}s.
 */
final class CorpusWriteLock {

    static final String NAME = ".tally-write.lock";

    private CorpusWriteLock() {
    }

    /** Runs {@code work} holding the folder's lock; @throws IOException when the lock file cannot be opened */
    static <T> T holding(Path folder, Supplier<T> work) throws IOException {
        return FolderLock.holding(folder.resolve(NAME), work::get);
    }
}
