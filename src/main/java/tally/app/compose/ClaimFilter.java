package tally.app.compose;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;

/**
 * Which claims a question's claimant, party and period keep. Asking for a body includes its members (HUR includes
 * Budanov); asking for a party includes every claimant of that party; a claimant who only relayed a figure counts too.
 */
final class ClaimFilter implements Predicate<Claim> {

    private final ClaimantDirectory directory;
    private final @Nullable Claimant claimant;
    private final @Nullable String partyId;
    private final @Nullable Period period;

    ClaimFilter(ClaimantDirectory directory, ParsedQuestion question) {
        this.directory = directory;
        this.claimant = question.claimant();
        this.partyId = question.partyId();
        this.period = question.period();
    }

    /** No claimant, party or period asked: every claim passes. */
    boolean keepsEverything() {
        return claimant == null && partyId == null && period == null;
    }

    @Override
    public boolean test(Claim claim) {
        return bySource(claim) && inPeriod(claim.claimDate());
    }

    private boolean bySource(Claim claim) {
        if (claimant != null) {
            return isOrBelongsTo(claim.claimant(), claimant.id())
                    || claim.relayedBy() != null && isOrBelongsTo(claim.relayedBy(), claimant.id());
        }
        if (partyId != null) {
            return partyId.equals(directory.partyOf(claim.claimant().id()))
                    || claim.relayedBy() != null && partyId.equals(directory.partyOf(claim.relayedBy().id()));
        }
        return true;
    }

    /** Follows memberOf upwards, a few steps at most, so a cycle in a moderator's edit cannot loop forever. */
    private boolean isOrBelongsTo(Claimant who, String wantedId) {
        String id = who.id();
        for (int depth = 0; id != null && depth < 5; depth++) {
            if (id.equals(wantedId)) {
                return true;
            }
            id = directory.memberOf(id);
        }
        return false;
    }

    /** A claim counts when the span its date stands for (a day, a week, a month) overlaps the period asked. */
    private boolean inPeriod(ClaimDate date) {
        if (period == null) {
            return true;
        }
        LocalDate start = date.date();
        if (start == null) {
            return false;
        }
        LocalDate end = switch (date.precision()) {
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
        return !end.isBefore(period.from()) && !start.isAfter(period.to());
    }
}
