package tally.corpus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One corpus file as read from disk: its bytes, or why they could not be read. Reading once and both hashing and
 * parsing the same bytes keeps the fingerprint honest about what was indexed, even when a file changes meanwhile.
 */
public record CorpusFile(String name, byte @Nullable [] bytes, @Nullable String readError) {
    public CorpusFile {
        Objects.requireNonNull(name, "name");
        if ((bytes == null) == (readError == null)) {
            throw new IllegalArgumentException("a corpus file has either bytes or a read error: " + name);
        }
    }

    public static CorpusFile read(String name, byte[] bytes) {
        return new CorpusFile(name, bytes, null);
    }

    public static CorpusFile unreadable(String name, String error) {
        return new CorpusFile(name, null, error);
    }
}
