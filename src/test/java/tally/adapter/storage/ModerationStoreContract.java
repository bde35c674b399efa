package tally.adapter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.app.moderation.Actor;
import tally.app.moderation.Amendment;
import tally.app.moderation.Change;
import tally.app.moderation.ClaimRef;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Refusal;
import tally.app.moderation.Report;
import tally.app.port.ModerationStore;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Metric;
import tally.model.Scope;

/** What every {@link ModerationStore} does: in memory, SQLite and PostgreSQL run these same tests. */
abstract class ModerationStoreContract {

    static final Instant T0 = Instant.parse("2026-11-30T10:00:00.123Z");
    static final Actor MOD = new Actor("123456789012345678");
    static final Actor CLI = Actor.cli("alice");
    static final ClaimRef CLAIM = new ClaimRef("k7q2m9xw4d", "001_nis.txt",
            "South Korea’s spy agency said “about 100” North Korean soldiers — “at least” — had been killed.",
            "about 100", Metric.KILLED);
    static final ClaimRef OTHER = new ClaimRef("a1b2c3d4e5", "002_jcs.txt", "JCS said 1,100 were killed or wounded.",
            "1,100", Metric.KILLED_OR_WOUNDED);
    static final Claimant NIS = new Claimant("nis", "South Korea's National Intelligence Service (NIS)",
            Claimant.Kind.OFFICIAL_BODY);

    ModerationStore store;

    /** A new, empty store. */
    abstract ModerationStore open() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        QuietLogs.databases();
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Change.Draft fix(ClaimRef claim, Amendment before, Amendment after, Instant at) {
        return new Change.Draft(at, MOD, Change.Action.FIX, claim, before, after, "the article says NIS");
    }

    static Change.Draft hide(ClaimRef claim, Instant at) {
        return new Change.Draft(at, CLI, Change.Action.HIDE, claim, Amendment.hiding(false), Amendment.hiding(true),
                "not about North Korean troops");
    }

