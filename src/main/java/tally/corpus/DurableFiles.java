package tally.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import tally.app.article.ArticleRefused;

/** Writing files so that they survive a crash: flushed to disk before they are published, folders synced after. */
final class DurableFiles {

    private DurableFiles() {
    }

    static void writeDurably(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the new directory entry itself durable; not every file system lets a folder be opened, which is fine. */
    static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a hidden .tmp left behind is ignored by the loader
            }
        }
    }

    /** A refusal naming what could not be done and the cause a person can act on (no space, permission denied). */
    static ArticleRefused storage(String what, IOException e) {
        String cause;
        if (e instanceof AccessDeniedException) {
            cause = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            cause = fs.getReason();
        } else {
            cause = e.getMessage() != null ? e.getMessage() : e.toString();
        }
        return new ArticleRefused(ArticleRefused.Reason.STORAGE, what + ": " + cause, e);
    }
}
