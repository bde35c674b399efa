package tally.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.port.CorpusIndex;
import tally.app.question.TestConfig;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.Metric;

class TallyEngineTest {

    private final AtomicReference<CorpusIndex> current = new AtomicReference<>(index());
    private final TallyEngine engine = new TallyEngine(current::get, TestConfig.DIRECTORY, TestConfig.LEXICON,
            java.time.Clock.fixed(java.time.Instant.parse("2025-02-10T12:00:00Z"), java.time.ZoneOffset.UTC));

    @Test
    void aFollowUpKeepsTheLastQuestionsSourceAndPeriodAndSaysSo() {
        Answer answer = engine.ask("and how many were wounded?", List.of("How many were killed according to Zelensky in January 2025?"));
        assertEquals(Set.of(Metric.WOUNDED), answer.parsed().metrics());
        assertEquals("zelensky", answer.parsed().claimant().id());
        assertEquals(LocalDate.of(2025, 1, 1), answer.parsed().period().from());
        assertTrue(answer.note().startsWith("Read as following on from your last question (\u201cHow many were killed "
                + "according to Zelensky in January 2025?\u201d): its source and period still apply."), answer.note());
    }

    /**
     * Trial 15: "ok and captured" after "how many were killed according to zelensky?" was read as a new question (every
     * claimant's captured figures, the source dropped without a word): fillers before an opener ("ok", "so", "hm")
     * are skipped. Near-miss: a filler alone opens no follow-up ("ok how many were captured?" is a question of its own).
     */
    @Test
    void fillersBeforeAnOpenerStillMakeAFollowUp() {
        String first = "how many were killed according to zelensky?";
        for (String next : List.of("ok and captured", "okay, and captured?", "so what about captured?",
                "hm and captured")) {
            Answer answer = engine.ask(next, List.of(first));
            assertEquals(Set.of(Metric.CAPTURED), answer.parsed().metrics(), next);
            assertEquals("zelensky", answer.parsed().claimant() == null ? null : answer.parsed().claimant().id(), next);
            assertTrue(engine.followsOn(next), next);
        }
        Answer what = engine.ask("ok what about South Korea?", List.of(first));
        assertEquals("south_korea", what.parsed().partyId(), "the words after the opener name the source asked now");
        assertFalse(engine.followsOn("ok how many were captured?"));
    }

    /**
     * Trial 7: "source?", "when was that?", "who said that?" after a question ask about its answer: it is given again,
     * with a note saying so, and a follow-up after it still follows the first question. Near-miss: a question that
     * holds such words with more of its own ("what sources say 3,000 died?") is read as itself.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"source?", "when was that?", "Who said that?",
            "where does that come from?", "which article?"})
    void aQuestionAboutTheLastAnswerGetsThatAnswerAgain(String about) {
        String first = "How many were killed according to Zelensky in January 2025?";
        Answer answer = engine.ask(about, List.of(first));
        Answer direct = engine.ask(first);
        assertEquals(direct.parsed(), answer.parsed());
        assertEquals(direct.groups(), answer.groups());
        assertTrue(answer.note().startsWith("Read as asking about your last question (\u201c" + first + "\u201d)"),
                answer.note());
        assertTrue(engine.followsOn(about), "adapters ask it after the last question, not alone");
        Answer next = engine.ask("and how many were wounded?", List.of(first, about));
        assertEquals("zelensky", next.parsed().claimant().id(), "the chain goes on from the first question");
        assertTrue(next.note().contains("\u201c" + first + "\u201d"), "the question it follows is named: " + next.note());
        assertEquals(Set.of(Metric.WOUNDED), next.parsed().metrics());
    }

    /**
     * Trial 7: "and the latest?" names no measure, so read alone it was off the topic and its kind of answer was
     * dropped: the follow-up listed every figure. It keeps its own kind and the last question's source and measure.
     * Near-miss: "and how many were wounded?" stays a listing.
     */
    /**
     * Newcomer trial, round 67: "who said that?" after a reply of passages said "its figures again" yet offered other
     * passages, found by its own words. It now shows the same passages; its echo is still the question typed.
     */
    @Test
    void aQuestionAboutALastReplyOfPassagesShowsTheSamePassages() {
        String first = "What happened to the soldiers in the trenches?";
        Answer direct = engine.ask(first);
        assertFalse(direct.passages().isEmpty(), "the first reply offers passages");
        Answer again = engine.ask("who said that?", List.of(first));
        assertEquals(direct.passages(), again.passages());
        assertEquals("who said that?", again.question());
    }

