package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tally.app.compose.Fixtures.claim;
import static tally.app.compose.Fixtures.day;
import static tally.app.compose.Fixtures.fig;

import org.junit.jupiter.api.Test;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Scope;

/** Increment words rescope troops sent, not casualty tolls joined to a figure of another measure. */
class IncrementsTest {

    private static final Increments INCREMENTS = Increments.of(TestConfig.LEXICON);

    private static Scope rescoped(Metric metric, String text) {
        Claim c = claim(metric, fig(1800L, 1800L, text), "nis", null, day(2024, 10, 23), Fixtures.DEVDISCOURSE, 0);
        return INCREMENTS.rescope(c).scope();
    }

    @Test
    void troopsAddedToAForceAlreadyCountedArePartOfIt() {
        assertEquals(Scope.SUBSET, rescoped(Metric.DEPLOYED, "another 1,800"));
        assertEquals(Scope.SUBSET, rescoped(Metric.DEPLOYED, "1,800 more"));
    }

    @Test
    void aWoundedTollAfterAKilledOneIsTheTotalOfItsOwnMeasure() {
        // "400 have died and another 1,800 have been wounded": the whole of the wounded, no addition to the dead
        assertEquals(Scope.TOTAL, rescoped(Metric.WOUNDED, "another 1,800"));
        assertEquals(Scope.TOTAL, rescoped(Metric.WOUNDED, "thousands more"));
        assertEquals(Scope.TOTAL, rescoped(Metric.KILLED, "a further 1,800"));
    }

    /** A claim of troops sent whose source's sentence is {@code quote}. */
    private static Scope rescopedIn(String text, String quote) {
        Claim c = claim(Metric.DEPLOYED, fig(1000L, 1000L, text), "jcs", null, day(2025, 2, 27), Fixtures.DEVDISCOURSE, 0);
        tally.model.Source s = c.sources().get(0);
        Claim inQuote = new Claim(c.metric(), c.figure(), c.claimant(), null, c.claimDate(), java.util.List.of(
                new tally.model.Source(s.file(), s.outlet(), s.title(), s.url(), s.published(), quote)));
        return INCREMENTS.rescope(inQuote).scope();
    }

    @Test
    void anIncrementWordRightAfterTheFigureInItsSentenceMakesItPartOfTheForce() {
        // trial 9: "more than 1,000" and "about 3,000" additional troops were called the JCS revising a total
        assertEquals(Scope.SUBSET, rescopedIn("more than 1,000", "North Korea is sending more than 1,000 additional"
                + " troops to Russia, the JCS said."));
        assertEquals(Scope.SUBSET, rescopedIn("about 1,000", "It sent about 1,000 more soldiers in January."));
        assertEquals(Scope.SUBSET, rescopedIn("1,000", "North Korea sent 1,000 new troops."));
    }

    @Test
    void aWordAfterTheFigureThatOnlyStartsLikeAnIncrementOrStandsFurtherOnKeepsItsScope() {
        assertEquals(Scope.TOTAL, rescopedIn("1,000", "North Korea sent 1,000 newly trained troops."));
        assertEquals(Scope.TOTAL, rescopedIn("about 1,000", "It sent about 1,000 soldiers, and more may follow."));
        assertEquals(Scope.TOTAL, rescopedIn("1,000", "North Korea sent 1,000 troops, the JCS said."));
    }

    @Test
    void aFigureWithoutIncrementWordsKeepsItsScope() {
        assertEquals(Scope.TOTAL, rescoped(Metric.DEPLOYED, "about 1,800"));
    }
}
