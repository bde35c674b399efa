package tally.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The corpus folder's {@code *.txt} files read in one pass, sorted by name, with a fingerprint of names and bytes.
 * The fingerprint is the corpus version: an unchanged fingerprint means the stored index can be reused.
 */
public record CorpusSnapshot(Path folder, List<CorpusFile> files, String fingerprint) {

    public CorpusSnapshot {
        files = List.copyOf(files);
    }

    /**
     * The largest article Tally reads, 16 MiB: far above any news article (the bundled ones are 2 to 6 kB), small
     * enough that a file dropped in by mistake (a log, a data dump) cannot exhaust the heap. A larger file is reported
     * and skipped.
     */
    public static final long MAX_ARTICLE_BYTES = 16L << 20;

    /** Reads every corpus file; a file that cannot be read is kept as unreadable, never thrown. */
    public static CorpusSnapshot read(Path folder) {
        // Ten thousand small files: reading them on two threads hides much of the per-file open/close cost.
        List<CorpusFile> files = FileNames.distinct(list(folder).parallelStream()
                .map(CorpusSnapshot::readOne)
                .filter(Objects::nonNull)
                .toList());
        return new CorpusSnapshot(folder, files, fingerprint(files));
    }

    private static @Nullable CorpusFile readOne(Path path) {
        String name = FileNames.shown(path.getFileName().toString());
        try {
            // Look before opening: opening a named pipe blocks until something writes to it, a device never ends.
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return null;
            }
            if (!attributes.isRegularFile()) {
                return CorpusFile.unreadable(name, "not a regular file (a named pipe, socket or device); skipped");
            }
            if (attributes.size() > MAX_ARTICLE_BYTES) {
                return tooLarge(name, attributes.size());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_ARTICLE_BYTES + 1);
            }
            return bytes.length > MAX_ARTICLE_BYTES ? tooLarge(name, bytes.length) : CorpusFile.read(name, bytes);
        } catch (NoSuchFileException e) {
            return CorpusFile.unreadable(name, "file disappeared while the corpus was being read");
        } catch (IOException e) {
            return CorpusFile.unreadable(name, "cannot read file: " + e);
        }
    }

    private static CorpusFile tooLarge(String name, long bytes) {
        return CorpusFile.unreadable(name, String.format(Locale.ROOT,
                "the file is %.1f MiB, above the limit of %d MiB for one article; skipped (split it into articles)",
                bytes / (double) (1 << 20), MAX_ARTICLE_BYTES >> 20));
    }

    /**
     * The {@code *.txt} entries directly in the folder, dot-files excluded, sorted by file name. Entries are not
     * stat-ed here; {@link #read} drops sub-folders and reports other files that are not regular.
     *
     * @throws CorpusFolderException when the path is missing, is a file, or cannot be listed
     */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CorpusFolderException(folder, Files.exists(folder)
                    ? "the corpus path is a file, not a folder (give the folder that holds the .txt articles)"
                    : "corpus folder not found", null);
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") && !name.startsWith(".")) {
                    paths.add(p);
                }
            }
        } catch (IOException e) {
            throw new CorpusFolderException(folder, "cannot list corpus folder (" + e + ")", e);
        }
        paths.sort(Comparator.comparing(Path::toString));
        return paths;
    }

    /** SHA-256 over each file's name, length and CRC32C: CRC32C runs at memory speed, so hashing 30 MB is cheap. */
    static String fingerprint(List<CorpusFile> files) {
        MessageDigest digest = sha256();
        ByteBuffer numbers = ByteBuffer.allocate(Long.BYTES * 2);
        CRC32C crc = new CRC32C();
        for (CorpusFile f : files) {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            byte[] bytes = f.bytes();
            numbers.clear();
            if (bytes != null) {
                crc.reset();
                crc.update(bytes);
                numbers.putLong(bytes.length).putLong(crc.getValue());
            } else {
                // the reason is part of the version: a file that stops being too large and becomes a pipe shows it
                crc.reset();
                crc.update(String.valueOf(f.readError()).getBytes(StandardCharsets.UTF_8));
                numbers.putLong(-1).putLong(crc.getValue());
            }
            digest.update(numbers.array());
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
