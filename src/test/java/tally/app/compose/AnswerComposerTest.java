package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Revision;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;

class AnswerComposerTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);

    private Answer ask(Set<Metric> metrics) {
        return composer.compose("q", new ParsedQuestion(metrics, null, null, true), index());
    }

    private static FigureGroup group(Answer answer, Metric metric) {
        return answer.groups().stream().filter(g -> g.metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void aQuestionAboutDeathsAlsoShowsCombinedCasualtiesAsASeparateRelatedGroup() {
        Answer answer = ask(EnumSet.of(Metric.KILLED));
        assertEquals(List.of(Metric.KILLED, Metric.KILLED_OR_WOUNDED), answer.groups().stream().map(FigureGroup::metric).toList());
        FigureGroup killed = group(answer, Metric.KILLED);
        FigureGroup combined = group(answer, Metric.KILLED_OR_WOUNDED);
        assertFalse(killed.related());
        assertTrue(combined.related());
        assertTrue(killed.claims().stream().allMatch(c -> c.metric() == Metric.KILLED));
        assertTrue(combined.claims().stream().allMatch(c -> c.metric() == Metric.KILLED_OR_WOUNDED));
        assertEquals(List.of(HUR_KILLED, UNNAMED_DEAD), killed.claims());
    }

    @Test
    void claimsInAGroupAreNewestFirstWithUndatedLast() {
        FigureGroup combined = group(ask(EnumSet.of(Metric.KILLED_OR_WOUNDED)), Metric.KILLED_OR_WOUNDED);
        assertEquals(List.of(BUDANOV_LOST, ZELENSKY_JAN, ZELENSKY_DEC, US_HUNDREDS, ZELENSKY_UNDATED), combined.claims());
        assertFalse(combined.related());
    }

    /** "The Kremlin denied reports that 12,000 ...": a figure the source denies, newer than every other of its measure. */
    private static Claim denied(String claimantId) {
        return claim(Metric.DEPLOYED, fig(12000L, 12000L, "12,000"), claimantId, null, day(2025, 3, 6), EUROMAIDAN, 0)
                .withCertainty(tally.model.Certainty.CERTAIN.withClaimant(tally.model.Certainty.Field.doubt(
                        "the figure is one the source denies", "The Kremlin denied reports that 12,000")));
    }

    private static List<Claim> with(Claim extra) {
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.add(extra);
        return claims;
    }

    /** Trial 13: the denied figure, the newest "sent", headed the pinned summary; it is listed after, labelled. */
    @Test
    void aClaimReadWithDoubtNeverHeadsTheSummarysListThoughItIsTheNewest() {
        Claim denied = denied(null);
        FigureGroup sent = group(composer.compose("summary", ParsedQuestion.everything(), index(with(denied))),
                Metric.DEPLOYED);
        assertEquals(BUDANOV_DEPLOYED, sent.claims().get(0));
        assertEquals(denied, sent.claims().get(sent.claims().size() - 1));
        // a question's listing too
        FigureGroup asked = group(composer.compose("q", new ParsedQuestion(EnumSet.of(Metric.DEPLOYED), null, null,
                true), index(with(denied))), Metric.DEPLOYED);
        assertEquals(BUDANOV_DEPLOYED, asked.claims().get(0));
        assertTrue(asked.claims().contains(denied));
    }

    /** The near-miss: the same figure read for sure is the newest word, and heads the list as before. */
    @Test
    void theSameFigureReadForSureHeadsTheList() {
        Claim sure = denied(null).withCertainty(tally.model.Certainty.CERTAIN);
        FigureGroup sent = group(composer.compose("summary", ParsedQuestion.everything(), index(with(sure))),
                Metric.DEPLOYED);
        assertEquals(sure, sent.claims().get(0));
    }

    /** "Latest": a claimant's newest figure read with doubt gives way to their older one read for sure. */
    @Test
    void aClaimantsLatestIsTheirNewestReadForSureNotANewerOneReadWithDoubt() {
        ParsedQuestion latest = new ParsedQuestion(EnumSet.of(Metric.DEPLOYED), null, null, true)
                .withIntent(Intent.LATEST, null);
        Claim doubted = denied("budanov");
        List<Claim> shown = group(composer.compose("q", latest, index(with(doubted))), Metric.DEPLOYED).claims();
        assertTrue(shown.contains(BUDANOV_DEPLOYED), shown::toString);
        assertFalse(shown.contains(doubted), shown::toString);
        // read for sure, the newer one is Budanov's latest
        Claim sure = doubted.withCertainty(tally.model.Certainty.CERTAIN);
        List<Claim> shownSure = group(composer.compose("q", latest, index(with(sure))), Metric.DEPLOYED).claims();
        assertEquals(sure, shownSure.get(0));
        assertFalse(shownSure.contains(BUDANOV_DEPLOYED));
    }

    @Test
    void theSpreadNamesTheLowestAndHighestNumericClaimsAndIgnoresVagueOnes() {
        FigureGroup combined = group(ask(EnumSet.of(Metric.KILLED_OR_WOUNDED)), Metric.KILLED_OR_WOUNDED);
        assertSame(ZELENSKY_DEC, combined.lowest(), "more than 3,000 is the low end; 'Hundreds' has no number");
        assertSame(BUDANOV_LOST, combined.highest(), "the newest of the two 4,000 figures");
    }

    @Test
    void noSpreadWhenOnlyOneNumberIsClaimed() {
        FigureGroup killed = group(ask(EnumSet.of(Metric.KILLED)), Metric.KILLED);
        assertNull(killed.lowest());
        assertNull(killed.highest());
    }

    @Test
    void aClaimantChangingTheirFigureIsARevisionFromTheEarlierToTheLaterClaim() {
        FigureGroup combined = group(ask(EnumSet.of(Metric.KILLED_OR_WOUNDED)), Metric.KILLED_OR_WOUNDED);
        assertEquals(1, combined.revisions().size(), combined.revisions().toString());
        Revision r = combined.revisions().get(0);
        assertEquals("zelensky", r.claimant().id());
        assertSame(ZELENSKY_DEC, r.before());
        assertSame(ZELENSKY_JAN, r.after());
    }

    @Test
    void aKilledFigureIsNeverComparedWithAKilledOrWoundedFigure() {
        Claim hurCombined = claim(Metric.KILLED_OR_WOUNDED, fig(1000L, 1000L, "1,000"), "hur", null,
                day(2025, 1, 2), PRAVDA, 0);
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(Metric.KILLED), null, null, true),
                index(List.of(HUR_KILLED, hurCombined)));
        assertTrue(answer.groups().stream().allMatch(g -> g.revisions().isEmpty()));
    }

    @Test
    void theSameNumberInOtherWordsOrOnTheSameDayIsNoRevision() {
        Claim again = own(claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "some 4,000"), "zelensky", null,
                day(2025, 1, 20), PRAVDA, 0));
        Claim sameDay = own(claim(Metric.KILLED_OR_WOUNDED, fig(5000L, 5000L, "5,000"), "zelensky", null,
                day(2025, 1, 20), PRAVDA, 0));
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true),
                index(List.of(ZELENSKY_JAN, again, sameDay)));
        List<Revision> revisions = group(answer, Metric.KILLED_OR_WOUNDED).revisions();
        assertEquals(1, revisions.size(), revisions.toString());
        assertSame(ZELENSKY_JAN, revisions.get(0).before());
        assertTrue(revisions.get(0).after() == sameDay || revisions.get(0).after() == again);
    }

    @Test
    void aCountThatOnlyGrowsFallingFromTheSameClaimantIsNoRevision() {
        Claim engineersOnly = claim(Metric.DEPLOYED, fig(1000L, 1000L, "1,000"), "nis", null, day(2025, 9, 2), PRAVDA, 0);
        Claim aLittleLower = claim(Metric.DEPLOYED, fig(2500L, 2500L, "2,500"), "nis", null, day(2025, 9, 2), PRAVDA, 0);
        Claim higher = claim(Metric.DEPLOYED, fig(4000L, 4000L, "4,000"), "nis", null, day(2025, 9, 2), PRAVDA, 0);
        assertTrue(revisionsOf(Metric.DEPLOYED, NIS_DEPLOYED, engineersOnly).isEmpty(),
                "3,000 then 1,000 sent: the 1,000 counts a part, not a retraction");
        // trial 9: "from roughly 10,000 to some 8,000" was the troops in Kursk among those in Russia
        assertTrue(revisionsOf(Metric.DEPLOYED, NIS_DEPLOYED, aLittleLower).isEmpty(),
                "3,000 then 2,500 sent: a lower count of troops sent is no revision either");
        Claim range = claim(Metric.DEPLOYED, fig(10000L, 12000L, "about 10,000-12,000"), "nis", null, day(2025, 6, 27),
                PRAVDA, 0);
        Claim rangesLowEnd = claim(Metric.DEPLOYED, fig(10000L, 10000L, "about 10,000"), "nis", null, day(2025, 11, 4),
                PRAVDA, 0);
        assertTrue(revisionsOf(Metric.DEPLOYED, range, rangesLowEnd).isEmpty(),
                "about 10,000-12,000 then about 10,000: under the range's high end, no revision");
        List<Revision> up = revisionsOf(Metric.DEPLOYED, NIS_DEPLOYED, higher);
        assertEquals(1, up.size(), "3,000 then 4,000 is a revision: " + up);
        assertSame(higher, up.get(0).after());
    }

    @Test
    void aQuestionAboutEngineersGetsPassagesNamingThemWhenTheWholeQuestionRanksOthersFirst() {
        tally.model.Passage engineers = new tally.model.Passage("e.txt", "Yonhap", null, null,
                "About 1,000 military engineers have already arrived, the NIS said.", 1f);
        tally.app.port.CorpusIndex fixture = index();
        tally.app.port.CorpusIndex searched = new tally.app.port.CorpusIndex() {
            public tally.model.AnalyzedCorpus corpus() {
                return fixture.corpus();
            }

            public String version() {
                return fixture.version();
            }

            public List<Claim> claims(tally.app.FigureQuery query) {
                return fixture.claims(query);
            }

            // only the words asked about find the engineers; the whole question ranks troops in Russia first
            public List<tally.model.Passage> passages(String text, int limit) {
                return text.equals("engineers") ? List.of(engineers) : fixture.passages(text, limit);
            }

            public void close() {
            }
        };
        ParsedQuestion engineersAsked = new ParsedQuestion(Set.of(), null, null, null, true,
                new tally.app.answer.Subject(tally.app.answer.Subject.Kind.OTHER,
                        List.of("engineers, deminers and builders"), List.of("engineers")),
                tally.app.answer.Intent.LIST, List.of(), null, true);
        Answer answer = composer.compose("How many North Korean engineers went to Russia?", engineersAsked, searched);
        assertEquals(List.of(engineers), answer.passages());
        assertTrue(answer.note().endsWith("These passages from the articles mention it:"), answer.note());
    }

    @Test
    void theSameNumberInOtherBoundsIsNoRevisionAndANewNumberIs() {
        Claim roughly = own(claim(Metric.DEPLOYED, fig(10000L, 10000L, "roughly 10,000"), "nis", null, day(2024, 11, 1),
                PRAVDA, 0));
        Claim asManyAs = own(claim(Metric.DEPLOYED, fig(null, 10000L, "as many as 10,000"), "nis", null, day(2024, 11, 8),
                PRAVDA, 0));
        Claim more = own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "11,000"), "nis", null, day(2024, 11, 8), PRAVDA, 0));
        assertTrue(revisionsOf(Metric.DEPLOYED, roughly, asManyAs).isEmpty());
        assertEquals(1, revisionsOf(Metric.DEPLOYED, roughly, more).size());
    }

    @Test
    void aClaimantThatStandsForManyUnnamedPeopleRevisesNothingAndANamedBodyDoes() {
        Claim first = own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "approximately 11,000"), "news_reports", null,
                day(2024, 11, 1), PRAVDA, 0));
        Claim later = own(claim(Metric.DEPLOYED, fig(15000L, 15000L, "around 15,000"), "news_reports", null,
                day(2025, 4, 30), PRAVDA, 0));
        assertTrue(revisionsOf(Metric.DEPLOYED, first, later).isEmpty(), "reports of different outlets");
        Claim nisFirst = own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "approximately 11,000"), "nis", null,
                day(2024, 11, 1), PRAVDA, 0));
        Claim nisLater = own(claim(Metric.DEPLOYED, fig(15000L, 15000L, "around 15,000"), "nis", null, day(2025, 4, 30),
                PRAVDA, 0));
        assertEquals(1, revisionsOf(Metric.DEPLOYED, nisFirst, nisLater).size());
    }

    @Test
    void aPlannedDeploymentMayShrinkToUnderHalfAndIsStillARevision() {
        Claim cutBack = claim(Metric.PLANNED_DEPLOYMENT, fig(3000L, 3000L, "3,000"), "nis", null, day(2025, 3, 1),
                PRAVDA, 0);
        assertEquals(1, revisionsOf(Metric.PLANNED_DEPLOYMENT, NIS_PLANNED, cutBack).size());
    }

    /** A composer of its own each time: a composer keeps its groups per corpus version, and each index here is "v-test". */
    private static List<Revision> revisionsOf(Metric metric, Claim... claims) {
        Answer answer = new AnswerComposer(TestConfig.DIRECTORY).compose("q", new ParsedQuestion(Set.of(metric), null, null, true),
                index(List.of(claims)));
        return group(answer, metric).revisions();
    }

    @Test
    void aCheckFindsItsOwnMeasuresClaimsBeforeTheLimitFillsWithNewerOnesOfAnother() {
        List<Claim> claims = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            claims.add(claim(Metric.DEPLOYED, fig(3000L, 3000L, "another 3,000"), null, null, day(2025, 6, d), PRAVDA, 0));
        }
        Claim combined = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, 3000L, "about 3,000"), "nis", null,
                day(2025, 1, 14), PRAVDA, 0);
        claims.add(combined);
        ParsedQuestion asked = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true)
                .withIntent(Intent.CHECK, new tally.app.answer.NumberAsked(3000, "3,000"));
        Answer answer = new AnswerComposer(TestConfig.DIRECTORY).compose("who said 3,000 were killed or wounded?", asked,
                index(claims));
        assertSame(combined, answer.mentioning().get(0), answer.mentioning().toString());
        // every claim that states it is kept (round 64): the reply lists some and counts the rest
        assertEquals(15, answer.mentioning().size());
    }

    @Test
    void vagueFiguresAreNoRevision() {
        Claim thousands = claim(Metric.KILLED_OR_WOUNDED, fig(null, null, "thousands"), "zelensky", null,
                day(2024, 12, 30), PRAVDA, 0);
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true),
                index(List.of(ZELENSKY_DEC, thousands, ZELENSKY_JAN)));
        List<Revision> revisions = group(answer, Metric.KILLED_OR_WOUNDED).revisions();
        assertEquals(1, revisions.size(), revisions.toString());
        assertSame(ZELENSKY_DEC, revisions.get(0).before());
        assertSame(ZELENSKY_JAN, revisions.get(0).after());
    }

    @Test
    void askingForABodyIncludesItsMembers() {
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(), claimant("hur"), null, null, true), index());
        List<Claim> shown = answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
        assertEquals(Set.of(HUR_KILLED, BUDANOV_LOST, BUDANOV_DEPLOYED), Set.copyOf(shown));
    }

    @Test
    void askingForAPartyIncludesAllItsClaimantsAndRelayedClaims() {
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(), null, "south_korea", null, true), index());
        List<Claim> shown = answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
        assertEquals(Set.of(NIS_DEPLOYED, NIS_VIA_PARK, NIS_PLANNED), Set.copyOf(shown));
        assertEquals(List.of(Metric.DEPLOYED, Metric.PLANNED_DEPLOYMENT),
                answer.groups().stream().map(FigureGroup::metric).toList(), "only groups with figures when none was named");
    }

    @Test
    void aRelayerCanBeAskedForByName() {
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(), claimant("park_sun_won"), null, null, true), index());
        assertEquals(List.of(NIS_VIA_PARK), answer.groups().get(0).claims());
    }

    @Test
    void aPeriodKeepsClaimsDatedInsideItAndMonthDatesThatOverlapIt() {
        Period jan = new Period(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 31), "in January 2025");
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(), null, null, jan, true), index());
        List<Claim> shown = answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
        assertEquals(Set.of(ZELENSKY_JAN, ZELENSKY_CAPTURED), Set.copyOf(shown));
    }

    @Test
    void aQuestionWithNoMetricShowsEveryMetricThatHasFigures() {
        Answer answer = ask(Set.of());
        assertEquals(List.of(Metric.KILLED, Metric.KILLED_OR_WOUNDED, Metric.CAPTURED, Metric.DEPLOYED,
                Metric.PLANNED_DEPLOYMENT), answer.groups().stream().map(FigureGroup::metric).toList());
        assertTrue(answer.groups().stream().noneMatch(FigureGroup::related));
        assertEquals(CLAIMS.size(), answer.groups().stream().mapToInt(g -> g.claims().size()).sum());
    }

    @Test
    void aNamedMetricWithoutFiguresKeepsAnEmptyGroupWhenOthersHaveFigures() {
        Answer answer = ask(EnumSet.of(Metric.WOUNDED));
        assertTrue(group(answer, Metric.WOUNDED).claims().isEmpty());
        assertFalse(group(answer, Metric.KILLED_OR_WOUNDED).claims().isEmpty());
    }

    @Test
    void whenNothingMatchesTheNoteNamesClaimantAndPeriodAndOffersPassages() {
        Period dec = new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), "in December 2024");
        ParsedQuestion parsed = new ParsedQuestion(Set.of(Metric.CAPTURED), claimant("nis"), null, dec, true);
        Answer answer = composer.compose("How many North Korean soldiers were captured in Kursk?", parsed, index());
        assertTrue(answer.groups().isEmpty());
        assertFalse(answer.hasFigures());
        assertNotNull(answer.note());
        assertTrue(answer.note().startsWith("The sources have no figures for captured from South Korea's National "
                + "Intelligence Service (NIS) in December 2024."), answer.note());
        assertFalse(answer.passages().isEmpty());
        assertTrue(answer.passages().size() <= AnswerComposer.PASSAGE_LIMIT);
    }

    @Test
    void whenNothingMatchesAndNoPassageEitherTheNoteSaysTheSearchFoundNone() {
        ParsedQuestion parsed = new ParsedQuestion(Set.of(Metric.WOUNDED), null, "russia", null, true);
        Answer answer = composer.compose("zzzz", parsed, index());
        assertTrue(answer.passages().isEmpty());
        assertTrue(answer.note().contains("from Russia"), answer.note());
        // what the search found, never a statement that the articles are silent
        assertTrue(answer.note().contains("Nor did Tally find a passage"), answer.note());
    }

    @Test
    void anOffTopicQuestionGetsAHintAndNoFigures() {
        Answer answer = composer.compose("weather?", new ParsedQuestion(Set.of(), null, null, false), index());
        assertTrue(answer.groups().isEmpty());
        assertTrue(answer.note().contains("North Korean troops"));
    }

    /**
     * Every kind of answer (figures, off-topic, about other forces, no figure asked, nothing found, a checked number)
     * carries the composer's whole caveat, not just any text with "unverified" in it (the answer's constructor already
     * demands that), and shows only claims of the index it was asked on: the composer caches whole-corpus groups per
     * corpus version, and groups of a version seen before must never leak into an answer on another one.
     */
    @Test
    void everyKindOfAnswerCarriesTheWholeCaveatAndOnlyClaimsOfTheIndexItWasAskedOn() {
        tally.app.question.QuestionParser parser = new tally.app.question.QuestionParser(TestConfig.LEXICON,
                TestConfig.DIRECTORY);
        List<String> questions = List.of("How many North Korean soldiers died?", "Every figure",
                "What's the weather in Paris?", "How many Russian soldiers were killed?",
                "What happened to the soldiers in the trenches?", "How many were captured in March 2023?",
                "Did 4,000 North Koreans die?", "How many troops were sent?");
        List<Claim> fewer = CLAIMS.stream().filter(c -> c != BUDANOV_LOST && c != HUR_KILLED && c != NIS_VIA_PARK)
                .toList();
        tally.app.port.CorpusIndex whole = index();
        tally.app.port.CorpusIndex smaller = new tally.index.InMemoryCorpusIndex(
                new tally.model.AnalyzedCorpus(ARTICLES, fewer, List.of()), "v-smaller");
        Set<String> kinds = new java.util.TreeSet<>();
        for (String question : questions) {
            ParsedQuestion parsed = parser.parse(question, LocalDate.of(2025, 2, 10));
            Answer onWhole = question.equals("Every figure") ? composer.compose(question, ParsedQuestion.everything(),
                    whole) : composer.compose(question, parsed, whole);
            Answer onSmaller = question.equals("Every figure") ? composer.compose(question,
                    ParsedQuestion.everything(), smaller) : composer.compose(question, parsed, smaller);
            for (Answer answer : List.of(onWhole, onSmaller)) {
                // an answer that cites an article says so in its caveat; one that cites none must not name "the
                // articles cited" (newcomer trial, round 67); both say the figures are unverified
                boolean cites = !answer.groups().isEmpty() || !answer.passages().isEmpty();
                assertEquals(cites ? AnswerComposer.CAVEAT : AnswerComposer.NOTHING_CITED, answer.caveat(), question);
                assertTrue(answer.caveat().contains("unverified"), question);
            }
            if (question.startsWith("What's the weather")) {
                assertEquals(AnswerComposer.NOTHING_CITED, onWhole.caveat(), "an off-topic reply cites no article");
            }
            if (question.equals("How many North Korean soldiers died?")) {
                assertEquals(AnswerComposer.CAVEAT, onWhole.caveat(), "a reply with figures cites its articles");
            }
            shown(onWhole).forEach(c -> assertTrue(CLAIMS.stream().anyMatch(k -> k == c), question + ": " + c));
            shown(onSmaller).forEach(c -> assertTrue(fewer.stream().anyMatch(k -> k == c),
                    () -> question + ": a claim the smaller index does not hold: " + c));
            kinds.add(!onWhole.parsed().onTopic() ? "off-topic" : !onWhole.parsed().subject().covered() ? "other forces"
                    : !onWhole.parsed().asksForFigures() ? "no figure asked" : onWhole.hasFigures() ? "figures"
                    : "nothing found");
        }
        assertEquals(Set.of("off-topic", "other forces", "no figure asked", "figures", "nothing found"), kinds,
                "the questions reach every kind of answer");
    }

    /** Every claim an answer shows: its groups' claims, both ends of each spread, revisions, and mentions. */
    private static List<Claim> shown(Answer answer) {
        List<Claim> claims = new java.util.ArrayList<>(answer.mentioning());
        for (FigureGroup g : answer.groups()) {
            claims.addAll(g.claims());
            java.util.stream.Stream.of(g.lowest(), g.highest()).filter(java.util.Objects::nonNull).forEach(claims::add);
            g.revisions().forEach(r -> claims.addAll(List.of(r.before(), r.after())));
        }
        return claims;
    }

    @Test
    void aLargeGroupShowsTheNewestClaimsAndBothEndsOfTheSpreadAndCountsTheRest() {
        List<Claim> many = new java.util.ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            long value = 1000L + day;
            many.add(claim(Metric.DEPLOYED, fig(value, value, String.valueOf(value)), "nis", null, day(2025, 2, day),
                    AL_JAZEERA, 0));
        }
        many.add(claim(Metric.DEPLOYED, fig(50L, 50L, "50"), "hur", null, day(2024, 1, 1), AL_JAZEERA, 0));
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true), index(many));
        FigureGroup deployed = group(answer, Metric.DEPLOYED);
        assertEquals(29, deployed.total());
        assertEquals(AnswerComposer.SHOWN_PER_GROUP + 1, deployed.claims().size(), "the newest, plus the old low end");
        assertTrue(deployed.claims().contains(deployed.lowest()) && deployed.claims().contains(deployed.highest()));
        assertEquals("50", deployed.lowest().figure().text());
        assertEquals(29 - deployed.claims().size(), deployed.hidden());
        assertTrue(deployed.revisions().size() <= AnswerComposer.SHOWN_REVISIONS);
        String text = new tally.app.render.TextRenderer().render(answer);
        assertTrue(text.contains("and " + deployed.hidden() + " older claims (`figures` lists every claim)"), text);
    }

    @Test
    void aNewCorpusVersionIsNeverAnsweredFromThePreviousVersionsGroups() {
        ParsedQuestion deployed = new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true);
        tally.index.InMemoryCorpusIndex before = new tally.index.InMemoryCorpusIndex(
                new tally.model.AnalyzedCorpus(ARTICLES, List.of(NIS_DEPLOYED), List.of()), "v1");
        tally.index.InMemoryCorpusIndex after = new tally.index.InMemoryCorpusIndex(
                new tally.model.AnalyzedCorpus(ARTICLES, List.of(BUDANOV_DEPLOYED), List.of()), "v2");
        assertEquals(List.of(NIS_DEPLOYED), group(composer.compose("q", deployed, before), Metric.DEPLOYED).claims());
        assertEquals(List.of(BUDANOV_DEPLOYED), group(composer.compose("q", deployed, after), Metric.DEPLOYED).claims());
        assertEquals(List.of(NIS_DEPLOYED), group(composer.compose("q", deployed, before), Metric.DEPLOYED).claims(),
                "a request still on the old version gets the old version's figures");
    }
}
