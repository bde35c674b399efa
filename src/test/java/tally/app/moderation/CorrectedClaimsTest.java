package tally.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimField;
import tally.model.Claimant;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

/** Ids, and corrections finding their claim again in a new extraction. */
class CorrectedClaimsTest {

    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
    private static final Actor MOD = new Actor("42");

    private long nextId = 1;

    private Change change(Claim target, Change.Action action, Amendment after) {
        String id = CorrectedClaims.ids(CLAIMS)[CLAIMS.indexOf(target)];
        return new Change(nextId++, T, MOD, action, ClaimKeys.ref(target, id), Amendment.NONE, after, "because", null, null);
    }

    private static String idOf(CorrectedClaims claims, Claim extracted) {
        return claims.entries().stream().filter(e -> e.extracted().equals(extracted)).findFirst().orElseThrow().id();
    }

    @Test
    void everyClaimGetsADistinctIdThatAddingOtherArticlesDoesNotChange() {
        CorrectedClaims before = new CorrectedClaims(CLAIMS, List.of());
        assertEquals(CLAIMS.size(), new HashSet<>(before.entries().stream().map(CorrectedClaims.Entry::id).toList()).size());
        assertTrue(before.shown().stream().allMatch(c -> c.moderation().id() != null));
        Claim added = claim(Metric.KILLED, fig(500L, 500L, "500"), "nis", null, day(2025, 3, 1), KYIV, 0);
        List<Claim> more = new ArrayList<>(CLAIMS);
        more.add(0, added);
        CorrectedClaims after = new CorrectedClaims(more, List.of());
        for (Claim c : CLAIMS) {
            assertEquals(idOf(before, c), idOf(after, c), c.figure().text());
        }
    }

    @Test
    void aClaimReportedByASecondArticleKeepsItsIdAndEachSourceFindsIt() {
        CorrectedClaims before = new CorrectedClaims(CLAIMS, List.of());
        String id = idOf(before, HUR_KILLED);
        List<Source> sources = new ArrayList<>(HUR_KILLED.sources());
        sources.add(Source.of(PRAVDA, "Ukraine's intelligence said some 200 were killed."));
        Claim merged = HUR_KILLED.withSources(sources);
        List<Claim> now = new ArrayList<>(CLAIMS);
        now.set(CLAIMS.indexOf(HUR_KILLED), merged);
        CorrectedClaims after = new CorrectedClaims(now, List.of());
        assertEquals(id, idOf(after, merged));
        String secondKey = ClaimKeys.of(PRAVDA.file(), "Ukraine's intelligence said some 200 were killed.", "some 200");
        assertEquals(id, after.find(secondKey).orElseThrow().id());
    }

    @Test
    void twoClaimsOfOneSentenceWithTheSameWordingAreToldApartByMetric() {
        Claim killed = claim(Metric.KILLED, fig(100L, 100L, "100"), "nis", null, day(2025, 1, 1), KYIV, 0);
        Claim wounded = new Claim(Metric.WOUNDED, killed.figure(), killed.claimant(), null, killed.claimDate(), killed.sources());
        CorrectedClaims claims = new CorrectedClaims(List.of(killed, wounded), List.of());
        String base = ClaimKeys.of(killed);
        assertEquals(base + "-killed", idOf(claims, killed));
        assertEquals(base + "-wounded", idOf(claims, wounded));
        Change hideWounded = new Change(1, T, MOD, Change.Action.HIDE, ClaimKeys.ref(wounded, base + "-wounded"),
                Amendment.hiding(false), Amendment.hiding(true), "x", null, null);
        CorrectedClaims hidden = new CorrectedClaims(List.of(killed, wounded), List.of(hideWounded));
        assertEquals(List.of(Metric.KILLED), hidden.shown().stream().map(Claim::metric).toList());
    }

