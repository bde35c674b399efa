package tally.adapter.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short digests the bot writes into button ids and keys: of a paged reply ({@link Pager#digest}), of a kept recipe
 * ({@link KeptRecipes#key}) and of a pinned summary's claim ({@link PinnedSummaries#digest}). One place, so that each
 * says only how many bytes it keeps.
 */
final class Digests {

    private Digests() {
    }

    /** The first {@code bytes} bytes of the text's SHA-256 (of its UTF-8), in lower-case hex. */
    static String sha256Hex(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
