package tally.adapter.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * How one extracted claim is compared with one gold row: the same figure (metric and bounds; a vague figure by its
 * wording), the same claimant (a listed one by id, an unlisted one by its words, none for the article's own voice),
 * the same relay, the same date. Words are compared folded: case, typographic quotes, accents, a leading article and
 * punctuation do not count.
 */
final class GoldMatch {

    private GoldMatch() {
    }

    static boolean sameFigure(GoldFile.Claim row, Claim c) {
        return row.metric().equals(c.metric().id()) && sameNumber(row, c);
    }

    /** The bounds agree (for a vague figure: the wording), whatever the metric. */
    static boolean sameNumber(GoldFile.Claim row, Claim c) {
        if (row.vague()) {
            if (!c.figure().vague()) {
                return false;
            }
            String want = words(row.text());
            String got = words(c.figure().text());
            return got.equals(want) || got.endsWith(" " + want) || want.endsWith(" " + got);
        }
        return Objects.equals(row.low(), c.figure().low()) && Objects.equals(row.high(), c.figure().high());
    }

    /** Without a directory: no claimant belongs to a party. */
    static final Function<String, String> NO_PARTIES = id -> null;

    static boolean sameClaimant(@Nullable String words, @Nullable String id, Claimant got) {
        return sameClaimant(words, id, got, NO_PARTIES);
    }

    /**
     * The extractor's claimant is the reader's: the same id; or the reader gave a party's id ("south_korea", when the
     * article names only a whole side) and the claimant belongs to that party ({@code partyOf}, from the directory);
     * or an unlisted source named in the reader's words. The article's own voice (no words, no id) wants no claimant.
     */
    static boolean sameClaimant(@Nullable String words, @Nullable String id, Claimant got,
                                Function<String, String> partyOf) {
        if (words == null && id == null) {
            return !got.known();
        }
        if (!got.known()) {
            return false;
        }
        if (!got.listed()) {
            return sameWords(words, got.name());
        }
        return id != null && (got.id().equals(id) || id.equals(partyOf.apply(got.id())));
    }

    static boolean sameRelay(GoldFile.Claim row, @Nullable Claimant got, Function<String, String> partyOf) {
        if (row.relayedBy() == null && row.relayedById() == null) {
            return got == null;
        }
        return got != null && sameClaimant(row.relayedBy(), row.relayedById(), got, partyOf);
    }

    static boolean sameDate(GoldFile.Claim row, Claim c) {
        return Objects.equals(row.claimDate(), c.claimDate().iso());
    }

    /** One of the claim's quotes is one of the row's sentences (either may hold the other, as splitters differ). */
    static boolean sameSentence(GoldFile.Claim row, List<String> quotes) {
        return row.sentences().stream().anyMatch(s -> quotes.stream().anyMatch(q -> overlaps(s, q)));
    }

    static boolean overlaps(String a, String b) {
        String x = squash(a);
        String y = squash(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /**
     * "a senior US defence official" and "senior U.S. defence official" are the same words; so is a naming that
     * holds the other whole ("South Korea's spy agency" in "Seoul's spy agency, South Korea's spy agency"), as long
     * as the shorter has two words or more.
     */
    static boolean sameWords(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = words(a);
        String y = words(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.contains(" ") && (" " + longer + " ").contains(" " + shorter + " ");
    }

    static String words(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT)
                .replace("u.s.", "us").replace("u.k.", "uk")
                .replaceAll("'s\\b", "s").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.replaceFirst("^(?:the|a|an) ", "");
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\u2018\u2019\u201C\u201D\"'\\s]+", "")
                .toLowerCase(Locale.ROOT);
    }
}
