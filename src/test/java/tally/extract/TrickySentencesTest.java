package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Published;

/**
 * Sentences written for these tests, in phrasings the seed articles do not use: each row is one article body and the
 * one claim expected from it as metric|text|low|high|claimant|claimDate ("-" for null).
 */
class TrickySentencesTest {

    private static RuleBasedExtraction extraction;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12); // a Wednesday

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some three-thousand North Korean soldiers were killed, according to the Pentagon.                         # killed|Some three-thousand|3000|3000|pentagon|2025-03-12
            Ukraine's military intelligence said on Tuesday that 27-hundred North Korean troops had died.            # killed|27-hundred|2700|2700|hur|2025-03-11
            Between 3,000 and 5,000 North Korean troops have been wounded, South Korean lawmakers said last week.    # wounded|Between 3,000 and 5,000|3000|5000|south_korean_lawmakers|2025-03-03
            Up to 12,000 North Korean soldiers have been dispatched to Russia, the Joint Chiefs of Staff said.        # deployed|Up to 12,000|-|12000|jcs|2025-03-12
            Two North Korean soldiers were captured in the Kursk region, President Zelenskyy announced on January 11. # captured|Two|2|2|zelensky|2025-01-11
            Seoul's spy agency said Pyongyang could send another 15,000 troops to Russia in the coming months.       # planned_deployment|another 15,000|15000|15000|nis|2025-03-12
            Hundreds of North Korean troops have been taken prisoner, Ukraine's military intelligence said.          # captured|Hundreds|-|-|hur|2025-03-12
            According to a Western official, well over 4,000 North Korean troops have been killed or injured so far. # killed_or_wounded|well over 4,000|4000|-|western_officials|2025-03-12
            In early February, Budanov estimated that North Korea had lost around 1,000 of its soldiers.             # killed_or_wounded|around 1,000|1000|1000|budanov|2025-02
            "We know of at least 300 North Korean dead," a Pentagon spokesperson told reporters on Monday.            # killed|at least 300|300|-|pentagon|2025-03-10
            Kyiv said on March 3 that its forces had captured two wounded North Korean soldiers.                     # captured|two|2|2|ukraine_government|2025-03-03
            Pyongyang is said to have sent about 3,000 more soldiers to Russia this year.                            # deployed|about 3,000|3000|3000|unknown|2025-03-12
            On Monday, Seoul's spy agency raised its estimate of North Korean troops in Russia to 12,000.             # deployed|12,000|12000|12000|nis|2025-03-10
            North Korea's death toll has risen to some 600, the UK Defence Intelligence said in its daily update.    # killed|some 600|600|600|uk_defence_intelligence|2025-03-12
            Ukraine's military said on Sunday its troops had killed 500 North Korean soldiers in the past week.     # killed|500|500|500|ukraine_general_staff|2025-03-09
            Zelensky says 30,000 North Korean soldiers could be sent to Russia by the summer.                       # planned_deployment|30,000|30000|30000|zelensky|2025-03-12
            The NIS said earlier this month that 3,000 North Korean soldiers had been killed or wounded.            # killed_or_wounded|3,000|3000|3000|nis|2025-03
            A Ukrainian intelligence official told the BBC that about 3,000 North Korean soldiers had been wounded.  # wounded|about 3,000|3000|3000|hur|2025-03-12
            The South Korean military said on 3 March that about 1,000 more North Korean troops had been sent.      # deployed|about 1,000|1000|1000|jcs|2025-03-03
            North Korea took some 2,000 casualties, according to figures Western intelligence agencies released on Monday. # killed_or_wounded|some 2,000|2000|2000|western_officials|2025-03-10
            The Pentagon said over 2000 North Korean soldiers are being treated for wounds in Russian hospitals.    # wounded|over 2000|2000|-|pentagon|2025-03-12
            Seoul's spy agency said 2000-2,300 North Korean soldiers had been captured.                             # captured|2000-2,300|2000|2300|nis|2025-03-12
            """)
    void extractsTheClaimFromPhrasingsTheSeedsDoNotUse(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(1, claims.size(), () -> "one claim expected from: " + body + "\n got " + describe(claims));
        assertEquals(expected, describe(claims.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Russia has lost more than 1,500 soldiers in the Kursk region this month, Ukraine's General Staff said.",
            "North Korea has supplied Russia with some 20,000 containers of munitions, South Korea's spy agency said.",
            "The North Korean border fence is 250 km long and was built by 10,000 workers over eight months.",
            "North Korean artillery uses 170 mm guns with a range of 60 km.",
            "In 2024 North Korea and Russia signed a treaty, 73 years after the Korean War began.",
            "Help us reach 20,000 members by the end of the year.",
            "Russia pays North Korea $2,000 per soldier every month, according to the BBC.",
            "Some 50,000 Russian troops were amassed near Kursk, Zelensky said on Monday.",
            "Ukrainian forces lost 300 soldiers while fighting North Korean units, the Pentagon said.",
            "Kim embraced returning soldiers, several of whom looked injured.",
            "The 1950-53 Korean War ended in an armistice, and in 2024 North Korea sent troops, Seoul said."
    })
    void numbersThatDoNotCountNorthKoreanTroopsAreNotClaims(String body) {
        assertEquals(List.of(), extract(body).stream().map(TrickySentencesTest::describe).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kyrylo Budanov spoke to reporters on Tuesday. He said about 12,000 North Korean troops are in Russia.",
            "Ukraine's military intelligence reported on Tuesday that the situation was tense. It said about 12,000 North Korean troops are in Russia."
    })
    void aPronounTakesTheClaimantOfThePreviousSentence(String body) {
        List<Claim> claims = extract(body);
        assertEquals(1, claims.size(), () -> describe(claims));
        assertTrue(claims.get(0).claimant().id().equals("budanov") || claims.get(0).claimant().id().equals("hur"),
                describe(claims.get(0)));
    }

    @org.junit.jupiter.api.Test
    void anEllipticalSecondFigureCountsWhatItsOwnNounSays() {
        List<Claim> claims = extract("Zelensky said on Sunday that twelve thousand North Korean soldiers had been killed"
                + " and up to 7,400 wounded.");
        assertEquals(List.of("killed|twelve thousand|12000|12000|zelensky|2025-03-09",
                "wounded|up to 7,400|-|7400|zelensky|2025-03-09"), claims.stream().map(TrickySentencesTest::describe).toList());
    }

    @org.junit.jupiter.api.Test
    void heAlsoSaidRefersToTheLastSpeakerEvenWhenThatIsABody() {
        List<Claim> claims = extract("""
                The State Department said on Monday that 300 North Korean soldiers had been killed.
                He also said 40 North Korean soldiers had been captured.
                """);
        assertEquals(List.of("us_state_department", "us_state_department"), claims.stream().map(c -> c.claimant().id()).toList());
    }

    @org.junit.jupiter.api.Test
    void aClaimantsRevisedFigureIsASecondClaimWithItsOwnDate() {
        List<Claim> claims = extract("""
                On January 9, Zelensky said 4,000 North Korean soldiers had been killed or wounded.

                On February 20, Zelensky said North Korean casualties had reached 5,000.
                """);
        Map<String, String> byText = claims.stream().collect(Collectors.toMap(c -> c.figure().text(), c -> c.claimDate().iso()));
        assertEquals(Map.of("4,000", "2025-01-09", "5,000", "2025-02-20"), byText);
    }

    private static List<Claim> extract(String body) {
        Article article = new Article("t.txt", null, "Test Outlet", null, Published.stated(PUBLISHED), "en", Map.of(), body, 1);
        return extraction.extract(article);
    }

    private static String describe(List<Claim> claims) {
        return claims.stream().map(TrickySentencesTest::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Claim c) {
        return String.join("|", c.metric().id(), c.figure().text(), str(c.figure().low()), str(c.figure().high()),
                c.claimant().id(), str(c.claimDate().iso()));
    }

    private static String str(Object o) {
        return o == null ? "-" : o.toString();
    }
}
