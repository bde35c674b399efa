package tally.app.compose;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import tally.app.question.QuestionLexicon;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

/**
 * A figure whose own wording makes it an addition to an earlier count ("another 1,500", "1,500 more") is not a total,
 * whatever scope the extractor gave it: it is shown as part of the force and never stands at the end of a spread or in
 * a revision. The words are {@code increments} in config/questions.json. A casualty figure is left as it is: there
 * the words join it to a figure of another measure ("600 killed and another 4,100 wounded", "thousands more
 * wounded"), and the labelled corpus reads it as the toll of its own measure, which the extractor already tells apart.
 */
public final class Increments {

    /** No increment words: every claim keeps the scope the extractor gave it. */
    public static final Increments NONE = new Increments(List.of(), List.of());

    /** Measures of loss, whose "another" adds a measure to a sentence, not troops to a force. */
    private static final java.util.Set<Metric> CASUALTIES = java.util.EnumSet.of(Metric.KILLED, Metric.WOUNDED,
            Metric.KILLED_OR_WOUNDED);

    private final List<String> before;
    private final List<String> after;

    private Increments(List<String> before, List<String> after) {
        this.before = before.stream().map(w -> w.toLowerCase(Locale.ROOT).strip() + " ").toList();
        this.after = after.stream().map(w -> " " + w.toLowerCase(Locale.ROOT).strip()).toList();
    }

    public static Increments of(QuestionLexicon lexicon) {
        return new Increments(lexicon.increments().before(), lexicon.increments().after());
    }

    /**
     * Each claim read once, by identity: the index keeps its claims until it is read again, and looking into the
     * sources' sentences costs more than the rest of an answer's filtering.
     */
    private final Cache<Claim, Claim> read = Caffeine.newBuilder().weakKeys().build();

    /** The claim as a part of the force when its wording is an increment, else unchanged. */
    public Claim rescope(Claim claim) {
        if (claim.scope() != Scope.TOTAL || CASUALTIES.contains(claim.metric())) {
            return claim;
        }
        return read.get(claim, this::rescoped);
    }

    private Claim rescoped(Claim claim) {
        String text = claim.figure().text().toLowerCase(Locale.ROOT).strip();
        boolean increment = before.stream().anyMatch(text::startsWith) || after.stream().anyMatch(text::endsWith)
                || claim.sources().stream().anyMatch(s -> incrementAfter(s, claim));
        return increment ? claim.withScope(Scope.SUBSET) : claim;
    }

    /**
     * The source's sentence goes on from the figure with an increment word ("sent more than 1,000 additional troops",
     * "about 3,000 more soldiers"): the extractor's wording stops at the number (trial 9: two such figures of one
     * claimant were called a revision of a total).
     */
    private boolean incrementAfter(Source source, Claim claim) {
        String wording = claim.wordingIn(source).toLowerCase(Locale.ROOT);
        if (wording.isBlank()) {
            return false;
        }
        String quote = source.quote().toLowerCase(Locale.ROOT);
        int at = quote.indexOf(wording);
        if (at < 0) {
            return false;
        }
        String rest = quote.substring(at + wording.length());
        return after.stream().anyMatch(w -> rest.startsWith(w)
                && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length()))));
    }
}
