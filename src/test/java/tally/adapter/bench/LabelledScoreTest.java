package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

class LabelledScoreTest {

    private static final String FILE = "a.txt";
    private static final String SENTENCE = "The NIS said on Monday that 1,100 North Korean soldiers had been killed.";
    private static final Claimant NIS = new Claimant("nis", "South Korea's NIS", Claimant.Kind.OFFICIAL_BODY);

    private static GoldFile.Claim row(String metric, Long low, Long high, String text, String claimant, String id,
                                      String date) {
        return new GoldFile.Claim(SENTENCE, null, text, metric, low, high, null, claimant, id, null, null, date,
                "day", "stated", "total", null);
    }

    private static Claim claim(Metric metric, Long low, Long high, String text, Claimant who, String date) {
        ClaimDate d = date == null ? ClaimDate.UNKNOWN : ClaimDate.day(LocalDate.parse(date), DateBasis.STATED);
        return new Claim(metric, new Figure(low, high, null, text), who, null, d,
                List.of(new Source(FILE, null, null, null, null, SENTENCE)));
    }

    private static LabelledScore score(List<Claim> claims, GoldFile.Claim... rows) {
        return LabelledScore.of(claims, Map.of(FILE, new GoldFile(FILE, List.of(rows), List.of(
                new GoldFile.NonClaim(SENTENCE, "300 artillery shells", "not_troops", "munitions")))));
    }

    @Test
    void aFindingWithTheRowsFigureClaimantAndDateIsRightOnEveryMeasure() {
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10")),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), List.of(s.recall(), s.precision(), s.attribution(), s.dates()));
        assertEquals(0, s.errors().values().stream().mapToInt(List::size).sum(), s.details());
    }

    /**
     * Round 53: a row missed in a sentence that gave nothing says which gate dropped its number (the one its words
     * hold), and the rows of unread sentences are counted by gate in the aggregate line; with no trace, nothing is said.
     */
    @Test
    void aRowMissedInAnUnreadSentenceNamesTheGateThatDroppedItsNumber() {
        GoldFile.Claim missed = row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10");
        LabelledScore.Gates gates = (file, isTheSentence) -> FILE.equals(file) && isTheSentence.test(SENTENCE)
                ? List.of(new LabelledScore.Dropped("Monday", "date", "part of a date"),
                        new LabelledScore.Dropped("1,100", "no_metric", "a troop noun, but no verb of fate"))
                : List.of();
        LabelledScore s = LabelledScore.of(List.of(), Map.of(FILE, new GoldFile(FILE, List.of(missed), List.of())),
                GoldMatch.NO_PARTIES, gates);
        assertEquals(List.of("a.txt: killed '1,100' (The NIS) [dropped '1,100': a troop noun, but no verb of fate] in: "
                + SENTENCE), s.errors().get("missed"));
        assertTrue(s.summary().contains("missed in unread sentences 1 {no_metric=1}"), s.summary());
        LabelledScore plain = LabelledScore.of(List.of(), Map.of(FILE, new GoldFile(FILE, List.of(missed), List.of())));
        assertFalse(plain.details().contains("[dropped"), plain.details());
        assertTrue(plain.summary().contains("missed in unread sentences 1,"), plain.summary());
    }

    @Test
    void theSameNumberUnderAnotherMetricIsAWrongMetricNotAMatch() {
        LabelledScore s = score(List.of(claim(Metric.WOUNDED, 1100L, 1100L, "1,100", NIS, "2025-03-10")),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.precision());
        assertEquals(1, s.errorCount("wrong metric"), s.details());
        assertEquals(0, s.errorCount("missed") + s.errorCount("spurious"), s.details());
    }

    @Test
    void aWrongClaimantAndAWrongDateAreCountedOverMatchesOnly() {
        Claimant zelensky = new Claimant("zelensky", "Zelensky", Claimant.Kind.PERSON);
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", zelensky, "2025-03-09")),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(1.0, s.recall());
        assertEquals(0.0, s.attribution());
        assertEquals(0.0, s.dates());
        assertEquals(1, s.errorCount("wrong claimant"));
        assertEquals(1, s.errorCount("wrong date"));
    }

