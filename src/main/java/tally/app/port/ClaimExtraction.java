package tally.app.port;

import java.util.List;
import tally.model.AnalyzedCorpus;
import tally.model.Article;

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
}
