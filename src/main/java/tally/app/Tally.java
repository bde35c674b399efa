package tally.app;

import java.util.List;
import java.util.Optional;
import tally.app.answer.Answer;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.LoadProblem;

/**
 * Everything an adapter (command line, Discord, benchmark) may ask of Tally. Implementations are thread-safe: the bot
 * calls them from many threads at once.
 */
public interface Tally {

    /** Answers a free-text question with the competing figures, or the most relevant passages. */
    Answer ask(String question);

    /** The claims themselves, newest first. */
    List<Claim> figures(FigureQuery query);

    /** Every figure, grouped by metric, for moderators to post and pin. */
    Answer summary();

    List<ArticleInfo> articles();

    /** One article's claims; empty when no article has that file name. */
    Optional<ArticleClaims> article(String file);

    /** The claimants that occur in the corpus, for autocomplete. */
    List<Claimant> claimants();

    /** Changes whenever the corpus content changes; caches key on it. */
    String corpusVersion();

    /** Files that could not be loaded, with why. */
    List<LoadProblem> problems();

    /**
     * The corpus Tally answers from: version, counts, problems, and how the folder is followed (last check, last
     * change, a failed refresh, an index that could not be saved). Implementations that know no more than the
     * counts and problems may rely on this default.
     */
    default CorpusStatus status() {
        return new CorpusStatus(corpusVersion(), articles().size(), figures(FigureQuery.all()).size(), problems(),
                null, null, null, null, null, null, null);
    }

    /** How current the served corpus is; empty where the implementation does not track it (a fixed test corpus). */
    default Optional<Freshness> freshness() {
        return Optional.empty();
    }

    record ArticleClaims(ArticleInfo article, List<Claim> claims) {
        public ArticleClaims {
            claims = List.copyOf(claims);
        }
    }
}
