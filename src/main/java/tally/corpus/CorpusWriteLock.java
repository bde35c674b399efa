package tally.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time in a corpus folder, across processes: two {@code tally article add} runs (or a bot and the
 * command line) adding the same article at once must not both find it missing and both write it. The lock is a
 * file lock on {@value #NAME} in the corpus folder (hidden and not {@code .txt}, so the loader never reads it, and
 * never deleted, since deleting a lock file lets a third process lock a new file while the first still holds the
 * old one), like the index's {@code build.lock}. File locks belong to the whole JVM, so threads of one process take
 * turns on an in-process lock first. A killed process loses its file lock with it.
 */
final class CorpusWriteLock {

    static final String NAME = ".tally-write.lock";
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private CorpusWriteLock() {
    }

    /** Runs {@code work} holding the folder's lock; @throws IOException when the lock file cannot be opened */
    static <T> T holding(Path folder, Supplier<T> work) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        ReentrantLock lock = IN_PROCESS.computeIfAbsent(key, p -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(key.resolve(NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var ignored = channel.lock()) {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
