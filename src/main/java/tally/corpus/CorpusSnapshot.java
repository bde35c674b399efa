package tally.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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
        List<CorpusFile> files = new ArrayList<>();
        for (Path path : list(folder)) {
            String name = path.getFileName().toString();
            try {
                files.add(CorpusFile.read(name, Files.readAllBytes(path)));
            } catch (NoSuchFileException e) {
                files.add(CorpusFile.unreadable(name, "file disappeared while the corpus was being read"));
            } catch (IOException | OutOfMemoryError e) {
                files.add(CorpusFile.unreadable(name, "cannot read file: " + e));
            }
        }
        return new CorpusSnapshot(folder, files, fingerprint(files));
    }

    /** Regular {@code *.txt} files directly in the folder, dot-files excluded, sorted by file name. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CorpusFolderException(folder, "corpus folder not found", null);
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") && !name.startsWith(".") && Files.isRegularFile(p)) {
                    paths.add(p);
                }
            }
        } catch (IOException e) {
            throw new CorpusFolderException(folder, "cannot list corpus folder (" + e + ")", e);
        }
        paths.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return paths;
    }

    static String fingerprint(List<CorpusFile> files) {
        MessageDigest digest = sha256();
        for (CorpusFile f : files) {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] bytes = f.bytes();
            if (bytes != null) {
                digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
            } else {
                digest.update((byte) 1);
            }
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
