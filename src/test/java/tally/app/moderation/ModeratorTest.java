package tally.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tally.adapter.storage.InMemoryModerationStore;
import tally.app.FigureQuery;
import tally.app.TallyEngine;
import tally.app.answer.Answer;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.app.question.TestConfig;
import tally.app.render.TextRenderer;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Scope;

/** The moderators' use cases over a real engine, an in-memory corpus and the in-memory store. */
class ModeratorTest {

    private static final Instant START = Instant.parse("2026-11-30T10:00:00.250Z");
    private static final Actor MOD = Actor.discord(123456789012345678L);

    private final TestClock clock = new TestClock(START);
    private final InMemoryModerationStore store = new InMemoryModerationStore();
    private final AtomicReference<CorpusIndex> served = new AtomicReference<>(index());
    private final List<String> log = new ArrayList<>();
    private final CorrectedCorpus corpus = new CorrectedCorpus(IndexAccess.of(served::get), store, log::add);
    private final Moderator moderator = new Moderator(store, corpus, TestConfig.DIRECTORY, clock, 3);
    private final TallyEngine engine = new TallyEngine(corpus, TestConfig.DIRECTORY, TestConfig.LEXICON, java.time.Clock.systemUTC(), null, java.util.Optional::empty, moderator);

    private String id(Claim extracted) {
        return moderator.claims().entries().stream().filter(e -> e.extracted().equals(extracted)).findFirst()
                .orElseThrow().id();
    }

    private List<String> wordings() {
        return engine.figures(FigureQuery.all()).stream().map(c -> c.figure().text()).toList();
    }