    @Test
    void aHiddenClaimLeavesTheListButIsStillFoundById() {
        CorrectedClaims claims = new CorrectedClaims(CLAIMS, List.of(change(HUR_KILLED, Change.Action.HIDE, Amendment.hiding(true))));
        assertEquals(CLAIMS.size() - 1, claims.shown().size());
        assertFalse(claims.shown().stream().anyMatch(c -> c.figure().text().equals("some 200")));
        CorrectedClaims.Entry entry = claims.find(idOf(claims, HUR_KILLED)).orElseThrow();
        assertTrue(entry.hidden());
        assertTrue(claims.changesAnything());
    }

    @Test
    void aFixSetsTheFieldsMarksThemCorrectedAndCountsThemAsCertain() {
        Claim uncertain = NIS_DEPLOYED.withCertainty(Certainty.CERTAIN.withClaimant(
                Certainty.Field.doubt("claimant from a previous sentence", "it")));
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.set(CLAIMS.indexOf(NIS_DEPLOYED), uncertain);
        Claimant pentagon = claimant("pentagon");
        Amendment after = Amendment.NONE.withClaimant(pentagon).withScope(Scope.SUBSET).withRelay(null);
        Change fix = new Change(1, T, MOD, Change.Action.FIX, ClaimKeys.ref(uncertain, ClaimKeys.of(uncertain)),
                Amendment.NONE, after, "x", null, null);
        Claim shown = new CorrectedClaims(claims, List.of(fix)).find(ClaimKeys.of(uncertain)).orElseThrow().shown();
        assertEquals(pentagon, shown.claimant());
        assertEquals(Scope.SUBSET, shown.scope());
        assertNull(shown.relayedBy());
        assertTrue(shown.certainty().claimant().certain());
        // the relay set to none was none already: no correction (trial 10)
        assertEquals(java.util.Set.of(ClaimField.CLAIMANT, ClaimField.SCOPE), shown.moderation().corrected());
        assertEquals("claimant and scope corrected by moderators", shown.moderation().note());
        assertEquals(uncertain.metric(), shown.metric(), "untouched fields stay");
    }

    @Test
    void aCorrectedDateReachesTheSourcesThatGaveTheDateReadAndNotOneThatDatedTheClaimItself() {
        // trial 17: `figures --json` showed the corrected claimDate beside each source's old one
        List<Source> sources = new ArrayList<>(List.of(NIS_DEPLOYED.sources().get(0).withClaimDate(NIS_DEPLOYED.claimDate())));
        sources.add(Source.of(PRAVDA, "The NIS said on Monday that 11,000 were sent.").withClaimDate(day(2024, 10, 7)));
        Claim merged = NIS_DEPLOYED.withSources(sources);
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.set(CLAIMS.indexOf(NIS_DEPLOYED), merged);
        Change fix = new Change(1, T, MOD, Change.Action.FIX, ClaimKeys.ref(merged, ClaimKeys.of(merged)),
                Amendment.NONE, Amendment.NONE.withDate(day(2024, 11, 2)), "x", null, null);
        Claim shown = new CorrectedClaims(claims, List.of(fix)).find(ClaimKeys.of(merged)).orElseThrow().shown();
        assertEquals(day(2024, 11, 2), shown.claimDate());
        assertEquals(List.of(day(2024, 11, 2), day(2024, 10, 7)), shown.sources().stream().map(Source::claimDate).toList());
        assertEquals(java.util.Set.of(ClaimField.DATE), shown.moderation().corrected());
    }

    @Test
    void laterChangesWinFieldByFieldAndAnUndoneChangeDoesNothing() {
        Change first = change(ZELENSKY_JAN, Change.Action.FIX, Amendment.NONE.withMetric(Metric.KILLED).withScope(Scope.PERIOD));
        Change second = change(ZELENSKY_JAN, Change.Action.FIX, Amendment.NONE.withMetric(Metric.WOUNDED));
        Change undone = new Change(nextId++, T, MOD, Change.Action.FIX, first.target(), Amendment.NONE,
                Amendment.NONE.withScope(Scope.FORECAST), "x", null, 99L);
        Claim shown = new CorrectedClaims(CLAIMS, List.of(first, second, undone))
                .find(first.target().id()).orElseThrow().shown();
        assertEquals(Metric.WOUNDED, shown.metric());
        assertEquals(Scope.PERIOD, shown.scope());
    }

