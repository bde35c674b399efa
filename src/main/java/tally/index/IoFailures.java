package tally.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says why the file system refused, in words an operator can act on, with the path: "no space left on device",
 * "permission denied", "not a folder". Java's own messages often drop one or the other (a failed write says only
 * "No space left on device", a refused folder only its path).
 */
final class IoFailures {

    private IoFailures() {
    }

    /** The cause of {@code e}, met while working under {@code where}. */
    static String describe(IOException e, Path where) {
        String at = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : where.toString();
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + at;
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || lower.contains("not a directory")) {
            return "not a folder (a file is in the way): " + fileInTheWay(Path.of(at));
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + at;
        }
        if (lower.contains("no space left")) {
            return "no space left on device: " + at;
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system: " + at;
        }
        if (lower.contains("disk quota")) {
            return "disk quota exceeded: " + at;
        }
        return reason + " (" + e.getClass().getSimpleName() + "): " + at;
    }

    /** The path itself or the nearest of its parents that exists and is not a folder. */
    private static Path fileInTheWay(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return path;
    }
}
