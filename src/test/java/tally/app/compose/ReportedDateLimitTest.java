package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Revision;
import tally.app.question.TestConfig;
import tally.app.render.Wording;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

/**
 * Round 64 (trial 18): a claim is never made after it is first reported, so a date known only to its week or month
 * ends at its earliest report's publication date wherever a period is matched: "known only to the week of 30 Dec 2024",
 * reported on 30 Dec ("earlier this week"), is no claim of 2025 and sets no end of 2025's range.
 */
class ReportedDateLimitTest {

    private static final Period YEAR_2025 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "in 2025");

    /** "nearly 3,000", known to the week of 30 Dec 2024, in an article of {@code published}. */
    private static Claim weekOf30Dec(LocalDate published) {
        Claim c = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, 3000L, "nearly 3,000"), "zelensky", null,
                new ClaimDate(LocalDate.of(2024, 12, 30), DatePrecision.WEEK, DateBasis.STATED), AL_JAZEERA, 1);
        return c.withSources(List.of(new Source("trt_2024-12-30.txt", "TRT", "Title", "https://example.org/trt",
                Published.stated(published), "Zelensky said earlier this week that nearly 3,000 were killed or wounded.")));
    }

    @Test
    void aWeekReportedOnItsFirstDayIsNoClaimOfTheNextYear() {
        Claim reportedOn30Dec = weekOf30Dec(LocalDate.of(2024, 12, 30));
        assertEquals(LocalDate.of(2024, 12, 30), reportedOn30Dec.firstReported());
        assertTrue(YEAR_2025.overlaps(reportedOn30Dec.claimDate()), "the week alone still reaches into 2025");
        assertFalse(YEAR_2025.overlaps(reportedOn30Dec));
        // reported on 2 Jan 2025, the week may still be a claim of 2025, and is marked as only overlapping it
        Claim reportedOn2Jan = weekOf30Dec(LocalDate.of(2025, 1, 2));
        assertTrue(YEAR_2025.overlaps(reportedOn2Jan));
        assertTrue(YEAR_2025.overlapsOnly(reportedOn2Jan));
        assertTrue(Wording.date(reportedOn2Jan, YEAR_2025).contains("known only to the week"));
    }

    @Test
    void aClaimDatedAfterItsReportStandsAtItsReport() {
        Claim c = claim(Metric.KILLED, fig(100L, 100L, "100"), "hur", null,
                ClaimDate.month(LocalDate.of(2025, 1, 1)), AL_JAZEERA, 1); // Al Jazeera: 24 Dec 2024
        assertFalse(YEAR_2025.overlaps(c));
        assertTrue(new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), "in December 2024").overlaps(c));
    }

    @Test
    void aQuestionAboutTheNextYearNeitherListsItNorTakesItAsAnEndOfTheRange() {
        Claim week = weekOf30Dec(LocalDate.of(2024, 12, 30));
        Answer answer = new AnswerComposer(TestConfig.DIRECTORY).compose("and in 2025?",
                new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, YEAR_2025, true),
                index(List.of(week, ZELENSKY_JAN, BUDANOV_LOST)));
        List<Claim> shown = answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
        assertFalse(shown.contains(week), shown.toString());
        assertTrue(shown.contains(ZELENSKY_JAN), shown.toString());
        for (FigureGroup g : answer.groups()) {
            assertFalse(g.lowest() == week, "the low end of 2025's range");
        }
    }

    @Test
    void aWeekEndingAtItsReportComesBeforeTheNextWeeksFigure() {
        // the week of 30 Dec reported on 30 Dec, then 4,000 on 2 Jan: the week had been read as perhaps the same day
        Claim week = own(weekOf30Dec(LocalDate.of(2024, 12, 30)));
        Claim later = own(claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "4,000"), "zelensky", null,
                day(2025, 1, 2), PRAVDA, 0));
        Answer answer = new AnswerComposer(TestConfig.DIRECTORY).compose("q",
                new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true), index(List.of(week, later)));
        List<Revision> revisions = answer.groups().stream().flatMap(g -> g.revisions().stream()).toList();
        assertEquals(1, revisions.size(), revisions.toString());
    }
}
