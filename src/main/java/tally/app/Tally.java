package tally.app;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Who;
import tally.model.Metric;
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

    /**
     * Answers {@code question} as the asker's next after {@code earlier} (their last questions, oldest first; empty for
     * none): a follow-up ("and how many were wounded?", "what about Zelensky?") keeps the source, period and measures
     * of what was asked before that it does not name anew, and the answer's note says so.
     */
    Answer ask(String question, List<String> earlier);

    /**
     * Whether {@code question} opens as a follow-up ("and ...", "what about ..."), asks about the last answer
     * ("source?", "when was that?") or names only a time ("in January 2025?"), so that it is asked after the
     * asker's last question; cheap (one parse of the question), and reads no index: adapters keep a plain question's
     * cached answer free.
     */
    boolean followsOn(String question);

    /** The claims themselves, newest first. */
    List<Claim> figures(FigureQuery query);

    /**
     * The source a member typed outside a question ({@code chart --claimant}, {@code /figures claimant:}), read as
     * {@code ask} reads one: an id, an alias, a party ("Seoul"), a misspelt name; empty when none is named. This default
     * knows ids only, for implementations without a question parser (test fakes).
     */
    default Optional<Who> source(String typed) {
        String id = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return claimants().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> new Who(c, null, c.name()));
    }

    /**
     * The claims of {@code query} that {@code who} (from {@link #source}) made or relayed, newest first; every claim of
     * the query when null. The query's own claimant is ignored. This default knows claimants only, not parties.
     */
    default List<Claim> figures(FigureQuery query, @Nullable Who who) {
        if (who == null) {
            return figures(new FigureQuery(query.metrics(), null, query.since()));
        }
        return who.claimant() == null ? List.of()
                : figures(new FigureQuery(query.metrics(), who.claimant().id(), query.since()));
    }

    /**
     * The competing figures of every measure, for moderators to post and pin: per measure, the newest
     * claims and both ends of the spread, with a count of the rest (bounded, so it fits a message); {@link #figures}
     * lists every claim.
     */
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

    /**
     * The moderators' use cases (corrections, the change log, reports, pinned summaries) over this corpus; empty
     * where no moderation store is wired (tests of other layers, the benchmark's bare engine).
     */
    default Optional<tally.app.moderation.Moderator> moderator() {
        return Optional.empty();
    }


    /**
     * The picture of one metric's disagreement over time (one series per claimant) for a claimant or everyone, or
     * empty when this Tally draws no charts or no claim has a date and a number. {@code who} null: everyone.
     */
    default Optional<Picture> timeline(Metric metric, @Nullable Who who) {
        return Optional.empty();
    }

    /** A drawn timeline: what it shows and the PNG of it. */
    record Picture(Timeline timeline, byte[] png) {
        public Picture {
            java.util.Objects.requireNonNull(timeline, "timeline");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    record ArticleClaims(ArticleInfo article, List<Claim> claims) {
        public ArticleClaims {
            claims = List.copyOf(claims);
        }
    }
}
