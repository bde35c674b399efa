package tally.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure that a named party claims, never a fact. {@code relayedBy} is who passed it on ("a lawmaker, citing the
 * spy agency": claimant NIS, relayed by the lawmaker). The same claim reported by several articles is one claim with
 * several sources. {@code scope} says what stretch the figure covers (only totals are compared); {@code certainty}
 * says which of metric, claimant and date the extractor could not read for sure. {@code moderation} carries the claim's
 * stable id and the fields moderators corrected (see {@link Moderation}); the extractor leaves it at
 * {@link Moderation#NONE}.
 */
public record Claim(
        Metric metric,
        Figure figure,
        Claimant claimant,
        @Nullable Claimant relayedBy,
        ClaimDate claimDate,
        List<Source> sources,
        Scope scope,
        Certainty certainty,
        Moderation moderation) {

    public Claim {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimDate, "claimDate");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(certainty, "certainty");
        if (moderation == null) {
            // a claim read back from a store written before moderation existed
            moderation = Moderation.NONE;
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one source");
        }
    }

    /** A claim as the extractor makes it: nothing moderated yet. */
    public Claim(Metric metric, Figure figure, Claimant claimant, @Nullable Claimant relayedBy, ClaimDate claimDate,
                 List<Source> sources, Scope scope, Certainty certainty) {
        this(metric, figure, claimant, relayedBy, claimDate, sources, scope, certainty, Moderation.NONE);
    }

    /** A cumulative figure read without doubt: the common case, and what tests build by default. */
    public Claim(Metric metric, Figure figure, Claimant claimant, @Nullable Claimant relayedBy, ClaimDate claimDate,
                 List<Source> sources) {
        this(metric, figure, claimant, relayedBy, claimDate, sources, Scope.TOTAL, Certainty.CERTAIN);
    }

    public Claim withSources(List<Source> newSources) {
        return new Claim(metric, figure, claimant, relayedBy, claimDate, newSources, scope, certainty, moderation);
    }

    /**
     * This claim re-dated. A source that gave it the old date (set when an article's reports of one claim were merged)
     * now gives the new one, so an occasion's date found later in the article reaches the source a reader and the
     * labelled score see; a source that gave a date of its own keeps it.
     */
    public Claim withClaimDate(ClaimDate date) {
        List<Source> redated = sources.stream()
                .map(s -> claimDate.equals(s.claimDate()) ? s.withClaimDate(date) : s).toList();
        return new Claim(metric, figure, claimant, relayedBy, date, redated, scope, certainty, moderation);
    }

    public Claim withScope(Scope newScope) {
        return new Claim(metric, figure, claimant, relayedBy, claimDate, sources, newScope, certainty, moderation);
    }

    public Claim withCertainty(Certainty newCertainty) {
        return new Claim(metric, figure, claimant, relayedBy, claimDate, sources, scope, newCertainty, moderation);
    }

    public Claim withModeration(Moderation newModeration) {
        return new Claim(metric, figure, claimant, relayedBy, claimDate, sources, scope, certainty, newModeration);
    }

    /**
     * How {@code source} words this claim: its own wording when it has one ({@link Source#wording()}: a claim merged
     * from several articles keeps each one's words), else the claim's figure as the first article worded it.
     */
    public String wordingIn(Source source) {
        return source.wording() != null ? source.wording() : figure.text();
    }

    /**
     * The earliest publication date among the articles that report this claim, or null when none has one: no claim
     * is made after it is first reported, so a date known only to its week or month ends there (trial 18: a claim
     * "known only to the week of 30 Dec 2024", reported on 30 Dec, was matched to "in 2025").
     */
    public java.time.@Nullable LocalDate firstReported() {
        return sources.stream().map(Source::published).filter(Objects::nonNull).map(Published::date)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** Only a certain total can be one end of a spread or one side of a revision. */
    public boolean comparable() {
        return scope == Scope.TOTAL && certainty.allCertain();
    }
}