    @Test
    void aWrongClaimantAndAWrongStatedDateReadAsCertainAreStatedAsFact() {
        Claimant zelensky = new Claimant("zelensky", "Zelensky", Claimant.Kind.PERSON);
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", zelensky, "2025-03-09")),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(new LabelledScore.AsFact(1, 1, 0, 0, 0, 0), s.asFact());
    }

    @Test
    void aWrongFieldMarkedUncertainOrLeftUnknownIsNotStatedAsFact() {
        Claimant zelensky = new Claimant("zelensky", "Zelensky", Claimant.Kind.PERSON);
        Certainty doubted = new Certainty(Certainty.Field.SURE, Certainty.Field.doubt("claimant from a previous "
                + "sentence", null), Certainty.Field.doubt("date of the occasion another sentence dates", null));
        LabelledScore doubtedScore = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", zelensky, "2025-03-09")
                .withCertainty(doubted)), row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        LabelledScore unknown = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", Claimant.UNKNOWN, null)),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(new LabelledScore.AsFact(0, 0, 0, 0, 0, 0), doubtedScore.asFact());
        assertEquals(new LabelledScore.AsFact(0, 0, 0, 0, 0, 0), unknown.asFact());
        assertEquals(List.of(1, 1), List.of(unknown.errorCount("wrong claimant"), unknown.errorCount("wrong date")),
                "still errors, only not stated as fact: " + unknown.details());
    }

    @Test
    void theReportsDateStandingInIsNotAStatedDate() {
        Claim reportDated = claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, null)
                .withClaimDate(ClaimDate.day(LocalDate.parse("2025-03-11"), DateBasis.REPORT_DATE));
        LabelledScore s = score(List.of(reportDated), row("killed", 1100L, 1100L, "1,100", "The NIS", "nis",
                "2025-03-10"));
        assertEquals(1, s.errorCount("wrong date"), s.details());
        assertEquals(0, s.asFact().date());
    }

    @Test
    void aRightClaimWithADoubtedFieldIsCountedAsTheCostOfCaution() {
        Certainty doubted = Certainty.CERTAIN.withMetric(Certainty.Field.doubt("two verbs could govern this number",
                "killed"));
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10")
                .withCertainty(doubted)), row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(new LabelledScore.AsFact(0, 0, 0, 1, 0, 0), s.asFact());
    }

    @Test
    void aNumberReadCertainlyUnderTheWrongMetricIsStatedAsFactAndADoubtedOneIsNot() {
        GoldFile.Claim killed = row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10");
        Claim wounded = claim(Metric.WOUNDED, 1100L, 1100L, "1,100", NIS, "2025-03-10");
        assertEquals(1, score(List.of(wounded), killed).asFact().metric());
        assertEquals(0, score(List.of(wounded.withCertainty(Certainty.CERTAIN.withMetric(Certainty.Field.doubt(
                "two verbs could govern this number", "wounded")))), killed).asFact().metric());
    }

    @Test
    void anIncidentReadAsATotalIsCountedApartFromATotalReadAsAPeriod() {
        GoldFile.Claim incident = new GoldFile.Claim(SENTENCE, null, "1,100", "killed", 1100L, 1100L, null, "The NIS",
                "nis", null, null, "2025-03-10", "day", "stated", "incident", null);
        Claim readAsTotal = claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10");
        LabelledScore harmful = score(List.of(readAsTotal), incident);
        assertEquals(new LabelledScore.AsFact(0, 0, 0, 0, 1, 0), harmful.asFact());
        assertEquals(1, harmful.errorCount("wrong scope"), harmful.details());
        LabelledScore cautious = score(List.of(readAsTotal.withScope(tally.model.Scope.PERIOD)),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(new LabelledScore.AsFact(0, 0, 0, 0, 0, 1), cautious.asFact());
        LabelledScore right = score(List.of(readAsTotal.withScope(tally.model.Scope.INCIDENT)), incident);
        assertEquals(0, right.errorCount("wrong scope"), right.details());
    }

    @Test
    void aNumberTheGoldListsAsMunitionsIsANonTroopFigure() {
        LabelledScore s = score(List.of(claim(Metric.DEPLOYED, 300L, 300L, "300", NIS, null)));
        assertEquals(1, s.nonTroop());
        assertEquals(0, s.errorCount("spurious"));
        assertEquals(0.0, s.precision());
    }

    @Test
    void aRowWhoseDateTheTextCannotSettleIsNotScoredForDates() {
        GoldFile.Claim undated = new GoldFile.Claim(SENTENCE, null, "1,100", "killed", 1100L, 1100L, null, "The NIS",
                "nis", null, null, null, "unknown", "unknown", "total", false);
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10")), undated);
        assertEquals(0, s.datesScored());
        assertEquals(1.0, s.dates());
    }

    @Test
    void theArticlesOwnVoiceWantsNoClaimant() {
        GoldFile.Claim voice = row("killed", 1100L, 1100L, "1,100", null, null, null);
        assertEquals(1.0, score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", Claimant.UNKNOWN, null)), voice)
                .attribution());
        assertEquals(0.0, score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, null)), voice).attribution());
    }

    @Test
    void aVagueFigureMatchesByItsWording() {
        LabelledScore s = score(List.of(claim(Metric.KILLED, null, null, "Hundreds", NIS, "2025-03-10")),
                row("killed", null, null, "hundreds", "The NIS", "nis", "2025-03-10"));
        assertEquals(1.0, s.recall());
        LabelledScore other = score(List.of(claim(Metric.KILLED, null, null, "thousands", NIS, "2025-03-10")),
                row("killed", null, null, "hundreds", "The NIS", "nis", "2025-03-10"));
        assertEquals(0.0, other.recall());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a senior US defence official | senior U.S. defence official | true
            the Kremlin                  | Kremlin                      | true
            South Korean and Western intelligence agencies | South Korean and Western intelligence agencies | true
            Seoul's spy agency, South Korea's spy agency | South Korea's spy agency | true
            a senior US defence official | official                     | false
            Western officials            | Ukrainian officials          | false
            """)
    void unlistedSourcesAreComparedByTheirWords(String gold, String found, boolean same) {
        assertEquals(same, GoldMatch.sameClaimant(gold, null, Claimant.unlisted(found, Claimant.Kind.GROUP)));
    }

    @Test
    void aClaimMergedFromTwoStatementsOfOneArticleFindsBothRowsEachInItsOwnWordingAndDate() {
        String headline = "3,000 North Korean soldiers were killed, the NIS said.";
        ClaimDate monday = ClaimDate.day(LocalDate.parse("2025-03-10"), DateBasis.STATED);
        Claim merged = new Claim(Metric.KILLED, new Figure(3000L, null, "more than", "more than 3,000"), NIS, null,
                monday, List.of(new Source(FILE, null, null, null, null, headline, "3,000",
                        ClaimDate.day(LocalDate.parse("2025-03-12"), DateBasis.REPORT_DATE)),
                new Source(FILE, null, null, null, null, SENTENCE, "exceeded 3,000", monday)));
        GoldFile.Claim first = new GoldFile.Claim(headline, null, "3,000", "killed", 3000L, 3000L, null, "The NIS", "nis",
                null, null, "2025-03-12", "day", "report_date", "total", null);
        GoldFile.Claim second = row("killed", 3000L, null, "exceeded 3,000", "The NIS", "nis", "2025-03-10");
        LabelledScore s = score(List.of(merged), first, second);
        assertEquals(1.0, s.recall(), s.details());
        assertEquals(1.0, s.dates(), s.details());
    }

    /** The merged claim shows another article's date; this article's own date is the one its row judges. */
    @Test
    void aClaimMergedWithAnotherArticleIsJudgedByTheDateThisArticleGivesIt() {
        ClaimDate monday = ClaimDate.day(LocalDate.parse("2025-03-10"), DateBasis.STATED);
        ClaimDate wrongHere = ClaimDate.day(LocalDate.parse("2025-03-05"), DateBasis.STATED);
        Claim merged = new Claim(Metric.KILLED, new Figure(1100L, 1100L, null, "1,100"), NIS, null, monday,
                List.of(new Source("other.txt", null, null, null, null, SENTENCE, "1,100", monday),
                        new Source(FILE, null, null, null, null, SENTENCE, "1,100", wrongHere)));
        LabelledScore s = score(List.of(merged), row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(1.0, s.recall(), s.details());
        assertEquals(0.0, s.dates(), s.details());
        assertEquals(1, s.errorCount("wrong date"));
    }

    @Test
    void aGoldRowNamingAWholeSideByItsPartyIdTakesAnyClaimantOfThatParty() {
        java.util.function.Function<String, String> partyOf = id -> id.equals("nis") ? "south_korea" : null;
        assertTrue(GoldMatch.sameClaimant("Seoul", "south_korea", NIS, partyOf));
        assertFalse(GoldMatch.sameClaimant("Seoul", "south_korea", NIS));
        assertFalse(GoldMatch.sameClaimant("Kyiv", "ukraine", NIS, partyOf));
        assertTrue(GoldMatch.sameClaimant("South Korea", "south_korea", Claimant.unlisted("South Korea", Claimant.Kind.GROUP), partyOf));
        assertTrue(GoldMatch.sameClaimant("a Western diplomat", "western_officials",
                Claimant.unlisted("a Western diplomat", Claimant.Kind.GROUP), partyOf));
    }

    private static Claim claimIn(String sentence, Metric metric, long value) {
        return new Claim(metric, new Figure(value, value, null, String.valueOf(value)), NIS, null,
                ClaimDate.day(LocalDate.parse("2025-03-10"), DateBasis.STATED),
                List.of(new Source(FILE, null, null, null, null, sentence)));
    }

    private static GoldFile.Claim rowIn(String sentence, List<String> alsoIn, String metric, long value) {
        return new GoldFile.Claim(sentence, alsoIn, String.valueOf(value), metric, value, value, null, "The NIS", "nis",
                null, null, "2025-03-10", "day", "stated", "total", null);
    }

    private static final String OTHER = "Later the NIS said 1100 North Korean soldiers had been wounded.";
    private static final String ELSEWHERE = "Seoul's spy agency repeated that 1100 had died.";

    @Test
    void aFindingMatchesARowOnlyFromTheRowsOwnSentence() {
        LabelledScore s = score(List.of(claimIn(ELSEWHERE, Metric.KILLED, 1100)),
                rowIn(SENTENCE, List.of(), "killed", 1100));
        assertEquals(0.0, s.recall(), s.details());
        assertEquals(0.0, s.precision(), s.details());
        assertEquals(1, s.errorCount("missed"), s.details());
        assertEquals(1, s.errorCount("spurious"), s.details());
    }

    @Test
    void recallIsBrokenDownByTheRowsMetricAndByWhetherTheMissedRowsSentenceGaveAnyFinding() {
        // the killed row of SENTENCE is found; its wounded row is passed over beside it; OTHER's row goes unread
        LabelledScore s = score(List.of(claimIn(SENTENCE, Metric.KILLED, 1100)),
                rowIn(SENTENCE, List.of(), "killed", 1100), rowIn(SENTENCE, List.of(), "wounded", 300),
                rowIn(OTHER, List.of(), "wounded", 1100));
        LabelledScore.Recall by = s.recallBy();
        assertEquals(List.of(1, 1), List.of(by.byMetric().get("killed")[0], by.byMetric().get("killed")[1]));
        assertEquals(List.of(2, 0), List.of(by.byMetric().get("wounded")[0], by.byMetric().get("wounded")[1]));
        assertEquals(1, by.silentSentence(), s.details());
        assertEquals(1, by.besideOtherFindings(), s.details());
        assertTrue(s.summary().contains("recall by metric: killed 1/1, wounded 0/2"), s.summary());
    }

    @Test
    void wrongDatesAreCountedByTheGoldsBasisAndWhetherADateWasGivenAtAll() {
        LabelledScore s = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-11")),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(Map.of("stated, got a date", 1), s.recallBy().wrongDates());
        LabelledScore none = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, null)),
                row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10"));
        assertEquals(Map.of("stated, got none", 1), none.recallBy().wrongDates());
    }

    /**
     * Wrong claimants are counted by which way they are wrong, in words that name no article, so the sealed part's
     * aggregate line can say where its attribution is lost.
     */
    @Test
    void wrongClaimantsAreCountedByWhichWayTheyAreWrongAndWhetherTheyWereDoubted() {
        Claimant budanov = new Claimant("budanov", "Kyrylo Budanov", Claimant.Kind.PERSON);
        GoldFile.Claim nisRow = row("killed", 1100L, 1100L, "1,100", "The NIS", "nis", "2025-03-10");
        assertEquals(Map.of("listed, got another listed, certain", 1), score(List.of(
                claim(Metric.KILLED, 1100L, 1100L, "1,100", budanov, "2025-03-10")), nisRow)
                .recallBy().wrongClaimants());
        assertEquals(Map.of("a source, got none, certain", 1), score(List.of(
                claim(Metric.KILLED, 1100L, 1100L, "1,100", Claimant.UNKNOWN, "2025-03-10")), nisRow)
                .recallBy().wrongClaimants());
        assertEquals(Map.of("own voice, got a source, certain", 1), score(List.of(
                claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10")),
                row("killed", 1100L, 1100L, "1,100", null, null, "2025-03-10")).recallBy().wrongClaimants());
        GoldFile.Claim relayed = new GoldFile.Claim(SENTENCE, null, "1,100", "killed", 1100L, 1100L, null, "The NIS",
                "nis", "Kyrylo Budanov", "budanov", "2025-03-10", "day", "stated", "total", null);
        assertEquals(Map.of("got the relay, certain", 1), score(List.of(
                claim(Metric.KILLED, 1100L, 1100L, "1,100", budanov, "2025-03-10")), relayed)
                .recallBy().wrongClaimants());
        LabelledScore right = score(List.of(claim(Metric.KILLED, 1100L, 1100L, "1,100", NIS, "2025-03-10")), nisRow);
        assertEquals(Map.of(), right.recallBy().wrongClaimants());
        assertTrue(!right.summary().contains("wrong claimants by kind"), right.summary());
    }

    @Test
    void aFindingFromASentenceTheRowListsInAlsoInMatchesIt() {
        LabelledScore s = score(List.of(claimIn(ELSEWHERE, Metric.KILLED, 1100)),
                rowIn(SENTENCE, List.of(ELSEWHERE), "killed", 1100));
        assertEquals(1.0, s.recall(), s.details());
        assertEquals(1.0, s.precision(), s.details());
    }

    @Test
    void aFigureReadUnderTheWrongMetricIsWrongEvenWhenAnotherSentenceHasARowOfThatMetricAndValue() {
        // SENTENCE's 1,100 are the killed; OTHER's 1,100 the wounded. Reading SENTENCE's as wounded must not match
        // OTHER's row, and OTHER's row is then missed.
        LabelledScore s = score(List.of(claimIn(SENTENCE, Metric.WOUNDED, 1100)),
                rowIn(SENTENCE, List.of(), "killed", 1100), rowIn(OTHER, List.of(), "wounded", 1100));
        assertEquals(0.0, s.recall(), s.details());
        assertEquals(0.0, s.precision(), s.details());
        assertEquals(1, s.errorCount("wrong metric"), s.details());
        assertEquals(1, s.errorCount("missed"), s.details());
        LabelledScore right = score(List.of(claimIn(SENTENCE, Metric.KILLED, 1100), claimIn(OTHER, Metric.WOUNDED, 1100)),
                rowIn(SENTENCE, List.of(), "killed", 1100), rowIn(OTHER, List.of(), "wounded", 1100));
        assertEquals(1.0, right.recall(), right.details());
        assertEquals(1.0, right.precision(), right.details());
    }

    @Test
    void aListedClaimantIsNotTheSameAsAnUnlistedOneOfTheSameName() {
        assertFalse(GoldMatch.sameClaimant("The NIS", "nis", Claimant.unlisted("The spy agency", Claimant.Kind.OFFICIAL_BODY)));
        assertTrue(GoldMatch.sameClaimant("The NIS", "nis", NIS));
        assertFalse(GoldMatch.sameClaimant("the Kremlin", null, new Claimant("kremlin", "Kremlin", Claimant.Kind.OFFICIAL_BODY)));
    }
}
