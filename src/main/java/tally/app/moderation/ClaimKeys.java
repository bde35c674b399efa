package tally.app.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import tally.model.Claim;
import tally.model.Source;

/**
 * Stable claim ids. A claim's id is derived only from what a re-index keeps: the file of its source, the sentence it
 * was read from and the figure's wording ("about 100"), compared after normalising (Unicode NFKC, case, curly quotes
 * and dashes, runs of white space), so adding other articles, re-extracting, or a quote rebuilt with other spacing
 * leaves it unchanged. Ten characters of base 32 of a SHA-256 of those three (50 bits: no clash in any corpus Tally
 * will see). A claim several articles report is known by its first source (by file name, then sentence); each of its
 * other sources' keys finds it too.
 */
public final class ClaimKeys {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    static final int LENGTH = 10;

    /** The order sources are taken in: the first one names the claim. */
    static final Comparator<Source> FIRST_SOURCE = Comparator.comparing(Source::file).thenComparing(Source::quote);

    private ClaimKeys() {
    }

    /** The id of one report of a claim: where it is and how the figure is worded. */
    public static String of(String file, String sentence, String wording) {
        String key = file + "\n" + normalize(sentence) + "\n" + normalize(wording);
        byte[] hash = sha256(key);
        StringBuilder id = new StringBuilder(LENGTH);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return id.toString();
    }

    /** The base id of a claim: that of its first source. */
    public static String of(Claim claim) {
        Source first = first(claim);
        return of(first.file(), first.quote(), claim.figure().text());
    }

    static Source first(Claim claim) {
        return claim.sources().stream().min(FIRST_SOURCE).orElseThrow();
    }

    /** What a change keeps of its claim to find it again. */
    public static ClaimRef ref(Claim claim, String shownId) {
        Source first = first(claim);
        return new ClaimRef(shownId, first.file(), first.quote(), claim.figure().text(), claim.metric());
    }

    /** Text as compared for ids: NFKC, lower case, straight quotes, plain hyphens, single spaces. */
    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2018\\u2019\\u201A\\u2032`]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u2033]", "\"")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-");
        return n.replaceAll("\\s+", " ").strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