    @Test
    void aFollowUpThatAsksOnlyForAKindOfAnswerKeepsThatKind() {
        String first = "How many were killed or wounded according to Zelensky?";
        Answer latest = engine.ask("and the latest?", List.of(first));
        assertEquals(tally.app.answer.Intent.LATEST, latest.parsed().intent());
        assertEquals("zelensky", latest.parsed().claimant().id());
        assertEquals(Set.of(Metric.KILLED_OR_WOUNDED), latest.parsed().metrics());
        assertEquals(tally.app.answer.Intent.LIST, engine.ask("and how many were wounded?", List.of(first)).parsed().intent());
    }

    @Test
    void aQuestionThatHoldsSuchWordsWithMoreOfItsOwnIsReadAsItself() {
        Answer answer = engine.ask("what sources say 4,000 were killed or wounded?",
                List.of("How many were captured according to Zelensky?"));
        assertEquals(Set.of(Metric.KILLED_OR_WOUNDED), answer.parsed().metrics());
        assertFalse(answer.note() != null && answer.note().startsWith("Read as asking about"), answer.note());
        assertFalse(engine.followsOn("what sources say 4,000 were killed or wounded?"));
    }

    @Test
    void aFollowUpNamingAPartyOrASurnameAfterItsOpenerAsksThatSourceNow() {
        Answer party = engine.ask("what about South Korea?", List.of("What did Zelensky say about wounded soldiers?"));
        assertEquals("south_korea", party.parsed().partyId());
        assertEquals(null, party.parsed().claimant());
        assertEquals(Set.of(Metric.WOUNDED), party.parsed().metrics());
        Answer surname = engine.ask("what about Zelensky?", List.of("How many were wounded according to the NIS?"));
        assertEquals("zelensky", surname.parsed().claimant().id());
        Answer body = engine.ask("what about Ukraine's military intelligence?", List.of("How many were wounded?"));
        assertEquals("hur", body.parsed().claimant().id());
        assertEquals(tally.app.answer.Subject.Kind.UNSTATED, body.parsed().subject().kind(),
                "the source's words are not a question about Ukrainian forces");
    }

