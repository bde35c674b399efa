package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Published;

/**
 * Table tests, one table per kind of reading in issue 7, each with the reading that must fire and the near-miss that
 * must not. Every sentence is written for this test (published on Wednesday 12 March 2025). A row is an article body
 * ('/' separates sentences of one paragraph, '//' paragraphs) and the claims expected, in order, as
 * metric|text|claimant|date, where the claimant is a config id or, for a source the directory does not list, ~its
 * words; "none" is no claim at all.
 */
class ExtractionTableTest {

    private static RuleBasedExtraction extraction;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A senior US defence official said 1,200 North Korean soldiers had been killed.                    # killed|1,200|~A senior US defence official|2025-03-12
            The Kremlin said on Monday that 300 North Korean soldiers were wounded.                           # wounded|300|kremlin|2025-03-10
            Lawmaker Lee Sung-kyung said about 2,000 North Korean troops had been wounded.                    # wounded|about 2,000|~Lawmaker Lee Sung-kyung|2025-03-12
            About 600 North Korean soldiers have died, a spokesperson for the Ukrainian navy told reporters.   # killed|About 600|~a spokesperson for the Ukrainian navy|2025-03-12
            South Korean and Western intelligence agencies say Pyongyang has sent thousands of troops.       # deployed|thousands|~South Korean and Western intelligence agencies|2025-03-12
            According to a Japanese government source, 400 North Korean soldiers were captured.              # captured|400|~a Japanese government source|2025-03-12
            Pyongyang is said to have sent some 5,000 troops to Kursk.                                        # deployed|some 5,000|unknown|2025-03-12
            Up to 700 North Korean troops are believed to have died in clashes with Ukrainian forces.          # killed|Up to 700|unknown|2025-03-12
            Yonhap reported, quoting a military source, that 150 North Korean soldiers had been captured.     # captured|150|~a military source|2025-03-12
            Reuters, citing Western officials, said 3,000 North Korean soldiers were killed.                 # killed|3,000|western_officials|2025-03-12
            Pyongyang said 12 North Korean soldiers had died in Kursk.                                        # killed|12|~Pyongyang|2025-03-12
            KCNA said on Tuesday that 30 North Korean soldiers had been killed.                               # killed|30|kcna|2025-03-11
            "We have lost 400 men," Kim Jong Un said, according to the Korean Central News Agency.            # killed_or_wounded|400|kim_jong_un|2025-03-12
            Budanov was quoted as saying 3,000 North Korean soldiers had been killed.                         # killed|3,000|budanov|2025-03-12
            Lawmaker Park Sun-won, citing the NIS, said 600 North Korean soldiers had been captured.          # captured|600|nis|2025-03-12
            "Some 2,000 North Korean soldiers were wounded," the NIS said, according to Yonhap.              # wounded|Some 2,000|nis|2025-03-12
            Zelensky said the NIS told him that 500 North Korean soldiers had been captured.                 # captured|500|nis|2025-03-12
            Lawmaker Park Sun-won, citing the NIS, said on Monday that 600 North Korean soldiers were captured. # captured|600|nis|2025-03-10
            According to Park Sun-won, who was briefed by the NIS last week, 300 North Korean soldiers were wounded. # wounded|300|nis|2025-03-03
            """)
    void attributionFindsTheSourceOfTheCueEvenWhenTheDirectoryDoesNotListIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 900 North Korean soldiers were killed in the attack. / This was announced by Ukraine's military intelligence on Friday. # killed|Some 900|hur|2025-03-07
            About 300 North Korean troops were captured. / This was confirmed by a senior NATO diplomat on Monday.                       # captured|About 300|~a senior NATO diplomat|2025-03-10
            About 300 North Korean troops were captured. / The weather was described by locals as cold.                               # captured|About 300|unknown|2025-03-12
            Budanov spoke to reporters on Monday. / He added that 1,000 North Korean soldiers had been wounded.                      # wounded|1,000|budanov|2025-03-10
            The NIS briefed lawmakers on Tuesday. / The agency also said 200 North Korean soldiers had been captured.                 # captured|200|nis|2025-03-11
            """)
    void attributionCarriesAcrossSentencesTheRightWay(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said North Korean forces had 200 killed and 1,500 wounded.                                  # killed|200|zelensky|2025-03-12; wounded|1,500|zelensky|2025-03-12
            Kyiv said the attack killed at least 700 North Korean soldiers and left thousands wounded.          # killed|at least 700|ukraine_government|2025-03-12; wounded|thousands|ukraine_government|2025-03-12
            The NIS said North Korea had taken 4,700 casualties, including 600 deaths.                           # killed_or_wounded|4,700|nis|2025-03-12; killed|600|nis|2025-03-12
            The NIS said 2,500 North Korean casualties have occurred, and about 1,500 more troops have been sent. # killed_or_wounded|2,500|nis|2025-03-12; deployed|about 1,500|nis|2025-03-12
            """)
    void eachNumberInAListTakesTheMetricOfItsOwnVerbOrNoun(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said earlier Tuesday that 300 North Korean soldiers had been killed.                     # killed|300|nis|2025-03-11
            Budanov said in mid-January that 3,000 North Korean soldiers had been wounded.                   # wounded|3,000|budanov|2025-01
            The Pentagon said late last month that 11,000 North Korean troops were in Russia.               # deployed|11,000|pentagon|2025-02
            Zelensky says 4,000 North Korean soldiers have been killed or wounded.                           # killed_or_wounded|4,000|zelensky|2025-03-12
            Zelensky had previously said that 3,000 North Korean soldiers were killed or wounded.           # killed_or_wounded|3,000|zelensky|-
            The NIS had put the toll at 1,100 North Korean soldiers killed on Dec. 23, previously unreported. # killed|1,100|nis|2024-12-23
            The JCS said on Monday, earlier than expected, that 500 North Korean soldiers were captured.    # captured|500|jcs|2025-03-10
            """)
    void claimDatesAreResolvedAgainstTheArticlesDate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent 300 artillery shells and 20 towed guns to Russia, the NIS said.                # none
            The NIS said North Korea shipped 5 million rounds and 100 missiles in containers.              # none
            Kim Jong Un honoured one of them, a 24-year-old sergeant, the NIS said.                          # none
            The NIS said the 11th Corps lost soldiers aged 19 and 26 in the first battle.                    # none
            The NIS said North Korean workers are paid 2,000 dollars a month in Russia.                      # none
            The NIS said 40 North Korean soldiers had been killed by 300 artillery shells.                  # killed|40|nis|2025-03-12
            The NIS said two North Korean soldiers were captured.                                            # captured|two|nis|2025-03-12
            The NIS said North Korean troops fought in Kursk. One of them was captured, it said.             # none
            The NIS said one North Korean soldier was captured after he was wounded.                         # none
            At least one North Korean soldier was captured, the NIS said.                                     # captured|At least one|nis|2025-03-12
            Two North Korean soldiers, aged 20 and 26, were captured, Zelensky said.                         # captured|Two|zelensky|2025-03-12
            Ukraine captured 20 North Korean-made towed guns, the NIS said.                                   # none
            The NIS said 3,000 North Korean soldiers had been killed over three days.                         # killed|3,000|nis|2025-03-12
            The NIS said North Korean troops were stationed at several locations near Kursk.                  # none
            The NIS said %10 of the North Korean troops in Kursk were wounded.                               # none
            The NIS said 600 North Korean soldiers had died and another four-thousand-100 were wounded.      # killed|600|nis|2025-03-12; wounded|another four-thousand-100|nis|2025-03-12
            The NIS said 600 North Korean soldiers had died and thousands more were wounded.                 # killed|600|nis|2025-03-12; wounded|thousands more|nis|2025-03-12
            The NIS said there had been a loss of nine lives among North Korean soldiers.                    # killed|nine|nis|2025-03-12
            """)
    void numbersThatAreNotCountsOfTroopsNeverBecomeTroopFigures(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 100 North Korean soldiers had been killed.Three North Korean soldiers were captured, it said.  # killed|100|nis|2025-03-12; captured|Three|nis|2025-03-12
            The NIS said 100 North Korean soldiers had been killed, according to geo.tv reports.                # killed|100|nis|2025-03-12
            The NIS  said 100  North  Korean soldiers had  been killed.                                          # killed|100|nis|2025-03-12
            The NIS said　100 North　Korean soldiers had been killed.                                    # killed|100|nis|2025-03-12
            """)
    void sentencesSplitWhereAPageDropsTheSpaceAfterAFullStop(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 3,000 North Korean soldiers have been killed so far.                              # total
            The NIS said 3,000 North Korean soldiers have been killed.                                     # total
            The NIS said 300 North Korean soldiers were killed in the attack on the village.              # incident
            The NIS said 300 North Korean soldiers were killed over the weekend.                          # incident
            The NIS said 300 North Korean soldiers were killed in December.                               # period
            The NIS said in December that 3,000 North Korean soldiers had been killed.                    # total
            The NIS said 200 North Korean soldiers were killed over the past week.                        # period
            The NIS said North Korean casualties are expected to reach 5,000.                             # forecast
            The NIS said Pyongyang plans to send 6,000 more troops.                                       # forecast
            The NIS said another 1,500 North Korean troops had arrived.                                  # subset
            The NIS said 11,000 North Korean troops were sent, of whom 300 engineers were killed.        # total; subset
            """)
    void eachFigureHasTheScopeItsClauseGivesIt(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 300 North Korean soldiers were killed.                                                    # metric sure, claimant sure, date sure
            Budanov spoke to reporters. / He added that 1,000 North Korean soldiers had been wounded.              # metric sure, claimant claimant from a previous sentence, date sure
            The NIS said on Monday that 300 were killed. / The NIS said 200 North Korean soldiers were captured.   # metric sure, claimant sure, date sure
            The NIS said 300 North Korean soldiers were wounded, but 200 were killed and died.                     # metric sure, claimant sure, date sure
            The NIS said that after they were wounded, 40 North Korean soldiers died.                              # metric two verbs could govern this number, claimant sure, date sure
            """)
    void certaintySaysWhichFieldsWereNotReadForSure(String body, String expected) {
        List<Claim> claims = extract(body);
        Claim c = claims.get(claims.size() - 1);
        assertEquals(expected, "metric " + field(c.certainty().metric()) + ", claimant " + field(c.certainty().claimant())
                + ", date " + field(c.certainty().date()));
    }

    private static String field(tally.model.Certainty.Field f) {
        return f.certain() ? "sure" : f.reason();
    }

    private static List<Claim> extract(String body) {
        String text = body.replace(" // ", "\n\n").replace(" / ", " ");
        Article article = new Article("t.txt", null, "Test Outlet", null, Published.stated(PUBLISHED), "en", Map.of(),
                text, 1);
        return extraction.extract(article);
    }

    static String describe(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "none";
        }
        return claims.stream().map(c -> String.join("|", c.metric().id(), c.figure().text(),
                c.claimant().listed() || !c.claimant().known() ? c.claimant().id() : "~" + c.claimant().name(),
                c.claimDate().iso() == null ? "-" : c.claimDate().iso())).collect(Collectors.joining("; "));
    }
}
