package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.model.Article;
import tally.model.Published;

/**
 * Round 66: the scope of each claim, rows both ways, in the format of {@link ExtractionTableTest} (an article body
 * published on Wednesday 12 March 2025, '/' between sentences, '//' between paragraphs) but expecting
 * metric|text|scope for each claim in order. A period or an incident read as a total would be set as one end of the
 * spread of totals; a total read as a part would drop out of it. Every sentence is written for this test.
 */
class ScopeTableTest {

    private static RuleBasedExtraction extraction;

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
    }

    /**
     * A named kind of unit that itself killed or wounded the figure ("its drone operators had killed 14", "paratroopers
     * said they killed 9") reports its own engagement: one incident. Near-misses, each a total: a nation's forces at
     * large ("Ukrainian forces had killed or wounded more than 3,000"), a bare "they", a running tally of a unit (a
     * perfect "have killed", "already", "since they arrived", "a total of", "to date", "in all"), a passive.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The brigade said its drone operators had killed 14 North Korean soldiers near the river. # killed|14|incident
            Ukraine's paratroopers said they killed 9 North Korean soldiers near the river.          # killed|9|incident
            Zelensky said Ukrainian forces had killed or wounded more than 3,000 North Korean soldiers in Kursk. # killed_or_wounded|more than 3,000|total
            Kyiv said they had killed 300 North Korean soldiers.                                     # killed|300|total
            Special forces take out 12 North Korean soldiers in Kursk                                # killed|12|incident
            Ukrainian forces have killed 3,000 North Korean soldiers since they arrived, Kyiv said.   # killed|3,000|total
            Kyiv said Ukrainian troops killed 3,000 North Korean soldiers since they arrived.        # killed|3,000|total
            Kyiv said Ukrainian troops have killed a total of 3,000 North Korean soldiers.           # killed|a total of 3,000|total
            Kyiv said its forces killed 3,000 North Korean soldiers to date.                         # killed|3,000|total
            Kyiv said its troops had already killed 3,000 North Korean soldiers.                     # killed|3,000|total
            Kyiv said its troops killed 3,000 North Korean soldiers in all.                          # killed|3,000|total
            Kyiv said 3,000 North Korean soldiers had been killed.                                   # killed|3,000|total
            """)
    void aUnitsOwnReportOfWhatItKilledIsOneIncidentButARunningTallyIsATotal(String body, String expected) {
        assertEquals(expected, scopes(body));
    }

    /**
     * Round 67: a subject that stands for the speaker ("they", "we", "it", "its fighters") is a unit's when the speaker
     * is a named kind of unit, so its figure is that unit's engagement; a second act coordinated after a unit's first
     * ("killed 9 and wounded 6") is the same engagement's. Near-misses, each a total: a nation's army or a nation as the
     * speaker, a person as the speaker, a running tally, a passive, and a second act after a nation's forces' first or
     * after a running tally.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine's Special Operations Forces said they had killed five North Korean soldiers near Sudzha. # killed|five|incident
            The 47th Brigade said on Tuesday that it had killed 11 North Korean soldiers near the village.   # killed|11|incident
            The brigade said its fighters had wounded 7 North Korean soldiers.                              # wounded|7|incident
            The brigade said its drone operators killed 9 North Korean soldiers and wounded 6.               # killed|9|incident; wounded|6|incident
            Ukraine's Special Operations Forces said they killed 8 North Korean soldiers and wounded 4.      # killed|8|incident; wounded|4|incident
            Special forces killed 10 North Korean soldiers near Sudzha, and wounded 5.                      # killed|10|incident; wounded|5|incident
            They killed 12 North Korean soldiers near Sudzha, Ukraine's Special Operations Forces said.      # killed|12|incident
            A spokesman for the 36th Brigade said they wounded 6 North Korean soldiers on the road.         # wounded|6|incident
            According to the marines, their drone crews killed 15 North Korean soldiers near the village.   # killed|15|incident
            The 8th Special Operations Regiment (SOF) took out 13 North Korean soldiers in a forest belt.   # killed|13|incident
            Ukraine's Armed Forces (ZSU) killed 3,000 North Korean soldiers, Kyiv said.                    # killed|3,000|total
            Ukraine's army said they had killed 3,000 North Korean soldiers.                                # killed|3,000|total
            The General Staff of Ukraine's Armed Forces said they had killed 1,200 North Korean soldiers.    # killed|1,200|total
            The brigade commander said Kyiv believes its forces had killed 800 North Korean soldiers.        # killed|800|total
            Zelensky said they killed 500 North Korean soldiers and wounded 700.                             # killed|500|total; wounded|700|total
            Ukraine's Special Operations Forces said they have killed 300 North Korean soldiers in Kursk.    # killed|300|total
            Ukraine's Special Operations Forces said they killed 300 North Korean soldiers since they crossed the border. # killed|300|total
            Zelensky said they had killed 2,000 North Korean soldiers.                                      # killed|2,000|total
            Ukraine's Special Operations Forces said 40 North Korean soldiers had been killed.               # killed|40|total
            Kyiv said its fighters had killed 3,000 North Korean soldiers.                                  # killed|3,000|total
            Ukrainian forces killed 900 North Korean soldiers and wounded 2,000, Kyiv said.                 # killed|900|total; wounded|2,000|total
            The brigade said it has killed 90 North Korean soldiers and wounded 60.                          # killed|90|total; wounded|60|total
            """)
    void aSubjectStandingForAUnitSpeakerAndASecondActAfterAUnitsFirstTellOfOneEngagement(String body, String expected) {
        assertEquals(expected, scopes(body));
    }

    private static String scopes(String body) {
        String text = body.replace(" // ", "\n\n").replace(" / ", " ");
        Article article = new Article("t.txt", null, "Test Outlet", null,
                Published.stated(LocalDate.of(2025, 3, 12)), "en", Map.of(), text, 1);
        return extraction.extract(article).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; "));
    }
}
