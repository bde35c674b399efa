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
