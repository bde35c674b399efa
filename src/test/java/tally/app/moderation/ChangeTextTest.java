package tally.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static tally.app.compose.Fixtures.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tally.model.Claim;
import tally.model.Metric;

class ChangeTextTest {

    /** Trial 10: a relay removed for one article's sentence also left the other article's, and nothing said so. */
    @Test
    void aChangeToAClaimSeveralArticlesReportSaysItReachesEach() {
        Claim twice = claim(Metric.KILLED, fig(100L, 100L, "about 100"), "nis", null, day(2024, 12, 19),
                AL_JAZEERA, 0, EUROMAIDAN, 0);
        String reach = ChangeText.reach(Optional.of(new CorrectedClaims.Entry("abc", twice, twice)));
        assertEquals("the claim is reported by 2 articles, and the change applies to it in each: "
                + AL_JAZEERA.file() + ", " + EUROMAIDAN.file(), reach);
    }

    @Test
    void aClaimOfOneArticleOrNoneNeedsNoWord() {
        Claim once = claim(Metric.KILLED, fig(100L, 100L, "about 100"), "nis", null, day(2024, 12, 19), AL_JAZEERA, 0);
        assertNull(ChangeText.reach(Optional.of(new CorrectedClaims.Entry("abc", once, once))));
        assertNull(ChangeText.reach(Optional.empty()));
    }
}
