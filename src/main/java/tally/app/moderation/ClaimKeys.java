package tally.app.moderation;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import tally.model.Claim;
import tally.model.Source;

/**
 * Stable claim ids. A claim's id is derived only from what a re-index keeps: the file of its source, the sentence it
 * was read from and the figure's wording ("about 100"), compared after normalising (Unicode NFKC, case, curly quotes
 * and dashes, runs of white space), so adding other articles, re-extracting, or a quote rebuilt with other spacing
 * leaves it unchanged. Ten characters of base 32 (50 bits) of a 64-bit FNV-1a hash of those three, finished with
 * MurmurHash3's mixer: a hash fixed here, not the JVM's, so ids never change with the Java version, and cheap enough
 * for every claim of a 10,000-article corpus at each start. Two distinct keys share an id with odds of about one in
 * 10^7 for 20,000 claims; if they ever do, {@link CorrectedClaims#ids} tells them apart like two claims of one sentence. A claim several articles report is known by its first source (by file name, then sentence); each of its
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
        long h = OFFSET;
        h = feed(h, file);
        h = feed(h, "\n");
        h = feedNormalized(h, sentence);
        h = feed(h, "\n");
        h = feedNormalized(h, wording);
        long bits = mix(h);
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)];
        }
        return new String(id);
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** FNV-1a over the text's UTF-16 code units, low byte then high byte of each. */
    private static long feed(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * PRIME;
            h = (h ^ (c >>> 8)) * PRIME;
        }
        return h;
    }

    /** As {@code feed(h, normalize(text))}, without building the normalised text (this runs for every claim at start). */
    private static long feedNormalized(long h, String text) {
        String n = foldable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean space = false;
        boolean started = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ' ' || c < 128 && Character.isWhitespace(c) || c >= 128 && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                space = started;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * PRIME;
                h = h * PRIME;
                space = false;
            }
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c) : fold(c);
            h = (h ^ (f & 0xff)) * PRIME;
            h = (h ^ (f >>> 8)) * PRIME;
            started = true;
        }
        return h;
    }

    /** MurmurHash3's finaliser: every bit of the result depends on every bit of the FNV state. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The base id of a claim: that of its first source. */
    public static String of(Claim claim) {
        Source first = first(claim);
        return of(first.file(), first.quote(), claim.figure().text());
    }

    static Source first(Claim claim) {
        List<Source> sources = claim.sources();
        Source first = sources.get(0);
        for (int i = 1; i < sources.size(); i++) {
            if (FIRST_SOURCE.compare(sources.get(i), first) < 0) {
                first = sources.get(i);
            }
        }
        return first;
    }

    /** What a change keeps of its claim to find it again. */
    public static ClaimRef ref(Claim claim, String shownId) {
        Source first = first(claim);
        return new ClaimRef(shownId, first.file(), first.quote(), claim.figure().text(), claim.metric());
    }

    /**
     * Text as compared for ids: NFKC, lower case, straight quotes, plain hyphens, single spaces. One pass over the
     * characters (ids are worked out for every claim of every corpus version, so this runs tens of thousands of
     * times at a start); Unicode normalisation only for text that is not plain ASCII.
     */
    static String normalize(String text) {
        String n = foldable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c < 128) {
            return c == '`' ? '\'' : Character.toLowerCase(c);
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /**
     * True when every character is ASCII or one {@link #fold} maps and NFKC leaves alone (or maps to one it folds the
     * same way): such text needs no Unicode normalisation, and news text with curly quotes and dashes is mostly that.
     */
    private static boolean foldable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && "\u2018\u2019\u201A\u201C\u201D\u201E\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00A0".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