    @Test
    void aChangeWhoseClaimIsGoneIsListedAsMissing() {
        Change hide = change(HUR_KILLED, Change.Action.HIDE, Amendment.hiding(true));
        List<Claim> without = CLAIMS.stream().filter(c -> c != HUR_KILLED).toList();
        CorrectedClaims claims = new CorrectedClaims(without, List.of(hide));
        assertEquals(List.of(hide), claims.missing());
        assertFalse(claims.changesAnything());
        assertEquals(without.size(), claims.shown().size());
    }

    @Test
    void aSentenceTheExtractorNowCutsLongerStillFindsItsClaim() {
        Change hide = change(HUR_KILLED, Change.Action.HIDE, Amendment.hiding(true));
        Source old = HUR_KILLED.sources().get(0);
        Claim recut = HUR_KILLED.withSources(List.of(new Source(old.file(), old.outlet(), old.title(), old.url(),
                old.published(), old.quote() + " The figure could not be verified.")));
        assertNotEquals(ClaimKeys.of(HUR_KILLED), ClaimKeys.of(recut), "the key itself changed");
        List<Claim> now = new ArrayList<>(CLAIMS);
        now.set(CLAIMS.indexOf(HUR_KILLED), recut);
        CorrectedClaims claims = new CorrectedClaims(now, List.of(hide));
        assertEquals(List.of(), claims.missing());
        assertTrue(claims.find(ClaimKeys.of(recut)).orElseThrow().hidden());
    }

    @Test
    void aFigureTheExtractorNowWordsMoreFullyStillFindsItsClaim() {
        Change fix = change(ZELENSKY_JAN, Change.Action.FIX, Amendment.NONE.withScope(Scope.PERIOD));
        Claim reworded = new Claim(ZELENSKY_JAN.metric(), fig(4000L, null, "more than 4,000"), ZELENSKY_JAN.claimant(),
                null, ZELENSKY_JAN.claimDate(), ZELENSKY_JAN.sources());
        List<Claim> now = new ArrayList<>(CLAIMS);
        now.set(CLAIMS.indexOf(ZELENSKY_JAN), reworded);
        CorrectedClaims claims = new CorrectedClaims(now, List.of(fix));
        assertEquals(Scope.PERIOD, claims.find(ClaimKeys.of(reworded)).orElseThrow().shown().scope());
    }

    @Test
    void aDifferentFigureInTheSameFileIsNotTakenForTheCorrectedOne() {
        Change fix = change(ZELENSKY_JAN, Change.Action.FIX, Amendment.NONE.withScope(Scope.PERIOD));
        Claim other = new Claim(ZELENSKY_JAN.metric(), fig(5000L, 5000L, "5,000"), ZELENSKY_JAN.claimant(),
                null, ZELENSKY_JAN.claimDate(), ZELENSKY_JAN.sources());
        List<Claim> now = new ArrayList<>(CLAIMS);
        now.set(CLAIMS.indexOf(ZELENSKY_JAN), other);
        CorrectedClaims claims = new CorrectedClaims(now, List.of(fix));
        assertEquals(List.of(fix), claims.missing());
        assertEquals(Scope.TOTAL, claims.find(ClaimKeys.of(other)).orElseThrow().shown().scope());
    }

    @Test
    void aSentenceThatSharesFewWordsIsNotTheSameSentence() {
        assertTrue(ClaimFinder.sameSentence("nis said 100 were killed in kursk", "nis said 100 were killed in kursk on monday"));
        assertFalse(ClaimFinder.sameSentence("nis said 100 were killed", "the pentagon estimated 100 had been captured near pokrovsk"));
        assertTrue(ClaimFinder.sameFigure("more than 4,000", "4,000"));
        assertTrue(ClaimFinder.sameFigure("4000", "4,000"));
        assertFalse(ClaimFinder.sameFigure("40", "4,000"));
        assertFalse(ClaimFinder.sameFigure("hundreds", "thousands"));
    }
}
