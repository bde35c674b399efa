package tally.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One holder at a time of a lock file, across threads and processes: an in-process lock first (a file lock belongs
 * to the whole JVM, so its threads must take turns), then a file lock on the file, which a killed process loses with
 * it. The file is created when missing and never deleted: deleting it would let a third process lock a new file while
 * the first still holds the old one. Used by the corpus folder's writers and the index's builds.
 */
public final class FolderLock {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    public interface IoWork<T> {
        T get() throws IOException;
    }

    private FolderLock() {
    }

    /** Runs {@code work} holding {@code lockFile}; @throws IOException when the lock file cannot be opened, or work's */
    public static <T> T holding(Path lockFile, IoWork<T> work) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock lock = IN_PROCESS.computeIfAbsent(key, p -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var ignored = channel.lock()) {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
