package tally.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import tally.corpus.CorpusSnapshot;

/**
 * A cheap look at the corpus folder (names, sizes, modification times) for the watcher: reading 30 MB every few
 * seconds to notice nothing changed would be wasteful, so the content hash runs only when this differs.
 */
final class CorpusStat {

    private CorpusStat() {
    }

    static String of(Path folder) {
        StringBuilder s = new StringBuilder();
        for (Path p : CorpusSnapshot.list(folder)) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                s.append(p.getFileName()).append('\0').append(a.size()).append('\0')
                        .append(a.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                s.append(p.getFileName()).append("\0?\n");
            }
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
