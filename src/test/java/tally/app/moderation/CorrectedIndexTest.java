package tally.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static tally.app.compose.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.FigureQuery;
import tally.index.InMemoryCorpusIndex;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Moderation;

/** The corrected view answers every lookup as the port says, the same as the reference index when nothing is corrected. */
class CorrectedIndexTest {

    private final InMemoryCorpusIndex reference = index();
    private final CorrectedIndex view = new CorrectedIndex(reference, new CorrectedClaims(reference.claims(FigureQuery.all()), List.of()), 0);

    private static List<Claim> bare(List<Claim> claims) {
        return claims.stream().map(c -> c.withModeration(Moderation.NONE)).toList();
    }

    @Test
    void everyLookupMatchesTheReferenceIndexWhenNothingIsCorrected() {
        List<Set<Metric>> metricSets = List.of(Set.of(), Set.of(Metric.KILLED), EnumSet.of(Metric.KILLED, Metric.KILLED_OR_WOUNDED),
                EnumSet.of(Metric.DEPLOYED, Metric.PLANNED_DEPLOYMENT, Metric.CAPTURED), EnumSet.allOf(Metric.class));
        for (Set<Metric> metrics : metricSets) {
            for (String claimant : new String[] {null, "zelensky", "nis", "park_sun_won"}) {
                for (LocalDate since : new LocalDate[] {null, LocalDate.of(2024, 12, 20)}) {
                    FigureQuery q = new FigureQuery(metrics, claimant, since);
                    assertEquals(reference.claims(q), bare(view.claims(q)), q.toString());
                }
            }
        }
        assertEquals(reference.version(), view.version(), "nothing corrected: the same version");
        assertEquals(reference.passages("Kursk", 3), view.passages("Kursk", 3));
    }

    @Test
    void aCorrectedMetricMovesTheClaimToItsNewMetricInOrder() {
        String id = CorrectedClaims.ids(CLAIMS)[CLAIMS.indexOf(HUR_KILLED)];
        Change fix = new Change(1, Instant.EPOCH, new Actor("1"), Change.Action.FIX, ClaimKeys.ref(HUR_KILLED, id),
                Amendment.NONE, Amendment.NONE.withMetric(Metric.WOUNDED), "x", null, null);
        CorrectedIndex corrected = new CorrectedIndex(reference, new CorrectedClaims(CLAIMS, List.of(fix)), 1);
        assertEquals(List.of(), corrected.claims(new FigureQuery(Set.of(Metric.KILLED), "hur", null)));
        List<Claim> wounded = corrected.claims(new FigureQuery(EnumSet.of(Metric.WOUNDED, Metric.CAPTURED), null, null));
        assertEquals("some 200", wounded.stream().filter(c -> c.metric() == Metric.WOUNDED).findFirst().orElseThrow().figure().text());
        assertEquals(wounded.stream().sorted(tally.model.ClaimOrder.NEWEST_FIRST).toList(), wounded, "newest first");
        assertNotEquals(reference.version(), corrected.version());
    }
}
