package tally.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article that reports a claim, with the exact sentence it came from. {@code title} is the header's title, or for
 * an article without one its first line ({@link Article#headline()}). When several articles report the same claim,
 * each keeps its own {@code wording} of the figure ("at least 100" in one, "approximately 100" in another) and the
 * {@code claimDate} it gives; both are null until the claim merger fills them (a source read from an older index, or
 * built by hand, falls back to its claim's figure and date). {@code hedge} is the sentence's own words that hedge the
 * figure ("probably", "highly likely"; {@code hedges} in config/extraction.json), or null when it has none.
 */
public record Source(
        String file,
        @Nullable String outlet,
        @Nullable String title,
        @Nullable String url,
        @Nullable Published published,
        String quote,
        @Nullable String wording,
        @Nullable ClaimDate claimDate,
        @Nullable String hedge) {

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quote, "quote");
        if (wording != null && wording.isBlank()) {
            throw new IllegalArgumentException("a source's wording of a figure is null or words");
        }
        if (hedge != null && (hedge.isBlank() || !quote.contains(hedge))) {
            throw new IllegalArgumentException("a source's hedge is null or words of its own sentence: " + hedge);
        }
    }

    /** A source whose sentence does not hedge the figure (or was not read for it). */
    public Source(String file, @Nullable String outlet, @Nullable String title, @Nullable String url,
                  @Nullable Published published, String quote, @Nullable String wording, @Nullable ClaimDate claimDate) {
        this(file, outlet, title, url, published, quote, wording, claimDate, null);
    }

    /** A source whose wording and date of the claim are its claim's own. */
    public Source(String file, @Nullable String outlet, @Nullable String title, @Nullable String url,
                  @Nullable Published published, String quote) {
        this(file, outlet, title, url, published, quote, null, null);
    }

    public static Source of(Article article, String quote) {
        return new Source(article.file(), article.outlet(), article.headline(), article.url(), article.published(), quote);
    }

    /** This source with the wording and date it gives the claim, unless it already has its own. */
    public Source withOwnClaim(String figureWording, ClaimDate date) {
        return new Source(file, outlet, title, url, published, quote, wording != null ? wording : figureWording,
                claimDate != null ? claimDate : date, hedge);
    }

    /** This source giving its claim the date {@code date} instead of the one it had. */
    public Source withClaimDate(ClaimDate date) {
        return new Source(file, outlet, title, url, published, quote, wording, date, hedge);
    }

    /**
     * This source with the words by which its sentence hedges the figure ("probably", "highly likely"), or null: the
     * reply shows them beside the figure, since the figure alone reads firmer than the source put it.
     */
    public Source withHedge(@Nullable String words) {
        return new Source(file, outlet, title, url, published, quote, wording, claimDate, words);
    }

    public String outletOrFile() {
        return outlet != null ? outlet : file;
    }

    /** How a reader knows the article: its outlet, else its title, else its file name. */
    public String name() {
        if (outlet != null) {
            return outlet;
        }
        return title != null ? title : file;
    }
}