    /**
     * A percentage, rate or average is never a figure a source stated: the figures answer with a note that none of them
     * is the share or rate asked (before, a count was listed as if it answered "what percentage"). Near-misses: a
     * plain count, and words that only look alike ("separate", "date") say nothing of it.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            what percentage of the North Korean troops have been killed?      | true
            How many North Korean soldiers die per day?                       | true
            what is the monthly death rate of north korean troops?            | true
            on average how many north koreans were wounded each month         | true
            Який відсоток північнокорейських військових загинув?               | true
            how many north koreans were killed for every one wounded?         | true
            what is the total of killed plus wounded?                         | true
            how many more wounded than killed are there?                      | true
            how many more North Korean troops were sent?                      | false
            How many North Korean soldiers have been killed?                  | false
            How many were killed in separate attacks, and on what date?       | false
            How many North Korean troops were killed according to Zelensky?  | false
            """)
    void aQuestionForAPercentageOrRateIsToldNoFigureIsOne(String question, boolean derived) {
        Answer answer = engine.ask(question);
        assertTrue(answer.hasFigures(), "the stated figures are still shown: " + question);
        String note = answer.note() == null ? "" : answer.note();
        assertEquals(derived, note.contains("Tally does not work out percentages, rates, averages, sums or differences"), note);
    }

    @Test
    void aChainOfFollowUpsKeepsTheFirstQuestionsSource() {
        Answer third = engine.ask("and how many were wounded?",
                List.of("How many were killed according to Zelensky?", "and in January 2025?"));
        assertEquals("zelensky", third.parsed().claimant().id());
        assertEquals(LocalDate.of(2025, 1, 1), third.parsed().period().from());
        assertEquals(Set.of(Metric.WOUNDED), third.parsed().metrics());
    }

    @Test
    void aMonthWithoutAYearInAFollowUpIsTheOneNearestThePeriodAskedBefore() {
        Answer january = engine.ask("а в январе?", List.of("How many were killed in December 2024?"));
        assertEquals(LocalDate.of(2025, 1, 1), january.parsed().period().from());
        assertEquals("in January 2025", january.parsed().period().text());
        Answer november = engine.ask("and in November?", List.of("How many were killed in December 2024?"));
        assertEquals(LocalDate.of(2024, 11, 1), november.parsed().period().from());
        Answer ownYear = engine.ask("and in January 2026?", List.of("How many were killed in December 2024?"));
        assertEquals(LocalDate.of(2026, 1, 1), ownYear.parsed().period().from(), "a year the follow-up gives stands");
    }

    /**
     * Trial 8: "and before that?" after a question about January 2025 was read as January again and answered as if
     * asked. It asks for the time up to the day before; "since then?" for the time after, and it follows on with no
     * opener, keeping the source and measure. Near-misses: with no period asked last, or one open on that side, there
     * is nothing to place it against, and no period is made up.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "and before that?      | 0001-01-01 | 2024-12-31 | before January 2025 (up to 31 Dec 2024)",
        "before then?          | 0001-01-01 | 2024-12-31 | before January 2025 (up to 31 Dec 2024)",
        "а до этого?           | 0001-01-01 | 2024-12-31 | before January 2025 (up to 31 Dec 2024)",
        "and since then?       | 2025-02-01 | 9999-12-31 | after January 2025 (from 1 Feb 2025)",
        "what about after that?| 2025-02-01 | 9999-12-31 | after January 2025 (from 1 Feb 2025)",
    })
    void aFollowUpAboutTheTimeBeforeOrAfterTheLastPeriodAsksForThatTime(String asked, LocalDate from, LocalDate to,
            String text) {
        String first = "How many were killed according to Zelensky in January 2025?";
        assertTrue(engine.followsOn(asked), "adapters ask it after the last question");
        Answer answer = engine.ask(asked, List.of(first));
        assertEquals(from, answer.parsed().period().from());
        assertEquals(to, answer.parsed().period().to());
        assertEquals(text, answer.parsed().period().text());
        assertEquals("zelensky", answer.parsed().claimant().id());
        assertEquals(Set.of(Metric.KILLED), answer.parsed().metrics());
        assertTrue(answer.note().contains("its source and measure still apply."), answer.note());
    }

    /**
     * "is that more than 1,000?" after a question used to get the help text: it names no measure of its own. Opening
     * with "is that" it follows on, and checks its number against the last question's source and measure. Near-miss:
     * "is it true that ..." asks a question of its own and does not follow on.
     */
    @Test
    void isThatWithANumberChecksItAgainstTheLastQuestion() {
        String first = "How many were killed according to Zelensky?";
        assertTrue(engine.followsOn("is that more than 1,000?"));
        Answer check = engine.ask("is that more than 1,000?", List.of(first));
        assertEquals(tally.app.answer.Intent.CHECK, check.parsed().intent());
        assertEquals(1000, check.parsed().number().value());
        assertEquals("zelensky", check.parsed().claimant().id());
        assertEquals(Set.of(Metric.KILLED), check.parsed().metrics());
        assertFalse(engine.followsOn("is it true that 3,000 were killed?"), "a question of its own");
    }

