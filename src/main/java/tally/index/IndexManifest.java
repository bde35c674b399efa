package tally.index;

import java.util.Map;
import java.util.Objects;

/**
 * Written last into a finished index folder: without it, or with another format, the folder is not an index. It
 * records what the index was built from (the corpus content and the extractor that read it) and each file's size and
 * Lucene checksum, so a folder cut short by a crash or a full disk, or a file changed on disk, is noticed on the next
 * start instead of failing a search later.
 *
 * @param extractorVersion {@link tally.app.port.ClaimExtraction#version()} of the extractor the claims came from: a
 *                         new extractor or lexicon means the stored claims are stale and the index is rebuilt
 * @param corpusFile       the stored corpus ({@link IndexFolder#CORPUS})
 * @param luceneFiles      every file of the Lucene index by name
 */
public record IndexManifest(
        int format,
        String corpusFingerprint,
        String extractorVersion,
        String corpusFolder,
        int articles,
        int claims,
        int problems,
        FileStamp corpusFile,
        Map<String, FileStamp> luceneFiles) {

    /** Bump whenever the Lucene documents or the stored corpus change shape; older indexes are then rebuilt. */
    public static final int FORMAT = 11;

    /** A file's length in bytes and the CRC32 its Lucene footer records (what {@code CodecUtil} verifies). */
    public record FileStamp(long bytes, long checksum) {
    }

    public IndexManifest {
        Objects.requireNonNull(corpusFingerprint, "corpusFingerprint");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(corpusFolder, "corpusFolder");
        Objects.requireNonNull(corpusFile, "corpusFile");
        luceneFiles = Map.copyOf(luceneFiles);
    }
}
