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

    @Test
    void aFigureWithoutIncrementWordsKeepsItsScope() {
        assertEquals(Scope.TOTAL, rescoped(Metric.DEPLOYED, "about 1,800"));
    }
}
