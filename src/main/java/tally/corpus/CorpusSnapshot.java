package tally.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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

    /** Reads every corpus file; a file that cannot be read is kept as unreadable, never thrown. */
    public static CorpusSnapshot read(Path folder) {
        // Ten thousand small files: reading them on two threads hides much of the per-file open/close cost.
        List<CorpusFile> files = list(folder).parallelStream()
                .map(CorpusSnapshot::readOne)
                .filter(Objects::nonNull)
                .toList();
        return new CorpusSnapshot(folder, files, fingerprint(files));
    }

    private static @Nullable CorpusFile readOne(Path path) {
        String name = path.getFileName().toString();
        try {
            return CorpusFile.read(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return CorpusFile.unreadable(name, "file disappeared while the corpus was being read");
        } catch (IOException | OutOfMemoryError e) {
            // Listing does not stat each file (too slow for 10,000 files), so a folder named x.txt shows up here.
            return Files.isDirectory(path) ? null : CorpusFile.unreadable(name, "cannot read file: " + e);
        }
    }

    /**
     * The {@code *.txt} entries directly in the folder, dot-files excluded, sorted by file name. Entries are not
     * stat-ed here; {@link #read} drops sub-folders.
     */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CorpusFolderException(folder, "corpus folder not found", null);
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
                numbers.putLong(-1).putLong(-1);
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