    /**
     * Trial 12: "in January 2025?" typed alone after a question got the help text, while "and in January 2025?"
     * followed on. A question that names a time and nothing else follows on, keeping the last question's source and
     * measure. Near-misses: the same words asked first stay as they were (no question to follow), and a question with
     * a measure of its own, or a long off-topic one, is a question of its own.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"in January 2025?", "January 2025?", "during March 2025"})
    void aQuestionThatNamesOnlyATimeFollowsOnFromTheLastOne(String asked) {
        String first = "How many North Koreans were captured according to Zelensky?";
        assertTrue(engine.followsOn(asked), "adapters ask it after the last question");
        Answer answer = engine.ask(asked, List.of(first));
        assertEquals("zelensky", answer.parsed().claimant().id());
        assertEquals(Set.of(Metric.CAPTURED), answer.parsed().metrics());
        assertTrue(answer.parsed().onTopic());
        assertTrue(answer.note().contains("its source and measure still apply."), answer.note());
    }

    @Test
    void aQuestionOfItsOwnWithATimeDoesNotFollowOn() {
        assertFalse(engine.followsOn("how many were killed in January 2025?"), "a measure of its own");
        assertFalse(engine.followsOn("tell me everything you know about the history of Paris in January 2025"),
                "a long question about something else");
        assertFalse(engine.followsOn("hello there"), "no time named");
        assertFalse(engine.ask("in January 2025?").parsed().claimant() != null, "asked first, nothing to carry");
    }

    @Test
    void beforeThatWithNoLastPeriodOrAnOpenOneMakesNoPeriodUp() {
        assertEquals(null, engine.ask("and before that?", List.of("How many were killed?")).parsed().period());
        Answer open = engine.ask("and before that?", List.of("How many were killed before February 2025?"));
        assertEquals(LocalDate.of(2025, 1, 31), open.parsed().period().to(), "the last period, kept: nothing lies before it");
        Answer since = engine.ask("and after that?", List.of("How many were killed since January 2025?"));
        assertEquals(LocalDate.of(2025, 1, 1), since.parsed().period().from(), "it runs to today: nothing lies after it");
        Answer back = engine.ask("since then?", List.of("How many were killed in January 2025?", "and before that?"));
        assertEquals(LocalDate.of(2025, 1, 1), back.parsed().period().from());
        assertEquals("from 1 Jan 2025 (after the period asked last)", back.parsed().period().text(),
                "a period not said as 'in ...' is given by its dates");
    }

    @Test
    void aQuestionsTerminalControlsAreNeutralisedBeforeItIsEchoed() {
        Answer answer = engine.ask("How many killed\u001b[31m RED\u0007 according to \u202eZelensky?");
        assertFalse(answer.question().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), answer.question());
        assertEquals("zelensky", answer.parsed().claimant().id(), "the cleaned question is the one read");
        Answer followUp = engine.ask("and wounded?\u001b]0;pwned\u0007", List.of("killed according to Zelensky\u001b[2J"));
        assertFalse(followUp.question().contains("\u001b"), followUp.question());
        assertEquals("zelensky", followUp.parsed().claimant().id());
    }

    /**
     * "How many are there now?" answered with months-old figures says how old the newest is; near-misses: the same
     * question while the figures are recent, and a plain listing, say nothing of age.
     */
    @Test
    void aQuestionAboutNowSaysHowOldTheNewestFigureIs() {
        TallyEngine later = new TallyEngine(current::get, TestConfig.DIRECTORY, TestConfig.LEXICON,
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        Answer now = later.ask("how many north korean soldiers have been killed rn?");
        assertEquals(tally.app.answer.Intent.LATEST, now.parsed().intent());
        assertTrue(String.valueOf(now.note()).startsWith("The newest figure here was claimed "), now.note());
        assertTrue(now.note().contains(" months before today: the sources hold nothing newer"), now.note());
        java.time.LocalDate newestShown = now.groups().stream().flatMap(g -> g.claims().stream())
                .map(c -> c.claimDate().date()).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        assertTrue(now.note().contains(tally.model.ClaimDate.day(newestShown, tally.model.DateBasis.STATED).display()
                .replaceAll(" \\(.*", "")), "the newest of every figure shown, alongside ones too: " + now.note());
        assertFalse(String.valueOf(engine.ask("how many north korean soldiers have been killed rn?").note())
                .contains("newest figure here"), "recent figures need no word on their age");
        assertFalse(String.valueOf(later.ask("how many north korean soldiers have been killed?").note())
                .contains("newest figure here"), "a plain listing does not ask about now");
    }

    @Test
    void aQuestionThatDoesNotOpenAsAFollowUpIsReadOnItsOwn() {
        Answer answer = engine.ask("How many were wounded?", List.of("How many were killed according to Zelensky in January 2025?"));
        assertEquals(null, answer.parsed().claimant());
        assertEquals(null, answer.parsed().period());
        assertFalse(String.valueOf(answer.note()).contains("following on"), answer.note());
    }

    /** Trial 11: "what about January 2025?" was read as a source named "January", and the answer showed no figure. */
    @Test
    void aFollowUpNamingAMonthAsksForThatMonthNotASourceOfThatName() {
        Answer answer = engine.ask("what about January 2025?", List.of("how many were killed according to Zelensky"));
        assertEquals(null, answer.parsed().unknownSource(), answer.parsed().toString());
        assertEquals("zelensky", answer.parsed().claimant().id(), "the source asked before still applies");
        assertEquals(java.time.LocalDate.of(2025, 1, 1), answer.parsed().period().from());
        Answer mossad = engine.ask("what about the Mossad?", List.of("how many were killed in January 2025?"));
        assertEquals("the Mossad", mossad.parsed().unknownSource(), "a name after the opener is still a source");
    }

    /** Trial 10: after "how many generals died?", "what about December?" listed every North Korean death. */
    @Test
    void aFollowUpKeepsASubjectTallyDoesNotCountAndSaysSo() {
        Answer answer = engine.ask("What about December 2024?", List.of("how many generals died"));
        assertFalse(answer.parsed().subject().covered(), answer.parsed().toString());
        assertFalse(answer.hasFigures(), "no North Korean deaths as the answer about generals");
        assertTrue(answer.note().contains("its measure and subject still apply.")
                && answer.note().contains("generals"), answer.note());
    }

    @Test
    void aFollowUpOfAQuestionAboutNorthKoreanTroopsCarriesNoSubject() {
        Answer answer = engine.ask("What about December 2024?", List.of("how many North Korean soldiers died"));
        assertTrue(answer.parsed().subject().covered(), answer.parsed().toString());
        assertTrue(answer.note().contains("its measure still applies."), answer.note());
    }

    @Test
    void aFollowUpNamingItsOwnSourceKeepsOnlyTheMeasure() {
        Answer answer = engine.ask("what about South Korea's spy agency?", List.of("How many were wounded according to Zelensky?"));
        assertEquals(Set.of(Metric.WOUNDED), answer.parsed().metrics());
        assertEquals("nis", answer.parsed().claimant().id());
        assertTrue(answer.note().contains("its measure still applies."), answer.note());
    }

    @Test
    void relativeDatesInAQuestionAreReadAgainstTodayFromTheInjectedClock() {
        Answer answer = engine.ask("How many North Korean troops were sent last month?");
        assertEquals(LocalDate.of(2025, 1, 1), answer.parsed().period().from(), "today is 10 Feb 2025 by the clock");
        assertEquals("in January 2025 (last month)", answer.parsed().period().text());
        assertEquals(Set.of(Metric.DEPLOYED), answer.parsed().metrics());
    }

    @Test
    void aMonthWithoutAYearIsTheLatestSuchMonthThatHasClaims() {
        TallyEngine later = new TallyEngine(current::get, TestConfig.DIRECTORY, TestConfig.LEXICON,
                java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        Answer answer = later.ask("How many North Korean soldiers were killed in mid-December?");
        assertEquals(LocalDate.of(2024, 12, 11), answer.parsed().period().from(), "December 2025 has no claims");
        assertEquals(LocalDate.of(2024, 12, 20), answer.parsed().period().to());
    }

    @Test
    void askAnswersWithTheClaimsOfTheClaimantNamed() {
        Answer answer = engine.ask("How many North Korean soldiers were killed or wounded according to Zelensky?");
        List<Claim> shown = answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
        assertEquals(Set.of(ZELENSKY_DEC, ZELENSKY_JAN, ZELENSKY_UNDATED), Set.copyOf(shown));
    }

    /**
     * The summary is bounded per measure (it must fit a pinned message): with more claims of one measure than it shows,
     * it counts them all, shows the newest and both ends of the spread, and says how many it leaves out; measures
     * with fewer claims are shown whole. The fixture has 18 deployment claims, more than the twelve shown.
     */
    @Test
    void summaryCountsEveryClaimShowsTheNewestAndBothEndsOfEachMeasureAndSaysHowManyItLeavesOut() {
        List<Claim> march = new java.util.ArrayList<>();
        for (int d = 1; d <= 15; d++) {
            march.add(claim(Metric.DEPLOYED, fig(5000L + d, 5000L + d, String.valueOf(5000 + d)), "nis", null,
                    day(2025, 3, d), AL_JAZEERA, 0));
        }
        List<Claim> all = new java.util.ArrayList<>(CLAIMS);
        all.addAll(march);
        TallyEngine big = new TallyEngine(() -> index(all), TestConfig.DIRECTORY, TestConfig.LEXICON,
                java.time.Clock.fixed(java.time.Instant.parse("2025-04-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        Answer summary = big.summary();

        assertEquals(all.size(), summary.groups().stream().mapToInt(FigureGroup::total).sum(), "every claim counted");
        assertTrue(summary.groups().stream().noneMatch(FigureGroup::related));
        FigureGroup deployed = summary.groups().stream().filter(g -> g.metric() == Metric.DEPLOYED).findFirst()
                .orElseThrow();
        assertEquals(18, deployed.total());
        List<Claim> expected = new java.util.ArrayList<>();
        for (int d = 15; d >= 4; d--) {
            expected.add(march.get(d - 1));
        }
        expected.add(BUDANOV_DEPLOYED);
        expected.add(NIS_DEPLOYED);
        assertEquals(texts(expected), texts(deployed.claims()),
                "the twelve newest, then the highest (8,000) and the lowest total (3,000; 'another 1,500' is an addition)");
        assertEquals(4, deployed.hidden(), "3 March claims and 'another 1,500' of October are left out");
        for (FigureGroup small : summary.groups()) {
            if (small.metric() != Metric.DEPLOYED) {
                assertEquals(small.total(), small.claims().size(), small.metric() + " has fewer than twelve claims");
            }
        }
        String text = new tally.app.render.TextRenderer().render(summary);
        assertTrue(text.contains("- ... and 4 older claims (`figures` lists every claim)"), text);
        assertFalse(text.contains("- 5003 — "), "an older claim is not listed: " + text);
        assertEquals(tally.app.compose.AnswerComposer.CAVEAT, summary.caveat());
    }

    private static List<String> texts(List<Claim> claims) {
        return claims.stream().map(c -> c.figure().text()).toList();
    }

    @Test
    void aSwappedIndexIsUsedFromTheNextCallOn() {
        assertEquals("v-test", engine.corpusVersion());
        assertTrue(engine.ask("How many North Koreans were captured?").hasFigures());
        current.set(new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, List.of(HUR_KILLED), List.of()), "v2"));
        assertEquals("v2", engine.corpusVersion());
        assertFalse(engine.ask("How many North Koreans were captured?").hasFigures());
        assertTrue(engine.problems().isEmpty());
    }

    @Test
    void claimantsAreTheKnownClaimantsAndRelayersInTheCorpusSortedByName() {
        List<String> ids = engine.claimants().stream().map(Claimant::id).toList();
        assertEquals(Set.of("zelensky", "pentagon", "hur", "budanov", "nis", "park_sun_won"), Set.copyOf(ids));
        assertEquals(ids.size(), Set.copyOf(ids).size());
        List<String> names = engine.claimants().stream().map(Claimant::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void anArticleListsTheClaimsItReportsNewestFirst() {
        Tally.ArticleClaims pravda = engine.article(PRAVDA.file()).orElseThrow();
        assertEquals(List.of(ZELENSKY_JAN, ZELENSKY_UNDATED), pravda.claims());
        assertEquals(2, pravda.article().claimCount());
        assertTrue(engine.article("no-such-file.txt").isEmpty());
    }

    @Test
    void articlesCountTheirClaimsAndIncludeArticlesWithoutClaims() {
        List<ArticleInfo> articles = engine.articles();
        assertEquals(ARTICLES.size(), articles.size());
        ArticleInfo leMonde = articles.stream().filter(a -> a.file().equals(LE_MONDE.file())).findFirst().orElseThrow();
        assertEquals(1, leMonde.claimCount());
        assertEquals(3, articles.stream().filter(a -> a.file().equals(DEVDISCOURSE.file())).findFirst().orElseThrow().claimCount());
    }

    @Test
    void figuresAndProblemsComeFromTheIndex() {
        assertEquals(List.of(NIS_PLANNED), engine.figures(new FigureQuery(Set.of(Metric.PLANNED_DEPLOYMENT), null, null)));
        assertEquals("broken.txt", engine.problems().get(0).file());
    }
}
