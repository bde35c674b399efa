package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

/** "Why do the numbers differ" lists qualifiers in the articles' words, never the extractor's canonical word. */
class QualifiersAsWordedTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            approximately 100 | about       | approximately
            some 3,000        | about       | some
            more than 3,000   | more than   | more than
            exceeded 3,000    | more than   | exceeded
            3,000+            | more than   | more than
            """)
    void aQualifierIsListedAsTheFiguresOwnWordingSaysIt(String text, String canonical, String shown) {
        Claim c = new Claim(Metric.KILLED, new Figure(100L, null, canonical, text),
                new Claimant("nis", "NIS", Claimant.Kind.OFFICIAL_BODY), null,
                ClaimDate.day(LocalDate.of(2025, 1, 1), DateBasis.STATED),
                List.of(new Source("a.txt", null, null, null, null, "The NIS said " + text + " died.")));
        assertEquals(List.of(shown), Comparison.qualifiersAsWorded(c));
    }
}
