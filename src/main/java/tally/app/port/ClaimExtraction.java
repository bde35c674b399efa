package tally.app.port;

import java.util.List;
import java.util.Map;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;

/** Port: turns loaded articles into merged claims (and infers missing publication dates). */
public interface ClaimExtraction {

    /**
     * The claims of the whole corpus, merged across articles, and the articles with their inferred publication dates.
     * Called again with the whole corpus after every change; an implementation may keep each article's own reading
     * between calls (see {@link #version()}), but the result must equal what a fresh instance would return.
     */
    AnalyzedCorpus analyze(List<Article> articles);

    /**
     * Names the rules and word lists this extraction reads with. Claims stored with one version are reused only by the
     * same version: a changed lexicon or extractor means the corpus is read again. The default suits extractions
     * whose rules never change (test doubles).
     */
    default String version() {
        return getClass().getName();
    }

    /**
     * Articles' own claims (each read on its own, before merging) from the latest {@link #analyze}, for the articles
     * an implementation can take back by their claims alone: what {@link #keep} takes back, so another process with
     * the same {@link #version()} need not read them again. Keyed by the article as it was read (its publication date
     * included, so an article read against another date is not matched). Default: none.
     */
    default Map<Article, List<Claim>> ownReadings() {
        return Map.of();
    }

    /**
     * Takes back readings an earlier {@link #ownReadings} gave (same {@link #version()}): the next {@link #analyze}
     * reads only the articles not among them. The result of {@link #analyze} must not change. Default: ignored.
     */
    default void keep(Map<Article, List<Claim>> readings) {
    }
}
