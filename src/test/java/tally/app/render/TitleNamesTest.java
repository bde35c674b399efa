package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            War in Ukraine: 3,000 North Korean soldiers were killed or wounded, says Zelensky | War in Ukraine…
            Western officials estimate that North Korea has sent at least 10,000 soldiers     | Western officials estimate that North Korea has sent…
            Several thousand North Korean soldiers have been sent to Russia                   | -
            Kim's troops: Seoul says dozens more died in Kursk                                | Kim's troops: Seoul says…
            NIS: 1,100 casualties                                                              | -
            Seoul raises its estimate of North Korean losses                                   | Seoul raises its estimate of North Korean losses
            North Korean soldiers fight on in Kursk                                            | North Korean soldiers fight on in Kursk
            Pentagon says the first troops reached Kursk in late October                       | Pentagon says the first troops reached Kursk in late October
            """)
    void aTitleShownAsANameStopsBeforeItsFirstFigure(String title, String name) {
        assertEquals(name, TitleNames.beforeFirstFigure(title));
    }

    @Test
    void noNameEverHoldsADigitWhateverTheTitle() {
        Random random = new Random(20261201);
        String alphabet = "ab 1,0.:-\u2014\u2026seven tens";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = TitleNames.beforeFirstFigure(t.toString());
            assertFalse(name != null && name.chars().anyMatch(Character::isDigit), t + " -> " + name);
        }
    }
}