    @Test
    void aChangeComesBackAsWrittenWithTheNextId() {
        Amendment before = Amendment.NONE.withClaimant(Claimant.unlisted("a senior official", Claimant.Kind.PERSON))
                .withRelay(NIS).withDate(ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.REPORT_DATE));
        Amendment after = Amendment.NONE.withClaimant(NIS).withRelay(null).withDate(ClaimDate.month(LocalDate.of(2024, 12, 5)))
                .withMetric(Metric.KILLED_OR_WOUNDED).withScope(Scope.PERIOD);
        Change written = store.append(fix(CLAIM, before, after, T0));
        assertEquals(1, written.id());
        Change read = store.changes().get(0);
        assertEquals(written, read);
        assertEquals(CLAIM, read.target());
        assertEquals(T0, read.at());
        assertEquals(MOD, read.actor());
        assertEquals(Change.Action.FIX, read.action());
        assertEquals("a senior official", read.before().claimant().name());
        assertFalse(read.before().claimant().listed());
        assertEquals(NIS, read.after().claimant());
        assertTrue(read.after().relaySet());
        assertNull(read.after().relay(), "relay set to none");
        assertEquals(ClaimDate.month(LocalDate.of(2024, 12, 1)), read.after().date());
        assertEquals(Scope.PERIOD, read.after().scope());
        assertEquals(Metric.KILLED_OR_WOUNDED, read.after().metric());
        assertTrue(read.inForce());
        assertEquals(2, store.append(hide(OTHER, T0.plusSeconds(1))).id());
        assertEquals(List.of(1L, 2L), store.changes().stream().map(Change::id).toList());
    }

    @Test
    void theRevisionGrowsWithEveryChangeAndOnlyWithChanges() {
        assertEquals(0, store.revision());
        store.append(hide(CLAIM, T0));
        assertEquals(1, store.revision());
        store.file(new Report(0, MOD, CLAIM, Report.Reason.WRONG_DATE, null, T0, null));
        store.savePin(pin("900", T0));
        assertEquals(1, store.revision());
        store.undo(1, T0.plusSeconds(5), CLI, "hid the wrong claim");
        assertEquals(2, store.revision());
    }

    @Test
    void undoAppendsTheReverseAndTakesTheChangeOutOfForce() {
        Change hid = store.append(hide(CLAIM, T0));
        Change undo = store.undo(hid.id(), T0.plusSeconds(60), CLI, "hid the wrong claim");
        assertEquals(2, undo.id());
        assertEquals(Change.Action.UNDO, undo.action());
        assertEquals(1L, undo.undoes());
        assertEquals(CLAIM, undo.target());
        assertEquals(hid.after(), undo.before());
        assertEquals(hid.before(), undo.after());
        assertEquals("hid the wrong claim", undo.reason());
        List<Change> log = store.changes();
        assertEquals(2L, log.get(0).undoneBy());
        assertFalse(log.get(0).inForce());
        assertTrue(log.get(1).inForce());
    }

    @Test
    void undoingAnUndoPutsTheChangeBackInForce() {
        store.append(hide(CLAIM, T0));
        store.undo(1, T0.plusSeconds(1), CLI, "oops");
        Change redo = store.undo(2, T0.plusSeconds(2), MOD, "it was right after all");
        assertEquals(2L, redo.undoes());
        List<Change> log = store.changes();
        assertTrue(log.get(0).inForce(), "the hide acts again");
        assertEquals(3L, log.get(1).undoneBy());
        assertTrue(log.get(2).inForce());
    }

    /**
     * Trial 15: hide, then undo, undo, undo (and once more): each undo flips the whole chain below it, so the hide is in
     * force exactly when the last change acts to hide. A third undo in a row had left the hide in force while the log
     * said it was undone.
     */
    @Test
    void aChainOfUndosLeavesInForceExactlyWhatTheLastOneMeans() {
        store.append(hide(CLAIM, T0));
        for (long undo = 1; undo <= 4; undo++) {
            store.undo(undo, T0.plusSeconds(undo), CLI, "undo " + undo);
            List<Change> log = store.changes();
            boolean hidden = undo % 2 == 0; // undos 2 and 4 put the hide back; 1 and 3 take it out
            assertEquals(hidden, log.get(0).inForce(), "the hide after undo " + undo + ": " + log);
            for (int i = 1; i < log.size(); i++) {
                // every undo in the chain acts when the next one does not, and the last one always acts
                boolean acts = (log.size() - 1 - i) % 2 == 0;
                assertEquals(acts, log.get(i).inForce(), "change " + (i + 1) + " after undo " + undo + ": " + log);
            }
        }
    }

    @Test
    void undoOfAMissingOrAlreadyUndoneChangeIsRefusedAndWritesNothing() {
        store.append(hide(CLAIM, T0));
        Refusal missing = assertThrows(Refusal.class, () -> store.undo(7, T0, CLI, "x"));
        assertTrue(missing.getMessage().contains("no change 7"), missing.getMessage());
        store.undo(1, T0, CLI, "x");
        Refusal twice = assertThrows(Refusal.class, () -> store.undo(1, T0, CLI, "again"));
        assertTrue(twice.getMessage().contains("already undone (by change 2)"), twice.getMessage());
        assertEquals(2, store.revision());
        assertEquals(2, store.changes().size());
    }

    @Test
    void concurrentWritersGetDistinctGaplessIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Change>> written = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Instant at = T0.plusMillis(i);
                written.add(pool.submit(() -> store.append(hide(CLAIM, at))));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Change> f : written) {
                ids.add(f.get().id());
            }
            assertEquals(30, ids.size());
            assertEquals(30, store.revision());
            assertEquals(30, store.changes().size());
            assertEquals(30L, ids.stream().mapToLong(Long::longValue).max().orElseThrow());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondReportOfTheSameFigureByTheSameMemberReplacesTheFirst() {
        Report.Filed first = store.file(new Report(0, MOD, CLAIM, Report.Reason.WRONG_NUMBER, null, T0, null));
        assertFalse(first.duplicate());
        Report.Filed again = store.file(new Report(0, MOD, CLAIM, Report.Reason.OTHER, "the article says 1,000",
                T0.plusSeconds(30), null));
        assertTrue(again.duplicate());
        assertEquals(first.report().id(), again.report().id());
        List<Report> open = store.openReports();
        assertEquals(1, open.size());
        assertEquals(Report.Reason.OTHER, open.get(0).reason());
        assertEquals("the article says 1,000", open.get(0).text());
        assertEquals(T0.plusSeconds(30), open.get(0).at());
    }

    @Test
    void openReportsAreNewestFirstAndAResolvedOneLeavesTheList() {
        Actor member = new Actor("555");
        store.file(new Report(0, MOD, CLAIM, Report.Reason.WRONG_NUMBER, null, T0, null));
        store.file(new Report(0, member, OTHER, Report.Reason.OFF_TOPIC, null, T0.plusSeconds(2), null));
        store.file(new Report(0, member, CLAIM, Report.Reason.WRONG_DATE, null, T0.plusSeconds(1), null));
        assertEquals(List.of(OTHER.id(), CLAIM.id(), CLAIM.id()),
                store.openReports().stream().map(r -> r.claim().id()).toList());
        Change hid = store.append(hide(CLAIM, T0.plusSeconds(3)));
        assertEquals(2, store.resolveReports(CLAIM.id(), hid.id()));
        assertEquals(List.of(OTHER.id()), store.openReports().stream().map(r -> r.claim().id()).toList());
        assertEquals(0, store.resolveReports(CLAIM.id(), hid.id()));
        Report.Filed reopened = store.file(new Report(0, member, CLAIM, Report.Reason.WRONG_NUMBER, null,
                T0.plusSeconds(9), null));
        assertFalse(reopened.duplicate(), "a report of a resolved figure is a new report");
        assertEquals(2, store.openReports().size());
    }

    @Test
    void reportsSinceCountsOnlyThatMembersRecentReports() {
        Actor member = new Actor("555");
        store.file(new Report(0, member, CLAIM, Report.Reason.WRONG_NUMBER, null, T0, null));
        store.file(new Report(0, member, OTHER, Report.Reason.WRONG_NUMBER, null, T0.plusSeconds(3600), null));
        store.file(new Report(0, MOD, OTHER, Report.Reason.WRONG_NUMBER, null, T0.plusSeconds(3600), null));
        assertEquals(2, store.reportsSince(member, T0));
        assertEquals(1, store.reportsSince(member, T0.plusMillis(1)));
        assertEquals(0, store.reportsSince(new Actor("777"), T0));
    }

    @Test
    void pinnedSummariesAreKeptReplacedAndForgotten() {
        store.savePin(pin("901", T0.plusSeconds(1)));
        store.savePin(pin("900", T0));
        assertEquals(List.of("900", "901"), store.pins().stream().map(PinnedSummary::messageId).toList());
        PinnedSummary edited = pin("900", T0).updated(T0.plusSeconds(99), "v2+m3", Map.of("k7q2m9xw4d", "ff00"));
        store.savePin(edited);
        PinnedSummary read = store.pins().get(0);
        assertEquals(edited, read);
        assertEquals(T0, read.postedAt());
        assertTrue(store.removePin("900"));
        assertFalse(store.removePin("900"));
        assertEquals(List.of("901"), store.pins().stream().map(PinnedSummary::messageId).toList());
    }

    /** Round 64: a paged reply's long recipe is kept under its key; keeping the key again keeps the first. */
    @Test
    void aReplysRecipeIsKeptUnderItsKeyAndKeepingItAgainChangesNothing() {
        assertEquals(java.util.Optional.empty(), store.recipe("0123456789abcdef"));
        String chain = "u[\"and how many were wounded?\",\"how many did Seoul say were killed ‘in Kursk’?\"]";
        store.keepRecipe("0123456789abcdef", chain, T0);
        store.keepRecipe("0123456789abcdef", "something else", T0.plusSeconds(5));
        store.keepRecipe("fedcba9876543210", "a" + "x".repeat(3000), T0);
        assertEquals(java.util.Optional.of(chain), store.recipe("0123456789abcdef"));
        assertEquals(3001, store.recipe("fedcba9876543210").orElseThrow().length());
        assertEquals(java.util.Optional.empty(), store.recipe("0123456789abcdee"));
        assertEquals(0, store.revision(), "a recipe is no change");
    }

    static PinnedSummary pin(String messageId, Instant at) {
        return new PinnedSummary("100", "200", messageId, at, at, "v1", Map.of("k7q2m9xw4d", "0a1b", "a1b2c3d4e5", "c2d3"));
    }
}
