package tally.app.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tally.app.answer.Revision;
import tally.model.Claim;
import tally.model.DateBasis;
import tally.model.Figure;

/**
 * When one claimant's figure for one metric changes between dated claims, each change is a revision from the earlier
 * claim to the later one. Called per metric group, so a killed figure is never compared with a combined
 * killed-or-wounded one. Only comparable totals take part ({@link Claim#comparable()}): a count for one weekend is no
 * revision of a total, and a claim read with doubt starts none. Only listed claimants take part (the directory makes
 * "Zelensky" and "the Ukrainian president" one claimant; an unlisted or unnamed source is not known to be the same
 * party twice). Undated claims have no order, and a vague figure ("thousands") is no number to revise. Figures of the
 * same day are no revision either.
 */
final class Revisions {

    private Revisions() {
    }

    static List<Revision> of(List<Claim> oneMetric) {
        Map<String, List<Claim>> byClaimant = new LinkedHashMap<>();
        for (Claim c : oneMetric) {
            if (c.comparable() && c.claimant().known() && c.claimant().listed() && c.claimDate().known()
                    && !c.figure().vague()) {
                byClaimant.computeIfAbsent(c.claimant().id(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Revision> revisions = new ArrayList<>();
        for (List<Claim> claims : byClaimant.values()) {
            // Within one day a claim with a stated date goes last, so it is the one a later figure is compared with.
            List<Claim> oldestFirst = claims.stream().sorted(Comparator.comparing(Revisions::date)
                    .thenComparing(c -> c.claimDate().basis() == DateBasis.STATED)).toList();
            Claim previous = null;
            for (Claim c : oldestFirst) {
                if (previous != null && !date(previous).equals(date(c)) && !sameFigure(previous.figure(), c.figure())) {
                    revisions.add(new Revision(c.claimant(), previous, c));
                }
                previous = c;
            }
        }
        revisions.sort(Comparator.comparing((Revision r) -> date(r.after())).reversed()
                .thenComparing(r -> r.claimant().id()));
        return revisions;
    }

    private static LocalDate date(Claim c) {
        return Objects.requireNonNull(c.claimDate().date());
    }

    /** "4,000" and "about 4,000" are the same figure. */
    private static boolean sameFigure(Figure a, Figure b) {
        return Objects.equals(a.low(), b.low()) && Objects.equals(a.high(), b.high());
    }
}
