package tally.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

class JsonContractTest {

    private static final Source SOURCE = new Source("a.txt", "Yonhap", null, null, null,
            "A senior US defence official said at least 30 were killed in the attack, Yonhap reported.");

    @Test
    void anUnlistedClaimantIsNamedInItsOwnWordsWithANullId() {
        Claim claim = new Claim(Metric.KILLED, new Figure(30L, null, "at least", "at least 30"),
                Claimant.unlisted("A senior US defence official", Claimant.Kind.PERSON),
                Claimant.unlisted("Yonhap", Claimant.Kind.MEDIA), ClaimDate.UNKNOWN, List.of(SOURCE));

        JsonNode json = JsonContract.claim(claim);

        assertEquals("A senior US defence official", json.get("claimant").asText());
        assertTrue(json.get("claimantId").isNull());
        assertEquals("Yonhap", json.get("relayedBy").asText());
        assertTrue(json.get("relayedById").isNull());
    }

    @Test
    void scopeAndEachFieldsCertaintyAreWrittenWithTheReasonAndTheSourcesWords() {
        Claim claim = new Claim(Metric.KILLED, new Figure(30L, null, "at least", "at least 30"),
                new Claimant("pentagon", "The Pentagon", Claimant.Kind.OFFICIAL_BODY), null,
                ClaimDate.day(LocalDate.of(2024, 12, 17), DateBasis.STATED), List.of(SOURCE), Scope.INCIDENT,
                Certainty.CERTAIN.withMetric(Certainty.Field.doubt("two verbs could govern this number", "killed")));

        JsonNode json = JsonContract.claim(claim);

        assertEquals("incident", json.get("scope").asText());
        assertEquals("pentagon", json.get("claimantId").asText());
        JsonNode metric = json.get("certainty").get("metric");
        assertFalse(metric.get("certain").asBoolean());
        assertEquals("two verbs could govern this number", metric.get("reason").asText());
        assertEquals("killed", metric.get("asWorded").asText());
        assertTrue(json.get("certainty").get("claimant").get("certain").asBoolean());
        assertFalse(json.get("certainty").get("date").has("reason"));
    }

    /**
     * Round 63: reports of one claim that word it "about 3,000" and "over 3,000" merge into one claim whose text,
     * qualifier and bounds are one report's; the claim's own fields must still carry the other's open bound.
     */
    @Test
    void aMergedClaimListsEveryWordingOfItsReportsSoNoOpenBoundIsDropped() {
        Source first = new Source("kbs1.txt", "KBS", null, null, null, "The NIS said about 3,000 were killed or wounded.")
                .withOwnClaim("about 3,000", ClaimDate.UNKNOWN);
        Source later = new Source("kbs2.txt", "KBS", null, null, null, "The NIS said over 3,000 were killed or wounded.")
                .withOwnClaim("over 3,000", ClaimDate.UNKNOWN);
        Claim merged = new Claim(Metric.KILLED_OR_WOUNDED, new Figure(3000L, 3000L, "about", "about 3,000"),
                new Claimant("nis", "South Korea's NIS", Claimant.Kind.OFFICIAL_BODY), null,
                ClaimDate.day(LocalDate.of(2025, 1, 14), DateBasis.REPORT_DATE), List.of(first, later));

        JsonNode json = JsonContract.claim(merged);

        assertEquals("about 3,000", json.get("text").asText());
        assertEquals(List.of("about 3,000", "over 3,000"), List.of(json.get("wordings").get(0).asText(),
                json.get("wordings").get(1).asText()));
        assertEquals(2, json.get("wordings").size());
        assertEquals("over 3,000", json.get("sources").get(1).get("wording").asText());
    }
}
