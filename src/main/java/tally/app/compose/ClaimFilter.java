package tally.app.compose;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Who;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * Which claims a question's claimant, party and period keep. Asking for a body includes its members (HUR includes
 * Budanov); asking for a party includes every claimant of that party; a claimant who only relayed a figure counts too.
 * A claim counts for a period when the span its date stands for (a day, a week, a month) overlaps it. A source the
 * directory does not list is asked for by its words ({@link SourceWords}): only an unlisted claimant or relay with
 * those words counts, never a listed one that merely shares a word. An outlet asked for counts the figures its own
 * articles report, whoever claims them.
 */
final class ClaimFilter implements Predicate<Claim> {

    private final ClaimantDirectory directory;
    private final @Nullable Claimant claimant;
    private final @Nullable String partyId;
    private final @Nullable Period period;
    private final @Nullable SourceWords unknown;
    /** Side by side, a claimant read with doubt has a side of its own ({@code Comparison}); elsewhere it is left out. */
    private final boolean sureOnly;

    ClaimFilter(ClaimantDirectory directory, ParsedQuestion question) {
        this.directory = directory;
        this.claimant = question.claimant();
        this.partyId = question.partyId();
        this.period = question.period();
        this.unknown = question.unknownSource() == null ? null : SourceWords.of(question.unknownSource());
        this.sureOnly = !question.sideBySide();
    }

    /** No claimant, party or period asked: every claim passes. */
    boolean keepsEverything() {
        return claimant == null && partyId == null && unknown == null && period == null;
    }

    @Override
    public boolean test(Claim claim) {
        return bySource(claim, claimant, partyId) && byUnknown(claim) && inPeriod(claim);
    }

    private boolean inPeriod(Claim claim) {
        return period == null || period.overlaps(claim);
    }

    /** Whether the question names a listed source or a party, whose claims read with doubt it leaves out. */
    boolean namesASource() {
        return sureOnly && (claimant != null || partyId != null);
    }

    /**
     * Whether the claim is left out only because its claimant, the source the question names, was read with doubt: the
     * reply says how many such figures it leaves out rather than show them as that source's (trial 9: "the latest
     * figure from Budanov" answered with figures shown "as worded: 'Yu'").
     */
    boolean leftOutAsDoubtful(Claim claim) {
        return namesASource() && !claim.certainty().claimant().certain() && byUnknown(claim) && inPeriod(claim)
                && !bySource(claim, claimant, partyId)
                && (claimant != null ? isOrBelongsTo(claim.claimant(), claimant.id())
                        : listedIn(claim.claimant(), partyId));
    }

    /** An unlisted source asked for by its words, or an outlet of that name: the figures its articles report. */
    private boolean byUnknown(Claim claim) {
        return unknown == null || unknown.name(claim.claimant())
                || claim.relayedBy() != null && unknown.name(claim.relayedBy())
                || claim.sources().stream().map(tally.model.Source::outlet).filter(java.util.Objects::nonNull)
                        .anyMatch(unknown::isWhole);
    }

    /** Whether one source a question names made or relayed the claim. */
    boolean by(Who who, Claim claim) {
        return bySource(claim, who.claimant(), who.partyId());
    }

    /**
     * A claimant read with doubt is shown as worded, so it is not counted as the source a question names, except side
     * by side, where it stands apart.
     */
    private boolean bySource(Claim claim, @Nullable Claimant wanted, @Nullable String party) {
        boolean sure = !sureOnly || claim.certainty().claimant().certain();
        if (wanted != null) {
            return sure && isOrBelongsTo(claim.claimant(), wanted.id())
                    || claim.relayedBy() != null && isOrBelongsTo(claim.relayedBy(), wanted.id())
                    || wanted.kind() == Claimant.Kind.MEDIA && publishedBy(claim, wanted.id());
        }
        if (party != null) {
            return sure && listedIn(claim.claimant(), party)
                    || claim.relayedBy() != null && listedIn(claim.relayedBy(), party);
        }
        return true;
    }

    /** The name of the party a listed claimant belongs to ("South Korea"), empty for an unlisted or unnamed one. */
    java.util.Optional<String> partyName(Claimant who) {
        String party = partyOf(who);
        return party == null ? java.util.Optional.empty()
                : java.util.Optional.of(directory.party(party).map(tally.config.ClaimantsConfig.Party::name).orElse(party));
    }

    private boolean listedIn(Claimant who, String party) {
        return party.equals(partyOf(who));
    }

    /**
     * A listed claimant belongs to its party; an unlisted source only when its words are the party's own name ("South
     * Korea said ..." is South Korea speaking; "a senior US defence official" is not the United States). Filtering and
     * side-by-side grouping both ask this, so a source is never filed under a party it is not counted in, or the reverse.
     */
    private @Nullable String partyOf(Claimant who) {
        if (who.listed()) {
            return who.known() ? directory.partyOf(who.id()) : null;
        }
        return who.known() ? directory.partyNamedBy(who.name()).orElse(null) : null;
    }

    /**
     * "What did Al Jazeera report?": an outlet asked for reports the figures of its own articles, whoever claims them
     * (trial 6: it was told Al Jazeera had no figures, though its article gives the NIS's). The article's outlet names
     * the medium when the directory reads it as one of its names.
     */
    private boolean publishedBy(Claim claim, String mediumId) {
        return claim.sources().stream().map(tally.model.Source::outlet).filter(java.util.Objects::nonNull)
                .anyMatch(outlet -> directory.claimants(outlet).stream().anyMatch(m -> m.id().equals(mediumId)));
    }

    /** Follows memberOf upwards, a few steps at most, so a cycle in a moderator's edit cannot loop forever. */
    private boolean isOrBelongsTo(Claimant who, String wantedId) {
        if (!who.listed()) {
            return false;
        }
        String id = who.id();
        for (int depth = 0; id != null && depth < 5; depth++) {
            if (id.equals(wantedId)) {
                return true;
            }
            id = directory.memberOf(id);
        }
        return false;
    }
}