    @Test
    void aHiddenClaimLeavesEveryReplyAtOnceAndTheChangeIsRecorded() {
        String id = id(HUR_KILLED);
        String before = engine.corpusVersion();
        Change change = moderator.hide(id, "  not about North Korean troops ", MOD);
        assertFalse(wordings().contains("some 200"));
        assertFalse(new TextRenderer().render(engine.ask("How many were killed?")).contains("some 200"));
        assertFalse(new TextRenderer().render(engine.summary()).contains("some 200"));
        assertNotEquals(before, engine.corpusVersion(), "caches keyed on the version see the change");
        assertEquals(1, change.id());
        assertEquals(START.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), change.at());
        assertEquals(MOD, change.actor());
        assertEquals("not about North Korean troops", change.reason());
        assertEquals(id, change.target().id());
        assertEquals(HUR_KILLED.sources().get(0).file(), change.target().file());
        assertEquals(Boolean.FALSE, change.before().hidden());
        assertEquals(Boolean.TRUE, change.after().hidden());
    }

    @Test
    void aFixIsShownAsCorrectedInTextAndKeepsBeforeAndAfter() {
        String id = id(ZELENSKY_JAN);
        Change change = moderator.fix(id, new Fix(null, "Seoul's spy agency", null, "2025-01", "period"),
                "the quote is the NIS's", MOD);
        Claim shown = engine.figures(FigureQuery.all()).stream().filter(c -> id.equals(c.moderation().id()))
                .findFirst().orElseThrow();
        assertEquals("nis", shown.claimant().id());
        assertEquals(Scope.PERIOD, shown.scope());
        assertEquals("2025-01", shown.claimDate().iso());
        assertEquals("zelensky", change.before().claimant().id());
        assertEquals("2025-01-09", change.before().date().iso());
        assertEquals("nis", change.after().claimant().id());
        String text = new TextRenderer().render(engine.ask("How many North Korean soldiers were killed or wounded?"));
        assertTrue(text.contains("— South Korea's National Intelligence Service (NIS) — claimed Jan 2025"), text);
        assertTrue(text.contains("(claimant, claim date and scope corrected by moderators)"), text);
    }

    /** Trial 10: a scope made a period and then a total again was still shown as corrected. */
    @Test
    void aFieldSetBackToWhatWasReadIsNoLongerShownAsCorrected() {
        String id = id(ZELENSKY_JAN);
        moderator.fix(id, new Fix(null, null, null, null, "period"), "try", MOD);
        moderator.fix(id, new Fix(null, null, null, "2025-01", "total"), "it was a total after all", MOD);
        Claim shown = engine.figures(FigureQuery.all()).stream().filter(c -> id.equals(c.moderation().id()))
                .findFirst().orElseThrow();
        assertEquals(Scope.TOTAL, shown.scope());
        assertEquals("claim date corrected by moderators", shown.moderation().note(), "the date changed, the scope not");
    }

    @Test
    void undoRestoresTheClaimAndIsLoggedAndUndoingTheUndoRestoresTheCorrection() {
        String id = id(HUR_KILLED);
        moderator.hide(id, "wrong", MOD);
        clock.advance(Duration.ofMinutes(5));
        Change undo = moderator.undo(1, "it was right", Actor.cli("alice"));
        assertTrue(wordings().contains("some 200"));
        assertEquals(Change.Action.UNDO, undo.action());
        assertEquals(START.plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), undo.at());
        moderator.undo(undo.id(), "no, it was wrong", MOD);
        assertFalse(wordings().contains("some 200"));
        List<LogEntry> log = moderator.log();
        assertEquals(List.of(3L, 2L, 1L), log.stream().map(e -> e.change().id()).toList(), "newest first");
        assertEquals(List.of(LogEntry.State.IN_FORCE, LogEntry.State.UNDONE, LogEntry.State.IN_FORCE),
                log.stream().map(LogEntry::state).toList());
    }

    /** Trial 10: an id typed in capitals was "no claim has the id". */
    @Test
    void anIdInCapitalsIsTheSameClaim() {
        String id = id(HUR_KILLED);
        Change change = moderator.hide(" " + id.toUpperCase(java.util.Locale.ROOT) + " ", "typed in capitals", MOD);
        assertEquals(id, change.target().id());
    }

    @Test
    void requestsThatCannotBeCarriedOutAreRefusedAndWriteNothing() {
        String id = id(HUR_KILLED);
        assertRefused("no claim has the id 'zzzzzzzzzz'", () -> moderator.hide("zzzzzzzzzz", "x", MOD));
        assertRefused("needs a reason", () -> moderator.hide(id, "  ", MOD));
        assertRefused("say what to correct", () -> moderator.fix(id, new Fix(null, null, null, " ", null), "x", MOD));
        assertRefused("unknown metric 'dead'", () -> moderator.fix(id, new Fix("dead", null, null, null, null), "x", MOD));
        assertRefused("use YYYY-MM-DD", () -> moderator.fix(id, new Fix(null, null, null, "Dec 2024", null), "x", MOD));
        assertRefused("not a date in the calendar", () -> moderator.fix(id, new Fix(null, null, null, "2024-02-30", null), "x", MOD));
        assertRefused("unknown scope", () -> moderator.fix(id, new Fix(null, null, null, null, "all"), "x", MOD));
        assertRefused("already shows these values", () -> moderator.fix(id, new Fix("killed", null, null, null, null), "x", MOD));
        assertRefused("no change 9", () -> moderator.undo(9, "x", MOD));
        assertEquals(0, store.revision());
        moderator.hide(id, "x", MOD);
        assertRefused("already hidden", () -> moderator.hide(id, "x", MOD));
        assertRefused("undo the hide first", () -> moderator.fix(id, new Fix("wounded", null, null, null, null), "x", MOD));
        assertEquals(1, store.revision());
    }

    @Test
    void anUncertainFieldMayBeConfirmedWithTheSameValue() {
        Claim uncertain = NIS_DEPLOYED.withCertainty(tally.model.Certainty.CERTAIN.withMetric(
                tally.model.Certainty.Field.doubt("two verbs could govern this number", "sent")));
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.set(CLAIMS.indexOf(NIS_DEPLOYED), uncertain);
        served.set(index(claims));
        Change change = moderator.fix(id(uncertain), new Fix("deployed", null, null, null, null), "checked", MOD);
        assertEquals(Metric.DEPLOYED, change.after().metric());
    }

    @Test
    void correctionsAreAppliedToEveryNewVersionOfTheCorpusAndAMissingClaimIsReported() {
        String id = id(HUR_KILLED);
        moderator.fix(id(ZELENSKY_JAN), new Fix(null, null, null, null, "period"), "one month", MOD);
        moderator.hide(id, "x", MOD);
        List<String> changed = new ArrayList<>();
        moderator.onFiguresChanged(changed::add);
        Claim added = claim(Metric.KILLED, fig(500L, 500L, "500"), "nis", null, day(2025, 3, 1), KYIV, 0);
        List<Claim> grown = new ArrayList<>(CLAIMS);
        grown.add(added);
        served.set(index(grown));
        corpus.corpusChanged("v2");
        assertTrue(wordings().contains("500"));
        assertFalse(wordings().contains("some 200"), "still hidden after a re-index with another article");
        assertEquals(List.of("the corpus changed (version v2)"), changed);
        served.set(index(CLAIMS.stream().filter(c -> c != HUR_KILLED).toList()));
        engine.figures(FigureQuery.all());
        assertTrue(log.stream().anyMatch(l -> l.contains("change 2 (hide of \"some 200\"") && l.contains("no longer finds")), log.toString());
        assertEquals(LogEntry.State.CLAIM_MISSING, moderator.log().get(0).state());
        assertEquals(LogEntry.State.IN_FORCE, moderator.log().get(1).state());
    }

    @Test
    void aChangeWrittenByAnotherProcessShowsAfterAReload() {
        String id = id(HUR_KILLED);
        store.append(new Change.Draft(START, MOD, Change.Action.HIDE, ClaimKeys.ref(HUR_KILLED, id),
                Amendment.hiding(false), Amendment.hiding(true), "by the other bot"));
        assertTrue(wordings().contains("some 200"), "not yet read");
        List<String> changed = new ArrayList<>();
        moderator.onFiguresChanged(changed::add);
        assertTrue(moderator.reload());
        assertFalse(wordings().contains("some 200"));
        assertFalse(moderator.reload(), "nothing new");
        assertEquals(1, changed.size());
    }

    @Test
    void reportsAreDeDuplicatedPerMemberAndFigureRateLimitedAndResolvedByACorrection() {
        Actor member = Actor.discord(555);
        String hur = id(HUR_KILLED);
        assertFalse(moderator.report(member, hur, Report.Reason.WRONG_NUMBER, null).duplicate());
        assertTrue(moderator.report(member, hur, Report.Reason.WRONG_DATE, null).duplicate());
        clock.advance(Duration.ofSeconds(1));
        moderator.report(Actor.discord(556), hur, Report.Reason.OTHER, "the article says 2,000");
        clock.advance(Duration.ofSeconds(1));
        moderator.report(member, id(NIS_DEPLOYED), Report.Reason.OFF_TOPIC, null);
        List<ReportedFigure> figures = moderator.reports();
        assertEquals(List.of(id(NIS_DEPLOYED), hur), figures.stream().map(ReportedFigure::claimId).toList());
        ReportedFigure top = figures.get(1);
        assertEquals(2, top.count());
        assertEquals(List.of("the article says 2,000"), top.texts());
        assertEquals(1, top.reasons().get(Report.Reason.WRONG_DATE));
        assertEquals("some 200", top.current().figure().text());
        moderator.report(member, id(ZELENSKY_DEC), Report.Reason.WRONG_NUMBER, null);
        assertRefused("3 reports in the last hour", () -> moderator.report(member, id(ZELENSKY_JAN), Report.Reason.WRONG_NUMBER, null));
        assertRefused("say in a few words", () -> moderator.report(Actor.discord(557), hur, Report.Reason.OTHER, " "));
        clock.advance(Duration.ofHours(1));
        moderator.report(member, id(ZELENSKY_JAN), Report.Reason.WRONG_NUMBER, null);
        moderator.hide(hur, "checked the reports", MOD);
        assertEquals(List.of(id(ZELENSKY_JAN), id(ZELENSKY_DEC), id(NIS_DEPLOYED)), moderator.reports().stream().map(ReportedFigure::claimId).toList());
    }

    @Test
    void aDatabaseThatStopsAnsweringKeepsTheCorrectionsReadAndSaysSoOnce() {
        moderator.hide(id(HUR_KILLED), "x", MOD);
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        tally.app.port.ModerationStore failing = (tally.app.port.ModerationStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {tally.app.port.ModerationStore.class}, (proxy, method, args) -> {
                    if (down.get()) {
                        throw new tally.app.port.StoreException("connection refused: db.example.org:5432");
                    }
                    return method.invoke(store, args);
                });
        List<String> lines = new ArrayList<>();
        CorrectedCorpus shared = new CorrectedCorpus(IndexAccess.of(served::get), failing, lines::add);
        TallyEngine other = new TallyEngine(shared, TestConfig.DIRECTORY, TestConfig.LEXICON);
        down.set(true);
        assertFalse(shared.reload());
        assertFalse(shared.reload());
        assertFalse(other.figures(FigureQuery.all()).stream().anyMatch(c -> c.figure().text().equals("some 200")),
                "the hide read before still acts");
        assertEquals(1, lines.stream().filter(l -> l.contains("cannot read the moderation database")).count(), lines.toString());
        down.set(false);
        shared.reload();
        assertTrue(lines.get(lines.size() - 1).contains("answers again"), lines.toString());
    }

    @Test
    void theEngineHandsOutItsModerator() {
        assertEquals(moderator, engine.moderator().orElseThrow());
        Answer answer = engine.ask("How many were killed?");
        assertTrue(answer.groups().stream().flatMap(g -> g.claims().stream()).allMatch(c -> c.moderation().id() != null));
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable call) {
        Refusal refusal = assertThrows(Refusal.class, call);
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
    }
}
