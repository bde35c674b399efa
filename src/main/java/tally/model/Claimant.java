package tally.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A party that makes or relays claims. {@code listed} claimants come from config/claimants.json, which canonicalises
 * their many names; an unlisted one is a source the directory does not know ("a senior US defence official", "the
 * Kremlin's envoy"), kept in the source's own words: the directory canonicalises, it does not decide who may speak.
 */
public record Claimant(String id, String name, Kind kind, boolean listed) {

    public enum Kind { PERSON, OFFICIAL_BODY, MEDIA, GROUP, UNKNOWN }

    public static final Claimant UNKNOWN = new Claimant("unknown", "unnamed source", Kind.UNKNOWN);

    public Claimant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!snakeCase(id)) {
            throw new IllegalArgumentException("claimant id must be lower_snake_case: " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a claimant needs a name");
        }
    }

    /**
     * What the pattern [a-z0-9_]+ matches, checked by a loop: claimants are made for every figure and every sentence's
     * mentions, and a regex matcher for each was a per cent of extraction's CPU.
     */
    private static boolean snakeCase(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A claimant of config/claimants.json. */
    public Claimant(String id, String name, Kind kind) {
        this(id, name, kind, true);
    }

    /**
     * A source the directory does not list, named by its own words as the article gives them. Its id is derived from
     * those words (lower-case ASCII letters and digits joined by '_'), so the same words always make the same claimant.
     * Dots and apostrophes inside a word and a leading "the" are not part of the id: "The U.S.", "the US" and "US" are
     * one source, which charts drew as three series and a spread named as three claimants (trial 9).
     */
    public static Claimant unlisted(String words, Kind kind) {
        String name = words.strip().replaceAll("\\s+", " ");
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("(?<=[a-z0-9])[.'\u2019](?=[a-z0-9])|\\.$", "")
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "").replaceFirst("^the_(?=.)", "");
        String id = ascii.isEmpty() ? "source_" + Integer.toUnsignedString(name.hashCode(), 36) : ascii;
        return new Claimant(id, name, kind, false);
    }

    public boolean known() {
        return kind != Kind.UNKNOWN;
    }
}
