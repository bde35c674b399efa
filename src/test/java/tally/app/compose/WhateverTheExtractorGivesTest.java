package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.NumberAsked;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.app.answer.Who;
import tally.app.question.TestConfig;
import tally.app.render.TextRenderer;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.Metric;
import tally.model.Scope;
import tally.testing.Snapshot;

/**
 * The answer layer holds whatever the extractor gives it: claims of every scope, fields read with doubt, sources the
 * directory does not list. Only certain totals of a listed claimant are compared; everything else is shown, labelled
 * for what it is, and never stated as fact.
 */
class WhateverTheExtractorGivesTest {

    private static final Certainty DOUBTFUL_CLAIMANT = Certainty.CERTAIN.withClaimant(
            Certainty.Field.doubt("claimant from a previous sentence", "the official"));
    private static final Certainty DOUBTFUL_DATE = Certainty.CERTAIN.withDate(
            Certainty.Field.doubt("two dates could apply", "last week"));
    private static final Certainty DOUBTFUL_METRIC = Certainty.CERTAIN.withMetric(
            Certainty.Field.doubt("two verbs could govern this number", "killed or injured"));
    private static final Claimant UNLISTED = Claimant.unlisted("a senior US defence official", Claimant.Kind.PERSON);

    static final Claim TOTAL_DEC = kow(3000L, null, "more than 3,000", "zelensky", day(2024, 12, 23), Scope.TOTAL, Certainty.CERTAIN);
    static final Claim TOTAL_FEB = kow(4000L, 4000L, "4,000", "zelensky", day(2025, 2, 1), Scope.TOTAL, Certainty.CERTAIN);
    static final Claim INCIDENT = kow(30L, null, "at least 30", "zelensky", day(2025, 1, 10), Scope.INCIDENT, Certainty.CERTAIN);
    static final Claim PERIOD = kow(1000L, 1000L, "a thousand in a week", "hur", day(2025, 1, 12), Scope.PERIOD, Certainty.CERTAIN);
    static final Claim SUBSET = kow(2000L, 2000L, "2,000 assigned to marine units", "nis", day(2025, 1, 14), Scope.SUBSET, Certainty.CERTAIN);
    static final Claim FORECAST = kow(null, 1000L, "expected to reach nearly 1,000", "pentagon", day(2025, 1, 16), Scope.FORECAST, Certainty.CERTAIN);
    static final Claim DOUBT_CLAIMANT = kow(12_000_000L, null, "more than 12 million", "zelensky", day(2025, 1, 20), Scope.TOTAL, DOUBTFUL_CLAIMANT);
    static final Claim DOUBT_DATE = kow(1L, 1L, "one", "zelensky", day(2025, 1, 22), Scope.TOTAL, DOUBTFUL_DATE);
    static final Claim DOUBT_METRIC = kow(5000L, 5000L, "5,000", "budanov", day(2025, 1, 25), Scope.TOTAL, DOUBTFUL_METRIC);
    static final Claim UNLISTED_EARLY = withClaimant(kow(500L, 500L, "500", "pentagon", day(2024, 12, 1), Scope.TOTAL, Certainty.CERTAIN), UNLISTED);
    static final Claim UNLISTED_LATE = withClaimant(kow(900L, 900L, "900", "pentagon", day(2025, 1, 30), Scope.TOTAL, Certainty.CERTAIN), UNLISTED);
    static final Claim NIS_TOTAL = kow(1100L, 1100L, "approximately 1,100", "nis", day(2024, 12, 19), Scope.TOTAL, Certainty.CERTAIN);

