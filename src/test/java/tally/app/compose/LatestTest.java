package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tally.app.compose.Fixtures.AL_JAZEERA;
import static tally.app.compose.Fixtures.claim;
import static tally.app.compose.Fixtures.day;
import static tally.app.compose.Fixtures.fig;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Metric;

/** "The first figure" per claimant and measure ({@link Latest#earliest}), and which of one day's figures stands for it. */
class LatestTest {

    private static final Claim STATED = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, null, "more than 3,000"),
            "zelensky", null, day(2024, 12, 23), AL_JAZEERA, 0);
    /** Same day, claimant carried from a previous sentence and dated by its report: read with doubt. */
    private static final Claim DOUBTED = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, 3000L, "nearly 3,000"),
            "zelensky", null, new ClaimDate(LocalDate.of(2024, 12, 23), DatePrecision.DAY, DateBasis.REPORT_DATE),
            AL_JAZEERA, 1).withCertainty(new Certainty(Certainty.Field.SURE,
            Certainty.Field.doubt("claimant from a previous sentence", "According to him"), Certainty.Field.SURE));
    private static final Claim LATER = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "4,000"),
            "zelensky", null, day(2025, 1, 9), AL_JAZEERA, 1);

    @Test
    void aFigureReadForSureStandsForTheFirstOverOneOfTheSameDayReadWithDoubtInEitherOrder() {
        assertEquals(List.of(STATED), Latest.earliest(List.of(LATER, DOUBTED, STATED)));
        assertEquals(List.of(STATED), Latest.earliest(List.of(LATER, STATED, DOUBTED)));
    }

    @Test
    void anOlderFigureReadWithDoubtIsStillTheFirst() {
        Claim olderDoubted = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, 3000L, "nearly 3,000"), "zelensky", null,
                day(2024, 12, 20), AL_JAZEERA, 1).withCertainty(DOUBTED.certainty());
        assertEquals(List.of(olderDoubted), Latest.earliest(List.of(LATER, STATED, olderDoubted)));
    }
}
