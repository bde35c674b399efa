package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SideWriteTest {

    @Test
    void runsOnItsOwnThreadAndFinishWaitsForIt() throws IOException {
        AtomicReference<String> thread = new AtomicReference<>();
        try (SideWrite side = SideWrite.start(() -> thread.set(Thread.currentThread().getName()))) {
            side.finish();
        }
        assertEquals("tally-corpus-writer", thread.get());
    }

    @Test
    void aFailedSideWriteIsThrownByFinish() {
        IOException full = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (SideWrite side = SideWrite.start(() -> {
                throw full;
            })) {
                side.finish();
            }
        });
        assertSame(full, thrown);
    }

    @Test
    void whenTheCallersOwnWriteFailsClosingStillWaitsForTheSideWrite() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            sleepQuietly(200);
            release.countDown();
        });
        releaser.start();
        IllegalStateException callers = assertThrows(IllegalStateException.class, () -> {
            try (SideWrite side = SideWrite.start(() -> {
                awaitQuietly(release);
                done.set(true);
            })) {
                throw new IllegalStateException("the Lucene write failed");
            }
        });
        assertEquals("the Lucene write failed", callers.getMessage());
        assertTrue(done.get(), "close returned before the side write ended");
        releaser.join();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
