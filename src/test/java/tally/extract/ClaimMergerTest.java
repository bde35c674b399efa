package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

class ClaimMergerTest {

    private static final Claimant ZELENSKY = new Claimant("zelensky", "Zelensky", Claimant.Kind.PERSON);

    @Test
    void reportsOfTheSameClaimOnTheSameDayBecomeOneClaimWithEverySource() {
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim("a.txt", "more than 3,000", ClaimDate.day(LocalDate.of(2024, 12, 23), DateBasis.STATED)),
                claim("b.txt", "exceeded 3,000", ClaimDate.day(LocalDate.of(2024, 12, 24), DateBasis.REPORT_DATE)),
                claim("c.txt", "more than 3,000", ClaimDate.month(LocalDate.of(2024, 12, 1)))));
        assertEquals(1, merged.size());
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), merged.get(0).sources().stream().map(Source::file).toList());
        assertEquals("2024-12-23", merged.get(0).claimDate().iso(), "the stated day beats the month and the report date");
    }

    /** Trial 11: "claimed 2 Sep 2025 (date of the report)" beside a report of the same claim on 22 August. */
    @Test
    void aClaimDatedOnlyByAReportIsDatedByItsFirstReport() {
        Claim undated = claimPublished("early.txt", LocalDate.of(2025, 8, 22), ClaimDate.UNKNOWN);
        Claim reported = claimPublished("late.txt", LocalDate.of(2025, 9, 2),
                ClaimDate.day(LocalDate.of(2025, 9, 2), DateBasis.REPORT_DATE));
        List<Claim> merged = ClaimMerger.merge(List.of(reported, undated));
        assertEquals(1, merged.size());
        assertEquals("2025-08-22", merged.get(0).claimDate().iso());
        assertEquals(DateBasis.REPORT_DATE, merged.get(0).claimDate().basis());
        Claim stated = claimPublished("late.txt", LocalDate.of(2025, 9, 2),
                ClaimDate.day(LocalDate.of(2025, 9, 1), DateBasis.STATED));
        assertEquals("2025-09-01", ClaimMerger.merge(List.of(stated, undated)).get(0).claimDate().iso(),
                "a date the source states is kept: it is read, not inferred from the report");
    }

    /**
     * Trial 15: a report published on 21 November cannot carry a claim first stated on 19 December: the two are two
     * acts of claiming, and the earlier report keeps its own date instead of taking the later one.
     */
    @Test
    void aClaimStatedAfterAnotherReportWasPublishedIsNotTheClaimThatReportCarried() {
        Claim november = claimPublished("nov.txt", LocalDate.of(2024, 11, 21),
                ClaimDate.day(LocalDate.of(2024, 11, 21), DateBasis.REPORT_DATE));
        Claim december = claimPublished("dec.txt", LocalDate.of(2024, 12, 20),
                ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED));
        List<Claim> merged = ClaimMerger.merge(List.of(november, december));
        assertEquals(2, merged.size(), merged.toString());
        assertEquals("2024-11-21", merged.get(0).claimDate().iso());
        assertEquals("2024-12-19", merged.get(1).claimDate().iso());
        Claim sameWeek = claimPublished("dec2.txt", LocalDate.of(2024, 12, 21),
                ClaimDate.day(LocalDate.of(2024, 12, 21), DateBasis.REPORT_DATE));
        assertEquals(1, ClaimMerger.merge(List.of(december, sameWeek)).size(), "a later report of it still joins");
    }

    private static Claim claimPublished(String file, LocalDate published, ClaimDate date) {
        Article article = new Article(file, null, "Outlet " + file, null, Published.stated(published), "en", Map.of(),
                "Zelensky said more than 3,000 North Korean soldiers were killed or wounded.", 1);
        return new Claim(Metric.KILLED_OR_WOUNDED, new Figure(3000L, null, "more than", "more than 3,000"), ZELENSKY,
                null, date, List.of(Source.of(article, article.body())));
    }

    @Test
    void theSameFigureStatedAgainMonthsLaterIsAClaimOfItsOwn() {
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim("a.txt", "more than 3,000", ClaimDate.day(LocalDate.of(2024, 12, 23), DateBasis.STATED)),
                claim("b.txt", "more than 3,000", ClaimDate.day(LocalDate.of(2025, 3, 1), DateBasis.STATED))));
        assertEquals(List.of("2024-12-23", "2025-03-01"), merged.stream().map(c -> c.claimDate().iso()).toList());
    }

    @Test
    void anUnqualifiedWordingGivesWayToTheMoreCautiousOne() {
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim("a.txt", "3,000", ClaimDate.UNKNOWN, 3000L, 3000L, null),
                claim("b.txt", "nearly 3,000", ClaimDate.UNKNOWN, 3000L, 3000L, "nearly")));
        assertEquals("nearly 3,000", merged.get(0).figure().text());
    }

    @Test
    void oneClaimToldByTwoOutletsInTheirOwnWordsIsOneClaimAndEachSourceKeepsItsWordingAndDate() {
        ClaimDate thursday = ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED);
        ClaimDate reportDay = ClaimDate.day(LocalDate.of(2024, 12, 24), DateBasis.REPORT_DATE);
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim("a.txt", "approximately 100", reportDay, 100L, 100L, "approximately"),
                claim("b.txt", "at least 100", thursday, 100L, null, "at least")));
        assertEquals(1, merged.size(), merged.toString());
        Claim one = merged.get(0);
        assertEquals("2024-12-19", one.claimDate().iso(), "the earliest date a report supports");
        assertEquals(List.of("approximately 100", "at least 100"), one.sources().stream().map(Source::wording).toList());
        assertEquals(List.of(reportDay, thursday), one.sources().stream().map(Source::claimDate).toList());
    }

    @Test
    void differentNumbersScopesOrClaimantsStayApart() {
        ClaimDate day = ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED);
        Claim hundred = claim("a.txt", "at least 100", day, 100L, null, "at least");
        Claim other = claim("b.txt", "at least 200", day, 200L, null, "at least");
        Claim incident = claim("c.txt", "100", day, 100L, 100L, null).withScope(tally.model.Scope.INCIDENT);
        Claim nis = withClaimant(claim("d.txt", "100", day, 100L, 100L, null),
                new Claimant("nis", "NIS", Claimant.Kind.OFFICIAL_BODY));
        assertEquals(4, ClaimMerger.merge(List.of(hundred, other, incident, nis)).size());
    }

    @Test
    void aClaimReadWithDoubtNeverMergesNorDoTwoUnnamedSourcesOfDifferentArticles() {
        ClaimDate day = ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED);
        Claim sure = claim("a.txt", "100", day, 100L, 100L, null);
        Claim doubtful = claim("b.txt", "100", day, 100L, 100L, null).withCertainty(tally.model.Certainty.CERTAIN
                .withClaimant(tally.model.Certainty.Field.doubt("claimant from a previous sentence", "he")));
        assertEquals(2, ClaimMerger.merge(List.of(sure, doubtful)).size());
        Claim unnamedA = withClaimant(claim("a.txt", "dozens", day, null, null, null), Claimant.UNKNOWN);
        Claim unnamedB = withClaimant(claim("b.txt", "dozens", day, null, null, null), Claimant.UNKNOWN);
        assertEquals(2, ClaimMerger.merge(List.of(unnamedA, unnamedB)).size());
        assertEquals(1, ClaimMerger.merge(List.of(unnamedA, unnamedA)).size(), "within one article it is one claim");
    }

    private static Claim withClaimant(Claim c, Claimant who) {
        return new Claim(c.metric(), c.figure(), who, null, c.claimDate(), c.sources(), c.scope(), c.certainty());
    }

    private static Claim claim(String file, String text, ClaimDate date) {
        return claim(file, text, date, 3000L, null, "more than");
    }

    private static Claim claim(String file, String text, ClaimDate date, Long low, Long high, String qualifier) {
        Article article = new Article(file, null, "Outlet " + file, null, Published.stated(LocalDate.of(2025, 3, 2)), "en",
                Map.of(), "Zelensky said " + text + " North Korean soldiers were killed or wounded.", 1);
        return new Claim(Metric.KILLED_OR_WOUNDED, new Figure(low, high, qualifier, text), ZELENSKY, null, date,
                List.of(Source.of(article, article.body())));
    }
}
