package tally.index;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A write that runs on its own thread beside the caller's. {@link #finish} waits for it and rethrows its failure; closing
 * without finishing (the caller's own write failed) still waits, so no file is being written once the build's folder is
 * closed or removed; the caller's failure is the one reported then.
 */
final class SideWrite implements AutoCloseable {

    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private final FutureTask<Void> task;
    private boolean finished;

    private SideWrite(Step step) {
        this.task = new FutureTask<>(() -> {
            step.run();
            return null;
        });
    }

    static SideWrite start(Step step) {
        SideWrite side = new SideWrite(step);
        Thread t = new Thread(side.task, "tally-corpus-writer");
        t.setDaemon(true);
        t.start();
        return side;
    }

    /** Waits for the side write; its {@link IOException} (or any other failure, wrapped) is thrown here. */
    void finish() throws IOException {
        finished = true;
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the corpus files were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("writing the corpus files failed", e.getCause());
        }
    }

    /** After the caller's own write failed: waits all the same, and never hides the caller's failure. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // the caller's failure is the one reported; this one would only repeat the cause (a full disk)
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