    static final List<Claim> ALL = List.of(TOTAL_DEC, TOTAL_FEB, INCIDENT, PERIOD, SUBSET, FORECAST, DOUBT_CLAIMANT,
            DOUBT_DATE, DOUBT_METRIC, UNLISTED_EARLY, UNLISTED_LATE, NIS_TOTAL);

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);

    private static InMemoryCorpusIndex corpus() {
        return new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, ALL, List.of()), "mixed");
    }

    private FigureGroup casualties(ParsedQuestion parsed) {
        return composer.compose("q", parsed, corpus()).groups().stream()
                .filter(g -> g.metric() == Metric.KILLED_OR_WOUNDED).findFirst().orElseThrow();
    }

    private static ParsedQuestion asked() {
        return new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, null, true);
    }

    @Test
    void theSpreadRunsOnlyBetweenCertainTotals() {
        FigureGroup group = casualties(asked());
        assertEquals(UNLISTED_EARLY, group.lowest(), "not 'at least 30' (one incident), not 'one' (date in doubt);"
                + " a source in its own words may stand at an end");
        assertEquals(TOTAL_FEB, group.highest(), "not 'more than 12 million' (claimant in doubt), not '5,000' (metric in doubt)");
        assertEquals(ALL.size(), group.claims().size(), "every claim is still shown");
    }

    @Test
    void aRevisionJoinsOnlyCertainTotalsOfOneListedClaimant() {
        FigureGroup group = casualties(asked());
        assertEquals(1, group.revisions().size(), group.revisions().toString());
        assertEquals(TOTAL_DEC, group.revisions().get(0).before());
        assertEquals(TOTAL_FEB, group.revisions().get(0).after(), "not via 'at least 30', 'more than 12 million' or 'one'");
    }

    @Test
    void anUnlistedSourceIsShownInItsOwnWordsButNeverRevisesNorCountsForAParty() {
        FigureGroup group = casualties(asked());
        assertTrue(group.revisions().stream().noneMatch(r -> r.claimant().equals(UNLISTED)));
        ParsedQuestion us = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, "united_states", null, true);
        assertEquals(List.of(FORECAST), casualties(us).claims(), "the unlisted official is not the US party");
        String text = new TextRenderer().render(composer.compose("q", asked(), corpus()));
        assertTrue(text.contains("- 900 — a senior US defence official — claimed 30 Jan 2025"), text);
    }

    @Test
    void aSourceNamedOnlyByItsCountryCountsForThatCountryButNotForAnother() {
        Claim seoul = withClaimant(kow(1100L, 1100L, "1,100", "nis", day(2024, 12, 23), Scope.TOTAL, Certainty.CERTAIN),
                Claimant.unlisted("South Korea", Claimant.Kind.GROUP));
        Claim theSeoul = withClaimant(kow(1200L, 1200L, "1,200", "nis", day(2024, 12, 24), Scope.TOTAL, Certainty.CERTAIN),
                Claimant.unlisted("the South Korea", Claimant.Kind.GROUP));
        Claim officials = withClaimant(kow(1300L, 1300L, "1,300", "nis", day(2024, 12, 25), Scope.TOTAL, Certainty.CERTAIN),
                Claimant.unlisted("South Korean officials", Claimant.Kind.GROUP));
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, List.of(seoul, theSeoul,
                officials, TOTAL_DEC), List.of()), "countries");
        ParsedQuestion southKorea = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, "south_korea", null, true);
        ParsedQuestion ukraine = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, "ukraine", null, true);
        assertEquals(Set.of(seoul, theSeoul), Set.copyOf(composer.compose("q", southKorea, index).groups().get(0).claims()),
                "'South Korea' speaking is South Korea; 'South Korean officials' are someone of it, not named");
        assertEquals(List.of(TOTAL_DEC), composer.compose("q", ukraine, index).groups().get(0).claims());
        ParsedQuestion everyParty = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, null, true,
                Subject.UNSTATED, Intent.COMPARE, List.of(), null, true);
        List<tally.app.answer.Side> sides = Comparison.sides(List.of(), new ClaimFilter(TestConfig.DIRECTORY,
                everyParty), List.of(seoul, officials));
        assertEquals(List.of("South Korea: [1,100]", Comparison.UNLISTED + ": [1,300]"), sides.stream()
                .map(side -> side.label() + ": " + side.claims().stream().map(c -> c.figure().text()).toList()).toList(),
                "side by side, the country speaking is filed under its country, as it is counted for it");
    }

    @Test
    void everyFieldReadWithDoubtIsShownInTheSourcesOwnWordsNeverAsFact() {
        String text = new TextRenderer().render(composer.compose("q", asked(), corpus()));
        Snapshot.assertMatches(getClass(), "everyScopeAndDoubt", "txt", text);
        assertTrue(text.contains("- more than 12 million — as worded: 'the official' (claimant uncertain: claimant from a"
                + " previous sentence)"), text);
        assertFalse(text.contains("- more than 12 million — Volodymyr Zelensky"), text);
        assertTrue(text.contains("- one — Volodymyr Zelensky, President of Ukraine — date as worded: 'last week' (date"
                + " uncertain: two dates could apply)"), text);
        assertFalse(text.contains("- one — Volodymyr Zelensky, President of Ukraine — claimed 22 Jan 2025"), text);
        assertTrue(text.contains("- 5,000 (what it counts is uncertain: two verbs could govern this number; as worded:"
                + " 'killed or injured')"), text);
        assertTrue(text.contains("- at least 30 (in one incident, not a total)"), text);
        assertTrue(text.contains("- a thousand in a week (for one period, not a total)"), text);
        assertTrue(text.contains("- 2,000 assigned to marine units (part of the force, not a total)"), text);
        assertTrue(text.contains("- expected to reach nearly 1,000 (a forecast, not a count)"), text);
        assertTrue(text.contains("- 4,000 — Volodymyr"), "a certain total carries no label: " + text);
    }

    @Test
    void highestAndLowestNameOnlyComparableTotals() {
        Answer highest = composer.compose("who gives the highest?", asked().withIntent(Intent.HIGHEST, null), corpus());
        String text = new TextRenderer().render(highest);
        assertTrue(text.contains("Highest total claimed for North Korean troops killed or wounded (combined casualties):"
                + " 4,000 — Volodymyr Zelensky"), text);
        assertFalse(text.contains("Highest total claimed for North Korean troops killed or wounded (combined casualties):"
                + " more than 12 million"), text);
    }

    @Test
    void aNumberCheckedSaysWhatTheClaimsThatStateItCountNeverYesOrNo() {
        ParsedQuestion killed = new ParsedQuestion(Set.of(Metric.KILLED), null, null, null, true)
                .withIntent(Intent.CHECK, new NumberAsked(2000, "2,000"));
        Answer answer = composer.compose("did 2,000 die?", killed, corpus());
        assertEquals(List.of(SUBSET), answer.mentioning());
        String text = new TextRenderer().render(answer);
        assertTrue(text.startsWith("No source here says 2,000 were killed.\n2,000 appears in the sources as a figure for"
                + " North Korean troops killed or wounded (combined casualties):\n- North Korean troops killed or wounded"
                + " (combined casualties): 2,000 assigned to marine units (part of the force, not a total) — South Korea's"
                + " National Intelligence Service (NIS)"), text);
        assertFalse(text.matches("(?s).*\\b(Yes|No)[,.].*"), text);
    }

    @Test
    void latestKeepsEachClaimantsNewestTotalRatherThanANewerIncident() {
        Answer latest = composer.compose("latest", asked().withIntent(Intent.LATEST, null), corpus());
        List<Claim> shown = latest.groups().get(0).claims();
        assertTrue(shown.contains(TOTAL_FEB) && !shown.contains(INCIDENT) && !shown.contains(TOTAL_DEC), shown.toString());
        assertTrue(shown.contains(UNLISTED_LATE) && !shown.contains(UNLISTED_EARLY));
    }

    @Test
    void aComparisonSplitsTheFiguresBySourceAndWhyDifferSaysWhatDiffers() {
        Who zelensky = new Who(claimant("zelensky"), null, "Volodymyr Zelensky");
        Who korea = new Who(null, "south_korea", "South Korea");
        ParsedQuestion compare = asked().comparing(List.of(zelensky, korea));
        FigureGroup group = casualties(compare);
        // a claimant read with doubt stands under no named side
        assertEquals(List.of("Volodymyr Zelensky", "South Korea", Comparison.UNCERTAIN),
                group.sides().stream().map(s -> s.label()).toList());
        assertTrue(group.sides().get(2).claims().stream().noneMatch(c -> c.certainty().claimant().certain()));
        assertTrue(group.sides().get(1).claims().containsAll(List.of(SUBSET, NIS_TOTAL)));
        assertFalse(group.sides().get(0).claims().contains(SUBSET));
        Answer why = composer.compose("why?", asked().withIntent(Intent.WHY_DIFFER, null), corpus());
        assertEquals(ALL.size(), why.differences().claims());
        assertEquals(3, why.differences().uncertain());
        String text = new TextRenderer().render(why);
        assertTrue(text.contains("- Over what stretch: totals so far (8), for one period (1), in one incident (1), part"
                + " of the force (1), a forecast (1); only totals are compared with each other."), text);
    }

    @Test
    void aQuestionAboutSomethingElseGetsNoNorthKoreanFigure() {
        ParsedQuestion russians = asked().withSubject(new Subject(Subject.Kind.OTHER, List.of("Russian forces"),
                List.of("russian")));
        Answer answer = composer.compose("How many Russian soldiers died?", russians, corpus());
        assertTrue(answer.groups().isEmpty());
        assertTrue(answer.note().contains("It has no figures for Russian forces, so it shows none as an answer."));
        answer.passages().forEach(p -> assertTrue(p.text().toLowerCase().contains("russian"), p.text()));
    }

    @Test
    void theCountOfHiddenClaimsIsCorrectEnglishAndCallsOnlyDatedOnesOlder() {
        List<Claim> many = new ArrayList<>();
        for (int day = 1; day <= AnswerComposer.SHOWN_PER_GROUP + 1; day++) {
            long value = day == 1 ? 7 : day; // the oldest is no end of the spread, so it is left out
            many.add(kow(value, value, String.valueOf(value), "zelensky", day(2025, 3, day), Scope.TOTAL,
                    Certainty.CERTAIN));
        }
        many.add(kow(77L, 77L, "77", "nis", ClaimDate.UNKNOWN, Scope.TOTAL, Certainty.CERTAIN));
        many.add(kow(78L, 78L, "78", "hur", ClaimDate.UNKNOWN, Scope.TOTAL, Certainty.CERTAIN));
        Answer answer = composer.compose("q", asked(), new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, many, List.of()), "m"));
        String text = new TextRenderer().render(answer);
        assertTrue(text.contains("- ... and 1 older claim and 1 undated claim (`figures` lists every claim)"), text);
        assertTrue(text.contains("- 78 — Ukraine"), "the undated high end of the spread is shown: " + text);
    }

    @Test
    void aRevisionByAPersonNamesThePersonAndABodyIsIts() {
        String text = new TextRenderer().render(composer.compose("q", asked(), corpus()));
        assertTrue(text.contains("Volodymyr Zelensky revised the figure from more than 3,000 (23 Dec 2024) to 4,000"
                + " (1 Feb 2025)"), text);
        Claim nisLater = kow(1500L, 1500L, "1,500", "nis", day(2025, 2, 2), Scope.TOTAL, Certainty.CERTAIN);
        String body = new TextRenderer().render(composer.compose("q", asked(), new InMemoryCorpusIndex(
                new AnalyzedCorpus(ARTICLES, List.of(NIS_TOTAL, nisLater), List.of()), "b")));
        assertTrue(body.contains("South Korea's National Intelligence Service (NIS) revised its figure from approximately"
                + " 1,100 (19 Dec 2024) to 1,500 (2 Feb 2025)"), body);
    }

    @Test
    void aMonthDateMatchingADayFilterIsMarked() {
        // reported in February (round 64: a claim of January in an article of 24 Dec 2024 ends at that day)
        Claim month = reportedInFebruary(kow(700L, 700L, "700", "hur", ClaimDate.month(LocalDate.of(2025, 1, 1)),
                Scope.TOTAL, Certainty.CERTAIN));
        tally.app.answer.Period jan10 = new tally.app.answer.Period(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10),
                "on 10 Jan 2025");
        Answer answer = composer.compose("q", new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, jan10, true),
                new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, List.of(month, reportedInFebruary(INCIDENT), reportedInFebruary(TOTAL_FEB)),
                        List.of()), "p"));
        String text = new TextRenderer().render(answer);
        assertTrue(text.contains("- 700 — Ukraine's military intelligence (HUR/GUR) — claimed Jan 2025 (known only to the"
                + " month, which overlaps the period asked: on 10 Jan 2025)"), text);
        assertTrue(text.contains("- at least 30 (in one incident, not a total) — Volodymyr Zelensky, President of Ukraine —"
                + " claimed 10 Jan 2025 — reported"), text);
        assertFalse(text.contains("4,000"), text);
        assertNull(answer.groups().get(0).lowest(), "one total is no spread");
    }

    /** The claim as an article of 4 Feb 2025 reports it (kow's article is of 24 Dec 2024, before these claims). */
    private static Claim reportedInFebruary(Claim c) {
        tally.model.Source s = c.sources().get(0);
        return c.withSources(List.of(new tally.model.Source(s.file(), s.outlet(), s.title(), s.url(),
                tally.model.Published.stated(LocalDate.of(2025, 2, 4)), s.quote())));
    }

    private static Claim kow(Long low, Long high, String text, String claimant, ClaimDate date, Scope scope, Certainty c) {
        // each in a sentence of its own: two claims of one sentence revise nothing (trial 15)
        return own(claim(Metric.KILLED_OR_WOUNDED, fig(low, high, text), claimant, null, date, AL_JAZEERA, 0))
                .withScope(scope).withCertainty(c);
    }

    private static Claim withClaimant(Claim c, Claimant who) {
        return new Claim(c.metric(), c.figure(), who, null, c.claimDate(), c.sources(), c.scope(), c.certainty());
    }
}
