package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Revision;
import tally.app.answer.Side;
import tally.app.answer.Subject;
import tally.app.answer.Who;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Metric;

/**
 * The composer's rules on which claims stand together, each on a fixture where breaking the rule shows (these are the
 * rules mutation testing found unguarded: a mutant of each survived the other tests).
 */
class GroupingRulesTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);

    private static ParsedQuestion by(String claimantId, Metric metric) {
        return new ParsedQuestion(Set.of(metric), claimant(claimantId), null, true);
    }

    private static List<String> texts(List<Claim> claims) {
        return claims.stream().map(c -> c.figure().text()).toList();
    }

    @Test
    void aQuestionAboutOneClaimantNeverGetsTheGroupWorkedOutForAnother() {
        FigureGroup budanov = composer.compose("q", by("budanov", Metric.DEPLOYED), index()).groups().get(0);
        FigureGroup nis = composer.compose("q", by("nis", Metric.DEPLOYED), index()).groups().get(0);
        FigureGroup everyone = composer.compose("q", new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true),
                index()).groups().get(0);
        assertEquals(List.of("nearly 8,000"), texts(budanov.claims()));
        assertEquals(List.of("Approximately 3,000", "another 1,500"), texts(nis.claims()));
        assertEquals(3, everyone.claims().size(), "the whole-corpus group is not one filtered for a claimant");
    }

    @Test
    void theLatestFiguresAreEachNamedClaimantsNewestDatedClaimNeverAnUnnamedOrUndatedOne() {
        Claim unnamedNewest = claim(Metric.KILLED_OR_WOUNDED, fig(5000L, 5000L, "5,000"), null, null,
                day(2025, 3, 1), KYIV, 1);
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.add(unnamedNewest);
        ParsedQuestion latest = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true)
                .withIntent(Intent.LATEST, null);
        Answer answer = composer.compose("latest?", latest, index(claims));
        assertEquals(List.of(BUDANOV_LOST, ZELENSKY_JAN, US_HUNDREDS), answer.groups().get(0).claims(),
                "Zelensky's newest dated (not his undated one), the Pentagon's, Budanov's; not the unnamed 5,000");
    }

    @Test
    void aClaimantsLatestTotalBeatsTheirNewerCountOfOnePeriodAndAPeriodCountStandsWhenTheyGaveNoTotal() {
        Claim zelenskyWeek = scoped(claim(Metric.KILLED_OR_WOUNDED, fig(500L, 500L, "500"), "zelensky", null,
                day(2025, 2, 1), PRAVDA, 0), tally.model.Scope.PERIOD);
        Claim pentagonWeek = scoped(claim(Metric.KILLED_OR_WOUNDED, fig(300L, 300L, "300"), "pentagon", null,
                day(2025, 1, 30), KOREA_HERALD, 0), tally.model.Scope.PERIOD);
        Claim pentagonOlderWeek = scoped(claim(Metric.KILLED_OR_WOUNDED, fig(200L, 200L, "200"), "pentagon", null,
                day(2025, 1, 20), KOREA_HERALD, 0), tally.model.Scope.PERIOD);
        List<Claim> newestFirst = List.of(zelenskyWeek, pentagonWeek, pentagonOlderWeek, ZELENSKY_JAN, ZELENSKY_DEC);
        assertEquals(List.of(pentagonWeek, ZELENSKY_JAN), Latest.of(newestFirst),
                "Zelensky's total of 9 January over his newer weekly count; the Pentagon's newest weekly count");
    }

    @Test
    void aClaimantsLatestFigureWithANumberBeatsTheirNewerVagueOneAndAVagueOneStandsWhenItIsAllTheyGave() {
        Claim zelenskyThousands = claim(Metric.KILLED_OR_WOUNDED, fig(null, null, "thousands"), "zelensky", null,
                day(2025, 2, 3), PRAVDA, 0);
        List<Claim> newestFirst = List.of(zelenskyThousands, ZELENSKY_JAN, ZELENSKY_DEC, US_HUNDREDS);
        assertEquals(List.of(ZELENSKY_JAN, US_HUNDREDS), Latest.of(newestFirst),
                "Zelensky's 4,000 of 9 January over his later 'thousands'; the Pentagon gave only 'Hundreds'");
    }

    private static Claim scoped(Claim c, tally.model.Scope scope) {
        return new Claim(c.metric(), c.figure(), c.claimant(), c.relayedBy(), c.claimDate(), c.sources(), scope,
                c.certainty());
    }

    /** A moderator's edit may make two claimants members of each other: asking about a third must still end. */
    @Test
    void aCycleOfMembershipNeitherLoopsNorMakesAnOutsiderAMember() {
        tally.config.ClaimantsConfig config = new tally.config.ClaimantsConfig(
                List.of(new tally.config.ClaimantsConfig.Party("p", "P", List.of("P"))),
                List.of(entry("a", "b"), entry("b", "a"), entry("c", null)));
        tally.config.ClaimantDirectory directory = new tally.config.ClaimantDirectory(config);
        tally.model.Claimant a = new tally.model.Claimant("a", "A", tally.model.Claimant.Kind.PERSON);
        Claim byA = new Claim(Metric.KILLED, fig(10L, 10L, "10"), a, null, day(2025, 1, 1), HUR_KILLED.sources());
        ParsedQuestion aboutC = new ParsedQuestion(Set.of(Metric.KILLED),
                new tally.model.Claimant("c", "C", tally.model.Claimant.Kind.PERSON), null, true);
        ParsedQuestion aboutB = new ParsedQuestion(Set.of(Metric.KILLED),
                new tally.model.Claimant("b", "B", tally.model.Claimant.Kind.PERSON), null, true);
        // A hang detector, not a speed test: the loop is bounded, so this returns at once or never.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertEquals(false, new ClaimFilter(directory, aboutC).test(byA));
            assertEquals(true, new ClaimFilter(directory, aboutB).test(byA), "a is a member of b");
        });
    }

    private static tally.config.ClaimantsConfig.Entry entry(String id, String memberOf) {
        return new tally.config.ClaimantsConfig.Entry(id, id.toUpperCase(java.util.Locale.ROOT),
                tally.model.Claimant.Kind.PERSON, "p", List.of(id + " alias"), null, memberOf, false);
    }

    private static Claim said(Claim c, String quote, tally.model.@org.jspecify.annotations.Nullable Scope scope) {
        tally.model.Source s = c.sources().get(0);
        Claim moved = c.withSources(List.of(new tally.model.Source(s.file(), s.outlet(), s.title(), s.url(),
                s.published(), quote)));
        return scope == null ? moved : scoped(moved, scope);
    }

    @Test
    void twoCountsOfOneSentenceOrOfAPartAndItsWholeAreNoRevision() {
        String partAndWhole = "The minister said 800 of the 1,000 soldiers had moved to the border.";
        Claim part = said(claim(Metric.DEPLOYED, fig(800L, 800L, "800"), "nis", null, day(2024, 11, 1),
                KOREA_HERALD, 1), partAndWhole, tally.model.Scope.SUBSET);
        Claim wholeThen = said(claim(Metric.DEPLOYED, fig(1000L, 1000L, "1,000"), "nis", null, day(2024, 11, 1),
                KOREA_HERALD, 1), partAndWhole, null);
        Claim partAsTotal = said(claim(Metric.DEPLOYED, fig(800L, 800L, "some 800"), "nis", null, day(2024, 10, 20),
                KOREA_HERALD, 1), "The minister said some 800 soldiers had moved to the border.", null);
        Claim wholeLater = said(claim(Metric.DEPLOYED, fig(1000L, 1000L, "as many as 1,000"), "nis", null,
                day(2024, 11, 10), KOREA_HERALD, 1), "As many as 1,000 soldiers are there, the ministry said.", null);
        assertEquals(List.of(), Revisions.of(List.of(wholeLater, wholeThen, part, partAsTotal), id -> false),
                "800 is part of the 1,000 in one sentence: no revision from some 800 to as many as 1,000");
        Claim oneSentenceLater = said(claim(Metric.DEPLOYED, fig(1200L, 1200L, "1,200"), "nis", null,
                day(2024, 12, 1), KOREA_HERALD, 1), "It said 1,200 had been sent, 500 more than the 700 in October.",
                null);
        Claim oneSentenceEarlier = said(claim(Metric.DEPLOYED, fig(700L, 700L, "700"), "nis", null,
                day(2024, 10, 1), KOREA_HERALD, 1), oneSentenceLater.sources().get(0).quote(), null);
        assertEquals(List.of(), Revisions.of(List.of(oneSentenceLater, oneSentenceEarlier), id -> false),
                "two figures of one sentence are one statement");
        Claim apart = own(oneSentenceEarlier);
        assertEquals(1, Revisions.of(List.of(oneSentenceLater, apart), id -> false).size(),
                "the same figures in sentences of their own are a revision");
    }

    @Test
    void aFigureThatFellIsNoStepALaterRevisionStartsFrom() {
        Claim total = own(claim(Metric.DEPLOYED, fig(12000L, 12000L, "around 12,000"), "hur", null,
                day(2024, 10, 26), KOREA_HERALD, 1));
        Claim part = own(claim(Metric.DEPLOYED, fig(1000L, 1000L, "about 1,000"), "hur", null, day(2025, 2, 19),
                KOREA_HERALD, 1));
        Claim later = own(claim(Metric.DEPLOYED, fig(8000L, 8000L, "around 8,000"), "hur", null, day(2026, 2, 20),
                KOREA_HERALD, 1));
        assertEquals(List.of(), Revisions.of(List.of(later, part, total), id -> false),
                "1,000 fell from 12,000 (a part read as a total): 8,000 is no revision from it");
        Claim higher = own(claim(Metric.DEPLOYED, fig(15000L, 15000L, "15,000"), "hur", null, day(2026, 3, 1),
                KOREA_HERALD, 1));
        List<Revision> revisions = Revisions.of(List.of(higher, part, total), id -> false);
        assertEquals(1, revisions.size());
        assertSame(total, revisions.get(0).before(), "revised from 12,000, not from the 1,000 that fell");
    }

    @Test
    void theSameFigureWordedAnotherWayLaterIsNoRevision() {
        Claim again = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "about 4,000"), "zelensky", null,
                day(2025, 1, 20), PRAVDA, 0);
        List<Revision> revisions = Revisions.of(List.of(again, ZELENSKY_JAN, ZELENSKY_DEC), id -> false);
        assertEquals(1, revisions.size(), "3,000 to 4,000 is a revision; 4,000 to about 4,000 is not");
        assertSame(ZELENSKY_DEC, revisions.get(0).before());
        assertSame(ZELENSKY_JAN, revisions.get(0).after());
    }

    @Test
    void withinOneDayTheClaimWithAStatedDateIsTheOneALaterFigureRevises() {
        Claim reportDated = own(claim(Metric.KILLED, fig(100L, 100L, "100"), "hur", null,
                new ClaimDate(LocalDate.of(2024, 12, 1), DatePrecision.DAY, DateBasis.REPORT_DATE), KOREA_HERALD, 1));
        Claim stated = own(claim(Metric.KILLED, fig(150L, 150L, "150"), "hur", null, day(2024, 12, 1),
                KOREA_HERALD, 1));
        for (List<Claim> newestFirst : List.of(List.of(HUR_KILLED, stated, reportDated),
                List.of(HUR_KILLED, reportDated, stated))) {
            List<Revision> revisions = Revisions.of(newestFirst, id -> false);
            assertEquals(1, revisions.size(), "the two of 1 December are one day: no revision between them");
            assertSame(stated, revisions.get(0).before(), "revised from the stated 150, whatever the input order");
            assertSame(HUR_KILLED, revisions.get(0).after());
        }
    }

    @Test
    void aDaysFigureInsideAnotherFiguresMonthIsNoRevisionButOneAfterTheMonthIs() {
        Claim april = own(claim(Metric.DEPLOYED, fig(15000L, 15000L, "a total of 15,000"), "nis", null,
                ClaimDate.month(LocalDate.of(2025, 4, 1)), KOREA_HERALD, 1));
        Claim aprilThirtieth = own(claim(Metric.DEPLOYED, fig(15000L, 18000L, "an estimated 15,000 to 18,000"),
                "nis", null,
                day(2025, 4, 30), KOREA_HERALD, 1));
        Claim mayFirst = own(claim(Metric.DEPLOYED, fig(18000L, 18000L, "18,000"), "nis", null, day(2025, 5, 1),
                KOREA_HERALD, 1));
        assertEquals(List.of(), Revisions.of(List.of(aprilThirtieth, april), id -> false),
                "30 April may be the April figure's own day: two wordings of one briefing, no revision");
        List<Revision> revisions = Revisions.of(List.of(mayFirst, april), id -> false);
        assertEquals(1, revisions.size(), "1 May comes after every day of April");
        assertSame(april, revisions.get(0).before());
    }

    @Test
    void revisionsOfSeveralClaimantsAreNewestFirst() {
        Claim hurEarlier = own(claim(Metric.KILLED_OR_WOUNDED, fig(100L, 100L, "100"), "hur", null, day(2024, 11, 1),
                KOREA_HERALD, 1));
        Claim hurLater = own(claim(Metric.KILLED_OR_WOUNDED, fig(150L, 150L, "150"), "hur", null, day(2024, 11, 20),
                KOREA_HERALD, 1));
        // The older revision's claimant comes first in the input.
        List<Revision> revisions = Revisions.of(List.of(hurLater, hurEarlier, ZELENSKY_JAN, ZELENSKY_DEC), id -> false);
        assertEquals(List.of(ZELENSKY_JAN, hurLater), revisions.stream().map(Revision::after).toList());
    }

    @Test
    void comparingOneSourceWithTheRestPutsEachClaimOnOneSideOnly() {
        Who zelensky = new Who(claimant("zelensky"), null, "Zelensky");
        ParsedQuestion parsed = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, null, true,
                Subject.UNSTATED, Intent.COMPARE, List.of(zelensky), null, true);
        List<Claim> claims = List.of(BUDANOV_LOST, ZELENSKY_JAN, ZELENSKY_DEC, US_HUNDREDS);
        List<Side> sides = Comparison.sides(parsed.compared(), new ClaimFilter(TestConfig.DIRECTORY, parsed), claims);
        assertEquals(List.of("Zelensky", Comparison.OTHERS), sides.stream().map(Side::label).toList());
        assertEquals(List.of(ZELENSKY_JAN, ZELENSKY_DEC), sides.get(0).claims());
        assertEquals(List.of(BUDANOV_LOST, US_HUNDREDS), sides.get(1).claims());
    }

    /**
     * Round 67: "compare Zelensky and Ukraine" listed Zelensky's figures in full twice. A claim of two sources compared
     * is listed in full under the narrower (the claimant named, not the party), whichever is named first, and pointed
     * at under the other; a claim of one side only, and two sources with nothing in common, point at nothing.
     */
    @Test
    void aClaimOfTwoSourcesComparedIsListedInFullUnderTheNarrowerOnly() {
        Who zelensky = new Who(claimant("zelensky"), null, "Zelensky");
        Who ukraine = new Who(null, "ukraine", "Ukraine");
        List<Claim> claims = List.of(BUDANOV_LOST, ZELENSKY_JAN, ZELENSKY_DEC);
        for (List<Who> compared : List.of(List.of(ukraine, zelensky), List.of(zelensky, ukraine))) {
            ParsedQuestion parsed = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, null, true,
                    Subject.UNSTATED, Intent.COMPARE, compared, null, true);
            Map<String, Side> sides = Comparison.sides(compared, new ClaimFilter(TestConfig.DIRECTORY, parsed), claims)
                    .stream().collect(java.util.stream.Collectors.toMap(Side::label, s -> s));
            assertEquals(List.of(BUDANOV_LOST, ZELENSKY_JAN, ZELENSKY_DEC), sides.get("Ukraine").claims());
            assertEquals(Map.of(ZELENSKY_JAN, "Zelensky", ZELENSKY_DEC, "Zelensky"), sides.get("Ukraine").listedUnder());
            assertEquals(List.of(ZELENSKY_JAN, ZELENSKY_DEC), sides.get("Zelensky").claims());
            assertEquals(Map.of(), sides.get("Zelensky").listedUnder());
        }
        Who budanov = new Who(claimant("budanov"), null, "Budanov");
        ParsedQuestion apart = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, null, true,
                Subject.UNSTATED, Intent.COMPARE, List.of(zelensky, budanov), null, true);
        for (Side side : Comparison.sides(apart.compared(), new ClaimFilter(TestConfig.DIRECTORY, apart), claims)) {
            assertEquals(Map.of(), side.listedUnder(), side.label());
        }
    }

    @Test
    void aClaimRelayedByAPartysOfficialCountsForThatPartyWhoeverMadeIt() {
        Claim relayed = claim(Metric.KILLED, fig(100L, 100L, "100"), "pentagon", "park_sun_won", day(2025, 1, 5),
                DEVDISCOURSE, 1);
        ClaimFilter southKorea = new ClaimFilter(TestConfig.DIRECTORY,
                new ParsedQuestion(Set.of(Metric.KILLED), null, "south_korea", null, true));
        assertEquals(true, southKorea.test(relayed), "relayed by Park Sun-won, a South Korean lawmaker");
        assertEquals(false, southKorea.test(HUR_KILLED));
    }

    @Test
    void revisionsOfTheSameDayAreOrderedByClaimant() {
        Claim hurBefore = own(claim(Metric.KILLED_OR_WOUNDED, fig(100L, 100L, "100"), "hur", null, day(2024, 12, 1),
                KOREA_HERALD, 1));
        Claim hurAfter = own(claim(Metric.KILLED_OR_WOUNDED, fig(150L, 150L, "150"), "hur", null, day(2025, 1, 9),
                KOREA_HERALD, 1));
        List<Revision> revisions = Revisions.of(List.of(ZELENSKY_JAN, hurAfter, ZELENSKY_DEC, hurBefore), id -> false);
        assertEquals(List.of("hur", "zelensky"), revisions.stream().map(r -> r.claimant().id()).toList());
        revisions = Revisions.of(List.of(hurAfter, ZELENSKY_JAN, hurBefore, ZELENSKY_DEC), id -> false);
        assertEquals(List.of("hur", "zelensky"), revisions.stream().map(r -> r.claimant().id()).toList());
    }

    @Test
    void aNoteNamesEverySubjectAndEverySourceAskedAsAList() {
        assertEquals("Russian troops, Ukrainian troops or civilians",
                AnswerComposer.joined(List.of("Russian troops", "Ukrainian troops", "civilians")));
        assertEquals("civilians", AnswerComposer.joined(List.of("civilians")));
        ParsedQuestion compared = new ParsedQuestion(Set.of(Metric.CAPTURED), null, null, null, true,
                Subject.UNSTATED, Intent.COMPARE, List.of(new Who(claimant("zelensky"), null, "Zelensky"),
                new Who(claimant("nis"), null, "the NIS")), null, true);
        assertEquals("The sources have no figures for captured from Zelensky or the NIS.",
                composer.noFiguresNote(compared, Set.of(Metric.CAPTURED)));
        ParsedQuestion losses = new ParsedQuestion(Set.of(Metric.KILLED, Metric.WOUNDED, Metric.CAPTURED), null, null,
                null, true, Subject.UNSTATED, Intent.COMPARE, List.of(), null, true);
        java.util.Set<Metric> asked = new java.util.LinkedHashSet<>(List.of(Metric.KILLED, Metric.WOUNDED, Metric.CAPTURED));
        assertEquals("The sources have no figures for killed, wounded or captured.", composer.noFiguresNote(losses, asked));
    }

    @Test
    void thePassageSearchGetsTheQuestionsWordsOnlyWithNothingAroundThem() {
        assertEquals("How many died", AnswerComposer.searchText("  «How many» died?!"));
        assertEquals("", AnswerComposer.searchText("?!"));
    }
}
