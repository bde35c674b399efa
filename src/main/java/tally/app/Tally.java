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

    /** How current the served corpus is; empty where the implementation does not track it (a fixed test corpus). */
    default Optional<Freshness> freshness() {
        return Optional.empty();
    }

    /**
     * The moderators' use cases (corrections, the change log, reports, pinned summaries) over this corpus; empty
     * where no moderation store is wired (tests of other layers, the benchmark's bare engine).
     */
    default Optional<tally.app.moderation.Moderator> moderator() {
        return Optional.empty();
    }

    record ArticleClaims(ArticleInfo article, List<Claim> claims) {
        public ArticleClaims {
            claims = List.copyOf(claims);
        }
    }
}
