package tally.index;

import java.util.Map;
import java.util.Objects;

/**
 * Written last into a finished index folder: without it, or with another format, the folder is not an index. It
 * records what the index was built from and the exact sizes and checksum of what was written, so a folder cut short by
 * a crash or a full disk is noticed on the next start instead of failing a search later.
 */
public record IndexManifest(
        int format,
        String corpusFingerprint,
        String corpusFolder,
        int articles,
        int claims,
        int problems,
        long corpusBytes,
        long corpusCrc32c,
        Map<String, Long> luceneFiles) {

    /** Bump whenever the Lucene documents or the stored corpus change shape; older indexes are then rebuilt. */
    public static final int FORMAT = 5;

    public IndexManifest {
        Objects.requireNonNull(corpusFingerprint, "corpusFingerprint");
        Objects.requireNonNull(corpusFolder, "corpusFolder");
        luceneFiles = Map.copyOf(luceneFiles);
    }
}
