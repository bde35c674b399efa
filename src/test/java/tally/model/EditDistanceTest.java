package tally.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slips between two names, counted in full and in one pass; the one-pass answer agrees with the count. */
class EditDistanceTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            soldiers   | soldiers   | 0
            soldiers   | soliders   | 1
            soldiers   | soldier    | 1
            soldiers   | ssoldiers  | 1
            soldiers   | saldiers   | 1
            budanov    | budanv     | 1
            casualties | casualites | 1
            soldiers   | sodlires   | 2
            soldiers   | troops     | 7
            published  | publihsed  | 1
            nis        | nsi        | 1
            """)
    void countsSlipsAndTheOnePassCheckAgreesWithTheCount(String a, String b, int slips) {
        assertEquals(slips, EditDistance.between(a, b));
        assertEquals(slips, EditDistance.between(b, a));
        assertEquals(slips <= 1, EditDistance.withinOne(a, b));
        assertEquals(slips <= 1, EditDistance.withinOne(b, a));
    }
}
