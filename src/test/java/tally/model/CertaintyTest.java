package tally.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertaintyTest {

    private static final Claim TOTAL = new Claim(Metric.KILLED, new Figure(100L, 100L, null, "100"),
            new Claimant("nis", "NIS", Claimant.Kind.OFFICIAL_BODY), null,
            ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED),
            List.of(new Source("a.txt", null, null, null, null, "100 were killed, the NIS said.")));

    @Test
    void anUncertainFieldMustSayWhy() {
        assertThrows(IllegalArgumentException.class, () -> new Certainty.Field(false, " ", null));
        assertThrows(IllegalArgumentException.class, () -> new Certainty.Field(true, "a reason", null));
        Certainty.Field doubt = Certainty.Field.doubt("claimant from a previous sentence", "  he  ");
        assertFalse(doubt.certain());
        assertEquals("he", doubt.asWorded());
        assertNull(Certainty.Field.doubt("two verbs could govern this number", " ").asWorded());
    }

    @Test
    void onlyACertainTotalIsComparable() {
        assertTrue(TOTAL.comparable());
        assertFalse(TOTAL.withScope(Scope.INCIDENT).comparable());
        assertFalse(TOTAL.withScope(Scope.FORECAST).comparable());
        Certainty doubtfulDate = Certainty.CERTAIN.withDate(Certainty.Field.doubt("date from a previous sentence", "then"));
        assertFalse(TOTAL.withCertainty(doubtfulDate).comparable());
        assertFalse(doubtfulDate.allCertain());
    }

    @Test
    void scopesAreFoundByTheirJsonNames() {
        for (Scope scope : Scope.values()) {
            assertEquals(scope, Scope.byId(" " + scope.id().toUpperCase() + " ").orElseThrow());
        }
        assertTrue(Scope.byId("cumulative").isEmpty());
    }
}
