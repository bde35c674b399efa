package tally.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import tally.corpus.FolderLock;

/**
 * The on-disk layout of one corpus's index: finished builds in {@code build-*} folders and a {@code CURRENT} file
 * naming the one in use. A new build is written beside the old one and becomes current by an atomic rename of
 * {@code CURRENT}, so a reader sees either the old index or the new one, never half of one.
 */
final class IndexFolder {

    static final String CURRENT = "CURRENT";
    static final String MANIFEST = "manifest.json";
    static final String CORPUS = "corpus.bin";
    /** Each article's own claims, so another process need not read the articles again (optional: a cache). */
    static final String READINGS = "readings.bin";
    static final String LUCENE = "lucene";
    private static final String LOCK = "build.lock";

    private final Path root;

    IndexFolder(Path root) {
        this.root = root;
    }

    /** The index folder of a corpus folder: {@code dataDir/<key of the corpus folder's real path>/}. */
    static IndexFolder of(Path dataDir, Path corpusDir) {
        return new IndexFolder(dataDir.resolve(folderKey(corpusDir)));
    }

    /** A short, stable name for a corpus folder: the same folder always maps to the same index. */
    private static String folderKey(Path corpusDir) {
        Path real;
        try {
            real = corpusDir.toRealPath();
        } catch (IOException e) {
            real = corpusDir.toAbsolutePath().normalize();
        }
        var digest = sha256();
        byte[] hash = digest.digest(real.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    /** The current finished build, or null when none was ever published. */
    @Nullable Path current() throws IOException {
        try {
            String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            if (!name.startsWith("build-") || name.contains("/") || name.contains("\\")) {
                throw new IOException("CURRENT names no build folder: '" + name + "'");
            }
            return root.resolve(name);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** {@link #current()}, or null when it cannot be read either. */
    @Nullable Path currentOrNull() {
        try {
            return current();
        } catch (IOException e) {
            return null;
        }
    }

    Path newBuild(String fingerprint) throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, "build-" + fingerprint + "-");
    }

    /** Makes a finished build current: write the pointer aside, flush it, and rename it over the old one. */
    void publish(Path build) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        writeDurably(tmp, build.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        org.apache.lucene.util.IOUtils.fsync(root, true);
    }

    /**
     * Runs a build holding both an in-process lock and a file lock, so two processes sharing a data folder never
     * build, publish or clean up at the same time. A killed process loses its file lock with it.
     */
    <T> T locked(IoSupplier<T> action) throws IOException {
        Files.createDirectories(root);
        return FolderLock.holding(root.resolve(LOCK), action::get);
    }

    /**
     * Deletes every build but the current one: finished ones that were replaced and unfinished ones left by a crash.
     * Call only under {@link #locked}. An index still open on an older build keeps working on POSIX file systems;
     * where deletion fails (a file still open on Windows) the folder is left for the next clean-up.
     */
    void deleteStaleBuilds() throws IOException {
        Path current = current();
        try (DirectoryStream<Path> builds = Files.newDirectoryStream(root, "build-*")) {
            for (Path b : builds) {
                if (Files.isDirectory(b) && !b.equals(current)) {
                    deleteQuietly(b);
                }
            }
        }
    }

    /** As {@link #deleteStaleBuilds}; a failure only leaves disk space used until the next clean-up. */
    void deleteStaleBuildsQuietly() {
        try {
            deleteStaleBuilds();
        } catch (IOException e) {
            // the builds stay until the next successful clean-up
        }
    }

    static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
    }

    static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, @Nullable IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: an undeletable stale build only costs disk space until the next clean-up
        }
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
