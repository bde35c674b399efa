package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tally.model.Metric;

/** {@link MeasureWords}: whether a passage speaks of the measures asked, by the question lexicon's words for them. */
class MeasureWordsTest {

    private static final MeasureWords WORDS = MeasureWords.of(TestConfig.LEXICON);

    @ParameterizedTest(name = "{1} in [{0}] -> {2}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv says two North Korean soldiers were captured in Kursk.          # captured                # true
            Ukraine holds two North Korean prisoners of war.                      # captured                # true
            Two soldiers SURRENDERED to Ukrainian forces.                         # captured                # true
            3,000 North Korean soldiers were killed or wounded, Zelensky said.   # captured                # false
            He said the casualties included high-ranking officials.              # captured                # false
            Pyongyang's forces would be used to decrease losses among Russians.  # captured                # false
            He said the casualties included high-ranking officials.              # killed wounded killed_or_wounded captured # true
            He said the casualties included high-ranking officials.              # killed wounded killed_or_wounded # false
            Some North Korean troops fighting on Russia's side died, Zelensky says. # killed               # true
            North Korea sent 10,000 troops to Russia.                             # killed                  # false
            About 1,000 North Koreans were hospitalised in Moscow.                # wounded                 # true
            North Korea sent 10,000 troops to Russia.                             # deployed                # true
            North Korea sent 10,000 troops to Russia.                             # wounded captured        # false
            The recaptured villages lie near Sudzha.                              # captured                # false
            """)
    void aPassageSpeaksOfAMeasureOnlyByItsOwnWordsOrAnUmbrellaOfAllItAsks(String text, String measures, boolean expected) {
        Set<Metric> asked = Arrays.stream(measures.split(" ")).map(id -> Metric.byId(id).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
        assertEquals(expected, WORDS.names(text, asked));
    }

    /** Round 67: "losses" asks of every measure of an umbrella; "captured" or "killed and captured" do not. */
    @Test
    void aQuestionCoversAnUmbrellaOnlyWhenItAsksEveryMeasureOfIt() {
        assertTrue(WORDS.coversAnUmbrella(EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED,
                Metric.CAPTURED)));
        assertTrue(!WORDS.coversAnUmbrella(EnumSet.of(Metric.CAPTURED)));
        assertTrue(!WORDS.coversAnUmbrella(EnumSet.of(Metric.KILLED, Metric.CAPTURED)));
    }

    @Test
    void withNoMeasureAskedOrNoWordsLoadedEveryPassageCounts() {
        assertTrue(WORDS.names("North Korea sent 10,000 troops.", Set.of()));
        assertTrue(MeasureWords.NONE.names("North Korea sent 10,000 troops.", Set.of(Metric.CAPTURED)));
        assertTrue(WORDS.loaded());
        assertEquals(false, MeasureWords.NONE.loaded());
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(66);
        String alphabet = "capturedkilwonsprise ,.'\u2019-0123456789";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            WORDS.names(text.toString(), EnumSet.allOf(Metric.class));
        }
    }
}
