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
import tally.model.Figure;
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
            Several thousand North Korean soldiers have been sent to Russia, according to Westerners.       # deployed|Several thousand|~Westerners|2025-03-12
            Pyongyang said 12 North Korean soldiers had died in Kursk.                                        # killed|12|~Pyongyang|2025-03-12
            KCNA said on Tuesday that 30 North Korean soldiers had been killed.                               # killed|30|kcna|2025-03-11
            "We have lost 400 men," Kim Jong Un said, according to the Korean Central News Agency.            # killed_or_wounded|400|kim_jong_un|2025-03-12
            Budanov was quoted as saying 3,000 North Korean soldiers had been killed.                         # killed|3,000|budanov|2025-03-12
            Lawmaker Park Sun-won, citing the NIS, said 600 North Korean soldiers had been captured.          # captured|600|nis|2025-03-12
            "Some 2,000 North Korean soldiers were wounded," the NIS said, according to Yonhap.              # wounded|Some 2,000|nis|2025-03-12
            Zelensky said the NIS told him that 500 North Korean soldiers had been captured.                 # captured|500|nis|2025-03-12
            Lawmaker Park Sun-won, citing the NIS, said on Monday that 600 North Korean soldiers were captured. # captured|600|nis|2025-03-10
            According to Park Sun-won, who was briefed by the NIS last week, 300 North Korean soldiers were wounded. # wounded|300|nis|2025-03-03
            North Korea has sent 1,500 more troops to Russia, added a senior defence official.                # deployed|1,500|~a senior defence official|2025-03-12
            "North Korea has sent 1,500 more troops to Russia" added a senior defence official.               # deployed|1,500|~a senior defence official|2025-03-12
            Yu said the North sent 12,000 North Korean troops and added more forces, with 1,500 soldiers already sent to Kursk. # deployed|12,000|~Yu|2025-03-12; deployed|1,500|~Yu|2025-03-12
            Lawmaker Lee said the NIS suspects North Korea has sent 3,000 more North Korean troops.          # deployed|3,000|nis|2025-03-12
            Zelensky is certain that Russia will send a significant number of North Korean soldiers to the front. # planned_deployment|a significant number|zelensky|2025-03-12
            Kim Jong Un promised to send 6,000 military engineers to Russia.                                  # planned_deployment|6,000|kim_jong_un|2025-03-12
            Ukraine killed 50 suspected North Korean soldiers, the army said.                                 # killed|50|~the army|2025-03-12
            It is certain that North Korea sent 11,000 troops to Russia, the NIS said.                        # deployed|11,000|nis|2025-03-12
            The head of a group of North Korean defectors based in South Korea said 200 North Korean soldiers were captured. # captured|200|~The head of a group of North Korean defectors based in South Korea|2025-03-12
            A spokesman for a group based in Seoul said 200 North Korean soldiers were captured.            # captured|200|~A spokesman for a group based in Seoul|2025-03-12
            A spokesperson for the NIS said 200 North Korean soldiers were captured.                        # captured|200|nis|2025-03-12
            Clashes with Ukrainian forces in Kursk killed 200 North Korean soldiers.                        # killed|200|unknown|2025-03-12
            A senior Ukrainian official who is familiar with the troop movements said 5,000 North Korean troops arrived. # deployed|5,000|ukraine_government|2025-03-12
            Officials who spoke on condition of anonymity said 3,000 North Korean soldiers were killed.     # killed|3,000|~Officials|2025-03-12
            Those who fought North Korean troops said 300 North Korean soldiers were killed.              # killed|300|unknown|2025-03-12
            Britain's defense ministry said 5,000 North Korean soldiers had been killed or wounded.           # killed_or_wounded|5,000|uk_defence_intelligence|2025-03-12
            The defector group Saebyeok-eol Peace Union said on Monday that two North Korean soldiers were captured. # captured|two|~The defector group Saebyeok-eol Peace Union|2025-03-10
            The aid group Nuri-ae Rescue Network said on Monday that two North Korean soldiers were captured. # captured|two|~The aid group Nuri-ae Rescue Network|2025-03-10
            Pro- and anti-war groups said 300 North Korean soldiers were captured.                        # captured|300|~Pro- and anti-war groups|2025-03-12
            Japan's worry grew after fresh intelligence reports suggesting that about 2,000 North Korean troops had reached Kursk. # deployed|about 2,000|~fresh intelligence reports|2025-03-12
            Lloyd Austin voiced concern over news reports suggesting that 10,000 North Korean soldiers are in Kursk. # deployed|10,000|news_reports|2025-03-12
            Lloyd Austin said, according to reports, that 10,000 North Korean soldiers are in Kursk.     # deployed|10,000|lloyd_austin|2025-03-12
            The Pentagon said 10,000 North Korean soldiers are in Kursk, with estimates suggesting the number could reach 12,000 North Korean soldiers. # deployed|10,000|pentagon|2025-03-12; deployed|12,000|pentagon|2025-03-12
            North Korea has lost about 4,000 troops, a person familiar with the matter told the newspaper.    # killed_or_wounded|about 4,000|~a person familiar with the matter|2025-03-12
            A defector who fled the North in 2019 said 200 North Korean soldiers were captured.              # captured|200|~A defector|2025-03-12
            An eyewitness in Kursk said 40 North Korean soldiers were killed in the assault.                 # killed|40|~An eyewitness in Kursk|2025-03-12
            A professor at Kookmin University said 3,000 North Korean troops had been killed.                # killed|3,000|~A professor at Kookmin University|2025-03-12
            A person in Kursk saw 40 North Korean soldiers killed in the assault.                            # killed|40|unknown|2025-03-12
            The witness statements put the number of North Korean dead at 40.                                # killed|40|unknown|2025-03-12
            A defector living in Seoul said 200 North Korean soldiers were captured.                         # captured|200|~A defector living in Seoul|2025-03-12
            Clashes with troops based in Kursk killed 200 North Korean soldiers.                             # killed|200|unknown|2025-03-12
            """)
    void attributionFindsTheSourceOfTheCueEvenWhenTheDirectoryDoesNotListIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58 (trial 13's kind): a relative clause on the speaker before its verb ("who left the ministry in May")
     * dates the speaker's past: its year sets no other war, and its month is not when the statement was made. A date
     * outside such a clause still does both.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A defector who fled the North in 2019 said 200 North Korean soldiers were captured.               # captured|200|~A defector|2025-03-12
            An official who left the ministry in May said 200 North Korean soldiers were captured.           # captured|200|~An official|2025-03-12
            An official, who left the ministry in May, said on Monday that 200 North Korean soldiers were captured. # captured|200|~An official|2025-03-10
            In May, an official said 200 North Korean soldiers were captured.                                  # captured|200|~an official|2024-05
            In 1950, North Korea sent 100,000 troops across the border, historians who studied the war said.  # none
            Officials who spoke on Monday said North Korea sent 100,000 troops to Vietnam in 1965.            # none
            """)
    void aDateInARelativeClauseOnTheSpeakerDatesTheSpeakerNotTheClaim(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58 (trial 13): an older estimate the sentence names as such ("up from its previous estimate of 600") was
     * given before the statement the sentence dates, on no day it says; the sentence's other figures keep that
     * statement's date, and so do they when the older estimate is what the speaker disputes. A claimant named as what
     * is rejected ("rejected Seoul's count") is never the speaker of the ", saying" after it. Near-misses: an estimate
     * with no word of age keeps the sentence's date, and "earlier" with no figure of its own still makes the
     * statement older.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The JCS said on Monday that about 2,300 North Korean soldiers had been killed, up from its previous estimate of 600. # killed|about 2,300|jcs|2025-03-10; killed|600|jcs|-
            Budanov said on Tuesday that 4,000 North Korean soldiers had been killed, revising his prior figure of 3,500. # killed|4,000|budanov|2025-03-11; killed|3,500|budanov|-
            The NIS said on Monday that about 2,000 North Korean soldiers had been wounded, up from an estimate of 300. # wounded|about 2,000|nis|2025-03-10; wounded|300|nis|2025-03-10
            Ukraine's General Staff disputed South Korea's earlier estimate of 300 dead, saying at least 1,700 North Korean soldiers had been killed. # killed|300|unknown|-; killed|at least 1,700|ukraine_general_staff|2025-03-12
            Ukraine's General Staff rejected Seoul's count of 600 dead, saying at least 1,500 North Korean troops had been killed. # killed|600|south_korean_officials|2025-03-12; killed|at least 1,500|ukraine_general_staff|2025-03-12
            Seoul rejected the claim, saying 1,500 North Korean troops had been killed.                       # killed|1,500|south_korean_officials|2025-03-12
            In an earlier report, the NIS said 300 North Korean soldiers had been killed.                     # killed|300|nis|-
            """)
    void anOlderEstimateNamedAsSuchHasNoDateOfTheStatementAroundIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 59 (trial 14): a season opening the sentence ("Last spring, the Pentagon estimated ...") dates the statement
     * to a season, earlier than the report, which no claim date holds: unknown. Near-misses: a stated day still wins; a
     * season after the figure dates what it counts; a bare season as the sentence's subject.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Last spring, the Pentagon estimated that about 12,000 North Korean troops had been sent to Russia.  # deployed|about 12,000|pentagon|-
            In the summer of 2024, the NIS said about 10,000 North Korean troops were in Russia.               # deployed|about 10,000|nis|-
            Last spring, the Pentagon said on Monday that about 12,000 North Korean troops had been sent to Russia. # deployed|about 12,000|pentagon|2025-03-10
            The NIS said 300 North Korean soldiers were killed last spring.                                    # killed|300|nis|2025-03-12
            Winter, the hardest season, saw 300 North Korean soldiers killed, the NIS said.                   # killed|300|nis|2025-03-12
            """)
    void aSeasonOpeningTheSentenceDatesTheStatementToNoDay(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent about 8,000 troops to Russia, US, Japanese and Ukrainian intelligence officials have said. # deployed|about 8,000|~US, Japanese and Ukrainian intelligence officials|2025-03-12
            North Korea sent about 8,000 troops to Russia, Japanese officials have said.                     # deployed|about 8,000|~Japanese officials|2025-03-12
            Pyongyang, according to estimates by the U.S. and its allies, has deployed about 8,000 soldiers in Kursk. # deployed|about 8,000|~the U.S. and its allies|2025-03-12
            The U.S. said 8,000 North Korean troops and their officers were in Kursk.                        # deployed|8,000|~The U.S.|2025-03-12
            North Korea may send 20,000 more troops, media reports citing Ukrainian intelligence officials and Western security sources have said. # planned_deployment|20,000|~Ukrainian intelligence officials and Western security sources|2025-03-12
            About 400 North Korean soldiers were killed, South Korean lawmakers said on Monday, citing intelligence assessments. # killed|About 400|~intelligence assessments|2025-03-10
            About 400 North Korean soldiers were killed, South Korean lawmakers said on Monday, citing the NIS. # killed|About 400|nis|2025-03-10
            About 400 North Korean soldiers were killed, according to South Korean lawmakers citing intelligence reports. # killed|About 400|~intelligence reports|2025-03-12
            About 400 North Korean soldiers were killed, according to South Korean lawmakers citing media reports. # killed|About 400|news_reports|2025-03-12
            """)
    void severalSourcesNamedTogetherAndSourcesCitedInTheirOwnWordsAreTheClaimant(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 12, claimants. Names listed with a serial comma before the closing "and" ("The US, Japan, and Britain
     * say") are one source, as they are without it; a lone ", and" after a name opens a clause of its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The US, Japan, and Britain say that North Korea has sent more than 9,000 troops to Russia.     # deployed|more than 9,000|~The US, Japan, and Britain|2025-03-12
            The US, Japan and Britain say that North Korea has sent more than 9,000 troops to Russia.      # deployed|more than 9,000|~The US, Japan and Britain|2025-03-12
            Japan and the U.S. say Pyongyang has sent as many as 9,000 troops to Russia.                   # deployed|as many as 9,000|~Japan and the U.S.|2025-03-12
            North Korea moved troops to Kursk, and others say that Pyongyang has sent more than 9,000 troops to Russia. # deployed|more than 9,000|unknown|2025-03-12
            """)
    void countriesNamedTogetherBeforeAReportingVerbAreOneClaimant(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Soon the foreign press was reporting at least 9,000 North Korean troops in Kursk.                # deployed|at least 9,000|~the foreign press|2025-03-12
            At least 9,000 North Korean troops were reported in Kursk.                                       # deployed|At least 9,000|unknown|2025-03-12
            The remark was in line with Japanese reports of 9,000 North Korean troops in Russia.             # deployed|9,000|news_reports|2025-03-12
            The remark was in line with estimates of 9,000 North Korean troops in Russia.                    # deployed|9,000|unknown|2025-03-12
            A think-tank analyst made the remarks amid reports that Pyongyang lost many men after sending around 9,000 troops to Kursk. # deployed|around 9,000|news_reports|2025-03-12
            The NIS said in its reports that 300 North Korean soldiers were wounded.                         # wounded|300|nis|2025-03-12
            """)
    void reportsAndThePressAreTheSourceOfWhatTheyReport(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky put the number of North Koreans killed or wounded at 3,000, although US estimates were lower, at about 900. # killed_or_wounded|3,000|zelensky|2025-03-12; killed_or_wounded|about 900|~US estimates|2025-03-12
            Zelensky had earlier put the number of North Koreans killed or wounded at 3,000, although Japanese estimates were lower, at around 900. # killed_or_wounded|3,000|zelensky|-; killed_or_wounded|around 900|~Japanese estimates|-
            Estimates were lower, at about 900 North Korean soldiers killed.                                 # killed|about 900|unknown|2025-03-12
            U.S. estimates were published on Monday, and 900 North Korean soldiers were killed in March.     # killed|900|unknown|2025-03-12
            """)
    void namedEstimatesAreTheSourceOfTheFigureInTheirComplement(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 900 North Korean soldiers were killed in the attack. / This was announced by Ukraine's military intelligence on Friday. # killed|Some 900|hur|2025-03-07
            About 300 North Korean troops were captured. / This was confirmed by a senior NATO diplomat on Monday.                       # captured|About 300|~a senior NATO diplomat|2025-03-10
            About 300 North Korean troops were captured. / The weather was described by locals as cold.                               # captured|About 300|unknown|2025-03-12
            Budanov spoke to reporters on Monday. / He added that 1,000 North Korean soldiers had been wounded.                      # wounded|1,000|budanov|2025-03-10
            The NIS briefed lawmakers on Tuesday. / The agency also said 200 North Korean soldiers had been captured.                 # captured|200|nis|2025-03-11
            Zelenskyy spoke to Lex Fridman. // "They can bring in another 30,000 to 40,000 North Korean soldiers. Or even more. Because they have orders," the president said. # planned_deployment|another 30,000 to 40,000|zelensky|2025-03-12
            Zelensky said: "North Korea has sent 12,000 soldiers. They have lost 3,800 North Korean soldiers already. That is a lot." # deployed|12,000|zelensky|2025-03-12; killed_or_wounded|3,800|zelensky|2025-03-12
            Zelenskyy spoke to Lex Fridman. // "They can bring in another 30,000 to 40,000 North Korean soldiers. Or even more." // The weather was cold. # planned_deployment|another 30,000 to 40,000|unknown|2025-03-12
            Zelenskyy spoke to Lex Fridman. // "They can bring in another 30,000 to 40,000 North Korean soldiers. // Or even more," Budanov said. # planned_deployment|another 30,000 to 40,000|budanov|2025-03-12
            Zelenskyy spoke to Lex Fridman. // "They can bring in another 30,000 to 40,000 North Korean soldiers. // Or even more. // That is all," Budanov said. # planned_deployment|another 30,000 to 40,000|unknown|2025-03-12
            Budanov said 11,000 North Korean soldiers are training in Russia. / The first detachment of 2,600 soldiers is to move to Kursk. # deployed|11,000|budanov|2025-03-12; planned_deployment|2,600|budanov|2025-03-12
            Budanov said 11,000 North Korean soldiers are training in Russia. / He further said they will rely on Russian arms. / The first detachment of 2,600 soldiers will head to Kursk. # deployed|11,000|budanov|2025-03-12; planned_deployment|2,600|budanov|2025-03-12
            Budanov said 11,000 North Korean soldiers are training in Russia. // The first detachment of 2,600 soldiers is to move to Kursk. # deployed|11,000|budanov|2025-03-12; planned_deployment|2,600|unknown|2025-03-12
            Budanov said 11,000 North Korean soldiers are training in Russia. / The first detachment of 2,600 soldiers moved to Kursk. # deployed|11,000|budanov|2025-03-12; deployed|2,600|unknown|2025-03-12
            Zelenskyy spoke to Lex Fridman. / The leader said 12,000 North Korean soldiers have already come to Russia. # deployed|12,000|zelensky|2025-03-12
            The NIS briefed lawmakers. / The leader said 12,000 North Korean soldiers have already come to Russia. # deployed|12,000|~The leader|2025-03-12
            Lawmaker Park Sun-won said, after a briefing by the NIS, that 1,500 North Korean soldiers were sent. / "About 3,000 North Korean soldiers are in Russia," Park told reporters. # deployed|1,500|nis|2025-03-12; deployed|About 3,000|nis|2025-03-12
            Lawmaker Park Sun-won said, after a briefing by the NIS, that 1,500 North Korean soldiers were sent. / "About 3,000 North Korean soldiers are in Russia now," he added. # deployed|1,500|nis|2025-03-12; deployed|About 3,000|nis|2025-03-12
            Park Sun-won said 600 North Korean soldiers were captured. / Park Sun-won said, after a briefing by the NIS, that 1,500 North Korean soldiers were sent. / "About 3,000 North Korean soldiers are in Russia," Park told reporters. # captured|600|park_sun_won|2025-03-12; deployed|1,500|nis|2025-03-12; deployed|About 3,000|park_sun_won|2025-03-12
            Zelensky, citing HUR, said 300 North Korean soldiers were killed. / Zelensky said 3,000 North Korean soldiers were in Kursk. # killed|300|hur|2025-03-12; deployed|3,000|zelensky|2025-03-12
            Yonhap, citing the NIS, said 13,000 North Korean soldiers had been sent. // State media KCNA reported that 100 North Korean soldiers had died. # deployed|13,000|nis|2025-03-12; killed|100|kcna|2025-03-12
            Yonhap, citing the NIS, said 13,000 North Korean soldiers had been sent. // Reuters reported that 100 North Korean soldiers had died. # deployed|13,000|nis|2025-03-12; killed|100|nis|2025-03-12
            Some 800 North Korean soldiers were wounded near Kursk. / This is according to the NIS.             # wounded|Some 800|nis|2025-03-12
            Some 800 North Korean soldiers were wounded near Kursk. / That's according to a senior NATO diplomat, who spoke on Monday. # wounded|Some 800|~a senior NATO diplomat|2025-03-10
            Some 800 North Korean soldiers were wounded near Kursk. / This was confirmed by the NIS.            # wounded|Some 800|nis|2025-03-12
            Some 800 North Korean soldiers were wounded near Kursk. / According to Budanov, 200 North Korean soldiers were captured. # wounded|Some 800|unknown|2025-03-12; captured|200|budanov|2025-03-12
            The JCS said 800 North Korean soldiers were wounded near Kursk. / That is according to a senior NATO diplomat. # wounded|800|jcs|2025-03-12
            Pyongyang has sent 4,000 builders to Russia, a South Korean lawmaker said following a briefing from the NIS. // Kim Jong Un has grown bolder. // South Korean lawmaker Park Sun-won told reporters that 700 North Korean soldiers were wounded. # deployed|4,000|nis|2025-03-12; wounded|700|nis|2025-03-12
            Pyongyang has sent 4,000 builders to Russia, a South Korean lawmaker said on Tuesday. // Kim Jong Un has grown bolder. // South Korean lawmaker Park Sun-won told reporters that 700 North Korean soldiers were wounded. # deployed|4,000|south_korean_lawmakers|2025-03-11; wounded|700|park_sun_won|2025-03-12
            Pyongyang has sent 4,000 builders to Russia, a South Korean lawmaker said following a briefing from the NIS. // Kim Jong Un has grown bolder. // Ukraine's spy chief Budanov told reporters that 700 North Korean soldiers were wounded. # deployed|4,000|nis|2025-03-12; wounded|700|budanov|2025-03-12
            Park Sun-won said 300 North Korean soldiers were captured. // Pyongyang has sent 4,000 builders to Russia, a South Korean lawmaker said following a briefing from the NIS. // South Korean lawmaker Park Sun-won told reporters that 700 North Korean soldiers were wounded. # captured|300|park_sun_won|2025-03-12; deployed|4,000|nis|2025-03-12; wounded|700|park_sun_won|2025-03-12
            NIS director Cho Tae-yong told the committee that 900 North Korean soldiers were wounded, according to lawmaker Park Sun-won, who attended. # wounded|900|nis|2025-03-12
            A South Korean lawmaker said that 900 North Korean soldiers were wounded, according to the NIS.     # wounded|900|nis|2025-03-12
            Budanov said that 900 North Korean soldiers were wounded, according to Yonhap.                      # wounded|900|budanov|2025-03-12
            Some 900 North Korean soldiers were wounded, according to lawmaker Park Sun-won.                    # wounded|Some 900|park_sun_won|2025-03-12
            In the photos published by President Zelensky, two North Korean prisoners are seen in a hospital.   # captured|two|zelensky|2025-03-12
            The footage, which Budanov posted on Monday, shows 40 North Korean soldiers killed in a drone strike. # killed|40|budanov|2025-03-10
            In the photos published by local bloggers, two North Korean prisoners are seen in a hospital.       # captured|two|unknown|2025-03-12
            In the photos taken by President Zelensky's staff, two North Korean prisoners are seen in a hospital. # captured|two|unknown|2025-03-12
            Some 800 North Korean soldiers were wounded near Kursk. / This is a lot, according to Budanov.      # wounded|Some 800|unknown|2025-03-12
            """)
    void attributionCarriesAcrossSentencesTheRightWay(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent troops to Kursk. / At least 600 of the North's soldiers have died, according to estimates from South Korea. # killed|At least 600|~South Korea|2025-03-12
            Pyongyang has sent troops. / Later, more than 10,000 soldiers from the isolated state were dispatched to Russia, the NIS said. # deployed|more than 10,000|nis|2025-03-12
            Pyongyang sent 11,000 troops to Kursk. / More than 6,000 of these are thought to have been killed, according to South Korean, Ukrainian and Western sources. # deployed|11,000|unknown|2025-03-12; killed|More than 6,000|~South Korean, Ukrainian and Western sources|2025-03-12
            The NIS said Pyongyang sent troops. / Most of them (around 65 of them) died in drone strikes, the NIS said.   # killed|around 65|nis|2025-03-12
            North Korea, a closed country, has become an ally of Russia. / It has shipped thousands of soldiers to Kursk.   # deployed|thousands|unknown|2025-03-12
            Kim Jong Un mourned the fallen in Pyongyang. / Of 12,000 troops sent to Russia, around 4,000 have been killed or wounded. # deployed|12,000|unknown|2025-03-12; killed_or_wounded|around 4,000|unknown|2025-03-12
            Pyongyang has given no number for troops killed in Kursk, though Seoul estimates about 600, with thousands more wounded. # killed|about 600|south_korean_officials|2025-03-12; wounded|thousands more|south_korean_officials|2025-03-12
            Pyongyang sent engineers to Kursk. / Earlier, the North had deployed around 15,000 combat troops in support of Russia. # deployed|around 15,000|unknown|2025-03-12
            At least 600 of the North's soldiers have died, according to estimates from South Korea.                     # none
            North Korea sent troops to Kursk. // Ukraine's army holds the region. // At least 600 soldiers from the north of Ukraine have died. # none
            North Korea sent troops to Kursk. // Ukraine's army holds the line. // More than 6,000 soldiers from the North Atlantic alliance trained there. # none
            Russia has become an ally of North Korea. / It has sent thousands of soldiers to Ukraine.                      # none
            Kim Jong Un mourned the fallen in Pyongyang. / Of 30,000 Russian troops sent to Kursk, around 4,000 have been killed. # none
            Pyongyang has given no number for troops killed, though Seoul says about 600 North Korean soldiers were captured. # captured|about 600|south_korean_officials|2025-03-12
            Fighting went on in Kursk, though Seoul estimates about 600.                                                 # none
            """)
    void aFigureTiesToNorthKoreaThroughEpithetsPartitivesPronounsAndTheParagraph(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said a unit of 2,600 North Korean soldiers is to move to the Kursk region.                 # planned_deployment|2,600|budanov|2025-03-12
            Zelensky said North Korea is getting 10,000 soldiers from various branches ready to take part in the war.  # planned_deployment|10,000|zelensky|2025-03-12
            Zelensky said North Korea can bring in another 30,000 to 40,000 troops.                            # planned_deployment|another 30,000 to 40,000|zelensky|2025-03-12
            Zelensky said North Korea is able to bring a great many soldiers.                                  # planned_deployment|a great many|zelensky|2025-03-12
            Zelensky said 3,800 North Korean soldiers were killed. / Can they send tens of thousands?           # killed|3,800|zelensky|2025-03-12; planned_deployment|tens of thousands|zelensky|2025-03-12
            Zelensky said the number of North Korean troops taking part could rise sharply, possibly reaching 500,000. # planned_deployment|500,000|zelensky|2025-03-12
            Shoigu said Kim Jong Un had decided to send 1,000 North Korean sappers and 5,000 military builders. # planned_deployment|1,000|~Shoigu|2025-03-12; planned_deployment|5,000|~Shoigu|2025-03-12
            Governor Alexander Hinstein, who spoke on Monday, said Pyongyang had consented to dispatch 1,000 demining specialists. # planned_deployment|1,000|~Governor Alexander Hinstein|2025-03-10
            Earlier statements by Sergei Shoigu, who referred to sending 1,000 North Korean sappers, were confirmed. # planned_deployment|1,000|~Sergei Shoigu|-
            The NIS noted a possible deployment of 100,000 North Korean troops to Russia, and said casualties could rise. # planned_deployment|100,000|nis|2025-03-12
            Ukraine's army hit Kursk, and Zelensky, hinting at a possible deployment of 100,000 North Korean troops, asked for weapons. # planned_deployment|100,000|zelensky|2025-03-12
            The NIS said North Korea has sent 1,500 soldiers to Russia for training and plans to send up to 12,000 troops. # deployed|1,500|nis|2025-03-12; planned_deployment|up to 12,000|nis|2025-03-12
            The NIS said North Korea could have sent 3,000 soldiers to Russia last year.                      # deployed|3,000|nis|2025-03-12
            The NIS said Russia used 12,000 North Korean troops to move into the Kursk region.                # deployed|12,000|nis|2025-03-12
            The NIS said 11,000 North Korean soldiers, who will fight in Kursk, arrived in Russia.             # deployed|11,000|nis|2025-03-12
            The NIS said Pyongyang sent 5,000 construction workers and 1,000 North Korean sappers to Kursk.   # deployed|1,000|nis|2025-03-12
            The NIS said Pyongyang plans to send 6,000 North Korean troops, and 1,000 engineers have already arrived. # planned_deployment|6,000|nis|2025-03-12; deployed|1,000|nis|2025-03-12
            The NIS said Pyongyang plans to send another 6,000 North Korean troops, with about 1,000 soldiers already in Russia. # planned_deployment|another 6,000|nis|2025-03-12; deployed|about 1,000|nis|2025-03-12
            The NIS said Pyongyang plans to send 6,000 North Korean troops to join those already in Kursk.   # planned_deployment|6,000|nis|2025-03-12
            The NIS said Pyongyang plans to send 6,000 more North Korean troops already trained in Russia's Far East. # planned_deployment|6,000|nis|2025-03-12
            As many as 8,000 North Korean troops are in Kursk and are expected to go into combat, the NIS said. # deployed|As many as 8,000|nis|2025-03-12
            The NIS said 8,000 North Korean troops are expected to go into combat in Kursk.                  # planned_deployment|8,000|nis|2025-03-12
            The NIS said 8,000 North Korean troops are to move to Kursk and are expected to fight.          # planned_deployment|8,000|nis|2025-03-12
            """)
    void aPlanOrAModalMakesADeploymentPlannedAndOnlyThatOne(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 52: the forms of a plan across subjects (Pyongyang, North Korea, Kim, "the North"), claimants and cue
     * positions: modals and futures, verbs of plan and readiness, nouns of intent, passives, forecasts of a force to
     * come; and what is no plan: a sending done, a plan of something else, a hypothetical "if it sent".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang will send 5,000 more troops to Russia, Zelensky said. # planned_deployment|5,000|zelensky|2025-03-12
            The NIS said North Korea would deploy another 3,000 soldiers next month. # planned_deployment|another 3,000|nis|2025-03-12
            Budanov said Kim might dispatch up to 8,000 North Korean troops in the spring. # planned_deployment|up to 8,000|budanov|2025-03-12
            Zelensky said the North may send as many as 20,000 North Korean soldiers. # planned_deployment|as many as 20,000|zelensky|2025-03-12
            Kim said North Korea shall send 2,000 engineers to Kursk. # planned_deployment|2,000|~Kim|2025-03-12
            The NIS believes North Korea will likely dispatch 3,000 more troops. # planned_deployment|3,000|nis|2025-03-12
            Zelensky said North Korea is going to send another 10,000 soldiers. # planned_deployment|another 10,000|zelensky|2025-03-12
            Budanov said that an additional 5,000 North Korean troops may be deployed soon. # planned_deployment|an additional 5,000|budanov|2025-03-12
            The NIS said up to 6,000 more North Korean troops could join the fighting. # planned_deployment|up to 6,000|nis|2025-03-12
            Kim Jong Un said he would send 6,000 more soldiers if Russia asked. # planned_deployment|6,000|kim_jong_un|2025-03-12
            The NIS said Pyongyang intends to send 4,000 more soldiers. # planned_deployment|4,000|nis|2025-03-12
            Zelensky said North Korea is preparing to deploy 6,000 troops. # planned_deployment|6,000|zelensky|2025-03-12
            The NIS said North Korea expects to send 3,000 more troops by summer. # planned_deployment|3,000|nis|2025-03-12
            Budanov said the North is set to dispatch 2,500 North Korean soldiers. # planned_deployment|2,500|budanov|2025-03-12
            Zelensky said Pyongyang is poised to send 10,000 fresh troops. # planned_deployment|10,000|zelensky|2025-03-12
            The NIS said North Korea is ready to send another 5,000 soldiers. # planned_deployment|another 5,000|nis|2025-03-12
            Budanov said Kim is about to deploy 7,000 North Korean troops. # planned_deployment|7,000|budanov|2025-03-12
            The NIS said Pyongyang was expected to send 2,000 more soldiers in March. # planned_deployment|2,000|nis|2025-03-12
            The NIS said it expects an additional 3,000 North Korean soldiers to be sent. # planned_deployment|an additional 3,000|nis|2025-03-12
            Zelensky said Pyongyang was considering sending 20,000 more troops. # planned_deployment|20,000|zelensky|2025-03-12
            Budanov said Kim has promised Putin another 8,000 North Korean soldiers. # planned_deployment|another 8,000|budanov|2025-03-12
            The NIS said North Korea has pledged 10,000 more troops. # planned_deployment|10,000|nis|2025-03-12
            Zelensky spoke of preparations for the dispatch of 5,000 North Korean soldiers. # planned_deployment|5,000|zelensky|2025-03-12
            The NIS warned of a potential deployment of 8,000 North Korean troops. # planned_deployment|8,000|nis|2025-03-12
            Budanov said a further deployment of 4,000 North Korean soldiers was being prepared. # planned_deployment|4,000|budanov|2025-03-12
            Zelensky said the next wave of 6,000 North Korean troops would arrive in May. # planned_deployment|6,000|zelensky|2025-03-12
            The NIS said the next rotation of 3,000 North Korean soldiers is expected in April. # planned_deployment|3,000|nis|2025-03-12
            The NIS described a planned deployment of 2,000 North Korean engineers. # planned_deployment|2,000|nis|2025-03-12
            Zelensky said the North was weighing a second deployment of 5,000 North Korean troops. # planned_deployment|5,000|zelensky|2025-03-12
            Budanov said 4,000 North Korean troops are being readied for deployment to Russia. # planned_deployment|4,000|budanov|2025-03-12
            Zelensky said another 3,000 North Korean troops are to be deployed in the spring. # planned_deployment|another 3,000|zelensky|2025-03-12
            The NIS said 3,000 North Korean soldiers are to be sent to Kursk next month. # planned_deployment|3,000|nis|2025-03-12
            Zelensky warned that there could be 20,000 North Korean soldiers in Kursk by summer. # planned_deployment|20,000|zelensky|2025-03-12
            North Korea plans to send 6,000 more troops to Russia, according to the NIS. # planned_deployment|6,000|nis|2025-03-12
            "Pyongyang will send 5,000 more soldiers," Budanov said. # planned_deployment|5,000|budanov|2025-03-12
            According to Zelensky, Kim intends to deploy another 10,000 North Korean troops. # planned_deployment|another 10,000|zelensky|2025-03-12
            The NIS said Pyongyang plans to send up to 12,000 more troops. # planned_deployment|up to 12,000|nis|2025-03-12
            Zelensky said North Korea could deploy tens of thousands of troops. # planned_deployment|tens of thousands|zelensky|2025-03-12
            The NIS said North Korea has sent 3,000 troops to Russia. # deployed|3,000|nis|2025-03-12
            Budanov said 5,000 North Korean soldiers had been sent to Kursk. # deployed|5,000|budanov|2025-03-12
            Zelensky said 11,000 North Korean troops were deployed last year. # deployed|11,000|zelensky|2025-03-12
            The NIS said North Korea sent 3,000 troops and plans to send 2,000 more. # deployed|3,000|nis|2025-03-12; planned_deployment|2,000|nis|2025-03-12
            Zelensky said North Korea deployed 12,000 troops, as the NIS had expected. # deployed|12,000|zelensky|2025-03-12
            Budanov said 2,000 North Korean troops who had been expected in December arrived in January. # deployed|2,000|budanov|2025-03-12
            The NIS said Russia's plans for the offensive rely on 10,000 North Korean troops. # none
            Zelensky said that if North Korea sent 50,000 troops, Europe would have to respond. # none
            "If Pyongyang sent another 20,000 soldiers, the front would change," Budanov said. # none
            The NIS said North Korea intends to send about 6,000 soldiers. # planned_deployment|about 6,000|nis|2025-03-12
            The NIS said North Korea could soon have as many as 15,000 troops in Russia. # planned_deployment|as many as 15,000|nis|2025-03-12
            The NIS said North Korea could have 15,000 troops fighting in Russia by spring. # planned_deployment|15,000|nis|2025-03-12
            Budanov said North Korea will soon have 9,000 soldiers in Kursk. # planned_deployment|9,000|budanov|2025-03-12
            The NIS said 4,000 North Korean soldiers are being mobilised to be sent to Russia. # planned_deployment|4,000|nis|2025-03-12
            """)
    void theFormsOfAPlanAcrossSubjectsAndCuesAndWhatIsNoPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 52's kinds, each both ways: plans named by their noun with their sending ("has plans for a deployment
     * of"), not a bare "plans for"; a participle whose purpose is a sending ("were mobilised to be deployed"), not a
     * sending participle ("were sent to be deployed"); a force forecast on foreign soil ("could soon have as many as
     * 15,000 troops on Russian soil"), not one held now; troops placed where the war is with a verb group of their
     * own ("8,000 troops in Kursk could be moved") or moved out of it ("could be moved from Kursk") are there, where
     * a place of the sending ("may deploy 5,000 troops in Kursk", "from Pyongyang could be sent") still plans; a plan
     * the sentence says was carried out ("was to send 3,000, and did so"), not one left undone or another clause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said North Korea has plans for a deployment of 6,000 troops. # planned_deployment|6,000|nis|2025-03-12
            Pyongyang has plans for the dispatch of 4,000 more North Korean troops, Budanov said. # planned_deployment|4,000|budanov|2025-03-12
            Zelensky said Kim had drawn up a plan for sending 3,000 North Korean soldiers. # planned_deployment|3,000|zelensky|2025-03-12
            The NIS said North Korea has sent 3,000 troops, and Russia has plans for the offensive. # deployed|3,000|nis|2025-03-12
            Budanov said the plans for the deployment of 2,000 North Korean troops were carried out in October. # deployed|2,000|budanov|2025-03-12
            The NIS said 5,000 North Korean soldiers were mobilised to be deployed to Kursk. # planned_deployment|5,000|nis|2025-03-12
            The NIS said 6,000 North Korean soldiers had been trained to be sent to Kursk in April. # planned_deployment|6,000|nis|2025-03-12
            Budanov said 3,000 North Korean troops were mobilized to be moved to the front. # planned_deployment|3,000|budanov|2025-03-12
            Budanov said 3,000 North Korean soldiers were sent to be deployed in Kursk. # deployed|3,000|budanov|2025-03-12
            The NIS said 4,000 North Korean soldiers were trained in Russia and deployed to Kursk. # deployed|4,000|nis|2025-03-12
            Zelensky warned that North Korea could soon have as many as 15,000 troops on Russian soil. # planned_deployment|as many as 15,000|zelensky|2025-03-12
            Budanov said North Korea would soon have 9,000 soldiers on Russian territory. # planned_deployment|9,000|budanov|2025-03-12
            Zelensky said there will soon be 20,000 North Korean troops on Russian soil. # planned_deployment|20,000|zelensky|2025-03-12
            Zelensky said North Korea had 9,000 soldiers on Russian soil. # none
            Zelensky said North Korea could have 9,000 soldiers ready at home. # none
            The NIS said North Korea may deploy 5,000 troops in Kursk. # planned_deployment|5,000|nis|2025-03-12
            The NIS said 5,000 North Korean troops from Pyongyang could be sent to Kursk. # planned_deployment|5,000|nis|2025-03-12
            The NIS said 5,000 North Korean troops will be deployed in Kursk. # planned_deployment|5,000|nis|2025-03-12
            The NIS said 8,000 North Korean troops in Kursk could soon be moved to the front line. # deployed|8,000|nis|2025-03-12
            Budanov said 2,000 North Korean troops from Kursk will be moved to Zaporizhzhia. # deployed|2,000|budanov|2025-03-12
            Zelensky said 4,000 North Korean troops on the front line could be pulled back. # deployed|4,000|zelensky|2025-03-12
            Budanov said North Korea could send 3,000 troops from its border units. # planned_deployment|3,000|budanov|2025-03-12
            Budanov said 3,000 North Korean troops could be moved from Kursk to Donetsk. # deployed|3,000|budanov|2025-03-12
            Budanov said Russia could move 3,000 North Korean troops from Kursk to Donetsk. # deployed|3,000|budanov|2025-03-12
            The NIS said North Korea was to send 3,000 troops in March, but has not sent them. # planned_deployment|3,000|nis|2025-03-12
            The NIS said North Korea plans to send 3,000 troops and has sent 1,000 of them. # planned_deployment|3,000|nis|2025-03-12; deployed|1,000|nis|2025-03-12
            The NIS said North Korea will send 3,000 troops, and Russia will pay them. # planned_deployment|3,000|nis|2025-03-12
            The NIS said 2,000 North Korean soldiers were to be sent to Kursk, and were. # deployed|2,000|nis|2025-03-12
            The NIS said North Korea was to send 3,000 troops in March, and did so. # deployed|3,000|nis|2025-03-12
            The NIS said North Korea had planned to send 3,000 troops by January and had sent them by December. # deployed|3,000|nis|2025-03-12
            """)
    void aPlanByItsNounAPurposeOfSendingAForecastForceAPlaceOfTheWarAndAPlanCarriedOut(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            South Korean lawmaker Lee Seong-kweun said about 5,000 North Korean troops had moved to Russia.      # deployed|about 5,000|lee_sung_kwon|2025-03-12
            Ukrainian President Zelensky said 200 North Korean soldiers were killed.                            # killed|200|zelensky|2025-03-12
            Lee Seong-kweun, citing South Korean officials, said 300 North Korean soldiers were killed.         # killed|300|south_korean_officials|2025-03-12
            Zelensky said, citing information from Ukraine's military intelligence, that 200 North Korean soldiers were killed. # killed|200|hur|2025-03-12
            After a briefing from the NIS, lawmaker Park Sun-won said 600 North Korean soldiers were captured.  # captured|600|nis|2025-03-12
            Park Sun-won said 600 North Korean soldiers were captured after a long briefing.                   # captured|600|park_sun_won|2025-03-12
            Governor Alexander Hinstein, whose region borders Ukraine, said 1,000 North Korean sappers had arrived. # deployed|1,000|~Governor Alexander Hinstein|2025-03-12
            The NIS, which briefed lawmakers, said 1,000 North Korean sappers had arrived.                     # deployed|1,000|nis|2025-03-12
            SEOUL, Nov. 4 (Yonhap) -- North Korea has sent 5,000 soldiers to Russia.                           # deployed|5,000|unknown|2025-03-12
            Seoul, Feb 19 (EFE).- Two North Korean soldiers were captured, a local newspaper reported.         # captured|Two|~a local newspaper|2025-03-12
            KYIV (Reuters) - Ukraine's military intelligence said 300 North Korean soldiers were killed.      # killed|300|hur|2025-03-12
            Seoul (South Korea) said 300 North Korean soldiers were killed.                                    # killed|300|south_korean_officials|2025-03-12
            """)
    void aRelayByBriefingARelativeClauseOrADatelineKeepsTheRightSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukrainian President Volodymyr Zelenskyy spoke on Friday. / Zeelenskyy said that hundreds of North Korean soldiers had been killed. # killed|hundreds|zelensky|2025-03-07
            Budanov spoke on Friday. / Budanow said 300 North Korean soldiers had been captured.                # captured|300|budanov|2025-03-07
            Zeelenskyy said that hundreds of North Korean soldiers had been killed.                            # killed|hundreds|~Zeelenskyy|2025-03-12
            Lee Seong-kweun spoke to reporters. / Leeson said 300 North Korean soldiers had been captured.      # captured|300|~Leeson|2025-03-12
            The talks came during a visit by Russian Security Council Secretary Sergei Shoigu. // "Kim has decided to send 1,000 North Korean sappers to Russia," Shoigu said. # planned_deployment|1,000|~Russian Security Council Secretary Sergei Shoigu|2025-03-12
            Yesterday Shoigu met Kim. // "Kim has decided to send 1,000 North Korean sappers to Russia," Shoigu said. # planned_deployment|1,000|~Shoigu|2025-03-12
            He spoke to South Korea. Ri met reporters. / Ri said 300 North Korean soldiers had been killed.    # killed|300|~Ri|2025-03-12
            Russia's Security Council quoted its Secretary Sergey Shoigu as saying that Kim had chosen to dispatch 1,000 North Korean sappers. # planned_deployment|1,000|~Secretary Sergey Shoigu|2025-03-12
            The NIS briefed lawmakers. / Russia's Security Council quoted its Secretary Sergey Shoigu as saying that Kim had chosen to dispatch 1,000 North Korean sappers. # planned_deployment|1,000|~Secretary Sergey Shoigu|2025-03-12
            The NIS gave a briefing. / It said 200 North Korean soldiers had been captured.                    # captured|200|nis|2025-03-12
            Russia's Security Council quoted figures showing 1,000 North Korean sappers had arrived in Kursk.   # deployed|1,000|~Russia's Security Council|2025-03-12
            Ukrainian and US sources all say 3,000 North Korean soldiers were killed.                          # killed|3,000|~Ukrainian and US sources|2025-03-12
            """)
    void aSourceNamedOnceInFullIsKnownByItsSurnameAndItsMisspellingAndThroughWhoeverQuotesIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said North Korean forces had 200 killed and 1,500 wounded.                                  # killed|200|zelensky|2025-03-12; wounded|1,500|zelensky|2025-03-12
            Kyiv said the attack killed at least 700 North Korean soldiers and left thousands wounded.          # killed|at least 700|ukraine_government|2025-03-12; wounded|thousands|ukraine_government|2025-03-12
            The NIS said North Korea had taken 4,700 casualties, including 600 deaths.                           # killed_or_wounded|4,700|nis|2025-03-12; killed|600|nis|2025-03-12
            The NIS said 2,500 North Korean casualties have occurred, and about 1,500 more troops have been sent. # killed_or_wounded|2,500|nis|2025-03-12; deployed|about 1,500|nis|2025-03-12
            Zelensky asserted that "thousands" of North Korean soldiers are on their way to Russia.            # deployed|thousands|zelensky|2025-03-12
            Zelensky said "thousands," and added that North Korean soldiers are on their way to Russia.       # none
            Reports from HUR point to around 12,000 North Korean troops, 500 officers and three generals among them, already based in Russia. # deployed|around 12,000|hur|2025-03-12; deployed|500|hur|2025-03-12; deployed|three|hur|2025-03-12
            Reports from HUR point to around 12,000 North Korean troops, 500 killed and 300 captured.          # killed|500|hur|2025-03-12; captured|300|hur|2025-03-12
            North Korea sent troops. / The South Korean military raised the estimated casualties to 4,000.   # killed_or_wounded|4,000|jcs|2025-03-12
            North Korea sent troops. / Russian forces raised their casualties to 4,000.                        # none
            Earlier reports indicated that 11,000 North Korean soldiers were in training in eastern Russia.   # deployed|11,000|news_reports|-
            The NIS said another 1,000 North Korean military engineers are carrying out demining work.        # deployed|another 1,000|nis|2025-03-12
            North Korea has moved at least 10,000 soldiers to Russia, and some reports put the figure at up to 12,000. # deployed|at least 10,000|unknown|2025-03-12; deployed|up to 12,000|news_reports|2025-03-12
            The NIS says 3,000 North Korean soldiers were killed, and Kyiv put the number at 4,000.            # killed|3,000|nis|2025-03-12; killed|4,000|ukraine_government|2025-03-12
            The NIS says North Korea has moved at least 10,000 soldiers to Russia, and Kyiv put the date at 12.  # deployed|at least 10,000|nis|2025-03-12
            The NIS says North Korea sent soldiers, and some reports put the figure at 12,000.                 # deployed|12,000|news_reports|2025-03-12
            The NIS said 3,000 North Korean soldiers were killed and many more were wounded.              # killed|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers were killed and others were captured.                # killed|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers were killed and wounded.                             # killed_or_wounded|3,000|nis|2025-03-12
            Zelensky said about 300 out of the 11,000 North Korean troops in Kursk had been wounded.       # wounded|about 300|zelensky|2025-03-12; deployed|11,000|zelensky|2025-03-12
            The NIS said 600 out of 9,000 North Korean soldiers in Kursk were killed.                     # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said 600 of 9,000 deployed North Korean soldiers were killed.                         # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            Photo 1 of 2 | The NIS said North Korea sent 9,000 soldiers to Kursk.                          # deployed|9,000|nis|2025-03-12
            The NIS said 600 North Korean soldiers were killed, out of 9,000 sent to Kursk.               # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said 600 North Korean soldiers were killed, out of 9,000 troops sent to Kursk.        # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said 600 North Korean soldiers were killed, out of the 9,000 sent to Kursk.           # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said the deaths of 300 North Korean soldiers sent to Kursk were confirmed.            # killed|300|nis|2025-03-12
            The NIS said 600 out of 9,000 North Korean soldiers were wounded, of whom 300 were killed.   # wounded|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12; killed|300|nis|2025-03-12
            Kyiv said about 12,000 North Korean troops, including 500 officers and three generals, were in Russia for training. # deployed|about 12,000|ukraine_government|2025-03-12; deployed|500|ukraine_government|2025-03-12; deployed|three|ukraine_government|2025-03-12
            Kyiv said about 12,000 North Korean troops, including 500 officers, had been killed.          # killed|about 12,000|ukraine_government|2025-03-12; killed|500|ukraine_government|2025-03-12
            Kyiv said about 12,000 Russian troops, including 500 officers, were in Kursk.                 # none
            Kyiv said about 12,000 North Korean shells, including 500 mortar rounds, were in Russia.      # none
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
            The NIS has told lawmakers that 300 North Korean soldiers had been killed.                        # killed|300|nis|2025-03-12
            Pyongyang sent troops. / CNN has reported that 300 North Korean soldiers have died.               # killed|300|cnn|-
            Pyongyang sent troops. / South Korean officials have stated that 2,000 North Korean soldiers were wounded. # wounded|2,000|south_korean_officials|-
            The South Korean government, which had condemned the dispatch of 10,000 North Korean troops, spoke on Monday. # deployed|10,000|south_korean_officials|-
            As reported, the UK Ministry of Defence stated that 6,000 North Korean soldiers had been killed.  # killed|6,000|uk_defence_intelligence|-
            The NIS, which has long tracked the deployment, said on Monday that 300 North Korean soldiers died. # killed|300|nis|2025-03-10
            Zelensky said on the 10th that 500 North Korean soldiers were captured.                           # captured|500|zelensky|2025-03-10
            Zelensky cautioned that 3,000 North Korean soldiers had been killed. / Zelensky made the assertion in a video address on the 11th. # killed|3,000|zelensky|2025-03-11
            Zelensky said 3,000 North Korean soldiers had been killed. / The NIS made the assertion on the 11th. # killed|3,000|zelensky|2025-03-12
            The welcome ceremony was held on Monday. / Kim Jong Un was present. // Nine North Korean soldiers were killed, Kim Jong Un said. # killed|Nine|kim_jong_un|2025-03-10
            Kim Jong Un met the families at a ceremony. // The ceremony, held in Pyongyang on Friday, was broadcast. // Kim said 20 North Korean soldiers had died. # killed|20|kim_jong_un|2025-03-07
            The welcome ceremony was held on Monday. / Kim Jong Un was present. // The NIS said 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            Kim Jong Un left for Beijing to attend Monday's military parade. / The NIS revealed the toll at a meeting. // The NIS said 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            The NIS briefed lawmakers, as Kim Jong Un left to attend Monday's military parade. // The NIS said 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            The NIS briefed lawmakers at Monday's meeting. // The NIS said 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-10
            The military parade was held on Monday. / The NIS was there. // The NIS said 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-10
            It has been reported that Kim Jong Un agreed to send 6,000 North Korean troops.                  # planned_deployment|6,000|unknown|2025-03-12
            The story so far // Kyiv has said its forces captured two North Korean soldiers in Kursk.      # captured|two|ukraine_government|2025-03-12
            12/03/2025 March 12, 2025 // The NIS has told lawmakers that 300 North Korean soldiers were killed. # killed|300|nis|2025-03-12
            The story so far // Fighting went on in Kursk. // Kyiv has said its forces captured two North Korean soldiers in Kursk. # captured|two|ukraine_government|-
            Kim Jong Un said that at least nine North Korean soldiers were killed in Kursk, speaking on March 4 in Pyongyang before the returning unit. # killed|at least nine|kim_jong_un|2025-03-04
            Budanov said 3,000 North Korean soldiers had been wounded so far, addressing lawmakers in Kyiv last week. # wounded|3,000|budanov|2025-03-03
            Kim Jong Un said that at least nine North Korean soldiers were killed, fighting on March 4 near Kursk beside Russian units. # killed|at least nine|kim_jong_un|2025-03-12
            On March 4, Budanov, the head of Ukraine's military intelligence, who had just returned from the front, told reporters that 6,000 more North Korean troops had arrived in Kursk. # deployed|6,000|budanov|2025-03-04
            Budanov, the head of Ukraine's military intelligence, who had just returned from the front, told reporters that 6,000 more North Korean troops had arrived in Kursk. # deployed|6,000|budanov|2025-03-12
            On March 4, North Korean troops crossed into the Kursk region, and Budanov later told reporters that 6,000 more North Korean troops had arrived. # deployed|6,000|budanov|2025-03-12
            On March 4, 6,000 more North Korean troops arrived in Kursk to reinforce the Russian units there, Budanov told reporters. # deployed|6,000|budanov|2025-03-12
            Budanov said in February that 2,000 North Korean soldiers had died, and the JCS later put the estimated losses at 3,500 last week. # killed|2,000|budanov|2025-02; killed_or_wounded|3,500|jcs|2025-03-03
            The JCS has raised its estimate of North Korean casualties to about 4,000 on Monday.             # killed_or_wounded|about 4,000|jcs|2025-03-10
            Budanov said in February that 2,000 North Korean soldiers had died, and the JCS said the losses climbed to 3,500 last week. # killed|2,000|budanov|2025-02; killed_or_wounded|3,500|jcs|2025-03-12
            The NIS said North Korea raised its force in Russia to 15,000 North Korean troops last month.    # deployed|15,000|nis|2025-03-12
            North Korea sent 2,000 more North Korean troops to Kursk in January and February, according to the JCS. # deployed|2,000|jcs|2025-03-12
            On Monday, 300 North Korean soldiers were killed near Kursk, the NIS said.                         # killed|300|nis|2025-03-12
            North Korea sent 2,000 more North Korean troops to Kursk, the JCS said in February.               # deployed|2,000|jcs|2025-02
            North Korea sent 2,000 more North Korean troops to Kursk, according to a JCS report released on Monday. # deployed|2,000|jcs|2025-03-10
            Footage said to show hundreds of North Korean soldiers in training at a Russian base near Vladivostok. pic.twitter.com/Ab12Cd — WarMonitor (@war_monitor) March 9, 2025 # deployed|hundreds|~WarMonitor (@war_monitor)|2025-03-09
            Footage said to show hundreds of North Korean soldiers in training at a Russian base near Vladivostok on March 9, 2025. # deployed|hundreds|unknown|2025-03-12
            Zelensky warned that North Korea could send 20,000 more troops to Russia. / Zelensky made the remarks by video to a sitting of the Council of Europe in Strasbourg, France, on the 10th. # planned_deployment|20,000|zelensky|2025-03-10
            Zelensky warned that North Korea could send 20,000 more troops to Russia. / Zelensky said in a video to a sitting of the Council of Europe in Strasbourg, France, that troops arrived on the 10th. # planned_deployment|20,000|zelensky|2025-03-12
            Zelensky spoke days after the NIS said 300 North Korean soldiers had been killed.                  # killed|300|nis|-
            The NIS said 300 North Korean soldiers were killed days after arriving in Kursk.                   # killed|300|nis|2025-03-12
            Days after the battle began, the NIS said 300 North Korean soldiers had been killed.               # killed|300|nis|2025-03-12
            The summit comes a week after the NIS said 300 North Korean soldiers had been killed.              # killed|300|nis|2025-03-03
            The new report arrives a day after the JCS estimated that 2,000 North Korean soldiers were wounded. # wounded|2,000|jcs|2025-03-11
            The ceasefire plan comes a month after Budanov said 400 North Korean soldiers were captured.       # captured|400|budanov|2025-02
            Zelensky spoke shortly after the NIS said 300 North Korean soldiers had been killed.               # killed|300|nis|2025-03-12
            The footage was released a week after the NIS said 300 North Korean soldiers had been killed.      # killed|300|nis|-
            The NIS said 300 North Korean soldiers were killed a week after arriving in Kursk.                 # killed|300|nis|2025-03-12
            A week after the battle began, the NIS said 300 North Korean soldiers had been killed.             # killed|300|nis|2025-03-12
            The NIS had earlier assessed that the troops were kept out of combat. // The agency estimated that 300 North Korean soldiers were killed. # killed|300|nis|-
            The NIS had earlier assessed that the troops were kept out of combat. // The NIS estimated that 300 North Korean soldiers were killed. # killed|300|nis|2025-03-12
            The NIS had earlier assessed that the troops were kept out of combat. // Fighting went on near Sudzha. / The agency estimated that 300 North Korean soldiers were killed. # killed|300|nis|2025-03-12
            The figures were discussed at length. This was said by White House spokesman John Kirby last Friday. // Kirby said 1,000 North Korean soldiers were killed. # killed|1,000|white_house|2025-03-07
            The figures were discussed at length. This was said by White House spokesman John Kirby. // Kirby said 1,000 North Korean soldiers were killed. # killed|1,000|white_house|2025-03-12
            The figures were discussed at length. It was said last Friday that the talks had failed. // Kirby said 1,000 North Korean soldiers were killed. # killed|1,000|white_house|2025-03-12
            Russian units have begun training North Korean gunners, U.S. State Department spokesperson Vedant Patel said on Monday, according to Reuters. // "Some 2,000 North Korean soldiers have reached Kursk," Reuters quoted Patel as saying. # deployed|Some 2,000|~Vedant Patel|2025-03-10
            Russian units have begun training North Korean gunners, U.S. State Department spokesperson Vedant Patel said, according to Reuters. // "Some 2,000 North Korean soldiers have reached Kursk," Reuters quoted Patel as saying. # deployed|Some 2,000|~Vedant Patel|2025-03-12
            "Some 2,000 North Korean soldiers have reached Kursk," Reuters quoted Patel as saying. // The New York Times reported on Sunday that Russia had moved its own units to Kursk. # deployed|Some 2,000|~Patel|2025-03-12
            - On March 4, Budanov and the Security Service of Ukraine announced that Ukrainian forces had captured two North Korean soldiers in Kursk. # captured|two|~Budanov and the Security Service of Ukraine|2025-03-04
            Seoul's spy agency thinks 4,000 North Korean soldiers have been wounded, the Yonhap news agency wrote on Monday. # wounded|4,000|nis|2025-03-10
            Budanov said 700 North Korean soldiers were captured, Ukrainian media reported on Tuesday.          # captured|700|budanov|2025-03-11
            Budanov said 700 North Korean soldiers were captured in fighting on Tuesday.                         # captured|700|budanov|2025-03-12
            Budanov said 700 North Korean soldiers were captured on Tuesday, and Ukrainian media reported it.    # captured|700|budanov|2025-03-12
            On Tuesday last week, the NIS told lawmakers that 2,000 North Korean soldiers had arrived in Kursk.  # deployed|2,000|nis|2025-03-04
            The JCS said on Thursday of the previous week that 2,000 North Korean soldiers had arrived in Kursk. # deployed|2,000|jcs|2025-03-06
            On Tuesday, the NIS told lawmakers that 2,000 North Korean soldiers had arrived in Kursk.            # deployed|2,000|nis|2025-03-11
            The NIS said last week that 2,000 North Korean soldiers had arrived in Kursk.                        # deployed|2,000|nis|2025-03-03
            The visit comes a day after a statement by Budanov earlier this week that 400 North Korean soldiers were captured. # captured|400|budanov|2025-03-10
            It follows a report by the JCS on Monday that 1,200 North Korean troops had been sent to Kursk.     # deployed|1,200|jcs|2025-03-10
            Zelensky cited the NIS's assessment that 300 North Korean soldiers were wounded.                    # wounded|300|nis|2025-03-12
            The move follows a media report that 2,000 North Korean troops were flown to Kursk, Yonhap reported. # deployed|2,000|news_reports|-
            The NIS said in a statement that 300 North Korean soldiers were wounded.                            # wounded|300|nis|2025-03-12
            Kyiv welcomed the fact that 300 North Korean soldiers were captured.                                # captured|300|unknown|2025-03-12
            Ukraine moved its drones so that 300 North Korean soldiers were captured.                           # captured|300|unknown|2025-03-12
            A report that the JCS said 300 North Korean soldiers were wounded was read out.                     # wounded|300|jcs|2025-03-12
            Fighting went on amid reports that 2,000 North Korean troops were flown to Kursk.                   # deployed|2,000|news_reports|2025-03-12
            Fighting went on amid a report that 2,000 North Korean troops were flown to Kursk.                  # deployed|2,000|unknown|2025-03-12
            At the March 4 session of the defence council, held in Kyiv behind closed doors, Zelensky said that 2,500 North Korean soldiers had been killed. # killed|2,500|zelensky|2025-03-04
            As Ukrainian media reported, during a press conference on Monday in Kyiv, Budanov said 900 North Korean soldiers were wounded. # wounded|900|budanov|2025-03-10
            In the March 4 assault on the village of Sudzha and the farms around it, 2,500 North Korean soldiers were killed, Zelensky said. # killed|2,500|zelensky|2025-03-12
            In a village shelled on Monday, Ukraine's chief of military intelligence, Lieutenant General Kyrylo Budanov, said 900 North Korean soldiers were wounded. # wounded|900|budanov|2025-03-12
            At a press conference on Monday, Ukraine's chief of military intelligence, Lieutenant General Kyrylo Budanov, said 900 North Korean soldiers were wounded. # wounded|900|budanov|2025-03-10
            Earlier in the day, Budanov told reporters that 1,500 North Korean soldiers had been killed.         # killed|1,500|budanov|2025-03-12
            Budanov told reporters earlier today that 1,500 North Korean soldiers had been killed.              # killed|1,500|budanov|2025-03-12
            Budanov had earlier told reporters that 1,500 North Korean soldiers had been killed.                # killed|1,500|budanov|-
            Pentagon officials stated earlier in the week that 1,500 North Korean soldiers had been killed.     # killed|1,500|pentagon|2025-03-10
            The Pentagon said 1,500 North Korean soldiers in Kursk had been killed in fighting earlier in the week. # killed|1,500|pentagon|2025-03-12
            Previously, on January 11 last year, Zelenskyy announced that two wounded North Korean soldiers had been captured. # captured|two|zelensky|2024-01-11
            Zelenskyy said in February last year that 300 North Korean soldiers had been captured.              # captured|300|zelensky|2024-02
            Zelenskyy said in February that 300 North Korean soldiers had been captured.                        # captured|300|zelensky|2025-02
            On January 11, Zelenskyy announced that two wounded North Korean soldiers had been captured.        # captured|two|zelensky|2025-01-11
            The JCS confirmed that 10,000 North Korean troops were in Kursk, with the Pentagon spokesman saying that they could be targeted. # deployed|10,000|jcs|2025-03-12
            Some 10,000 North Korean troops were in Kursk, with the Pentagon spokesman saying so.              # deployed|Some 10,000|pentagon|2025-03-12
            On March 4 the Lithuanian defence ministry confirmed that 10,000 North Korean troops were in Kursk. # deployed|10,000|~the Lithuanian defence ministry|2025-03-04
            Lithuanian defence minister Ona Petraitiene confirmed that 10,000 North Korean troops were in Kursk. # deployed|10,000|~Lithuanian defence minister Ona Petraitiene|2025-03-12
            Budanov claimed recently that 3,000 North Korean soldiers had been wounded near Kursk.             # wounded|3,000|budanov|-
            The NIS recently said that 300 North Korean soldiers were killed in the fighting.                  # killed|300|nis|-
            The JCS recently told lawmakers that 2,000 more North Korean troops had arrived in Kursk.          # deployed|2,000|jcs|-
            The NIS recently said on Monday that 300 North Korean soldiers were killed in the fighting.        # killed|300|nis|2025-03-10
            Budanov, who recently visited Seoul, said that 3,000 North Korean soldiers had been wounded.       # wounded|3,000|budanov|2025-03-12
            The NIS said that 300 North Korean soldiers who had recently arrived in Kursk were killed.         # killed|300|nis|2025-03-12
            The new toll is up from the 3,000 North Korean casualties reported in January.                    # killed_or_wounded|3,000|unknown|2025-01
            Budanov said the losses now exceed the 2,000 North Korean casualties confirmed last week.         # killed_or_wounded|2,000|budanov|2025-03-03
            Some 300 North Korean soldiers were reported killed in January.                                   # killed|Some 300|unknown|2025-03-12
            The NIS said 300 North Korean soldiers killed in January were buried in Kursk.                    # killed|300|nis|2025-03-12
            The NIS said the 300 North Korean soldiers who were reported missing on Monday had died.          # killed|300|nis|2025-03-12
            The clip, which Zelensky posted on the social media platform X on Sunday, showed an official questioning two captured North Korean soldiers. # captured|two|zelensky|2025-03-09
            Zelensky said in an interview with a South Korean daily newspaper on Monday that 300 North Korean soldiers were killed. # killed|300|zelensky|2025-03-10
            Zelensky posted on X that troops in the Kursk border region on Sunday captured two North Korean soldiers. # captured|two|zelensky|2025-03-12
            Zelensky posted a clip on X showing two North Korean soldiers captured in Kursk on Sunday.       # captured|two|zelensky|2025-03-12
            Budanov spoke to reporters on Monday. // A day later, a senior US official told the AP that North Korea had taken casualties. // On the same day, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-11
            Budanov spoke to reporters on Monday. // The next day, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-11
            Budanov spoke to reporters on Monday. // Two days later, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            Budanov spoke to reporters on Monday. // The NIS told lawmakers that 300 North Korean soldiers had been killed a day later than the attack. # killed|300|nis|2025-03-12
            The NIS told lawmakers last Wednesday that 300 North Korean soldiers had been killed.            # killed|300|nis|2025-03-05
            The NIS told lawmakers on Wednesday that 300 North Korean soldiers had been killed.              # killed|300|nis|2025-03-12
            The NIS told lawmakers last Monday that 300 North Korean soldiers had been killed.                # killed|300|nis|2025-03-10
            In the March 4 attack near Sudzha, Budanov said, 3,000 North Korean soldiers were killed.         # killed|3,000|budanov|2025-03-12
            During the fighting on Monday, Budanov said, 300 North Korean soldiers were captured.            # captured|300|budanov|2025-03-12
            On March 4, Budanov said, 3,000 North Korean soldiers were killed near Sudzha.                    # killed|3,000|budanov|2025-03-12
            On March 4, Budanov said that 3,000 North Korean soldiers were killed near Sudzha.                # killed|3,000|budanov|2025-03-04
            On Monday, Budanov said, according to Ukrinform, that 3,000 North Korean soldiers were killed.    # killed|3,000|budanov|2025-03-10
            At a briefing on March 4, Budanov said, 3,000 North Korean soldiers were killed near Sudzha.      # killed|3,000|budanov|2025-03-04
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
            The NIS said that as of 2025 more North Korean troops were sent to Russia.                       # none
            The NIS said that since 2024, North Korean soldiers have been sent to Kursk.                     # none
            The NIS said North Korean soldiers have fought in Kursk since early 2025.                        # none
            The NIS said 2025 North Korean troops were sent to Russia.                                       # deployed|2025|nis|2025-03-12
            The NIS said North Korea would send 5,000 more troops by 2026.                                   # planned_deployment|5,000|nis|2025-03-12
            """)
    void numbersThatAreNotCountsOfTroopsNeverBecomeTroopFigures(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 2,000 injured North Korean soldiers had been repatriated to the North by train.        # none
            The NIS said about 300 North Korean soldiers went missing near Kursk.                             # none
            The NIS said 40 North Korean soldiers defected to the South.                                       # none
            The NIS said 2,000 North Korean soldiers had been wounded and later repatriated.                  # wounded|2,000|nis|2025-03-12
            The NIS said 2,000 North Korean soldiers had been sent to Kursk and 300 had been repatriated.      # deployed|2,000|nis|2025-03-12
            Austin said the Russians turn to the DPRK for help "because Putin has lost a great many troops."   # none
            Austin said the Russians turn to the DPRK because Putin's army has lost 5,000 soldiers.            # none
            North Korea sent troops to help Putin, and 3,000 have died.                                        # killed|3,000|unknown|2025-03-12
            Ukraine's General Staff says Russia has lost more than 648,000 troops killed or wounded. North Korea's troops are in Kursk. # none
            North Korean troops are in Kursk. Kyiv says Moscow has suffered 1,200 casualties in a week.       # none
            North Korean troops are in Kursk. Kyiv says North Korea has lost more than 4,000 troops killed or wounded. # killed_or_wounded|more than 4,000|ukraine_government|2025-03-12
            Kyiv says more than 4,000 North Korean troops killed or wounded.                                  # killed_or_wounded|more than 4,000|ukraine_government|2025-03-12
            Kyiv says North Korean units fighting for Russia suffered at least 30 casualties.                 # killed_or_wounded|at least 30|ukraine_government|2025-03-12
            Kyiv says more than 4,000 North Korean wounded.                                                    # wounded|more than 4,000|ukraine_government|2025-03-12
            Kyiv says 300 wounded North Korean soldiers were captured.                                         # captured|300|ukraine_government|2025-03-12
            The NIS confirmed that two North Korean soldiers were taken alive on the Kursk front.             # captured|two|nis|2025-03-12
            The NIS said the two North Korean captives are in a stable condition.                             # captured|two|nis|2025-03-12
            Kyiv says 300 Russian captives were exchanged for Ukrainian soldiers.                             # none
            Putin thanked North Korea for sending 12,000 troops to Kursk.                                      # deployed|12,000|unknown|2025-03-12
            """)
    void aFigureOfAnotherSideOrOfAnotherFateIsNoTroopFigure(String body, String expected) {
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
            The NIS put the number of newly dispatched North Korean soldiers at about 1,000.             # subset
            The NIS put the number of North Korean soldiers dispatched at about 11,000.                  # total
            The NIS said some 3,000 North Korean soldiers are in Russia, a figure set to rise to 12,000.  # total; forecast
            The NIS said North Korean troops in Russia are expected to reach 15,000.                     # forecast
            """)
    void eachFigureHasTheScopeItsClauseGivesIt(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said 40 North Korean soldiers were killed in a Ukrainian drone strike near the village.     # incident
            Kyiv said 120 North Korean soldiers were wounded in a failed bid to take the hill.               # incident
            Kyiv said 30 North Korean soldiers died amid the heavy fighting near Sudzha.                     # incident
            A Ukrainian drone strike on a depot killed 25 North Korean soldiers, Kyiv said.                  # incident
            The attack drones killed 25 North Korean soldiers, Kyiv said.                                    # total
            The NIS said 20 North Korean soldiers were killed during the 90-day mission.                      # incident
            Kyiv said 60 North Korean soldiers were killed in only four days.                                # period
            The NIS said 2,000 North Korean troops were sent to Russia in 2025.                              # period
            In 2025, Pyongyang sent 2,000 troops to Russia, the NIS said.                                    # period
            The NIS said 2,000 North Korean troops were sent in the summer of 2025.                          # period
            The NIS said 2,000 North Korean troops were sent between March and April.                        # period
            The NIS said Pyongyang sent 2,000 troops in recent months.                                       # period
            The NIS said 600 North Korean soldiers were killed in the fighting.                              # total
            The NIS said 600 North Korean soldiers serving in assault units were killed.                     # total
            The NIS said 600 North Korean soldiers have been killed over the past two years.                 # total
            Under a pact signed in 2024, Pyongyang sent 11,000 troops to Russia, the NIS said.              # total
            The NIS said 11,000 North Korean troops were sent to Kursk to repel an incursion that began in 2024. # total
            Of the 11,000 North Korean troops sent, about 1,000 were killed in three months, the NIS said.  # total; period
            """)
    void anEventNounPhraseACountedSpanAYearOrAMonthSpanBoundsTheFigureOfItsOwnClause(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said a third wave of 2,000 North Korean troops had reached Kursk.                        # subset
            Seoul said the second contingent of North Korean soldiers numbered about 2,500.                  # subset
            The NIS said the first wave of 9,000 North Korean troops had reached Kursk.                      # total
            The NIS said 2,000 North Korean troops arrived with the second wave.                              # total
            After a second round of talks, the NIS said 2,000 North Korean troops had arrived.               # total
            """)
    void aLaterWaveOfTheDeploymentIsAPartOfTheForceAndTheFirstIsNot(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said a small number of North Korean officers had reached the front.                      # subset
            Kyiv said a number of North Korean soldiers had been sent to the front near Pokrovsk.            # subset
            The NIS said the number of North Korean troops in Russia had reached 11,000.                     # total
            The NIS said thousands of North Korean troops had reached the front.                              # total
            """)
    void aVagueNumberOfTroopsIsAPartOfTheForce(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The first North Korean contingent, which Moscow acknowledged in April, lost about 4,000 soldiers killed or wounded. # total
            The NIS said that in April, 4,000 North Korean soldiers were killed or wounded.                  # period
            The NIS, which said 300 North Korean soldiers were killed in April, gave no further detail.      # period
            """)
    void aMarkerInAnAsideOnAnotherNounDoesNotBoundTheFigure(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 300 North Korean soldiers were killed.                                                    # metric sure, claimant sure, date sure
            Budanov spoke to reporters. / He added that 1,000 North Korean soldiers had been wounded.              # metric sure, claimant claimant from a previous sentence, date sure
            The NIS said on Monday that 300 were killed. / The NIS said 200 North Korean soldiers were captured.   # metric sure, claimant sure, date sure
            The NIS said 300 North Korean soldiers were wounded, but 200 were killed and died.                     # metric sure, claimant sure, date sure
            The NIS said that after they were wounded, 40 North Korean soldiers died.                              # metric two verbs could govern this number, claimant sure, date sure
            Budanov spoke to reporters on Monday. / He added that 1,000 North Korean soldiers had been wounded.    # metric sure, claimant claimant from a previous sentence, date date of the source's earlier statement in the article
            Budanov said on Monday that 300 were killed. / Budanov added that 1,000 North Korean soldiers had been wounded.  # metric sure, claimant sure, date sure
            The NIS said hundreds of Russian and North Korean soldiers were killed.                                # metric counts North Korean and other troops together, claimant sure, date sure
            The NIS said Ukraine had killed dozens of North Korean and Russian officers in one strike.             # metric counts North Korean and other troops together, claimant sure, date sure
            The NIS said 300 North Korean soldiers were killed and 200 Russian soldiers were wounded.             # metric sure, claimant sure, date sure
            The NIS said 300 North Korean soldiers fighting beside Russian units were killed.                      # metric sure, claimant sure, date sure
            The summit comes a week after the NIS said 300 North Korean soldiers had been killed.                  # metric sure, claimant sure, date counted back from the report's date
            Zelensky spoke shortly after the NIS said 300 North Korean soldiers had been killed.                   # metric sure, claimant sure, date sure
            The NIS said North Korea reported 300 North Korean soldiers killed.                                    # metric sure, claimant another party reports the figure inside what the source says, date sure
            The NIS said that 300 North Korean soldiers were reported killed.                                     # metric sure, claimant sure, date sure
            The NIS said that North Korea sent 300 more North Korean soldiers.                                    # metric sure, claimant sure, date sure
            The NIS said North Korea reported 4,000 casualties, suggesting that 300 North Korean soldiers were killed. # metric two verbs could govern this number, claimant sure, date sure
            A report reviewed by the BBC says 300 North Korean soldiers were killed.                              # metric sure, claimant the source only saw a document someone else wrote, date sure
            A report by the BBC says 300 North Korean soldiers were killed.                                       # metric sure, claimant sure, date sure
            According to CNN, 300 North Korean soldiers were killed.                                              # metric sure, claimant sure, date sure
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. / He was citing intelligence shared by the GUR. # metric sure, claimant source the speaker cites in a sentence after it, date date of the speaker who relays the source
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. / He was speaking in Kyiv. # metric sure, claimant sure, date sure
            South Korean lawmakers, citing intelligence, said that 600 North Korean soldiers had been killed. # metric sure, claimant the speaker cites material, not a party, date sure
            600 North Korean soldiers had been killed, the Pentagon said, citing new data.                      # metric sure, claimant the speaker cites material, not a party, date sure
            The Pentagon said on Monday, citing intelligence, that 600 North Korean soldiers had been killed.  # metric sure, claimant the speaker cites material, not a party, date sure
            600 North Korean soldiers had been killed, South Korean lawmakers said, citing intelligence assessments. # metric sure, claimant sure, date sure
            600 North Korean soldiers had been killed, South Korean lawmakers said, citing intelligence from the NIS. # metric sure, claimant sure, date sure
            Lawmaker Kim Ha-neul was citing intelligence handed to him by the GUR. / "About 700 North Korean soldiers have been killed," Kim said. # metric sure, claimant source the same speaker cited in an earlier sentence, date sure
            The NIS said Russian and North Korean forces lost 1,500 soldiers between them.                       # metric counts North Korean and other troops together, claimant sure, date sure
            The NIS said Russia and North Korea together have 60,000 troops in Kursk.                            # metric counts North Korean and other troops together, claimant sure, date sure
            The NIS said Moscow and Pyongyang kept silent even after Kyiv showed two North Korean soldiers it had captured. # metric sure, claimant sure, date sure
            The NIS said Pyongyang has lost 2,000 soldiers in the war.                                             # metric 'lost' may count the dead alone or every casualty, claimant sure, date sure
            The NIS said that North Korea is losing about 100 troops a day in Kursk.                               # metric 'lost' may count the dead alone or every casualty, claimant sure, date sure
            The NIS said Pyongyang has lost 2,000 soldiers killed or wounded in the war.                           # metric sure, claimant sure, date sure
            The NIS said Pyongyang has lost 2,000 soldiers, about 300 of them dead.                                # metric sure, claimant sure, date sure
            The NIS said 2,000 North Korean soldiers have lost their lives.                                        # metric sure, claimant sure, date sure
            The NIS said North Korean losses stand at 2,000 soldiers.                                              # metric sure, claimant sure, date sure
            """)
    void certaintySaysWhichFieldsWereNotReadForSure(String body, String expected) {
        List<Claim> claims = extract(body);
        Claim c = claims.get(claims.size() - 1);
        assertEquals(expected, "metric " + field(c.certainty().metric()) + ", claimant " + field(c.certainty().claimant())
                + ", date " + field(c.certainty().date()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS told lawmakers on Monday that it estimates 3,000 North Korean soldiers have been killed.   # killed|3,000|nis|2025-03-10
            Lawmakers briefed by the NIS said 3,000 North Korean soldiers have been killed.                    # killed|3,000|nis|2025-03-12
            Budanov informed the BBC that 2,000 North Korean soldiers were wounded.                            # wounded|2,000|budanov|2025-03-12
            The BBC said 2,000 North Korean soldiers were wounded.                                             # wounded|2,000|bbc|2025-03-12
            The NIS briefed lawmakers on Monday. / It said 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|4,700|nis|2025-03-10
            Western officials briefed reporters on Monday. / They said 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|4,700|western_officials|2025-03-10
            """)
    void anAudienceHearsAClaimAndNeverMakesIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            After Shoigu met Kim Jong Un in Pyongyang last week, Russian media said North Korea will send thousands of military builders to Kursk. # planned_deployment|thousands|~Russian media|2025-03-03
            Kim Jong Un, North Korea's leader, said 2,000 North Korean soldiers had been killed.              # killed|2,000|kim_jong_un|2025-03-12
            Following a meeting with Kim Jong Un in Pyongyang, senior Russian security official Sergei Shoigu said Kim had decided to send 1,000 sappers. # planned_deployment|1,000|~senior Russian security official Sergei Shoigu|2025-03-12
            After meeting Putin in Moscow, officials in Seoul said North Korea had sent 2,000 more troops.   # deployed|2,000|south_korean_officials|2025-03-12
            After a parade in Pyongyang, Kim Jong Un said 2,000 North Korean soldiers had been killed.       # killed|2,000|kim_jong_un|2025-03-12
            Kim Jong Un, speaking at a parade in Pyongyang, said 2,000 North Korean soldiers had been killed. # killed|2,000|kim_jong_un|2025-03-12
            Kim Jong Un met the troops, and later said 2,000 North Korean soldiers had been killed.          # killed|2,000|kim_jong_un|2025-03-12
            North Korea sent 11,000 troops to Russia, and Putin confirmed the deployment in April.            # deployed|11,000|unknown|2025-03-12
            North Korea sent 11,000 troops to Russia, Putin confirmed in April.                               # deployed|11,000|kremlin|2024-04
            A defector group based in Seoul said two North Korean soldiers were captured.                    # captured|two|~A defector group based in Seoul|2025-03-12
            Seoul said two North Korean soldiers were captured.                                               # captured|two|south_korean_officials|2025-03-12
            The first contingent, which was acknowledged by Putin in April, lost around 4,000 North Korean soldiers. # killed_or_wounded|around 4,000|unknown|2025-03-12
            The NIS, which briefed lawmakers, said 300 North Korean soldiers were killed.                     # killed|300|nis|2025-03-12
            Zelensky and the Security Service of Ukraine announced that two North Korean soldiers were captured. # captured|two|~Zelensky and the Security Service of Ukraine|2025-03-12
            Zelensky and his aides travelled to Kursk; Zelensky said two North Korean soldiers were captured.  # captured|two|zelensky|2025-03-12
            This comes on top of the 11,000 North Korean troops sent last year, per CNN.                      # deployed|11,000|cnn|2025-03-12
            This comes on top of the 11,000 North Korean troops sent last year, or 500 per unit.               # deployed|11,000|unknown|2025-03-12
            Kim Jong Un put medals beside 101 portraits of North Korean soldiers killed in Kursk.             # killed|101|unknown|2025-03-12
            Seth Jones, an analyst, spoke on Tuesday. / "It is hard to pin down," Jones said. / "As many as 1,000 North Korean soldiers were killed," he added. # killed|As many as 1,000|~Seth Jones|2025-03-12
            In April, Russian Chief of the General Staff Valery Gerasimov informed Putin of the fighting. / "As many as 1,000 North Korean soldiers were killed," he added. # killed|As many as 1,000|~Valery Gerasimov|2025-03-12
            North Korean leader Kim Jong Un spoke. / Analyst Ri Jong Ho said the war was long. / "As many as 1,000 North Korean soldiers were killed," he added. # killed|As many as 1,000|~Ri Jong Ho|2025-03-12
            Latest reports show the war is long. / "As many as 1,000 North Korean soldiers were killed," he added. # killed|As many as 1,000|unknown|2025-03-12
            Moscow said nothing. / "As many as 1,000 North Korean soldiers were killed," he added.           # killed|As many as 1,000|unknown|2025-03-12
            The analysts spoke. / "As many as 1,000 North Korean soldiers were killed," he added.            # killed|As many as 1,000|unknown|2025-03-12
            Kim Jong Un put the number of North Korean soldiers killed at 101.                                # killed|101|kim_jong_un|2025-03-12
            """)
    void theSourceIsTheSubjectOfTheCueThatGovernsTheFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            "Two North Korean soldiers were captured," the NIS said, cited by AFP.                             # captured|Two|nis|AFP
            The NIS, citing AFP, said two North Korean soldiers were captured.                                 # captured|two|afp|South Korea's National Intelligence Service (NIS)
            Referring to figures from Western officials, the BBC said 1,000 North Korean soldiers had been killed. # killed|1,000|western_officials|BBC
            Referring to the war, the BBC said 1,000 North Korean soldiers had been killed.                     # killed|1,000|bbc|-
            "About 1,500 North Korean troops have been killed," Zelensky said. / "Around 900 North Korean troops have been wounded." # killed|About 1,500|zelensky|-; wounded|Around 900|zelensky|-
            "About 1,500 North Korean troops have been killed," Zelensky said. // The front is quiet. // "Around 900 North Korean troops have been wounded." # killed|About 1,500|zelensky|-; wounded|Around 900|unknown|-
            The newspaper, citing unidentified sources, reported that 1,000 North Korean soldiers had been deployed. # deployed|1,000|unidentified_sources|The newspaper
            Citing unidentified sources, the newspaper reported that 1,000 North Korean soldiers had been deployed. # deployed|1,000|unidentified_sources|the newspaper
            The newspaper reported that 1,000 North Korean soldiers had been deployed.                          # deployed|1,000|newspaper|-
            The Kyiv Courier, citing the NIS, reported on Monday that 900 North Korean soldiers had been captured. # captured|900|nis|The Kyiv Courier
            The Kharkiv Ledger, citing US officials, said that up to 9,000 North Korean troops had been wounded. # wounded|up to 9,000|us_officials|The Kharkiv Ledger
            On Monday, citing the NIS, the paper said 900 North Korean soldiers had been captured.               # captured|900|nis|-
            The Kharkiv Ledger reported, citing US officials, that up to 9,000 North Korean troops had been wounded. # wounded|up to 9,000|us_officials|The Kharkiv Ledger
            According to a Financial Times report, 3,000 North Korean soldiers were moved to Kursk.             # deployed|3,000|a_financial_times_report|-
            According to a report, 3,000 North Korean soldiers were moved to Kursk.                             # deployed|3,000|unknown|-
            Zelensky spoke in Kyiv. / "Some 11,000 North Korean soldiers are in Kursk. / They fight the Ukrainian military," he said. # deployed|Some 11,000|zelensky|-
            Zelensky spoke in Kyiv. / "Some 11,000 North Korean soldiers are in Kursk," the Ukrainian military said. # deployed|Some 11,000|ukraine_general_staff|-
            South Korean intelligence has signalled that North Korea will send up to 12,000 troops.              # planned_deployment|up to 12,000|nis|-
            """)
    void relaysAndQuotationsKeepTheVoiceThatSpoke(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> String.join("|", c.metric().id(), c.figure().text(),
                c.claimant().id(), c.relayedBy() == null ? "-" : c.relayedBy().name()))
                .collect(Collectors.joining("; ")));
    }

    /**
     * A relay that cites its source in an aside and dates its own report ("The Ledger, citing US officials, reported on
     * Monday that ...", "The Ledger reported on Monday, citing US officials, that ..."): the date after the relay's own
     * verb dates the claim, and the relay is kept either way (a newcomer's trial: the report's date and "the claim
     * itself is undated" had been said, or the relay lost). Near-miss: a date inside the content stays the content's.
     * Round 32: so does a date right after the relay's verb when the source is cited at either end of the sentence
     * ("Yonhap reported on Monday that ..., citing ...", "Citing ..., Yonhap said Tuesday that ..."): it had been read
     * as the content's, before a closing attribution, and the report's date given.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Kharkiv Ledger, citing US officials, reported on Monday that up to 9,000 North Korean troops had been wounded. # wounded|up to 9,000|us_officials|The Kharkiv Ledger|2025-03-10
            The Kharkiv Ledger reported on Monday, citing US officials, that up to 9,000 North Korean troops had been wounded. # wounded|up to 9,000|us_officials|The Kharkiv Ledger|2025-03-10
            The Kharkiv Ledger, citing US officials, said on 8 March that 900 North Korean soldiers had been captured. # captured|900|us_officials|The Kharkiv Ledger|2025-03-08
            The Kharkiv Ledger, citing US officials, reported that up to 9,000 North Korean troops had been wounded on Monday. # wounded|up to 9,000|us_officials|The Kharkiv Ledger|2025-03-12
            Yonhap reported on Monday that up to 9,000 North Korean troops had been wounded, citing US officials. # wounded|up to 9,000|us_officials|Yonhap|2025-03-10
            Citing US officials, Yonhap said Tuesday that 900 North Korean soldiers had been captured.    # captured|900|us_officials|Yonhap|2025-03-11
            Yonhap reported that up to 9,000 North Korean troops had been wounded on Monday, citing US officials. # wounded|up to 9,000|us_officials|Yonhap|2025-03-12
            Citing US officials, Yonhap said that 900 North Korean soldiers had been captured on Tuesday. # captured|900|us_officials|Yonhap|2025-03-12
            """)
    void aRelayCitingItsSourceInAnAsideDatesItsReportByTheDateAfterItsOwnVerb(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> String.join("|", c.metric().id(), c.figure().text(),
                c.claimant().id(), c.relayedBy() == null ? "-" : c.relayedBy().name(),
                String.valueOf(c.claimDate().iso()))).collect(Collectors.joining("; ")));
    }

    /**
     * Round 32, dates. A relative clause on the claimant's name whose verb is one of speaking ("according to the NIS,
     * which briefed lawmakers on Tuesday", "said Budanov, who spoke to reporters on Monday") tells when the claimant
     * spoke: a date right after that verb dates the claim. Near-misses: a relative clause of another verb ("who toured
     * the front on Monday") or one that says what was said ("which said that ... on Monday") dates nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            According to the NIS, which briefed lawmakers on Tuesday, 700 North Korean soldiers have been wounded. # wounded|700|nis|2025-03-11
            About 700 North Korean soldiers have died, according to the NIS, which briefed lawmakers on Tuesday. # killed|About 700|nis|2025-03-11
            About 700 North Korean soldiers have died, said Budanov, who spoke to reporters in Kyiv on Monday. # killed|About 700|budanov|2025-03-10
            About 700 North Korean soldiers have died, said Budanov, who toured the front on Monday.     # killed|About 700|budanov|2025-03-12
            According to Budanov, who toured the front on Monday, 700 North Korean soldiers have been wounded. # wounded|700|budanov|2025-03-12
            About 700 North Korean soldiers have died, according to the NIS, which said that a new unit arrived on Monday. # killed|About 700|nis|2025-03-12
            """)
    void aRelativeClauseOfSpeakingOnTheClaimantDatesItsStatement(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 32, dates. A figure the claimant gave with no date of its own, in the sentence right before one in which
     * the same claimant states a figure on a date it gives, takes that date (marked uncertain): the two sentences are
     * one statement. Near-misses: another claimant's date, a sentence between, a date in the content ("wounded on
     * Monday"), a date before the cue ("On Monday, Budanov said": a new scene) and a cue in the present tense
     * ("Budanov says") leave the report's date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said 700 North Korean soldiers had been killed. / Budanov said on Monday that 2,000 more had been wounded. # killed|700|budanov|2025-03-10; wounded|2,000|budanov|2025-03-10
            Budanov said 700 North Korean soldiers had been killed. / Zelensky said on Monday that 2,000 more had been wounded. # killed|700|budanov|2025-03-12; wounded|2,000|zelensky|2025-03-10
            Budanov said 700 North Korean soldiers had been killed. / North Korean troops fought on. / Budanov said on Monday that 2,000 more had been wounded. # killed|700|budanov|2025-03-12; wounded|2,000|budanov|2025-03-10
            Budanov said 700 North Korean soldiers had been killed. / Budanov said that 2,000 more had been wounded on Monday. # killed|700|budanov|2025-03-12; wounded|2,000|budanov|2025-03-12
            Budanov says 700 North Korean soldiers have been killed. / Budanov said on Monday that 2,000 more had been wounded. # killed|700|budanov|2025-03-12; wounded|2,000|budanov|2025-03-10
            Budanov said 700 North Korean soldiers had been killed. / On Monday, Budanov said that 2,000 more had been wounded. # killed|700|budanov|2025-03-12; wounded|2,000|budanov|2025-03-10
            """)
    void aFigureRightBeforeTheSameClaimantsDatedStatementTakesItsDateMarkedUncertain(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        assertEquals(!expected.startsWith("killed|700|budanov|2025-03-10"), claims.get(0).certainty().date().certain());
    }

    /**
     * Round 32, dates. A date between the cue and the "that" that opens its content dates the statement however long
     * the audience named between ("told a parliamentary committee on Monday that", "told the leaders of the Group of
     * Seven on Monday that"): it had been read as too far from the cue. Near-misses: a date with no "that" after it
     * ("said North Korean troops had reached Kursk on Monday"), or after a verb of the content ("said the troops
     * deployed on Monday that ..."), is the content's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS told a parliamentary committee on Monday that 700 North Korean soldiers had been killed. # killed|700|nis|2025-03-10
            The NIS informed members of the parliamentary intelligence committee on Monday that 700 North Korean soldiers had died. # killed|700|nis|2025-03-10
            Zelensky told the leaders of the Group of Seven Tuesday that 700 North Korean soldiers had been wounded. # wounded|700|zelensky|2025-03-11
            The NIS said North Korean troops had reached Kursk on Monday and 700 North Korean soldiers had been killed. # killed|700|nis|2025-03-12
            The NIS said the North Korean troops deployed on Monday that 700 North Korean soldiers had been killed there. # killed|700|nis|2025-03-12
            """)
    void aDateBetweenTheCueAndItsThatClauseDatesTheStatementHoweverLongTheAudience(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 32, dates. A trailing phrase set off by a comma after the cue that names the statement itself ("..., in a
     * statement on Monday", "..., during a briefing for reporters on Monday") dates it, as a trailing "speaking on
     * Monday" does. Near-misses: a phrase naming an event of the content (", in an attack on Monday") and one with no
     * comma ("killed in a statement on Monday" is not read as the cue's) leave the report's date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said 700 North Korean soldiers had been killed, in a statement on Monday.          # killed|700|budanov|2025-03-10
            The NIS said, in a briefing for reporters on Monday, that 700 North Korean soldiers had been wounded. # wounded|700|nis|2025-03-10
            Budanov said 700 North Korean soldiers had been killed, in an attack on Monday.             # killed|700|budanov|2025-03-12
            Budanov said 700 North Korean soldiers had been killed in a statement on Monday.            # killed|700|budanov|2025-03-12
            """)
    void aTrailingPhraseNamingTheStatementDatesIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 32, dates. With no claimant named, "earlier" or "previously" right before a verb of saying or believing
     * ("were earlier believed to be", "were previously reported") makes the figure an older estimate on no date the
     * text gives. Near-misses: the present tense ("are believed") and "earlier" on an event in the article's own voice
     * ("Earlier, North Korea had sent ...", "North Korea earlier sent ...") keep the report's date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 9,000 North Korean troops were earlier believed to be in Kursk.                  # deployed|About 9,000|unknown|-
            About 9,000 North Korean troops were previously reported to be in Kursk.              # deployed|About 9,000|unknown|-
            About 9,000 North Korean troops are believed to be in Kursk.                          # deployed|About 9,000|unknown|2025-03-12
            Earlier, North Korea had sent 9,000 troops to Kursk.                                   # deployed|9,000|unknown|2025-03-12
            North Korea earlier sent 9,000 troops to Kursk.                                        # deployed|9,000|unknown|2025-03-12
            """)
    void anUnattributedFigureSaidOrBelievedEarlierHasNoDate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 32, dates. A figure counted "as of" a month before the one preceding the report, in a statement with no
     * date of its own, was stated around then, on no date the text gives. Near-misses: "as of" last month, a
     * statement dated in the sentence ("said on Monday that as of January") and a cue in the present tense ("estimates
     * that as of January") keep their dates.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Lawmakers said that as of January North Korea had lost about 4,000 soldiers killed or wounded. # killed_or_wounded|about 4,000|south_korean_lawmakers|-
            Lawmakers said that as of December 2024 North Korea had lost about 4,000 soldiers killed or wounded. # killed_or_wounded|about 4,000|south_korean_lawmakers|-
            Lawmakers said that as of February North Korea had lost about 4,000 soldiers killed or wounded. # killed_or_wounded|about 4,000|south_korean_lawmakers|2025-03-12
            Lawmakers said on Monday that as of January North Korea had lost about 4,000 soldiers killed or wounded. # killed_or_wounded|about 4,000|south_korean_lawmakers|2025-03-10
            The NIS estimates that as of January North Korea had lost about 4,000 soldiers killed or wounded. # killed_or_wounded|about 4,000|nis|2025-03-12
            """)
    void aStatementCountingAsOfAMonthWellBeforeTheReportHasNoDate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 32, dates. A date that opens the sentence with "Back in", or after a lead-in of plain words closed by a
     * colon ("What you should know: Back in January, ..."), is fronted like "In January, ...": it dates the statement
     * of the main clause however long the speaker's description. Near-misses: a figure before the cue ("Back in
     * January, North Korea sent 11,000 troops, ... said") keeps the date to the content, and a date after the lead-in
     * that does not open its clause dates nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Back in September, Western intelligence agencies began warning of North Korea's role in the war, revealing that at least 11,000 North Korean troops had been sent to Kursk. # deployed|at least 11,000|western_officials|2024-09
            What you should know: Back in January, Western intelligence agencies began warning of North Korea's role in the war, revealing that at least 11,000 North Korean troops had been sent to Kursk. # deployed|at least 11,000|western_officials|2025-01
            Back in January, North Korea sent 11,000 troops to Kursk, Western intelligence agencies said. # deployed|11,000|western_officials|2025-03-12
            What you should know: North Korean troops fought in January, and Western intelligence agencies later revealed that at least 11,000 North Korean troops had been sent to Kursk. # deployed|at least 11,000|western_officials|2025-03-12
            """)
    void aDateOpeningTheSentenceWithBackInOrAfterAColonLeadInIsFronted(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said the 8,000-strong North Korean brigade had moved to the front.                    # deployed|8,000|nis|2025-03-12
            The NIS said the 8,000-strong North Korean brigade could be destroyed by June.                # deployed|8,000|nis|2025-03-12
            The NIS said Pyongyang plans to send a 4,000-strong brigade to Kursk.                          # planned_deployment|4,000|nis|2025-03-12
            The NIS said the 5,000-strong North Korean contingent lost 1,200 men.                         # deployed|5,000|nis|2025-03-12; killed_or_wounded|1,200|nis|2025-03-12
            The NIS said the 8,000-strong Russian brigade had moved to the front.                         # none
            The NIS said the third North Korean group numbers about 2,000 soldiers.                       # deployed|about 2,000|nis|2025-03-12
            Pyongyang sent a new group to Kursk. / They numbered some 4 thousand men.                      # deployed|some 4 thousand|unknown|2025-03-12
            The NIS said North Korean casualties numbered about 2,000.                                     # killed_or_wounded|about 2,000|nis|2025-03-12
            Pyongyang sent a new group to Kursk. / Russian units numbered some 4 thousand men.             # none
            The NIS said losses reached more than half of the roughly 9,000 North Korean troops first sent to Kursk. # deployed|roughly 9,000|nis|2025-03-12
            The NIS said half of the 9,000 North Korean soldiers were killed.                             # deployed|9,000|nis|2025-03-12
            That is a fraction of the roughly 600 North Korean troops killed in Kursk, the NIS said.       # killed|roughly 600|nis|2025-03-12
            The NIS said half of the 11,000 North Korean troops sent to Kursk were killed.                # deployed|11,000|nis|2025-03-12
            The NIS said 600 of the 9,000 North Korean soldiers were killed.                              # killed|600|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said 600 of the North Korean soldiers were killed.                                     # killed|600|nis|2025-03-12
            Pyongyang sent troops. / The NIS said 40 of the 300 North Korean casualties were officers.    # killed_or_wounded|40|nis|2025-03-12; killed_or_wounded|300|nis|2025-03-12
            """)
    void aForceSizedByStrengthASizeVerbOrAsTheWholeOfAFractionIsDeployedNotACasualtyFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Pyongyang will send four North Korean brigades, each made up of about 2,500 soldiers. # planned_deployment|about 2,500|budanov|2025-03-12
            Budanov said Pyongyang has sent four North Korean brigades, each with about 2,500 soldiers, to Kursk. # deployed|about 2,500|budanov|2025-03-12
            The NIS said two North Korean regiments, each of some 1,800 men, were sent to Kursk.          # deployed|some 1,800|nis|2025-03-12
            Budanov said Pyongyang will send four North Korean brigades to Kursk.                           # none
            Kim Jong Un said seven of the battalion's members had died.                                     # killed|seven|kim_jong_un|2025-03-12
            Kim Jong Un said nine of the regiment's soldiers were killed.                                   # killed|nine|kim_jong_un|2025-03-12
            Kim Jong Un said one of the battalion's members had died.                                       # none
            """)
    void aCountOfUnitsIsNoTroopCountButTheTroopsInEachUnitAndAPartOfAUnitsMembersAre(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Pyongyang has sent four North Korean brigades, each with about 2,500 soldiers, to Kursk. # subset
            Budanov said Pyongyang has sent about 2,500 North Korean soldiers to Kursk.                            # total
            """)
    void theTroopsOfEachUnitAreASubset(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    /** A part named after its whole in the same sentence, cut out of a group, or added to a force is a subset. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said North Korea has sent 9,000 troops to Russia, including 2,000 marines.                  # total; subset
            Budanov said some 9,000 North Korean troops are in Russia, 400 officers and two generals among them.  # total; subset; subset
            Budanov said some 9,000 North Korean troops are in Russia, among them 400 officers.                   # total; subset
            The NIS said 9,000 North Korean troops are in Russia. / It said 7,000 of them have been sent to Kursk.  # total; subset
            Austin said 7,000 out of the 9,000 North Korean soldiers have moved to Kursk.                         # subset; total
            The NIS said North Korea has sent 2,500 more soldiers to Russia.                                      # subset
            Budanov said some 3,500 additional North Korean soldiers were being trained in Russia.                # subset
            The NIS said Pyongyang has sent 2,000 fresh troops to Kursk.                                          # subset
            The NIS said Pyongyang plans to send 5,000 troops, and 800 engineers have already arrived in Russia.  # forecast; subset
            The NIS said 9,000 North Korean troops are training. / Among them are 300 officers.                   # total; subset
            """)
    void aPartOfTheForceNamedByItsStructureIsASubset(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    /** Near misses: a whole, an addition of another measure, a casualty toll coordinated after another one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 400 North Korean soldiers have died and another 1,800 have been wounded.                 # total; total
            The NIS said 400 North Korean soldiers were killed and hundreds more were wounded.                    # total; total
            The NIS said North Korea has sent 9,000 soldiers, of whom 400 have been killed.                       # total; total
            The NIS said North Korea has sent 9,000 soldiers since October, of whom 400 have been killed.         # period; total
            The NIS said thousands of North Korean troops have been sent to Russia.                               # total
            The NIS said 2,000 North Korean troops have already arrived, and Pyongyang plans to send 6,000 more.  # total; forecast
            The NIS said North Korea sent 9,000 troops, and Pyongyang also sent 800 engineers.                    # total; total
            An additional 1,500 North Korean troops were sent, so 3,000 have been sent so far, the NIS said.       # subset; total
            The NIS said North Korea sent 9,000 troops last year and an additional 2,000 in March.                 # period; period
            The NIS said 9,000 North Korean soldiers were sent, 2,000 more than Seoul had thought.                 # total; total
            The NIS said 9,000 North Korean soldiers were sent, with additional units to follow.                  # total
            The NIS said 9,000 North Korean soldiers were sent, among them fresh recruits.                        # total
            """)
    void aWholeOrATollOfItsOwnMeasureIsNoSubset(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul said Pyongyang had sent 9,000 troops. / Roughly 2,500 of those soldiers were either killed or wounded, the NIS said. # deployed|9,000|south_korean_officials|2025-03-12; killed_or_wounded|Roughly 2,500|nis|2025-03-12
            Seoul said Pyongyang had sent 9,000 troops. // Ukraine's army holds the line. // Roughly 2,500 of those soldiers were either killed or wounded, the NIS said. # deployed|9,000|south_korean_officials|2025-03-12
            Seoul said Pyongyang had sent 9,000 troops. / Roughly 2,500 of those Russian soldiers were either killed or wounded, the NIS said. # deployed|9,000|south_korean_officials|2025-03-12
            The North Korean mission ended; the deployment, which Russian officials praised, left about 3,000 soldiers killed or wounded, the NIS said. # killed_or_wounded|about 3,000|nis|2025-03-12
            The North Korean mission ended; Russian units were left with about 3,000 soldiers killed or wounded, the NIS said. # none
            The Pentagon said 9,000 North Korean soldiers were training in eastern Russia, adding that a small number had already reached Kursk, near Ukraine's border. # deployed|9,000|pentagon|2025-03-12; deployed|a small number|pentagon|2025-03-12
            The Pentagon said 9,000 North Korean soldiers were training in eastern Russia, while 2,000 Ukrainian soldiers had reached Kursk. # deployed|9,000|pentagon|2025-03-12
            Pyongyang has a pact with Moscow. / About 7,000 servicemen have been dispatched to assist Russia, the NIS said. # deployed|About 7,000|nis|2025-03-12
            Pyongyang has a pact with Moscow. / About 7,000 Russian servicemen have been dispatched to assist Russia, the NIS said. # none
            Pyongyang has a pact with Moscow. / A further 6,000 soldiers are expected to reach Russia, CNN reported, citing a Ukrainian assessment. # planned_deployment|A further 6,000|~a Ukrainian assessment|2025-03-12
            Pyongyang has a pact with Moscow. / A further 6,000 Ukrainian soldiers are expected to reach Russia, CNN reported. # none
            North Korean troops fought in Kursk. / Help us reach 25,000 members.                              # none
            Budanov said a further 6,000 to 8,000 North Korean soldiers are expected to reach Russia by summer. # planned_deployment|a further 6,000 to 8,000|budanov|2025-03-12
            """)
    void aFigureTiesToNorthKoreaPastAPlaceAnAsideOrASourceNamedByAnotherNationalityAndThroughAPartitiveThatPointsBack(
            String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 20,000 North Korean troops are getting ready to mount an assault in Kursk.      # deployed|20,000|nis|2025-03-12
            The NIS said North Korea is getting ready to send 20,000 troops.                             # planned_deployment|20,000|nis|2025-03-12
            Zelensky said Pyongyang is getting 9,000 soldiers from many branches and specializations ready to take part in the war. # planned_deployment|9,000|zelensky|2025-03-12
            Zelensky said Russia will put a large number of North Korean soldiers on the front line.     # planned_deployment|a large number|zelensky|2025-03-12
            Zelensky said Russia has put a large number of North Korean soldiers on the front line.      # deployed|a large number|zelensky|2025-03-12
            Blinken said 8,000 North Korean troops have moved into Kursk and that the US expects them to fight soon. # deployed|8,000|us_state_department|2025-03-12
            The NIS said 20,000 North Korean troops are getting ready for an attack.                    # deployed|20,000|nis|2025-03-12
            The NIS said 20,000 North Korean troops are preparing for an assault.                        # deployed|20,000|nis|2025-03-12
            Officials said a combined force of 50,000 Russian and North Korean troops is getting ready for an attack. # deployed|50,000|~Officials|2025-03-12
            The NIS said 20,000 North Korean troops are preparing for deployment.                        # planned_deployment|20,000|nis|2025-03-12
            The NIS said Russia is getting ready for an attack with 20,000 Russian troops.               # none
            The NIS said North Korea has 20,000 artillery shells ready for an offensive.                 # none
            The NIS said North Korea trained 20,000 soldiers to attack South Korea.                      # none
            """)
    void troopsReadyingTheirNextActionAreDeployedAndOnlyAPlanToMoveThemIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang sent troops. / A few have already reached Kursk, the NIS said.                        # deployed|A few|nis|2025-03-12
            Pyongyang sent troops. / 2,000 have already reached Kursk, the NIS said.                        # deployed|2,000|nis|2025-03-12
            The NIS said North Korea's army numbers about 1.2 million soldiers.                             # none
            North Korea's army, which numbers 1.2 million, sent troops.                                      # none
            The NIS said North Korea's 1.2 million-strong army had sent 11,000 soldiers to Kursk.          # deployed|11,000|nis|2025-03-12
            North Korea sent troops. / The Kursk region's population numbers about 1.1 million people.     # none
            The NIS said the North Korean contingent in Kursk numbers 11,000 soldiers.                      # deployed|11,000|nis|2025-03-12
            """)
    void aSizeOrADeploymentVerbGivesAFigureOnlyForTroopsSentNotAWholeArmyAPopulationOrABareNumber(String body,
                                                                                                  String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said a number of North Korean officers are already in Russia.                           # deployed|a number of|nis|2025-03-12
            Zelensky said Russia is throwing "a considerable number" of North Koreans into assaults in Kursk. # deployed|a considerable number|zelensky|2025-03-12
            The Pentagon said a small number of North Korean soldiers had reached Kursk.                    # deployed|a small number of|pentagon|2025-03-12
            Zelensky said a large number of occupiers have been killed near Kursk, North Koreans among them. # none
            Kyiv said its forces had killed or taken prisoner several North Korean soldiers.                 # none
            Kyiv said its forces captured or killed 40 North Korean soldiers.                                # none
            Kyiv said its forces killed or wounded 40 North Korean soldiers.                                 # killed_or_wounded|40|ukraine_government|2025-03-12
            Reports said small numbers of additional North Korean troops have been deployed to Kursk.        # deployed|small numbers|news_reports|2025-03-12
            Budanov said small numbers of Russian soldiers have been killed.                                 # none
            Budanov said North Korea sent small numbers of drones to Russia.                                 # none
            """)
    void aVagueNumberOfTroopsIsAFigureButNotOfSomethingElseNorOfTwoFatesAtOnce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said its forces killed 40 North Korean soldiers and captured two.                           # killed|40|ukraine_government|2025-03-12; captured|two|ukraine_government|2025-03-12
            Kyiv said its forces killed 40 North Korean soldiers and captured at least two.                  # killed|40|ukraine_government|2025-03-12; captured|at least two|ukraine_government|2025-03-12
            Kyiv said its forces killed 40 North Korean soldiers and captured two drones.                    # killed|40|ukraine_government|2025-03-12
            Kyiv said its forces killed 40 Russian soldiers and captured two.                                # none
            """)
    void aVerbCoordinatedRightBeforeTheNextFigureIsThatFiguresNotThisOnes(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said Pyongyang sent another 3 000 North Korean soldiers in March.                        # deployed|another 3 000|nis|2025-03-12
            Seoul said the DPRK had lost approximately 4 700 out of 15 000 fighters, of whom 600 were killed. # killed_or_wounded|approximately 4 700|south_korean_officials|2025-03-12; deployed|15 000|south_korean_officials|2025-03-12; killed|600|south_korean_officials|2025-03-12
            The NIS said 300 North Korean soldiers were killed on 12 December 2024.                          # killed|300|nis|2025-03-12
            The NIS said that on March 12 300 North Korean soldiers were killed.                             # killed|300|nis|2025-03-12
            The NIS said Pyongyang has sent an additional 2,000 troops after a pause that followed heavy losses. # deployed|an additional 2,000|nis|2025-03-12
            Analysts note heavy North Korean casualties after Pyongyang sent around 9,000 troops to Kursk.   # deployed|around 9,000|unknown|2025-03-12
            The NIS counted 2,000 casualties among the 9,000 North Korean personnel sent to Kursk.           # killed_or_wounded|2,000|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said the attack killed 300 North Korean soldiers sent to Kursk.                          # killed|300|nis|2025-03-12
            The NIS said Pyongyang sent 300 wounded North Korean soldiers home.                              # wounded|300|nis|2025-03-12
            """)
    void aFigureWrittenWithSpacesOrGovernedByAVerbOfSendingCountsWhatWasSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said its marines seized three North Korean soldiers near Sudzha.                             # captured|three|ukraine_government|2025-03-12
            Kyiv said its marines seized three injured North Korean soldiers near Sudzha.                     # captured|three|ukraine_government|2025-03-12
            Kyiv said its marines have detained another four North Korean soldiers in Kursk.                  # captured|another four|ukraine_government|2025-03-12
            Kyiv said about 20 North Korean soldiers had reportedly been detained in Kursk.                   # captured|about 20|ukraine_government|2025-03-12
            Kyiv said five North Korean soldiers were apprehended by border guards.                           # captured|five|ukraine_government|2025-03-12
            Kyiv said its marines seized a village defended by 300 North Korean soldiers.                     # none
            Kyiv said its marines seized 4 tanks from North Korean soldiers near Sudzha.                      # none
            Kyiv said its marines seized the trenches of 300 North Korean soldiers.                           # none
            """)
    void aVerbOfCaptureWhoseObjectIsTheTroopsCountsTheCapturedNotThePlacesOrThingsItSeizes(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said Pyongyang may well send a further 8,000 North Korean gunners to the front.            # planned_deployment|a further 8,000|hur|2025-03-12
            The GUR said some 4,000 more North Korean soldiers will probably be dispatched in April.          # planned_deployment|some 4,000|hur|2025-03-12
            The GUR said 4,000 North Korean marines are expected to be sent to Kursk.                         # planned_deployment|4,000|hur|2025-03-12
            Pyongyang has already moved 2,000 soldiers to Kursk. // A further 5,000 troops will be sent, which would bring the total to 7,000. # deployed|2,000|unknown|2025-03-12; planned_deployment|A further 5,000|unknown|2025-03-12; planned_deployment|7,000|unknown|2025-03-12
            The GUR said nearly 9,000 North Korean soldiers are now training near Kursk to be deployed in the spring. # deployed|nearly 9,000|hur|2025-03-12
            The GUR said 9,000 North Korean soldiers are being trained at home to be deployed in the spring. # planned_deployment|9,000|hur|2025-03-12
            The GUR said 4,000 North Korean marines were sent to Kursk.                                       # deployed|4,000|hur|2025-03-12
            The GUR said Pyongyang has sent 4,000 North Korean marines and may send more.                     # deployed|4,000|hur|2025-03-12
            The GUR said 4,000 North Korean marines had been expected for a month and were sent in February.  # deployed|4,000|hur|2025-03-12
            Pyongyang has already moved 2,000 soldiers to Kursk. // Ukraine said 5,000 Ukrainian troops were sent to Sumy. # deployed|2,000|unknown|2025-03-12
            """)
    void aSendingStillToComeIsAPlannedDeploymentAndASendingDoneIsNot(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said the count of North Korean soldiers near Kursk is projected to reach 7,000.           # planned_deployment|7,000|hur|2025-03-12
            Budanov said the North Korean contingent in Russia is predicted to grow to 9,000.                  # planned_deployment|9,000|budanov|2025-03-12
            The NIS said some 3,000 North Korean soldiers would arrive in Kursk by Friday.                     # planned_deployment|some 3,000|nis|2025-03-12
            The NIS said North Korea is on the verge of sending 4,000 more soldiers.                          # planned_deployment|4,000|nis|2025-03-12
            Zelensky said Pyongyang is set to double its contingent by dispatching 8,000 more troops.          # planned_deployment|8,000|zelensky|2025-03-12
            Zelensky said North Korea may soon have up to 15,000 soldiers in Russia.                          # planned_deployment|up to 15,000|zelensky|2025-03-12
            Zelensky said North Korea could 'shortly' have 15,000 soldiers in Russia.                         # planned_deployment|15,000|zelensky|2025-03-12
            The NIS said 3,000 North Korean soldiers were expected to reach Kursk by Friday.                   # planned_deployment|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers had reached Kursk by Friday.                              # deployed|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers were deployed to Kursk by the end of January.            # deployed|3,000|nis|2025-03-12
            Zelensky said Pyongyang has doubled its contingent by dispatching 8,000 more troops.               # deployed|8,000|zelensky|2025-03-12
            Zelensky said North Korea could have sent 15,000 soldiers to Russia.                               # deployed|15,000|zelensky|2025-03-12
            The GUR said the number of North Korean soldiers in the area is forecast to hit 7,000.           # planned_deployment|7,000|hur|2025-03-12
            The GUR said the number of Russian soldiers in the area is forecast to hit 70,000.               # none
            The GUR said 300 North Korean soldiers were killed in the area.                                  # killed|300|hur|2025-03-12
            The GUR said North Korea fired 200 shells in the area.                                           # none
            """)
    void aForecastAReadinessADeadlineAheadOrTheMeansOfAPlanMakeAPlanButAFinishedPastPredicateDoesNot(String body,
            String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said 3,000 North Korean soldiers are in Russia, a number which could rise to 12,000.      # deployed|3,000|zelensky|2025-03-12; planned_deployment|12,000|zelensky|2025-03-12
            Zelensky said 2,000 North Korean troops are in Kursk, a number that is expected to reach 5,000.  # deployed|2,000|zelensky|2025-03-12; planned_deployment|5,000|zelensky|2025-03-12
            Zelensky said a number of North Korean soldiers were sent to Russia.                               # deployed|a number of|zelensky|2025-03-12
            """)
    void aNumberHeadingARelativeClausePointsAtAFigureAndCountsNothingItself(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said Pyongyang has sent eleven to thirteen thousand North Korean soldiers.                # deployed|eleven to thirteen thousand|hur|2025-03-12|11000..13000
            The GUR said Pyongyang has sent between 11 and 13 thousand North Korean soldiers.                 # deployed|between 11 and 13 thousand|hur|2025-03-12|11000..13000
            The GUR said Pyongyang may send another 20-25 thousand North Korean soldiers.                     # planned_deployment|another 20-25 thousand|hur|2025-03-12|20000..25000
            The GUR said the estimated eleven to thirteen thousand North Korean troops sent to Kursk fought hard. # deployed|estimated eleven to thirteen thousand|hur|2025-03-12|11000..13000
            The GUR said eleven North Korean soldiers were killed and thirteen thousand remain in Kursk.       # killed|eleven|hur|2025-03-12|11..11
            The GUR said Pyongyang has sent 800 to 2 thousand North Korean soldiers.                          # deployed|800 to 2 thousand|hur|2025-03-12|800..2000
            """)
    void aRangeOfNumberWordsSharesItsMultiplierAndNumbersApartAreNoRange(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, claims.isEmpty() ? "none" : claims.stream().map(c -> describe(List.of(c)) + "|"
                + c.figure().low() + ".." + c.figure().high()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said almost 150 (North Korean soldiers) were killed near Sudzha.                          # killed|almost 150|hur|2025-03-12
            The GUR said roughly 400 [North Korean] infantrymen were wounded near Sudzha.                     # wounded|roughly 400|hur|2025-03-12
            The GUR said Pyongyang sent 5,000 (North Korean artillery shells) to Kursk.                       # none
            The GUR said Pyongyang shipped 150 (2024) North Korean howitzers to Kursk.                        # none
            The GUR said Moscow has moved 50,000 troops (including North Korean soldiers) to Kursk.           # none
            """)
    void aTroopNounInBracketsRightAfterTheNumberIsTheNounItCounts(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said roughly 9,000 North Korean light infantry troops are currently being trained near Vladivostok. # deployed|roughly 9,000|hur|2025-03-12
            The GUR said more than 2,000 North Korean mercenaries had begun training near Kursk.              # deployed|more than 2,000|hur|2025-03-12
            The GUR said 700 North Korean special operations troops were killed near Sudzha.                  # killed|700|hur|2025-03-12
            The GUR said 2,000 North Korean artillery shells are being shipped to Kursk.                      # none
            The GUR said North Korean recruits are being trained at three training grounds near Kursk.        # none
            The GUR said 2,000 Russian mercenaries are being trained near Kursk, where North Korean troops also fight. # none
            """)
    void aTroopNounAfterModifiersOfItsOwnCountsTheTroopsWhateverTheirArm(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR put the number of North Koreans killed at 900, while Seoul's estimate was higher, at some 1,100. # killed|900|hur|2025-03-12; killed|some 1,100|south_korean_officials|2025-03-12
            The GUR put North Korean casualties at 2,500, though Pentagon estimates were lower, at about 1,800. # killed_or_wounded|2,500|hur|2025-03-12; killed_or_wounded|about 1,800|pentagon|2025-03-12
            The GUR put the number of North Koreans killed at 900, and Seoul was looking at 1,100 new recruits. # killed|900|hur|2025-03-12
            The GUR said 900 North Koreans were killed, and Seoul's estimate of the shells fired, at 1,100 a day, was higher. # killed|900|hur|2025-03-12
            """)
    void anotherEstimateOfTheSameMeasureGivenAfterAtCountsWhatTheFigureBeforeCounts(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has moved troops to Kursk. / An estimated 9,000 were sent in the autumn.               # deployed|An estimated 9,000|unknown|2025-03-12
            Pyongyang will move 9,000 troops to Kursk. / The figure includes the roughly 2,000 already sent.  # planned_deployment|9,000|unknown|2025-03-12; deployed|roughly 2,000|unknown|2025-03-12
            Pyongyang has moved troops to Kursk. / The 9,000 were a heavy burden.                            # none
            Pyongyang has moved troops to Kursk. / Another 2,000 rounds were sent in the autumn.             # none
            Pyongyang has moved troops to Kursk. / About 300 were sent home after being wounded.             # none
            """)
    void aBareNumberWhoseOwnVerbIsAPassiveOfSendingIsTheForceSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said Ukrainian gunners have killed 35 and wounded up to 70 North Korean soldiers near Sudzha. # killed|35|ukraine_government|2025-03-12; wounded|up to 70|ukraine_government|2025-03-12
            Kyiv said its drones killed 35 North Korean soldiers and wounded about 70.                        # killed|35|ukraine_government|2025-03-12; wounded|about 70|ukraine_government|2025-03-12
            Kyiv said its drones killed 35 and wounded about 70 civilians near Sudzha.                        # none
            Kyiv said its drones struck 35 and wounded about 70 North Korean soldiers.                       # wounded|about 70|ukraine_government|2025-03-12
            """)
    void twoCasualtyVerbsShareTheObjectAfterTheSecondAndEachNumberTakesItsOwnVerb(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said Pyongyang sent 9,000 North Korean troops, with hundreds believed to have been killed. # deployed|9,000|nis|2025-03-12; killed|hundreds|nis|2025-03-12
            The NIS said Pyongyang sent 9,000 North Korean troops, with about 400 thought to have died near Sudzha. # deployed|9,000|nis|2025-03-12; killed|about 400|nis|2025-03-12
            The NIS said Pyongyang sent 9,000 North Korean troops, with about 400 reported to be wounded.     # deployed|9,000|nis|2025-03-12; wounded|about 400|nis|2025-03-12
            The NIS said Pyongyang sent 9,000 North Korean troops, with 400 believed to be in Kursk already.  # deployed|9,000|nis|2025-03-12
            """)
    void aFigureWhoseFateIsReportedHearsayInAReducedPassiveCountsThatFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said the second North Korean brigade, which numbers 3 100 soldiers, will move to Kursk.   # planned_deployment|3 100|hur|2025-03-12
            The GUR said the second North Korean brigade, which numbers 3 100 soldiers, has reached Kursk.    # deployed|3 100|hur|2025-03-12
            Pyongyang has moved troops to Russia. / The GUR says 5,000 of them have already been deployed near Kursk. # deployed|5,000|hur|2025-03-12
            Pyongyang has moved troops to Russia. / The GUR says 5,000 of them are a burden.                  # none
            """)
    void aUnitSizedInARelativeClauseOrAPartitivePronounTakesTheVerbAfterIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said 7,000 North Korean soldiers are being readied to reinforce Russian units.            # planned_deployment|7,000|hur|2025-03-12
            The GUR said 7,000 North Korean soldiers were being readied for an assault near Sudzha.           # planned_deployment|7,000|hur|2025-03-12
            The GUR said 7,000 North Korean soldiers had been readied and sent to Kursk.                       # deployed|7,000|hur|2025-03-12
            The GUR said 7,000 North Korean rockets were being readied for launch.                            # none
            """)
    void troopsBeingReadiedAreAPlannedDeployment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Rep. Kim Ha-neul, citing a briefing by Ukraine's defence intelligence chief Kyrylo Budanov, set out the numbers. / Kim said the North moved 9,000 North Korean troops to Kursk. # deployed|9,000|budanov|2025-03-12
            Citing the NIS, Kim Ha-neul spoke to radio listeners. // Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|nis|2025-03-12
            Lawmaker Kim Ha-neul was citing intelligence handed to him by the GUR when he was in Kyiv. / "About 700 North Korean soldiers have been killed," Kim told a radio station. # killed|About 700|hur|2025-03-12
            Kim Ha-neul spoke after a briefing in Kyiv. / Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|~Kim Ha-neul|2025-03-12
            Kim Ha-neul, citing the NIS, spoke to radio listeners. / Park said 2,000 North Korean soldiers had been wounded. # wounded|2,000|~Park|2025-03-12
            Kim Ha-neul, citing the GUR, spoke on radio, the Daily Paper wrote, citing the NIS. / Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|hur|2025-03-12
            """)
    void aPersonWhoCitedASourceEarlierStillPassesOnThatSourcesWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The GUR said Pyongyang will move 8,000 North Korean troops by May. / That number includes the 2,000 North Korean soldiers moved in March. # planned_deployment|8,000|hur|2025-03-12; deployed|2,000|hur|2025-03-12
            About 900 North Korean soldiers were wounded, according to the NIS. / This figure is a third of the 2,700 North Korean troops sent to the front. # wounded|About 900|nis|2025-03-12; deployed|2,700|nis|2025-03-12
            The GUR said Pyongyang will move 8,000 North Korean troops by May. // That number includes the 2,000 North Korean soldiers moved in March. # planned_deployment|8,000|hur|2025-03-12; deployed|2,000|unknown|2025-03-12
            The GUR said Pyongyang will move 8,000 North Korean troops by May. / That week, 2,000 North Korean soldiers were moved to Kursk. # planned_deployment|8,000|hur|2025-03-12; deployed|2,000|unknown|2025-03-12
            Pyongyang will move 8,000 North Korean troops by May. / That number includes the 2,000 North Korean soldiers moved in March. # planned_deployment|8,000|unknown|2025-03-12; deployed|2,000|unknown|2025-03-12
            The GUR said Pyongyang will move 8,000 North Korean troops by May. / That number, Budanov said, includes the 2,000 North Korean soldiers moved in March. # planned_deployment|8,000|hur|2025-03-12; deployed|2,000|budanov|2025-03-12
            """)
    void aSentenceThatPointsAtTheFigureJustGivenGoesOnWithItsSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Deputies have been told by Ukraine's military intelligence that Pyongyang moved another 2,500 North Korean troops to Kursk. # deployed|another 2,500|hur|2025-03-12
            The defence committee was briefed by the NIS on Monday that 400 North Korean soldiers had been captured. # captured|400|nis|2025-03-10
            Reporters were told by South Korea's spy chief that Pyongyang moved another 2,500 North Korean troops to Kursk. # deployed|another 2,500|nis|2025-03-12
            The GUR told deputies that Pyongyang moved another 2,500 North Korean troops to Kursk.            # deployed|another 2,500|hur|2025-03-12
            Deputies told the NIS on Monday that 400 North Korean soldiers had been captured.                # captured|400|unknown|2025-03-12
            """)
    void thePassiveOfAnAudienceVerbNamesItsSpeakerAfterBy(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A South Korean lawmaker said that some 250 North Korean soldiers were captured, according to the country's spy agency. # captured|some 250|nis|2025-03-12
            Lawmaker Park Sun-won said that some 250 North Korean soldiers were captured, according to the country's intelligence agency. # captured|some 250|nis|2025-03-12
            A South Korean lawmaker said that some 250 North Korean soldiers were captured, according to the country's weather service. # captured|some 250|south_korean_lawmakers|2025-03-12
            Deputies said that some 250 North Korean soldiers were captured, according to the country's intelligence agency. # captured|some 250|~the country's intelligence agency|2025-03-12
            """)
    void theCountrysBodyInAClosingAccordingToIsTheSpeakersCountrysBody(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 10, dates. A present perfect below the lead is an earlier, undated statement ("Seoul has said"), unless its
     * verb is one of the lexicon's newsPerfectCues ("has confirmed", "has told", "have accused"), which report the
     * day's news; "over the weekend" and "this weekend" date a statement by the week of the weekend just past; "an
     * earlier dispatch" is an earlier event, not an earlier statement ("an earlier estimate" is); a cue in the present
     * tense ("the NIS believes") speaks as of the report, not on the date the claimant spoke before in the article; a
     * quotation's later sentence keeps the date of the statement that opened it, and one whose speaker is named where
     * it closes is dated as a figure of the closing sentence would be.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang sent troops. / The NIS has confirmed that 1,500 North Korean troops have been moved to Russia. # deployed|1,500|nis|2025-03-12
            Pyongyang sent troops. / The JCS has told lawmakers that 2,000 North Korean troops have arrived in Kursk. # deployed|2,000|jcs|2025-03-12
            Pyongyang sent troops. / South Korean intelligence has signalled that North Korea intends to send up to 12,000 troops to Russia. # planned_deployment|up to 12,000|nis|2025-03-12
            Pyongyang sent troops. / Seoul has said that 600 North Korean soldiers have died.                 # killed|600|south_korean_officials|-
            Pyongyang sent troops. / The NIS has previously confirmed that 1,500 North Korean troops were moved to Russia. # deployed|1,500|nis|-
            Pyongyang sent troops. / The NIS had confirmed that 1,500 North Korean troops had been moved to Russia. # deployed|1,500|nis|-
            Pyongyang sent troops. / Ukrainian media reported over the weekend that six North Korean soldiers were killed in a strike. # killed|six|~Ukrainian media|2025-03-03
            Pyongyang sent troops. / Ukrainian media reported this weekend that six North Korean soldiers were killed in a strike. # killed|six|~Ukrainian media|2025-03-03
            Pyongyang sent troops. / The NIS said 300 North Korean soldiers were killed over the weekend.     # killed|300|nis|2025-03-12
            The NIS said an earlier dispatch of 15,000 North Korean troops had reached Kursk.                 # deployed|15,000|nis|2025-03-12
            An earlier estimate by the NIS put the toll at 2,000 North Korean soldiers killed.                 # killed|2,000|nis|-
            The NIS said earlier that 15,000 North Korean troops had reached Kursk.                           # deployed|15,000|nis|-
            The NIS said on Monday that 300 North Korean soldiers had been killed. // The NIS believes 2,000 more North Korean troops are in Kursk. # killed|300|nis|2025-03-10; deployed|2,000|nis|2025-03-12
            The NIS said on Monday that 300 North Korean soldiers had been killed. // The NIS added that 2,000 more North Korean troops are in Kursk. # killed|300|nis|2025-03-10; deployed|2,000|nis|2025-03-10
            The UK Ministry of Defence wrote on Monday: "North Korean forces have suffered more than 6,000 casualties in Kursk. About 11,000 North Korean troops were first sent to the region." # killed_or_wounded|more than 6,000|uk_defence_intelligence|2025-03-10; deployed|About 11,000|uk_defence_intelligence|2025-03-10
            The UK Ministry of Defence wrote: "North Korean forces have suffered more than 6,000 casualties in Kursk. About 11,000 North Korean troops were first sent to the region." # killed_or_wounded|more than 6,000|uk_defence_intelligence|2025-03-12; deployed|About 11,000|uk_defence_intelligence|2025-03-12
            The UK Ministry of Defence wrote on Monday: "North Korean forces have suffered more than 6,000 casualties in Kursk." About 11,000 North Korean troops were first sent to the region, Budanov said. # killed_or_wounded|more than 6,000|uk_defence_intelligence|2025-03-10; deployed|About 11,000|budanov|2025-03-12
            Zelensky said on Monday that North Korean forces were in Kursk. / "Some 11,000 North Korean soldiers are now in the Kursk region. Some have taken part in combat," he said. # deployed|Some 11,000|zelensky|2025-03-10
            Zelensky spoke to reporters. / "Some 11,000 North Korean soldiers are now in the Kursk region. Some have taken part in combat," he said. # deployed|Some 11,000|zelensky|2025-03-12
            """)
    void aStatementIsDatedByItsOwnTenseAndWordsNotByAnEarlierEventOrAnEarlierStatement(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 12, dates. A sentence that opens with a clause set before its statement ("Before the footage was released,
     * the NIS said ...", "Before long, ...") dates the claim by an event the text does not date: unknown, unless the
     * cue follows a figure of the clause's own; "later" right after the cue ("estimated later") is, like "said
     * earlier", a statement on no date the text gives, while "later on Tuesday" is a date and "later said" stays news.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang sent troops. / Before the footage was released, the NIS said 300 North Korean soldiers had been killed. # killed|300|nis|-
            Pyongyang sent troops. / Prior to the offensive, Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|-
            Pyongyang sent troops. / Before long, the NIS was reporting that 300 North Korean soldiers had been killed. # killed|300|nis|-
            Pyongyang sent troops. / Before the offensive, 300 North Korean soldiers had been killed, the NIS said. # killed|300|nis|2025-03-12
            Pyongyang sent troops. / The NIS said 300 North Korean soldiers were killed before the offensive. # killed|300|nis|2025-03-12
            Pyongyang sent troops. / Beforehand the NIS said 300 North Korean soldiers had been killed.   # killed|300|nis|2025-03-12
            Pyongyang sent troops. / The NIS estimated later that 300 North Korean soldiers had been killed. # killed|300|nis|-
            Pyongyang sent troops. / Budanov said later that 3,000 North Korean soldiers were in Kursk.    # deployed|3,000|budanov|-
            Pyongyang sent troops. / The NIS said later on Tuesday that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-11
            Pyongyang sent troops. / The NIS later said that 300 North Korean soldiers had been killed.    # killed|300|nis|2025-03-12
            """)
    void aStatementSetBeforeOrAfterAnEventTheTextDoesNotDateHasNoDate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 12, dates. A figure in a clause joined after the statement's (", and the agency believes ...") whose own
     * cue is in the present tense speaks as of the report, not on the first statement's date; a joined clause with no
     * cue of its own (", and that ...", ", and North Korea plans ...") is more of the first statement.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang sent troops. / The NIS estimated this month that 300 North Korean soldiers had been killed, and the agency believes North Korea plans to send another 2,000 troops, with about 1,000 soldiers already in Russia. # killed|300|nis|2025-03; planned_deployment|another 2,000|nis|2025-03-12; deployed|about 1,000|nis|2025-03-12
            Pyongyang sent troops. / The NIS said on Monday that 300 North Korean soldiers had been killed, and the country's spy agency believes North Korea plans to send another 2,000 troops. # killed|300|nis|2025-03-10; planned_deployment|another 2,000|nis|2025-03-12
            Pyongyang sent troops. / The NIS said on Monday that 300 North Korean soldiers had been killed, and that North Korea plans to send another 2,000 troops. # killed|300|nis|2025-03-10; planned_deployment|another 2,000|nis|2025-03-10
            Pyongyang sent troops. / The NIS said on Monday that 300 North Korean soldiers had been killed, and North Korea plans to send another 2,000 troops. # killed|300|nis|2025-03-10; planned_deployment|another 2,000|nis|2025-03-10
            """)
    void aFigureInAJoinedClauseWithItsOwnPresentTenseCueSpeaksAsOfTheReport(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, dates. An occasion's date that re-dates a claim ("held a briefing on Monday", then "The NIS said")
     * is the date the article's own report of the claim gives too, not the report's date it had before; a span of days
     * ("on March 3-5", "3 to 5 March") dates the occasion by its month, a single day by the day.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS chief held a briefing for lawmakers on Monday. // The NIS said 300 North Korean soldiers were killed. # killed|300|nis|2025-03-10 @ 2025-03-10
            The NIS chief held a briefing for lawmakers on Monday. // Budanov said 300 North Korean soldiers were killed. # killed|300|budanov|2025-03-12 @ 2025-03-12
            The NIS chief held a briefing for lawmakers on March 3-5. // The NIS said 300 North Korean soldiers were killed. # killed|300|nis|2025-03 @ 2025-03
            The NIS chief held a briefing for lawmakers on 3 to 5 March. // The NIS said 300 North Korean soldiers were killed. # killed|300|nis|2025-03 @ 2025-03
            The NIS chief held a briefing for lawmakers on March 3. // The NIS said 300 North Korean soldiers were killed. # killed|300|nis|2025-03-03 @ 2025-03-03
            The NIS said on March 3 to 1,500 lawmakers that 300 North Korean soldiers were killed.           # killed|300|nis|2025-03-03 @ 2025-03-03
            """)
    void anOccasionsDateIsTheDateTheArticleItselfGivesTheClaim(String body, String expected) {
        List<Claim> claims = extract(body);
        String sourceDates = claims.stream().flatMap(c -> c.sources().stream())
                .map(src -> src.claimDate() == null ? "-" : src.claimDate().iso()).collect(Collectors.joining(", "));
        assertEquals(expected, describe(claims) + " @ " + sourceDates);
    }

    /**
     * Round 13, dates. An occasion still to come ("the coming March 14 hearing", "next week's summit") dates no claim
     * and no one named beside it spoke there; a past one does, "the next session" among them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov will brief lawmakers at the coming March 14 hearing. / Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|2025-03-12
            Budanov will brief lawmakers at next week's hearing. / Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|2025-03-12
            Budanov briefed lawmakers at a hearing on March 10. / Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|2025-03-10
            The NIS briefed lawmakers at the next session on March 5. // The NIS said 300 North Korean soldiers were killed. # killed|300|nis|2025-03-05
            """)
    void anOccasionStillToComeDatesNoClaim(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, dates. Under a paragraph that is all background heading ("Background:", "Recall", "What came before?")
     * an article recalls earlier reports: a claim there with no date of its own has none the text gives, while one with
     * a date keeps it. Another heading ("Details") ends the section; "Recall that ..." in a sentence is no heading.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS briefed lawmakers. // Background: // Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|-
            The NIS briefed lawmakers. // What came before? // On 3 March, Budanov said 3,000 North Korean soldiers were in Kursk. // The NIS believes 300 North Korean soldiers were killed. # deployed|3,000|budanov|2025-03-03; killed|300|nis|-
            Recall // Budanov said 3,000 North Korean soldiers were in Kursk. // Details // The NIS said 300 North Korean soldiers were killed. # deployed|3,000|budanov|-; killed|300|nis|2025-03-12
            The NIS briefed lawmakers. // Details // Budanov said 3,000 North Korean soldiers were in Kursk.  # deployed|3,000|budanov|2025-03-12
            The NIS briefed lawmakers. // Recall that Budanov said 3,000 North Korean soldiers were in Kursk. # deployed|3,000|budanov|2025-03-12
            """)
    void aClaimUnderABackgroundHeadingWithNoDateOfItsOwnHasNone(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, dates. A sentence with no figure that reports an older, undated statement ("The NIS had assessed
     * earlier that ...") leaves the same claimant's next sentence of the paragraph, in the past tense, as undated, and
     * so a quotation opened right after it that the same speaker closes; a present-tense cue, another paragraph,
     * another claimant or a dated statement before do not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has moved troops to Russia. // The NIS had assessed earlier that the troops were missing from combat. / The NIS estimated that 300 North Korean soldiers had been killed. # killed|300|nis|-
            North Korea has moved troops to Russia. // The NIS had assessed earlier that the troops were missing from combat. / The NIS believes 300 North Korean soldiers were killed. # killed|300|nis|2025-03-12
            North Korea has moved troops to Russia. // The NIS had assessed earlier that the troops were missing from combat. // The NIS estimated that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            North Korea has moved troops to Russia. // The NIS had assessed earlier that the troops were missing from combat. / Budanov estimated that 300 North Korean soldiers had been killed. # killed|300|budanov|2025-03-12
            North Korea has moved troops to Russia. // The NIS said on Monday that the troops were missing from combat. / The NIS estimated that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-10
            North Korea has moved troops to Russia. // As was reported earlier, Budanov said North Korean forces were in Kursk. "Some 11,000 North Korean soldiers are now in the Kursk region. Some have fought," he said. # deployed|Some 11,000|budanov|-
            North Korea has moved troops to Russia. // Budanov said North Korean forces were in Kursk. "Some 11,000 North Korean soldiers are now in the Kursk region. Some have fought," he said. # deployed|Some 11,000|budanov|2025-03-12
            North Korea has moved troops to Russia. // As was reported earlier, Budanov said North Korean forces were in Kursk. "Some 11,000 North Korean soldiers are now in the Kursk region. Some have fought," Zelensky said. # deployed|Some 11,000|zelensky|2025-03-12
            """)
    void theNextSentenceOfAnOlderUndatedStatementGoesOnUndated(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, dates. A figure in the content of a statement noun that a marker sets before the sentence's own event
     * ("comes after recent intelligence reports suggesting that ...") was reported earlier, on no date the text gives,
     * even with no claimant named; a marker in another clause, a noun that names no statement ("an earlier dispatch")
     * or a date of the statement's own ("a statement by Budanov on Monday") do not make it so.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has moved troops to Russia. // Japan's concern comes after recent press reports suggesting that 3,000 North Korean troops have reached Russia. # deployed|3,000|news_reports|-
            North Korea has moved troops to Russia. // Japan's concern comes after recent intelligence reports, and Budanov said 3,000 North Korean troops have reached Russia. # deployed|3,000|budanov|2025-03-12
            North Korea has moved troops to Russia. // The deployment came after an earlier dispatch of 3,000 North Korean troops to Russia, the NIS said. # deployed|3,000|nis|2025-03-12
            North Korea has moved troops to Russia. // It follows a statement by Budanov on Monday that 3,000 North Korean troops have reached Russia. # deployed|3,000|budanov|2025-03-10
            """)
    void aFigureInAReportSetBeforeTheSentencesEventHasNoDate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    private static String field(tally.model.Certainty.Field f) {
        return f.certain() ? "sure" : f.reason();
    }

    // r10-figures: North Korea named as South Korea's neighbour; a noun of sending; a group named with its own
    // participle of sending; a sequel and a part of a figure with no noun of their own.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Here is what we know. // Before the video surfaced, Seoul's spy agency said its neighbour had sent about 2,000 soldiers to Russia to fight in Ukraine. # deployed|about 2,000|nis|-
            Here is what we know. // South Korea's military said its northern neighbour had sent about 2,000 soldiers to Russia. # deployed|about 2,000|jcs|2025-03-12
            Here is what we know. // Kyiv said its neighbour had sent about 2,000 soldiers to the border.       # none
            Here is what we know. // Seoul's spy agency said Ukraine's officials believe its neighbour had sent about 2,000 soldiers to the front. # none
            Here is what we know. // Seoul's spy agency said its neighbour Japan had sent about 2,000 soldiers to the front. # none
            """)
    void northKoreaNamedAsTheNeighbourOfSouthKoreaIsTheTopicAndAnotherCountrysNeighbourIsNot(String body,
                                                                                             String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has moved engineers to Kursk. // The NIS said on Monday that an earlier dispatch of an estimated 9,000 combat troops had cost Pyongyang dearly. # deployed|an estimated 9,000|nis|2025-03-10
            North Korea has moved engineers to Kursk. / The NIS confirmed the deployment of another 2,000 soldiers. # deployed|another 2,000|nis|2025-03-12
            Here is what we know. // The NIS said on Monday that an earlier dispatch of an estimated 9,000 combat troops had cost the army dearly. # none
            North Korea has moved engineers to Kursk. / The NIS confirmed the dispatch of 9,000 shells.         # none
            North Korea has moved engineers to Kursk. // The NIS confirmed Moscow's deployment of 9,000 troops, which Pyongyang backed. # none
            """)
    void aNounOfSendingWhoseObjectIsTheTroopsSizesNorthKoreasForceUnlessAnotherSideOwnsIt(String body,
                                                                                         String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has moved troops to Russia. / Of the roughly 9,000 troops thought to have been deployed last autumn, the NIS said that about 3,000 had been wounded. # deployed|roughly 9,000|nis|2025-03-12; wounded|about 3,000|nis|2025-03-12
            North Korea has moved troops to Russia. / Of the roughly 9,000 troops thought to have been trained last autumn, the NIS said that about 3,000 had been wounded. # wounded|about 3,000|nis|2025-03-12
            """)
    void aGroupNamedWithItsOwnHearsayParticipleOfSendingIsTheForceSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said North Korea sent 9,000 troops to Russia in the autumn, followed by an additional 2,000 in the spring. # deployed|9,000|nis|2025-03-12; deployed|an additional 2,000|nis|2025-03-12
            The NIS said North Korea sent 9,000 troops to Russia in the autumn, followed by an additional 2,000 shells in the spring. # deployed|9,000|nis|2025-03-12
            The NIS said North Korea has sent 9,000 troops, most of them from its special forces, to Russia, including 2,000 dispatched later to replace those killed or wounded. # deployed|9,000|nis|2025-03-12; deployed|2,000|nis|2025-03-12
            The NIS said North Korea has sent 9,000 troops to Russia, including 2,000 sent home after being wounded. # deployed|9,000|nis|2025-03-12
            The NIS said 2,000 North Korean soldiers were sent to Kursk to replace those killed.           # deployed|2,000|nis|2025-03-12
            The NIS said small numbers of North Korean troops have been deployed to offset the losses.    # deployed|small numbers|nis|2025-03-12
            The NIS said North Korea has deployed 2,000 troops to make up for its losses in Kursk.        # deployed|2,000|nis|2025-03-12
            The NIS said 2,000 North Korean soldiers were killed, and Pyongyang sent 3,000 more to replace them. # killed|2,000|nis|2025-03-12; deployed|3,000|nis|2025-03-12
            """)
    void aSequelOrAPartSentWithNoNounOfItsOwnCountsTheTroopsOfTheFigureBefore(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops fought near Sudzha. / That adds to the more than 900 Russian soldiers wounded or killed each week, according to Kyiv, which estimated there were over 4,000 casualties in March. # none
            North Korean troops fought near Sudzha. / That adds to the more than 900 Russian soldiers wounded or killed each week, according to Kyiv, which estimated there were over 4,000 North Korean casualties in March. # killed_or_wounded|over 4,000|ukraine_government|2025-03-12
            North Korean troops fought near Sudzha. / Kyiv said 300 Russian soldiers and 200 North Korean soldiers were killed. # killed|200|ukraine_government|2025-03-12
            """)
    void aSentenceThatCountsAnotherSidesTroopsAndNeverNamesNorthKoreaGoesOnCountingThatSide(String body,
                                                                                           String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said North Korea had already sent 2,000 military personnel to Russia out of a pledged 9,000. # deployed|2,000|nis|2025-03-12; planned_deployment|9,000|nis|2025-03-12
            The NIS said the promised 9,000 North Korean troops had not yet arrived.                          # planned_deployment|9,000|nis|2025-03-12
            The NIS said North Korea had already sent 2,000 military personnel to Russia out of 9,000 in all. # deployed|2,000|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS said North Korea had sent 2,000 troops to Russia, a pledged 30 percent of its quota.     # deployed|2,000|nis|2025-03-12
            The GUR says a North Korean force of up to 9,000 personnel is being trained at three ranges in Russia's east. # deployed|up to 9,000|hur|2025-03-12
            """)
    void aForcePromisedRatherThanSentIsPlannedAndItsPartsAreNotAndACountOfPlacesIsNoFigure(String body,
                                                                                          String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    // r12-figures: "killed or injured" after a bare number is the combined figure; an attempt to send is a plan; a
    // vague part of a group of troops counts the fate its own verb names.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A US official said North Korean units are losing men fast, with over 900 killed or injured in the past week. # killed_or_wounded|over 900|us_officials|2025-03-12
            A US official said North Korean units are losing men fast, with over 900 dead and wounded in the past week. # killed_or_wounded|over 900|us_officials|2025-03-12
            A US official said North Korean units are losing men fast, with over 900 injured in the past week. # wounded|over 900|us_officials|2025-03-12
            A US official said 200 North Korean soldiers were killed and 900 injured in the past week.         # killed|200|us_officials|2025-03-12; wounded|900|us_officials|2025-03-12
            """)
    void casualtyWordsJoinedAfterABareNumberAreReadWholeAsTheCombinedFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said Moscow might try to bring in another 15,000 North Korean soldiers.                 # planned_deployment|another 15,000|zelensky|2025-03-12
            Zelensky said Moscow is attempting to deploy another 15,000 North Korean soldiers.               # planned_deployment|another 15,000|zelensky|2025-03-12
            Zelensky said Moscow has sent another 15,000 North Korean soldiers to try to hold the line.      # deployed|another 15,000|zelensky|2025-03-12
            """)
    void anAttemptToSendIsAPlanAndTroopsSentToTrySomethingAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean units attacked near Sudzha. / Scores of the foreign soldiers were reportedly killed and wounded. # killed_or_wounded|Scores|unknown|2025-03-12
            North Korean units attacked near Sudzha. / Dozens of the North Korean soldiers were killed.      # killed|Dozens|unknown|2025-03-12
            North Korean units attacked near Sudzha. / Dozens of the North Korean soldiers were questioned.  # none
            North Korean units attacked near Sudzha. / Dozens of them were killed.                          # none
            """)
    void aVaguePartOfTroopsCountsTheFateItsOwnVerbNamesButAPartOfAPronounDoesNot(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The SBU said the three North Korean soldiers taken by Ukrainian troops were moved to a hospital.   # captured|three|~The SBU|2025-03-12
            The SBU said three North Korean soldiers were taken by the Ukrainian army near Sudzha.            # captured|three|~The SBU|2025-03-12
            The SBU said 3,000 North Korean soldiers were taken by rail to the front.                       # deployed|3,000|~The SBU|2025-03-12
            The SBU said 3,000 North Korean soldiers were taken by Russian officers to the front.           # deployed|3,000|~The SBU|2025-03-12
            """)
    void troopsTakenByUkrainesForcesAreCapturedAndTroopsTakenAnywhereElseAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said more than nine thousand North Korean soldiers are now near Kursk.          # deployed|more than nine thousand|nis|2025-03-12
            Seoul's spy agency said more than nine thousand North Korean soldiers were killed near Kursk.    # killed|more than nine thousand|nis|2025-03-12
            North Korean troops fought near Sudzha. / Seoul's spy agency said more than nine thousand Russian soldiers are now near Kursk. # none
            """)
    void troopsNearKurskAreDeployedUnlessTheirVerbCountsAFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean units attacked near Sudzha. / Pyongyang's count is a fraction of the some 700 troops killed in the spring battles. # killed|some 700|unknown|2025-03-12
            North Korean units attacked near Sudzha. / Pyongyang's count is a fraction of the some 700 Russian troops killed in the spring battles. # none
            Here is what we know. // The count is a fraction of the some 700 troops killed in the spring battles. # none
            """)
    void troopsWhoseOwnParticipleNamesTheirFateInAParagraphAboutNorthKoreaAreItsTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Pentagon official said North Korean units had suffered a couple of hundred casualties near Sudzha. # killed_or_wounded|a couple of hundred|pentagon|2025-03-12
            A Pentagon official said North Korean units had suffered "a couple thousand" casualties near Sudzha. # killed_or_wounded|a couple thousand|pentagon|2025-03-12
            A Pentagon official said a couple of North Korean soldiers had been seen near Sudzha.            # none
            """)
    void aCoupleOfHundredsOrThousandsIsAVagueFigureButACoupleOfSoldiersIsAStory(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said some 90 North Korean soldiers had died of their wounds in field hospitals. # killed|some 90|nis|2025-03-12
            Seoul's spy agency said some 90 North Korean soldiers succumbed to severe injuries after the assault. # killed|some 90|nis|2025-03-12
            Seoul's spy agency said some 90 North Korean soldiers had died and 200 more had suffered wounds. # killed|some 90|nis|2025-03-12; wounded|200|nis|2025-03-12
            Seoul's spy agency said some 90 North Korean soldiers had died or suffered wounds in the assault. # killed_or_wounded|some 90|nis|2025-03-12
            """)
    void aWoundNamedAsTheCauseOfDeathCountsTheDeadNotTheCombinedFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said three wounded North Korean soldiers had been brought to Kyiv for questioning.       # captured|three|zelensky|2025-03-12
            Zelensky said three North Korean soldiers were being interrogated by the security service.       # captured|three|zelensky|2025-03-12
            Zelensky said 3,000 North Korean soldiers had been brought to the front near Sudzha.             # deployed|3,000|zelensky|2025-03-12
            Zelensky said 3,000 North Korean soldiers had been moved to Kursk by rail.                       # deployed|3,000|zelensky|2025-03-12
            """)
    void troopsBroughtToKyivOrQuestionedByInterrogatorsAreCapturedAndTroopsBroughtToTheFrontAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            KCNA said 23 North Korean soldiers made noble sacrifices in the liberation of Kursk.             # killed|23|kcna|2025-03-12
            KCNA said Kim Jong Un honoured 23 North Korean soldiers who fell in battle abroad.                # killed|23|kcna|2025-03-12
            KCNA said 23 North Korean soldiers were martyred in the liberation of Kursk.                     # killed|23|kcna|2025-03-12
            KCNA said North Korea had sent 2,300 soldiers to Kursk and made great sacrifices for its ally.  # deployed|2,300|kcna|2025-03-12
            Ukraine's army said its drones liquidated 23 North Korean soldiers near Sudzha.                 # killed|23|ukraine_general_staff|2025-03-12
            Ukraine's army said North Korea had liquidated 3 trading firms that sent workers to Russia.     # none
            """)
    void aDeathNamedAsASacrificeOrAFallInBattleCountsTheKilledButASacrificeOfTheStateIsNoFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said North Korea had shipped 170 self-propelled artillery pieces to Russia.    # none
            Seoul's spy agency said North Korea had dispatched four ships carrying troops to Vladivostok.    # none
            Seoul's spy agency said North Korea had dispatched 4,000 troops aboard Russian ships.            # deployed|4,000|nis|2025-03-12
            Seoul's spy agency said 4,000 North Korean troops were flown in on 30 flights.                   # deployed|4,000|nis|2025-03-12
            """)
    void aNumberWhoseHeadIsAVehicleOrAWeaponCountsThingsButTroopsCarriedOrFlownInAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said 2,400 North Korean soldiers had been wounded, 300 dead among them.       # killed_or_wounded|2,400|nis|2025-03-12; killed|300|nis|2025-03-12
            Seoul's spy agency said 2,400 North Korean soldiers had been wounded, including 300 killed.      # killed_or_wounded|2,400|nis|2025-03-12; killed|300|nis|2025-03-12
            Seoul's spy agency said 2,400 North Korean soldiers had been wounded, including 300 seriously.   # wounded|2,400|nis|2025-03-12
            Seoul's spy agency said 2,400 North Korean soldiers had been wounded, and 300 killed.            # wounded|2,400|nis|2025-03-12; killed|300|nis|2025-03-12
            """)
    void aWoundedFigureWithItsDeadCountedAsAPartOfItCountsKilledAndWoundedTogether(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean units have not attacked yet, officials said. / Since Friday, hundreds more troops have been arriving in the Kursk region each night. # deployed|hundreds more|unknown|2025-03-12
            North Korean units have not attacked yet, officials said. / Since Friday, 800 more men have been reaching Kursk each night. # deployed|800|unknown|2025-03-12
            North Korean units have not attacked yet, officials said. / Since Friday, hundreds more Russian troops have been arriving in the Kursk region each night. # none
            """)
    void troopsArrivingInRussiaOrKurskRightAfterASentenceAboutNorthKoreasTroopsAreItsTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean units attacked near Sudzha. / Their weekly losses have come to about 140 soldiers.   # killed_or_wounded|about 140|unknown|2025-03-12
            North Korean units attacked near Sudzha. / The death toll has reached 140 men.                    # killed|140|unknown|2025-03-12
            North Korean units attacked near Sudzha. / Russian weekly losses have come to about 140 soldiers. # none
            Here is what we know. // Weekly losses have come to about 140 soldiers.                           # none
            """)
    void aFigureThatIsTheAmountOfACasualtyNounCountsCasualtiesOfTheTroopsOfTheParagraph(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine's army said it killed 45 North Korean soldiers and wounded another 70.       # killed|45|ukraine_general_staff|2025-03-12; wounded|another 70|ukraine_general_staff|2025-03-12
            Ukraine's army said it killed 45 North Korean soldiers and wounded a further 70.     # killed|45|ukraine_general_staff|2025-03-12; wounded|a further 70|ukraine_general_staff|2025-03-12
            Ukraine's army said it killed 45 North Korean soldiers and wounded many others.      # killed|45|ukraine_general_staff|2025-03-12
            Ukraine's army said 45 North Korean soldiers and wounded others were taken prisoner.         # captured|45|ukraine_general_staff|2025-03-12
            """)
    void aSecondCasualtyVerbWithAnAdditiveOrVagueObjectOfItsOwnLeavesTheFirstFigureItsVerb(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said that of 12,000 North Korean soldiers, 3,500 were killed or wounded.      # killed_or_wounded|3,500|nis|2025-03-12
            Seoul's spy agency said that of 12,000 North Korean soldiers, 3,500 had been killed or injured.  # killed_or_wounded|3,500|nis|2025-03-12
            Seoul's spy agency said that of 12,000 North Korean soldiers, 3,500 were wounded.                # wounded|3,500|nis|2025-03-12
            """)
    void aBareNumberWhoseVerbIsKilledOrWoundedCountsBothNotTheLastWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said Kim Jong Un had vowed to send 4,500 more soldiers to Kursk.              # planned_deployment|4,500|nis|2025-03-12
            Seoul's spy agency said 4,500 North Korean soldiers were awaiting deployment to Kursk.           # planned_deployment|4,500|nis|2025-03-12
            Seoul's spy agency said North Korea was preparing a further 4,500 soldiers for deployment. # planned_deployment|a further 4,500|nis|2025-03-12
            Seoul's spy agency said 4,500 North Korean soldiers fought in the battle for Kursk.              # deployed|4,500|nis|2025-03-12
            Seoul's spy agency said North Korea had sent 4,500 soldiers, who are preparing for an assault.   # deployed|4,500|nis|2025-03-12
            """)
    void aVowOrTroopsAwaitingDeploymentArePlannedButTroopsThatFoughtOrPrepareAnAssaultAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul's spy agency said one in four North Korean soldiers in Kursk had been wounded.             # none
            Seoul's spy agency said one North Korean soldier in five had been killed near Sudzha.            # none
            Seoul's spy agency said 450 North Korean soldiers had been killed in five days near Sudzha.      # killed|450|nis|2025-03-12
            North Korean troops went to Kursk under the 2024 pact with Moscow, Seoul's spy agency said.     # none
            Seoul's spy agency said the 2000 North Korean soldiers sent in spring had been killed.           # killed|2000|nis|2025-03-12
            Seoul's spy agency said North Korea held 4 funerals for soldiers killed in Kursk.              # none
            """)
    void aProportionAYearNamingATreatyOrACountOfFuneralsIsNoCountOfTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: a reporting verb the tagger reads as a noun after a coordinated subject ("Japan and Britain
     * reckon") is still the cue (config {@code verbOnlyForms}); its noun ("by our reckoning") is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Japan and Britain reckon Pyongyang has sent as many as 9,000 troops to Russia.                   # deployed|as many as 9,000|~Japan and Britain|2025-03-12
            The analysts reckon Pyongyang has sent as many as 9,000 troops to Russia.                        # deployed|as many as 9,000|~The analysts|2025-03-12
            By our reckoning Pyongyang has sent as many as 9,000 troops to Russia.                           # deployed|as many as 9,000|unknown|2025-03-12
            """)
    void aReportingVerbThatIsNeverANounIsACueWhateverTheTaggerSays(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: names listed with a serial comma and closed by "and others" ("Japan, Britain, and others
     * say") are one source, though "others" alone names nobody; a lone ", and others say" after a clause opens a
     * clause of its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Japan, Britain, and others say that North Korea has sent more than 9,000 troops to Russia.       # deployed|more than 9,000|~Japan, Britain, and others|2025-03-12
            The UN, Japan, and others say North Korea has sent more than 9,000 troops to Russia.             # deployed|more than 9,000|~The UN, Japan, and others|2025-03-12
            Britain sent advisers to Poland, and others say that North Korea has sent more than 9,000 troops to Russia. # deployed|more than 9,000|unknown|2025-03-12
            """)
    void namesListedWithASerialCommaAndClosedByOthersAreOneSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: a concession after the figure (", although ...", ", though ...") is a clause of its own; its
     * cue, with an object or a content of its own ("told reporters that ...", "did not say whether ..."), does not
     * govern the figure before it. A bare ", although the NIS said." still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv believes North Korea has sent 9,000 troops to Russia, though a Japanese diplomat told reporters that the number may be lower. # deployed|9,000|ukraine_government|2025-03-12
            The NIS says Pyongyang has sent 9,000 troops to Russia, although the Japanese press did not say whether they fought. # deployed|9,000|nis|2025-03-12
            North Korea has sent 9,000 troops to Russia, although a Japanese diplomat said that most of them are still training. # deployed|9,000|unknown|2025-03-12
            North Korea has sent 9,000 troops to Russia, a Japanese diplomat said, although most of them are still training. # deployed|9,000|~a Japanese diplomat|2025-03-12
            """)
    void aCueInAConcessionAfterTheFigureWithAContentOfItsOwnDoesNotGovernIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: the participle of a reporting verb ("revealing that", "suggesting that", "indicating that",
     * "disclosing that") reports its subject's word, as "saying that" does; a participle whose subject is a figure's
     * own clause ("sent 3,000 troops, suggesting that more could follow") or a thing ("satellite images indicating
     * that") names no source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Western officials raised the alarm over Pyongyang's role in the war, revealing that 9,000 North Korean troops had been sent to Russia. # deployed|9,000|western_officials|2025-03-12
            The NIS released photos suggesting that 3,000 North Korean troops had arrived in Russia.         # deployed|3,000|nis|2025-03-12
            North Korea sent 3,000 troops to Russia, suggesting that more could follow.                      # deployed|3,000|unknown|2025-03-12
            Satellite images indicating that 3,000 North Korean troops had arrived were published on Monday. # deployed|3,000|unknown|2025-03-12
            """)
    void theParticipleOfAReportingVerbReportsItsSubjectsWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: a relative clause with no pronoun after a figure ("the 10,000 the US says were sent") has
     * its own subject, which an article opens after the number; its cue speaks of that figure alone, not of another
     * figure of the sentence's main clause. "US estimates were lower" is still a noun before "be".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are in Kursk. / They are most of the 9,000 the Japanese government says were sent to Russia. # deployed|9,000|~the Japanese government|2025-03-12
            The 7,000 North Korean troops now in Kursk are most of the 9,000 the UK says were sent to Russia. # deployed|7,000|unknown|2025-03-12; deployed|9,000|~the UK|2025-03-12
            Japanese estimates were lower, and 900 North Korean soldiers were killed in March.                # killed|900|unknown|2025-03-12
            """)
    void aRelativeClauseWithNoPronounAfterAFigureSpeaksOfThatFigureAlone(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: "A cited B as saying ..." and "A quoted B as saying ..." make B the source and A its relay,
     * whether A is a listed name, a name the article gave before, or a news outlet. "A cited the figure as proof"
     * quotes nobody.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Park Sun-won cited a military source as saying that 3,000 North Korean soldiers were killed.    # killed|3,000|~a military source|2025-03-12
            Yonhap quoted a military source as saying 150 North Korean soldiers had been captured.          # captured|150|~a military source|2025-03-12
            Zelensky quoted Budanov as saying that 3,000 North Korean soldiers were killed.                 # killed|3,000|budanov|2025-03-12
            Park Sun-won cited the figure as proof that 3,000 North Korean soldiers were killed.            # killed|3,000|park_sun_won|2025-03-12
            """)
    void whoeverACitesOrQuotesAsSayingIsTheSourceAndARelaysIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: a surname alone after a Korean naming ("Cho" after "NIS director Cho Tae-yong", surname
     * first, then a hyphenated given name) takes that naming; a surname the article never named in full stays as it is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Lawmakers met spy chief Seo Min-jun on Monday. // Seo said 3,000 North Korean soldiers were killed. # killed|3,000|~Seo Min-jun|2025-03-12
            Lawmakers met spy chief Seo Min-jun. // Park Sun-won cited Seo as saying that 3,000 North Korean soldiers were killed. # killed|3,000|~Seo Min-jun|2025-03-12
            Lawmakers met Seo on Monday. // Seo said 3,000 North Korean soldiers were killed.            # killed|3,000|~Seo|2025-03-12
            """)
    void aSurnameAloneTakesTheKoreanNamingThatOpensWithIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: the press passes on the word of a source with a cue in the figure's own clause ("Yonhap
     * reported that the NIS said ..."), not of one in a clause after a semicolon ("Japanese reports said that ...; now,
     * the NIS says they ...").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Japanese reports said that 9,000 North Korean troops were in Russia; now, the NIS says they have entered combat. # deployed|9,000|news_reports|2025-03-12
            Yonhap reported that the NIS said 9,000 North Korean troops were in Russia.                    # deployed|9,000|nis|2025-03-12
            Yonhap reported that 9,000 North Korean troops were in Russia, the NIS said.                   # deployed|9,000|nis|2025-03-12
            """)
    void thePressPassesOnOnlyASourceOfTheFiguresOwnClause(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: South Korea's "secret service" (as translations from the German or French press call it) is
     * the NIS (config/claimants.json); another country's secret service is not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            South Korea's secret service said that Kyiv had captured two more North Korean soldiers.          # captured|two|nis|2025-03-12
            The Ukrainian secret service said that Kyiv had captured two more North Korean soldiers.          # captured|two|~The Ukrainian secret service|2025-03-12
            """)
    void southKoreasSecretServiceIsTheNis(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: "according to a briefing to lawmakers": a name after a noun and its "to" is the audience of
     * what the noun names, not its source; "according to lawmakers" still names them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS has reported that about 600 North Korean soldiers have been killed and 4,000 wounded near Kursk, according to a briefing to lawmakers. # killed|about 600|nis|2025-03-12; wounded|4,000|nis|2025-03-12
            About 600 North Korean soldiers have been killed, according to a briefing to lawmakers.         # killed|About 600|unknown|2025-03-12
            About 600 North Korean soldiers have been killed, according to lawmakers.                       # killed|About 600|south_korean_lawmakers|2025-03-12
            """)
    void aNameAfterANounAndItsToIsTheAudienceNotTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 13, claimants: an outlet that named another source earlier passes it on when it speaks again ("According to
     * the BBC, ..."), but not when one of its own people, named, speaks ("According to BBC defence correspondent Tom
     * Reed, ...": the outlet's own word).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Reuters, citing Western officials, said 3,000 North Korean soldiers were killed. / According to BBC defence correspondent Tom Reed, about 11,000 North Korean servicemen have been sent to Kursk. # killed|3,000|western_officials|2025-03-12; deployed|about 11,000|bbc|2025-03-12
            Reuters, citing Western officials, said 3,000 North Korean soldiers were killed. / According to the BBC, about 11,000 North Korean servicemen have been sent to Kursk. # killed|3,000|western_officials|2025-03-12; deployed|about 11,000|western_officials|2025-03-12
            """)
    void anOutletsOwnNamedCorrespondentPassesOnNoEarlierSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 14, figure words: the lexicons cover each kind of word a figure's count is read from in every inflection
     * and in British and American spelling, not only the phrasings of the labelled articles. One row per group of
     * words, plus near-misses where a word has another sense (a transfer of prisoners, "lost" a vote, "losing" ground).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Western official said 2,000 more North Korean soldiers had been despatched to Kursk.          # deployed|2,000|western_officials|2025-03-12
            Pyongyang has redeployed 3,000 troops to the Kursk region, a Ukrainian commander said.            # deployed|3,000|~a Ukrainian commander|2025-03-12
            Kyiv is ready to discuss the transfer of two captured North Korean soldiers to Seoul, a Ukrainian official said. # captured|two|ukraine_government|2025-03-12
            A Western official said some 400 North Korean soldiers had been wiped out near Kursk.            # killed|some 400|western_officials|2025-03-12
            A Ukrainian commander said 300 North Korean soldiers were killed in combat last week.           # killed|300|~A Ukrainian commander|2025-03-12
            A Ukrainian commander said the clashes left 500 North Korean soldiers maimed.                  # wounded|500|~A Ukrainian commander|2025-03-12
            A Western official said 1,000 North Korean soldiers had been neutralised in Kursk.             # killed_or_wounded|1,000|western_officials|2025-03-12
            A Western official said North Korea was losing 100 soldiers a day in Kursk.                    # killed_or_wounded|100|western_officials|2025-03-12
            A Western official said North Korea was losing ground near 12 villages in Kursk.               # none
            A Ukrainian commander said three North Korean soldiers were taken into captivity.              # captured|three|~A Ukrainian commander|2025-03-12
            A Ukrainian commander said two North Korean soldiers chose to surrender near Kursk.            # captured|two|~A Ukrainian commander|2025-03-12
            A Western official said North Korea is slated to send 5,000 more soldiers to Russia.           # planned_deployment|5,000|western_officials|2025-03-12
            A Western official said Pyongyang was mulling sending 6,000 engineers to Kursk.                 # planned_deployment|6,000|western_officials|2025-03-12
            A Western official said North Korea has sent 2,000 reservists to Russia.                       # deployed|2,000|western_officials|2025-03-12
            A Western official said 400 North Korean service personnel were killed.                        # killed|400|western_officials|2025-03-12
            A Western official said North Korea sent 2,000 mortar rounds to Russia.                        # none
            A Western official said North Korea sent 300 armoured vehicles to Russia.                      # none
            A Western official said North Korea was paid 20 million euros for the troops it sent to Russia. # none
            A Western official said North Korea sent a 6,000-strong battlegroup to Kursk.                   # deployed|6,000|western_officials|2025-03-12
            A Western official said North Korea sent three battle groups to Kursk.                        # none
            A Western official said the North Korean force sent to Kursk totalled 11,000 soldiers.        # deployed|11,000|western_officials|2025-03-12
            A Western official said 1,000 North Korean soldiers were flown to Kursk.                      # deployed|1,000|western_officials|2025-03-12
            A Western official said 1,000 North Korean soldiers were flown home from Kursk.               # none
            A Western official said 200 North Korean soldiers went AWOL in Kursk.                        # none
            A Western official said rice prices in Pyongyang have fallen by 300 won since North Korea sent troops. # none
            A Western official said North Korea has lost 40 tanks and 300 soldiers near Kursk.             # killed_or_wounded|300|western_officials|2025-03-12
            """)
    void figureWordsCoverEveryInflectionOfTheirKind(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 14, reporting verbs in every form (config/extraction.json speechVerbs and cueLemmas): a gerund of a
     * trailing clause, a plain form after a plural subject and a synonym of "said" each attribute the figure. Not
     * "confirming": footage confirming a figure is no speaker.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov spoke on national television, estimating that 4,000 North Korean soldiers had been killed.   # killed|4,000|budanov|2025-03-12
            The NIS reiterated that some 11,000 North Korean soldiers had been deployed to Russia.               # deployed|some 11,000|nis|2025-03-12
            South Korean lawmakers confirm that 2,000 North Korean soldiers have been sent to Russia.            # deployed|2,000|south_korean_lawmakers|2025-03-12
            Footage confirming that 200 North Korean soldiers were killed circulated on Telegram.                # killed|200|unknown|2025-03-12
            """)
    void reportingVerbsInEveryForm(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 14, nouns and heads of statement (contentNouns, informationHeads, relayMarkers, sourceHeads, spokesHeads):
     * plural heads ("defence chiefs", "spokesmen") name a source; "statistics from" relays to the source after it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A group of South Korean defence chiefs briefed European allies that 1,500 North Korean soldiers had arrived in Russia. # deployed|1,500|~A group of South Korean defence chiefs|2025-03-12
            About 3,000 North Korean soldiers have been killed, the BBC reported, citing statistics from Ukraine's military intelligence. # killed|About 3,000|hur|2025-03-12
            Pentagon spokesmen said 10,000 North Korean soldiers had moved to Kursk.                            # deployed|10,000|pentagon|2025-03-12
            The chiefs of two Russian regions said 10,000 North Korean workers had arrived.                     # none
            """)
    void nounsAndHeadsOfStatement(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 14, claimant aliases (config/claimants.json): abbreviations, spellings and descriptions that name exactly
     * one listed body; a former holder of an office is not the office.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine's DIU said 200 North Korean soldiers were killed near Kursk.                                # killed|200|hur|2025-03-12
            North Korea's state news agency said 1,000 soldiers had been sent to Russia's Kursk region.         # deployed|1,000|kcna|2025-03-12
            The Department of War said 11,000 North Korean soldiers were fighting in Kursk.                     # deployed|11,000|pentagon|2025-03-12
            Russian President Vladimir Putin said 5,000 North Korean soldiers had been sent to Kursk.          # deployed|5,000|kremlin|2025-03-12
            Former Russian President Dmitry Medvedev said 5,000 North Korean soldiers had been sent to Kursk.  # deployed|5,000|~Former Russian President Dmitry Medvedev|2025-03-12
            """)
    void claimantAliasesOfCitedBodies(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 14, phrases like "according to" (speechVerbs and the sourceAfter token rule): the source named after them
     * made the claim; "as per" a treaty names no source, and "by the count of" one guard yields to the trailing "the NIS
     * said".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 1,000 North Korean soldiers have been killed, in the words of the NIS.                       # killed|About 1,000|nis|2025-03-12
            By the count of Ukraine's military intelligence, 300 North Korean soldiers were captured.          # captured|300|hur|2025-03-12
            About 1,000 North Korean soldiers have been sent to Russia, as per Seoul.                           # deployed|About 1,000|south_korean_officials|2025-03-12
            As per the treaty with Moscow, 1,000 North Korean soldiers have been sent to Russia.                # deployed|1,000|unknown|2025-03-12
            By the count of one guard, 1,000 North Korean soldiers have been sent to Russia, the NIS said.      # deployed|1,000|nis|2025-03-12
            Per Ukrainian intelligence, 300 North Korean soldiers were captured.                               # captured|300|hur|2025-03-12
            Per the NIS, about 1,000 North Korean soldiers have been killed.                                  # killed|about 1,000|nis|2025-03-12
            Per capita, North Korea has sent more troops than any ally, with 11,000 soldiers in Kursk.        # deployed|11,000|unknown|2025-03-12
            Per day, 30 North Korean soldiers were killed in the assault.                                     # killed|30|unknown|2025-03-12
            """)
    void phrasesLikeAccordingTo(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60 (lead): the model reads a clause-opening "Pyongyang" as a verb before most past forms of reporting
     * verbs ("Pyongyang admitted that ..."), so the figure had no source; a capitalised word right before an inflected
     * reporting verb is its subject ({@code EnglishTagger.nameBeforeCue}). A government named by what it is ("the
     * regime", "the North Korean side") is a source noun ({@code sourceHeads}). Near misses: a name before a verb that
     * reports nothing, a denial, and a source named elsewhere in the sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang admitted that 30 North Korean soldiers had died in Kursk.                               # killed|30|~Pyongyang|2025-03-12
            Pyongyang acknowledged that dozens of its soldiers had died in Kursk.                             # killed|dozens|~Pyongyang|2025-03-12
            In a statement, Pyongyang revealed that 36 of its soldiers had died in Kursk.                      # killed|36|~Pyongyang|2025-03-12
            Pyongyang announced on Monday that 32 of its soldiers had died in Kursk.                           # killed|32|~Pyongyang|2025-03-10
            The regime admitted that 31 North Korean soldiers had died in Kursk.                              # killed|31|~The regime|2025-03-12
            The Russian side said 3,000 North Korean soldiers had arrived in Kursk.                            # deployed|3,000|~The Russian side|2025-03-12
            Pyongyang dispatched 3,000 troops to Russia, Seoul said.                                           # deployed|3,000|south_korean_officials|2025-03-12
            Pyongyang sent 3,000 more troops to Russia in January.                                             # deployed|3,000|unknown|2025-03-12
            But Pyongyang denied that 37 of its soldiers had died in Kursk.                                    # killed|37|unknown|2025-03-12
            The regime in Pyongyang hid that 31 of its soldiers had died in Kursk, the NIS said.              # killed|31|nis|2025-03-12
            """)
    void aNameTheModelReadsAsAVerbBeforeAReportingVerbIsItsSubject(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60 (lead): another nationality modifying the troop noun a figure counts makes them another force's troops,
     * whatever the article is about ({@code figureFrames.otherForceNationalities}): "US", "British", "Nepali" were
     * read as North Korea's. A source's nationality elsewhere ("U.S. estimates", "British intelligence said") and a
     * count that names North Korea beside another side stay as they were. "N. Korean" and "U.S." are initials, not
     * the noun phrase's end ({@code NounPhrases.initialsStop}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops, the NIS said. Some 300 US troops were sent to Poland, the Pentagon said.          # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops, the NIS said. Some 300 U.S. troops were sent to Poland, the Pentagon said.        # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops, the NIS said. Russia has recruited 2,000 Nepali soldiers, officials said.         # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops, the NIS said. About 300 Cuban mercenaries were killed near Kursk, Kyiv said.      # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops, the NIS said. Britain will send 500 British troops to Estonia, London said.      # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops, the NIS said. US estimates put the number of dead at 1,200.                       # deployed|11,000|nis|2025-03-12; killed|1,200|~US estimates|2025-03-12
            British intelligence said 3,000 North Korean soldiers had been wounded.                                 # wounded|3,000|uk_defence_intelligence|2025-03-12
            Around 109 N. Korean troops were killed, Ukraine said.                                                  # killed|Around 109|~Ukraine|2025-03-12
            About 1,500 N. Korean soldiers have been sent to Russia, the JCS said.                                  # deployed|About 1,500|jcs|2025-03-12
            """)
    void anotherNationalitysTroopsAreAnotherForceNotNorthKoreas(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60 (trial 15): the number a revision started from ("to 12,000 from 10,000", "reached 4,700, up from
     * 3,000", "up from its previous estimate of 3,700") is an older estimate of the same measure, by the same source,
     * on a day the sentence does not give ({@code FigureReferences.revisedFrom}, comparedEstimate with a possessive);
     * it was dropped, and "in January" after it made the new figure a period's. Near misses: "from" before a count of
     * something else, and a figure after "from the" that no "to" or "up" makes a revision's start.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The JCS raised its estimate of North Korean casualties to 4,500, up from its previous estimate of 3,700. # killed_or_wounded|4,500|jcs|2025-03-12; killed_or_wounded|3,700|jcs|-
            The NIS raised its estimate of North Korean troops in Russia to 12,000 from 10,000.                 # deployed|12,000|nis|2025-03-12; deployed|10,000|nis|-
            The NIS said North Korean casualties had reached 4,700, up from 3,000 in January.                   # killed_or_wounded|4,700|nis|2025-03-12; killed_or_wounded|3,000|nis|-
            The NIS said 1,500 North Korean troops were moved to Kursk from 3 bases in the east.                 # deployed|1,500|nis|2025-03-12
            North Korea sent 3,000 troops to Russia, down from the 10,000 it had pledged, the NIS said.         # deployed|3,000|nis|2025-03-12
            """)
    void theNumberARevisionStartedFromIsAnOlderEstimateOfTheSameMeasure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60 (lead): "two weeks ago", "three days ago", "a month ago" date a statement counted back from the report's
     * day ({@code DateFinder.AGO}), as "last week" does by one; they had left the report's own date. Near misses: the
     * time of an event in a relative clause on the troops, and a vague count ("a few days ago"), which names no day.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Two weeks ago, the HUR said 108 North Korean soldiers were killed.                                # killed|108|hur|2025-02-24
            The NIS said three days ago that 119 North Korean soldiers had been killed.                        # killed|119|nis|2025-03-09
            A month ago, Zelensky said 120 North Korean soldiers had been captured.                            # captured|120|zelensky|2025-02
            The NIS said 121 North Korean soldiers who arrived two weeks ago had been killed.                  # killed|121|nis|2025-03-12
            Zelensky said a few days ago that 122 North Korean soldiers were captured.                         # captured|122|zelensky|2025-03-12
            """)
    void aStatementSomeDaysWeeksOrMonthsAgoIsCountedBackFromTheReport(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /** The scope of each claim, in order: "reached 4,700, up from 3,000 in January" leaves the month to the older one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said North Korean casualties had reached 4,700, up from 3,000 in January.                   # total; period
            The NIS said 2,000 North Korean soldiers were killed and 3,000 wounded in January.                  # period; period
            """)
    void wordsAfterTheNumberARevisionStartedFromAreThatNumbers(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Round 15, a place inside a longer proper name (config/claimants.json nameHeads): "the Harbour Post" style names
     * whose first word is a place alias ("Washington", "Kyiv", "Seoul", "Moscow") name an outlet or institution, which
     * becomes an unlisted source in its own words; the place alone, or before a title, a day or a possessive, still
     * names its government.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 900 North Korean soldiers have died in Kursk, according to the Washington Post.              # killed|About 900|~the Washington Post|2025-03-12
            About 900 North Korean soldiers have died in Kursk, The Moscow Times reported on Monday.            # killed|About 900|~The Moscow Times|2025-03-10
            Some 3,000 North Korean soldiers were wounded, Seoul Economic Daily said.                          # wounded|Some 3,000|~Seoul Economic Daily|2025-03-12
            According to the Washington Institute, 5,000 more North Korean troops will be sent to Russia.     # planned_deployment|5,000|~the Washington Institute|2025-03-12
            Pyongyang Times said that 12 North Korean soldiers had died in Kursk.                             # killed|12|~Pyongyang Times|2025-03-12
            About 900 North Korean soldiers have died in Kursk, Kyiv said, citing the Kyiv Post.              # killed|About 900|~the Kyiv Post|2025-03-12
            The Kyiv Independent said that 40 North Korean soldiers were captured near Sudzha.               # captured|40|unknown|2025-03-12
            A Seoul University professor said 2,000 North Korean soldiers were wounded.                       # wounded|2,000|~A Seoul University professor|2025-03-12
            About 900 North Korean soldiers have died in Kursk, according to Washington.                       # killed|About 900|us_officials|2025-03-12
            Washington said 900 North Korean soldiers have died in Kursk.                                      # killed|900|us_officials|2025-03-12
            Washington Thursday said 900 North Korean soldiers have died in Kursk.                             # killed|900|us_officials|2025-03-06
            Seoul's spy agency said 3,000 North Korean soldiers were wounded.                                  # wounded|3,000|nis|2025-03-12
            Kyiv's envoy in Brussels said 40 North Korean soldiers were captured near Sudzha.                 # captured|40|ukraine_government|2025-03-12
            US President Joe Biden said 900 North Korean soldiers have died in Kursk.                          # killed|900|~US President Joe Biden|2025-03-12
            Yonhap News Agency said 3,000 North Korean soldiers were wounded.                                  # wounded|3,000|yonhap|2025-03-12
            About 900 North Korean soldiers have died in Kursk, Kyiv said, citing the Kyiv Courier.           # killed|About 900|~the Kyiv Courier|2025-03-12
            About 900 North Korean soldiers have died in Kursk, according to the Seoul Standard.               # killed|About 900|~the Seoul Standard|2025-03-12
            About 900 North Korean soldiers have died in Kursk, according to the Washington Center, a think tank. # killed|About 900|~the Washington Center|2025-03-12
            Kyiv Today said 40 North Korean soldiers were captured near Sudzha.                               # captured|40|~Kyiv Today|2025-03-12
            Kyiv said today that 40 North Korean soldiers were captured near Sudzha.                          # captured|40|ukraine_government|2025-03-12
            Seoul told the press that 3,000 North Korean soldiers were wounded.                                # wounded|3,000|south_korean_officials|2025-03-12
            """)
    void aPlaceInsideALongerProperNameNamesTheOutletNotTheGovernment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, figures whose phrasing the extractor had not been shown: a verb phrase of approach or combat
     * (metricCues.deployed, "getting close to", "in action", a fate "killed in action" still first), a size given by "is estimated at" or "is put at" (figureFrames.sizeVerbs) with a troop or
     * unit subject, formations sized "of N troops each" (FigureFrames.distributive), an additive force ("another
     * 6,000 or so of their comrades") right after a sentence about North Korea's troops, and the older estimate a
     * casualty measure is compared with ("higher than earlier estimates of 300"). Near-misses: another side's troops,
     * a whole army, a population, formations with no "each", another side's sending, things rather than troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Reports say some 8,000 North Korean soldiers are getting close to the front line.                  # deployed|some 8,000|news_reports|2025-03-12
            Officials say about 4,000 North Korean troops have come closer to Ukraine's border.               # deployed|about 4,000|~Officials|2025-03-12
            Officials say about 4,000 North Korean troops are drawing closer to Kursk.                        # deployed|about 4,000|~Officials|2025-03-12
            Officials say close to 4,000 North Korean troops have been wounded.                               # wounded|close to 4,000|~Officials|2025-03-12
            Officials say about 4,000 Ukrainian troops are getting closer to Kursk.                           # none
            Officials say North Korea's artillery is getting closer to Ukraine, with 200 guns moved.          # none
            The NIS said 3,000 North Korean soldiers are in action in Kursk.                                  # deployed|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers were killed in action.                                   # killed|3,000|nis|2025-03-12
            The NIS said 3,000 North Korean soldiers went missing in action.                                  # none
            The NIS said 3,000 Russian soldiers are in action in Kursk.                                       # none
            The NIS said North Korea has 300 artillery pieces in action in Kursk.                             # none
            Moscow has set up a new regiment of North Korean recruits. / Its personnel is estimated at roughly 2,500 people. # deployed|roughly 2,500|unknown|2025-03-12
            Moscow has set up a new regiment of North Korean recruits. / The regiment is put at about 2,500 soldiers. # deployed|about 2,500|unknown|2025-03-12
            North Korea's army is estimated at 1.2 million troops.                                            # none
            North Korean troops are fighting in Kursk. / The town's population is estimated at 40,000 people. # none
            North Korean troops are fighting in Kursk. / Ukraine's army is estimated at 900,000 troops.       # none
            North Korean troops are fighting in Kursk. / Russian casualties are estimated at 3,000 soldiers.  # none
            The NIS said Pyongyang had sent three brigades of 5,000 soldiers each.                            # deployed|5,000|nis|2025-03-12
            Budanov said Pyongyang will send four battalions of about 800 troops each.                        # planned_deployment|about 800|budanov|2025-03-12
            The NIS said Pyongyang had sent three brigades of 5,000 soldiers.                                 # none
            The NIS said Pyongyang had sent three brigades of artillery, 40 guns each.                        # none
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, they were joined by another 6,000 or so of their comrades. # deployed|2,000|unknown|2025-03-12; deployed|another 6,000|unknown|2025-03-12
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, the unit was reinforced by a further 6,000 troops. # deployed|2,000|unknown|2025-03-12; deployed|a further 6,000|unknown|2025-03-12
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, Russia sent another 6,000 troops to the region. # deployed|2,000|unknown|2025-03-12
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, Kyiv moved another 6,000 troops to the region. # deployed|2,000|unknown|2025-03-12
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, another 600 shells were shipped. # deployed|2,000|unknown|2025-03-12
            North Korea first sent 2,000 soldiers to Vladivostok. / Weeks later, 6,000 troops were moved to the region. # deployed|2,000|unknown|2025-03-12
            The NIS said 1,200 North Korean soldiers had now died, above the previous estimate of about 300.   # killed|1,200|nis|2025-03-12; killed|about 300|nis|-
            The NIS said 1,200 North Korean soldiers had now died, up from a prior estimate of 300.            # killed|1,200|nis|2025-03-12; killed|300|nis|-
            Kyiv said Russian casualties were higher than earlier estimates of 4,000.                         # none
            The NIS said the number of shells sent was higher than earlier estimates of 9,000.                # none
            """)
    void figuresPhrasedAsAnApproachAnEstimatedSizeUnitsOfNEachAnAdditiveForceOrAComparedEstimate(String body,
                                                                                                 String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, a statement noun as the object of "by" or "in" set off by a comma (NamedEstimates.framing): "By Seoul's
     * count, ...", "In Budanov's words, ...", "..., by the ISW's tally." name their source as "according to" does; the
     * possessor is the source, an adjective or name stays with its noun ("US estimates"). A place, a day, "our count",
     * "some estimates", "in other words" or a noun that is not set off name no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            By Seoul's count, more than 9,000 North Korean soldiers are in Kursk.                             # deployed|more than 9,000|south_korean_officials|2025-03-12
            In Budanov's words, "More than 9,000 North Korean soldiers are in Kursk."                          # deployed|More than 9,000|budanov|2025-03-12
            In the NIS's estimate, some 2,000 North Korean soldiers have been wounded.                        # wounded|some 2,000|nis|2025-03-12
            About 300 North Korean soldiers were captured, by the ISW's tally.                                # captured|About 300|isw|2025-03-12
            By Japanese estimates, more than 9,000 North Korean soldiers are in Kursk.                        # deployed|more than 9,000|~Japanese estimates|2025-03-12
            By some estimates, more than 9,000 North Korean soldiers are in Kursk.                            # deployed|more than 9,000|unknown|2025-03-12
            By our count, more than 9,000 North Korean soldiers are in Kursk.                                 # deployed|more than 9,000|unknown|2025-03-12
            In other words, more than 9,000 North Korean soldiers are in Kursk.                               # deployed|more than 9,000|unknown|2025-03-12
            By Friday, more than 9,000 North Korean soldiers were in Kursk.                                   # deployed|more than 9,000|unknown|2025-03-12
            More than 9,000 North Korean soldiers were in Kursk in Budanov's count of the war.                 # deployed|More than 9,000|unknown|2025-03-12
            """)
    void aNamedStatementNounAfterByOrInNamesTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, a part named by a partitive pronoun that opens the next sentence ("Among them are 500 officers"): with a
     * troop noun and no verb of its own, it counts what the figure of the sentence before counts and is that figure's
     * speaker's (FigureReader.partOfThemOpens). Near-misses: another side's officers, a new paragraph, things, people
     * no troop noun names, a single one, and a part of another side's losses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said about 11,000 North Korean troops were stationed in Kursk. / Among them are some 400 officers, two generals included. # deployed|about 11,000|nis|2025-03-12; deployed|some 400|nis|2025-03-12; deployed|two|nis|2025-03-12
            The NIS said about 3,000 North Korean soldiers had been killed or wounded. / Among them were about 200 officers. # killed_or_wounded|about 3,000|nis|2025-03-12; killed_or_wounded|about 200|nis|2025-03-12
            The NIS said about 11,000 North Korean troops were stationed in Kursk. / Among them were about 200 Russian officers. # deployed|about 11,000|nis|2025-03-12
            The NIS said about 11,000 North Korean troops were stationed in Kursk. // Among them were about 200 officers. # deployed|about 11,000|nis|2025-03-12
            The NIS said about 11,000 North Korean troops were stationed in Kursk. / Among them were 200 tanks.  # deployed|about 11,000|nis|2025-03-12
            The NIS said about 11,000 North Korean troops were stationed in Kursk. / Among them were two brothers. # deployed|about 11,000|nis|2025-03-12
            The NIS said about 11,000 North Korean troops were stationed in Kursk. / Among them was one officer. # deployed|about 11,000|nis|2025-03-12
            Kyiv said it had lost 2,000 soldiers. / Among them were 300 officers.                             # none
            """)
    void aPartNamedByAPartitivePronounOpeningTheNextSentenceCountsWhatTheFigureBeforeCounts(String body,
                                                                                            String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, a quotation over several sentences closed by a source the directory does not list: the closing
     * sentence's structure names it ("...,\" a senior defence official said."), and the quotation's earlier figures
     * and the paragraph's next quotation take it, marked uncertain. Only a source named after the quotation's last mark
     * counts; a quotation that closes with no speaker, or a new paragraph without quotation marks, stays unnamed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            "Some 11,000 North Korean soldiers are in Kursk. / They fight the Ukrainian army," a senior defence official said. # deployed|Some 11,000|~a senior defence official|2025-03-12
            "Some 11,000 North Korean soldiers are in Kursk. / They fight the Ukrainian army," said a senior defence official. # deployed|Some 11,000|~a senior defence official|2025-03-12
            "Some 11,000 North Korean soldiers are in Kursk," a senior defence official said. / "Some 3,000 of them have been wounded." # deployed|Some 11,000|~a senior defence official|2025-03-12; wounded|Some 3,000|~a senior defence official|2025-03-12
            "Some 11,000 North Korean soldiers are in Kursk," a senior defence official said. // Some 3,000 of them have been wounded. # deployed|Some 11,000|~a senior defence official|2025-03-12; wounded|Some 3,000|unknown|2025-03-12
            "Some 11,000 North Korean soldiers are in Kursk. / They fight the Ukrainian army."               # deployed|Some 11,000|unknown|2025-03-12
            """)
    void aQuotationClosedByAnUnlistedSourceIsThatSourcesWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, troops named with a reduced relative clause whose subject is North Korea and whose verb is one of
     * sending ("the 9,000 troops Pyongyang sent", "the thousands of workers North Korea plans to send"): the force sent
     * or planned, whatever befell it later (FigureReader.sentByNorthKorea); and a thing's word inside a longer troop
     * noun ("military construction workers") is that noun's. Near-misses: a part taken from such a group counts its
     * own fate, another side's sending, and civilian workers.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The 9,000 troops Pyongyang sent to Kursk have suffered heavy losses, the NIS said.                 # deployed|9,000|nis|2025-03-12
            The NIS said the thousands of soldiers North Korea plans to send will reach Kursk in July.        # planned_deployment|thousands|nis|2025-03-12
            The NIS said the 5,000 military construction workers and deminers Pyongyang has sent were rebuilding roads. # deployed|5,000|nis|2025-03-12
            About 3,000 of the soldiers North Korea sent were killed, the NIS said.                           # killed|About 3,000|nis|2025-03-12
            The 9,000 troops Russia sent to Kursk have suffered heavy losses, the NIS said.                   # none
            The 300 soldiers North Korea lost were buried in Kursk, the NIS said.                             # killed_or_wounded|300|nis|2025-03-12
            The NIS said 5,000 construction workers were rebuilding roads in Kursk for North Korea.           # none
            """)
    void troopsNamedWithARelativeClauseOfSendingWhoseSubjectIsNorthKoreaAreTheForceSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, a mixed count and a quoted vague figure. "hundreds of Russian and North Korean soldiers" counts North
     * Korean troops among others (the labelled gold keeps such figures); Russian troops alone do not. A vague figure set
     * in quotation marks ('"hundreds" of casualties') is read as the bare one, and another side's losses stay its own
     * when quoted (Sides.lostByAnotherSide).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine's army said it had killed hundreds of Russian and North Korean soldiers near Sudzha.       # killed|hundreds|ukraine_general_staff|2025-03-12
            Ukraine's army said it had killed hundreds of Russian soldiers near Sudzha.                        # none
            Ukraine's army said it had killed hundreds of Russian soldiers and dozens of North Korean troops near Sudzha. # killed|dozens|ukraine_general_staff|2025-03-12
            North Korean troops are fighting near Sudzha. / There have been "hundreds" of casualties there since October. # killed_or_wounded|hundreds|unknown|2025-03-12
            North Korean troops are fighting near Sudzha. / Russia has suffered "hundreds" of casualties there since October. # none
            North Korean troops are fighting near Sudzha. / Kyiv said "dozens" of shells had been fired.       # none
            North Korean troops are fighting near Sudzha. / Ukraine's army said it had lost "hundreds" of soldiers there. # none
            """)
    void aMixedCountNamingNorthKoreansAndAQuotedVagueFigureAreReadButAnotherSidesQuotedLossesAreNot(String body,
                                                                                                    String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, the new size of the troops a pronoun points back to ("That could raise their number to 15,000"): a bare
     * number after "their number to" counts what the figure of the sentence before, in its paragraph, counts
     * (FigureReferences.namesTheirNumber). Near-misses: things after the number, another measure, no troops before.
     * Since round 58 a sentence before that names North Korea's troops in Kursk with no figure counts as troops sent
     * (ArticleExtractor.deploymentWithoutFigure), so "their number" there is theirs; a sentence naming no troops is not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Russia intends to deploy five North Korean battalions of about 3,000 troops each. / That could raise their number to 15,000 in Kursk. # planned_deployment|about 3,000|budanov|2025-03-12; planned_deployment|15,000|budanov|2025-03-12
            The NIS said North Korea has sent 11,000 troops to Kursk. / The new shipment brought their number to 300 tanks. # deployed|11,000|nis|2025-03-12
            The NIS said North Korea has sent 11,000 troops to Kursk. / Officials raised the price to 4,000. # deployed|11,000|nis|2025-03-12
            North Korean troops are in Kursk. / That could raise their number to 15,000, an analyst said.      # planned_deployment|15,000|~an analyst|2025-03-12
            North Korea is an ally of Russia. / That could raise their number to 15,000, an analyst said.      # none
            """)
    void aNumberGivenAsTheNewSizeOfTroopsAPronounPointsBackToCountsWhatTheFigureBeforeCounts(String body,
                                                                                             String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, a sentence that names the source of what came before (FollowUps): an active "X said this" (a bare
     * "this" before a comma, the end or a preposition) points back as "This was stated by X" does, and one that opens
     * its paragraph points back at the whole paragraph before, marked uncertain. "said this week", "said this
     * Saturday that" and "said that" point at nothing, and a paragraph in between breaks the pointer.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 3,000 North Korean soldiers are moving toward Kursk. / A smaller number are already there. // Pentagon spokesman Pat Ryder said this at a briefing. # deployed|Some 3,000|pat_ryder|2025-03-12
            Some 3,000 North Korean soldiers are moving toward Kursk. // The NIS said this, citing its own sources. # deployed|Some 3,000|nis|2025-03-12
            Some 3,000 North Korean soldiers are moving toward Kursk. / A smaller number are already there. // This was stated by the NIS on Monday. # deployed|Some 3,000|nis|2025-03-10
            Some 3,000 North Korean soldiers are moving toward Kursk. // The NIS said this week that the front was quiet. # deployed|Some 3,000|unknown|2025-03-12
            Some 3,000 North Korean soldiers are moving toward Kursk. // The NIS said this Saturday that the front was quiet. # deployed|Some 3,000|unknown|2025-03-12
            Some 3,000 North Korean soldiers are moving toward Kursk. // The NIS said that the front was quiet. # deployed|Some 3,000|unknown|2025-03-12
            Some 3,000 North Korean soldiers are moving toward Kursk. // The front is quiet. // Pentagon spokesman Pat Ryder said this at a briefing. # deployed|Some 3,000|unknown|2025-03-12
            """)
    void aSentenceThatSaysWhoSaidThisNamesTheSourceOfWhatCameBefore(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16, phrasings from articles written by people who never saw Tally: a party's name in the possessive with an
     * intelligence word after it names the party's intelligence service where config/claimants.json lists one (a
     * committee, an analyst or an unlisted service does not); "intelligence reports" are no news reports (a claimant's
     * notAfter); a broadcast transcript's soundbite label "[Name/Title: "..."]" names the speaker of the quotation.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv's intelligence services said 40 North Korean soldiers were captured near Sudzha.             # captured|40|hur|2025-03-12
            Kyiv's military intelligence said 40 North Korean soldiers were captured near Sudzha.             # captured|40|hur|2025-03-12
            According to Seoul's military intelligence, some 1,500 North Korean troops were wounded last month. # wounded|some 1,500|nis|2025-03-12
            London's intelligence officials believe 700 North Korean soldiers have died.                      # killed|700|uk_defence_intelligence|2025-03-12
            Kyiv's intelligence committee said 40 North Korean soldiers were captured near Sudzha.            # captured|40|ukraine_government|2025-03-12
            A Kyiv intelligence analyst said 40 North Korean soldiers were captured near Sudzha.              # captured|40|ukraine_government|2025-03-12
            Moscow's intelligence services said 40 North Korean soldiers were captured near Sudzha.           # captured|40|~Moscow's intelligence services|2025-03-12
            Intelligence reports say roughly 7,000 North Korean troops have reached the front.                # deployed|roughly 7,000|~Intelligence reports|2025-03-12
            Military reports suggest 300 North Korean soldiers were wounded near Sudzha.                      # wounded|300|~Military reports|2025-03-12
            Recent reports say roughly 7,000 North Korean troops have reached the front.                      # deployed|roughly 7,000|news_reports|2025-03-12
            [Pat Ryder/Pentagon spokesman: "Roughly 7,000 North Korean soldiers have now reached the front."] # deployed|Roughly 7,000|pat_ryder|2025-03-12
            [Reporter: "Pat Ryder says 7,000 North Korean soldiers are now in Kursk."]                       # deployed|7,000|pat_ryder|2025-03-12
            [Pat Ryder/Pentagon spokesman] About 7,000 North Korean soldiers are now in Kursk, officials said. # deployed|About 7,000|~officials|2025-03-12
            [Photo: Pat Ryder at a briefing] About 7,000 North Korean soldiers are now in Kursk, officials said. # deployed|About 7,000|~officials|2025-03-12
            """)
    void anIntelligenceServiceAReportAndASoundbiteNameTheirSpeaker(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16: "sanitary losses" is a wound however the combined "losses" inside it reads, and a part after a casualty
     * noun ("losses, including 30 soldiers") counts those casualties; a bare part of a deployed figure ("including
     * 9,000 in the first wave") is deployed, unless its own words say otherwise; the whole after a partitive with a
     * participle of sending before its noun ("90 of the 11,000 deployed soldiers") is the force sent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            HUR said North Korean troops suffered sanitary losses of 60 soldiers in a week.                   # wounded|60|hur|2025-03-12
            HUR said North Korean troops suffered heavy losses of 60 soldiers in a week.                      # killed_or_wounded|60|hur|2025-03-12
            North Korean troops held the line. / HUR said the units stayed put in spite of sanitary losses, including 30 soldiers on Monday alone. # wounded|30|hur|2025-03-12
            North Korean troops held the line. / HUR said the units stayed put in spite of heavy losses, including 30 soldiers on Monday alone. # killed_or_wounded|30|hur|2025-03-12
            North Korean troops held the line. / HUR said the units stayed put in spite of heavy shelling, including 30 soldiers on Monday alone. # none
            The NIS says Pyongyang has sent about 13,000 troops to Russia, including 9,000 in the first wave. # deployed|about 13,000|nis|2025-03-12; deployed|9,000|nis|2025-03-12
            The NIS says Pyongyang has sent about 13,000 troops to Russia, including 9,000 who were later wounded. # deployed|about 13,000|nis|2025-03-12; wounded|9,000|nis|2025-03-12
            The NIS says Pyongyang has sent about 13,000 troops to Russia, including 9,000 killed in Kursk.   # deployed|about 13,000|nis|2025-03-12; killed|9,000|nis|2025-03-12
            Kyiv says roughly 90 of the 11,000 deployed North Korean soldiers were killed.                     # killed|roughly 90|ukraine_government|2025-03-12; deployed|11,000|ukraine_government|2025-03-12
            Kyiv says roughly 90 of the 11,000 North Korean soldiers dispatched to Kursk were killed.          # killed|roughly 90|ukraine_government|2025-03-12; deployed|11,000|ukraine_government|2025-03-12
            Kyiv says roughly 90 deployed North Korean soldiers were killed.                                   # killed|roughly 90|ukraine_government|2025-03-12
            Kyiv says roughly 90 of the deployed North Korean soldiers were killed.                            # killed|roughly 90|ukraine_government|2025-03-12
            """)
    void aPartAndAWholeCountWhatTheirOwnWordsSay(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16: an estimate of "the number" or "the toll" ("put the number at about 1,100", config
     * figureFrames.restatedNouns) restates the number the sentence before gave in the same paragraph and counts what it
     * counted (not across a paragraph, not with no number before, not for another noun); "estimate the losses to be at
     * least 6,000 people" is the complement of a casualty noun; a pronoun after a participle of speech ("..., saying
     * they were easy targets") opens what was said and names no speaker, while "they said" still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said the number of North Korean soldiers killed and wounded has exceeded 3,000. / Seoul's estimates put the number at about 1,100, the JCS said. # killed_or_wounded|exceeded 3,000|ukraine_government|2025-03-12; killed_or_wounded|about 1,100|jcs|2025-03-12
            Kyiv said about 3,000 North Korean soldiers have been killed. / The NIS put the toll at roughly 1,100. # killed|about 3,000|ukraine_government|2025-03-12; killed|roughly 1,100|nis|2025-03-12
            Kyiv said about 3,000 North Korean soldiers have been killed. / The NIS estimated the figure to be roughly 1,100. # killed|about 3,000|ukraine_government|2025-03-12; killed|roughly 1,100|nis|2025-03-12
            Kyiv said about 3,000 North Korean soldiers have been killed. // The NIS put the number at roughly 1,100. # killed|about 3,000|ukraine_government|2025-03-12
            The NIS put the number at roughly 1,100. # none
            Kyiv said about 3,000 North Korean soldiers have been killed. / The NIS put the odds at roughly 1,100. # killed|about 3,000|ukraine_government|2025-03-12
            North Korea sent troops to Russia. / Western officials, however, estimate the losses to be at least 6,000 people. # killed_or_wounded|at least 6,000|western_officials|2025-03-12
            North Korea sent troops to Russia. / Western officials estimate the losses to be heavy, with 6,000 people fleeing the area. # none
            North Korean forces keep losing men, the ISW said. // Ukraine reported on Feb. 3 an estimated 2,500 casualties among North Korean soldiers, saying they were easy targets for drones. # killed_or_wounded|an estimated 2,500|~Ukraine|2025-02-03
            North Korean forces keep losing men, the ISW said. // Some 2,500 North Korean soldiers were wounded, they said. # wounded|Some 2,500|isw|2025-03-12
            """)
    void anEstimateOfTheNumberJustGivenCountsWhatItCounted(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16: bare "estimates" (an information noun alone, config informationHeads) are nobody's word, so a clause
     * "with estimates suggesting ..." leaves the figure to the sentence's speaker; estimates a name or nationality
     * modifies ("Pentagon estimates", "South Korean estimates", "Seoul's estimates") still name their source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Pentagon said that approximately 10,000 North Korean soldiers are now in Kursk, with estimates suggesting the number could be closer to 12,000 troops. # deployed|approximately 10,000|pentagon|2025-03-12; deployed|12,000|pentagon|2025-03-12
            Estimates suggest 12,000 North Korean soldiers are now in Kursk. # deployed|12,000|unknown|2025-03-12
            South Korean estimates suggest 12,000 North Korean soldiers are now in Kursk. # deployed|12,000|~South Korean|2025-03-12
            Pentagon estimates suggest 12,000 North Korean soldiers are now in Kursk. # deployed|12,000|pentagon|2025-03-12
            The Pentagon said that approximately 10,000 North Korean soldiers are now in Kursk, with Seoul's estimates suggesting the number could be closer to 12,000 troops. # deployed|approximately 10,000|pentagon|2025-03-12; deployed|12,000|south_korean_officials|2025-03-12
            """)
    void bareEstimatesNameNoSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 16: an auxiliary right after the comma that closes an apposition ("Petrenko, a spokesman for the NIS, has
     * said") opens the verb group of the name before, not a subject of its own; a noun phrase after a fronted clause's
     * comma ("After the NIS briefed lawmakers, Russian media have said") still is one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ivan Petrenko, a spokesman for the NIS, has said that 1,000 North Korean soldiers are in Russia. # deployed|1,000|nis|2025-03-12
            The NIS, Seoul's spy agency, has told reporters that 1,000 North Korean soldiers are in Russia. # deployed|1,000|nis|2025-03-12
            After the NIS briefed lawmakers, Russian media have said that 1,000 North Korean soldiers are in Russia. # deployed|1,000|~Russian media|2025-03-12
            """)
    void anAuxiliaryAfterAnAppositionKeepsItsSubject(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 17, planned deployments worded as an intention or as help to come: "discussed sending", "could soon have",
     * troops lent as the instrument of a verb of support ("back the rebuilding with"), and troops that "will help"
     * (figureFrames.supportVerbs, Contributions). Each number of a list is its own figure. Not Russian troops,
     * civilian workers, money or shells, and help already given is no plan.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea's leader received Shoigu on Monday. / According to the NIS, the talks discussed sending about 700 sappers and another 2,000 military builders. # planned_deployment|about 700|nis|2025-03-12; planned_deployment|another 2,000|nis|2025-03-12
            Pyongyang plans to support the rebuilding with 3,000 military builders and 500 sappers.          # planned_deployment|3,000|unknown|2025-03-12; planned_deployment|500|unknown|2025-03-12
            North Korea's leader received Shoigu on Monday. / Some 4,000 troops will help with clearing mines in Kursk, Shoigu said. # planned_deployment|Some 4,000|~Shoigu|2025-03-12
            Shoigu said an additional 2,000 North Korean military engineers will help restore roads.         # planned_deployment|an additional 2,000|~Shoigu|2025-03-12
            Zelensky said North Korea could soon have as many as 15,000 soldiers in Russia.                  # planned_deployment|as many as 15,000|zelensky|2025-03-12
            Pyongyang intends to send about 2,000 extra soldiers.                                            # planned_deployment|about 2,000|unknown|2025-03-12
            Zelensky said North Korea has as many as 15,000 soldiers in Russia.                              # deployed|as many as 15,000|zelensky|2025-03-12
            Pyongyang backed the rebuilding with 3,000 military builders.                                    # deployed|3,000|unknown|2025-03-12
            Russia plans to support the rebuilding with 3,000 soldiers.                                      # none
            Pyongyang plans to support the rebuilding with $3 million.                                       # none
            Pyongyang plans to back the offensive with 3,000 artillery shells.                               # none
            North Korea's leader received Shoigu on Monday. / The talks discussed sending 500 civilian construction workers. # none
            North Korea's leader received Shoigu on Monday. / Some 4,000 Russian troops will help with clearing mines in Kursk, Shoigu said. # none
            North Korea's leader received Shoigu on Monday. / Some 4,000 civilian workers will help with clearing mines in Kursk, Shoigu said. # none
            """)
    void anIntentionOrHelpToComeIsAPlannedDeploymentOfEachNumberOfItsList(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 17, deployed verbs and number forms: "has mobilized" sends troops (a bare participle, "soldiers mobilized"
     * at a border, does not); a fronted "believed to number N," sizes the troops its pronoun after the comma stands
     * for; an additive force ("A further 2,000-3,000", an en-dash range) right after a sentence about North Korea's
     * troops is theirs, and an adjective between number and noun ("2,000-3,000 additional soldiers") keeps the noun.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said Russia has mobilized about 9,000 North Korean soldiers.                             # deployed|about 9,000|nis|2025-03-12
            North Korean troops have left the front in Kursk, Ukraine said. / Once thought to number about 9,000, they have not been seen for weeks. # deployed|about 9,000|unknown|2025-03-12
            The NIS said North Korea sent 11,000 troops last year. / A further 2,000–3,000 soldiers arrived in January. # deployed|11,000|nis|2025-03-12; deployed|A further 2,000–3,000|unknown|2025-03-12
            North Korea sent 2,000–3,000 additional soldiers to Kursk.                                       # deployed|2,000–3,000|unknown|2025-03-12
            The NIS said Russia has mobilized about 90,000 reservists.                                       # none
            The North has reinforced its border for a year, with at least 5,000 soldiers mobilized, a Seoul official said. # none
            North Korean troops have left the front in Kursk, Ukraine said. / Once thought to number about 9,000, the village's people have left. # none
            The NIS said North Korea sent 11,000 troops last year. / Another 2,000 Russian soldiers arrived in January. # deployed|11,000|nis|2025-03-12
            """)
    void mobilizedNumberingAndAddedForcesAreDeployedButOtherSidesAndBorderTroopsAreNot(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 17, claimants: a reporting participle after the main clause's comma ("..., reporting that") reports the
     * word of that clause's subject, dated by its date; a name and a cue in -s before a colon ("Ukraine reports: ...")
     * is a line of that source. A participle that is no cue, or "the reports:" with no name, names nobody.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Military blogger John Smith seemed to confirm the toll on 4 March, reporting that 300 North Korean casualties had been counted. # killed_or_wounded|300|~Military blogger John Smith|2025-03-04
            Ukraine reports: 300 dead North Koreans in Kursk                                                 # killed|300|~Ukraine|2025-03-12
            Kyiv's drones struck Kursk on 4 March, killing 300 North Korean soldiers.                        # killed|300|unknown|2025-03-12
            Read the reports: 300 dead North Koreans in Kursk                                                # killed|300|unknown|2025-03-12
            North Korea sent 3,000 troops to Russia on 4 March, reporting no losses.                         # deployed|3,000|unknown|2025-03-12
            """)
    void aParticipleCueAfterTheMainClauseAndANameWithItsCueBeforeAColonNameTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 17: a space after a thousands comma before a group that opens with a zero ("100, 000", a typing slip some
     * pages carry) is one number, never a figure "000" (QuantityFinder.DIGITS); a group after ", " that opens with
     * another digit may be a second number ("5, 200", "In 2024, 300").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Officials said 100, 000 North Korean soldiers are training in Russia.                             # deployed|100, 000|~Officials|2025-03-12
            Officials said 12, 050 North Korean soldiers were killed.                                         # killed|12, 050|~Officials|2025-03-12
            Officials said 5, 200 North Korean soldiers were killed.                                          # killed|200|~Officials|2025-03-12
            In 2024, 300 North Korean soldiers were killed, officials said.                                   # killed|300|~officials|2025-03-12
            """)
    void aSpaceAfterAThousandsCommaBeforeAZeroKeepsOneNumber(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 18: the outlet that publishes the article (its header's outlet, without a mirror or wire in brackets) is
     * never a claimant or a relay: "As the Wire reported earlier" is the article's own voice, its earlier report
     * undated. Another outlet, or the outlet's own sources, still speak.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Kharkiv Courier (via Aggregator) # As Kharkiv Courier reported earlier, Ukrainian marines captured three North Korean soldiers near Sudzha. # captured|three|unknown|-
            The Kharkiv Courier # Ukrainian marines captured three North Korean soldiers near Sudzha, the Kharkiv Courier reported. # captured|three|unknown|2025-03-12
            Kharkiv Courier # As Kharkiv Courier reported earlier, the NIS said 300 North Korean soldiers had been killed. # killed|300|nis|-
            Yonhap News Agency # As Yonhap reported earlier, 150 North Korean soldiers had been captured near Sudzha. # captured|150|unknown|-
            Kharkiv Courier # Kharkiv Courier sources said 300 North Korean soldiers had been killed. # killed|300|~Kharkiv Courier sources|2025-03-12
            Lviv Herald # As Kharkiv Courier reported earlier, Ukrainian marines captured three North Korean soldiers near Sudzha. # captured|three|~As Kharkiv Courier|-
            Lviv Herald # As Yonhap reported earlier, 150 North Korean soldiers had been captured near Sudzha. # captured|150|yonhap|-
            """)
    void thePublishingOutletIsTheArticlesOwnVoiceNeverAClaimantOrRelay(String outlet, String body, String expected) {
        Article article = new Article("t.txt", null, outlet, null, Published.stated(PUBLISHED), "en", Map.of(), body, 1);
        assertEquals(expected, describe(extraction.extract(article)));
    }

    /**
     * Round 18: "..., as reported by X" (a cue in the passive after "as", with no "was") names its agent as the source,
     * as "according to" does; a listed outlet of the press there passes on a source the sentence names before it.
     * A quotation label ('Quote: "..."') gives the quotation the speaker the label names ("Quote from X:"), else the
     * person spoken of last; another label ("Note:") names no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            - Some 7,000 North Korean soldiers died in the fighting, as reported by Baltic and Nordic sources. # killed|Some 7,000|~Baltic and Nordic sources|2025-03-12
            Some 7,000 North Korean soldiers died in the fighting, as reported by the NIS. # killed|Some 7,000|nis|2025-03-12
            Some 7,000 North Korean soldiers were killed by Ukrainian artillery. # killed|Some 7,000|unknown|2025-03-12
            The NIS assessment finds that around 900 North Korean soldiers were lost, as reported by the Yonhap news agency. # killed_or_wounded|around 900|nis|2025-03-12
            Zelensky spoke in Kyiv. // Source: Zelensky at a briefing // Quote: "Right now, 9,500 North Korean soldiers are in Kursk. Many of them are already fighting." # deployed|9,500|zelensky|2025-03-12
            The NIS briefed lawmakers. // Quote from Zelensky: "Right now, 9,500 North Korean soldiers are in Kursk. Many of them are already fighting." # deployed|9,500|zelensky|2025-03-12
            The NIS briefed lawmakers. // Quote from a Ukrainian brigade commander: "Right now, 9,500 North Korean soldiers are in Kursk." # deployed|9,500|~a Ukrainian brigade commander|2025-03-12
            Zelensky spoke in Kyiv on Monday. // Note: "Right now, 9,500 North Korean soldiers are in Kursk." # deployed|9,500|unknown|2025-03-12
            Quote: "Right now, 9,500 North Korean soldiers are in Kursk." # deployed|9,500|unknown|2025-03-12
            """)
    void aTrailingAsReportedByAndAQuotationLabelNameTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 18: troops "now at" or "already near" a place are there, whatever the clause plans for them next; "the
     * 9,000 sent in October" beside a planned force is the force sent already; "take out" soldiers is to kill them;
     * a "Read also:" headline is another, earlier story, undated.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS believes that about 9,500 North Korean troops now at the Ukrainian border will be sent into battle soon. # deployed|about 9,500|nis|2025-03-12
            The NIS believes that about 9,500 North Korean troops will be sent into battle soon. # planned_deployment|about 9,500|nis|2025-03-12
            Pyongyang may send 4,000 more soldiers, adding to the 9,500 sent in October. # planned_deployment|4,000|unknown|2025-03-12; deployed|9,500|unknown|2025-03-12
            Pyongyang may send 4,000 more soldiers, adding to the 9,500 North Korean soldiers to be sent in May. # planned_deployment|4,000|unknown|2025-03-12; planned_deployment|9,500|unknown|2025-03-12
            Ukrainian drone crews took out 25 North Korean soldiers near Sudzha, the army said. # killed|25|~the army|2025-03-12
            Ukrainian drone crews have taken out of action 25 North Korean soldiers near Sudzha, the army said. # killed_or_wounded|25|~the army|2025-03-12
            Ukrainian drone crews take out 25 North Korean tanks near Sudzha. # none
            Read also: Ukrainian drone crews take out 25 North Koreans near Sudzha # killed|25|unknown|-
            Update: Ukrainian drone crews took out 25 North Koreans near Sudzha # killed|25|unknown|2025-03-12
            Officials said thousands more North Korean troops are coming in every day. # deployed|thousands more|~Officials|2025-03-12
            Officials said thousands of North Korean troops are pouring in. # deployed|thousands|~Officials|2025-03-12
            Officials said thousands of Russian troops are coming in every day. # none
            Officials said 5,000 North Korean shells are coming in every day. # none
            Officials said reports of 300 North Korean soldiers killed are coming in. # killed|300|~Officials|2025-03-12
            """)
    void troopsAlreadyThereAreDeployedAndTakingOutIsKilling(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 18: a figure in an aside set off by a pair of dashes is read in the sentence around the aside, as one set
     * off by commas; "the preparation of" troops and "to join the war" are a plan and a going; a force's make-up in
     * the future ("will comprise") is planned, in the past it is deployed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said Pyongyang will move three brigades - perhaps as many as 8,500 North Korean soldiers - to Kursk. # planned_deployment|as many as 8,500|nis|2025-03-12
            The NIS said Pyongyang moved three brigades - perhaps as many as 8,500 North Korean soldiers - to Kursk. # deployed|as many as 8,500|nis|2025-03-12
            Pyongyang has lost 2,500 soldiers - a quarter of its force - near Sudzha, the NIS said. # killed_or_wounded|2,500|nis|2025-03-12
            The NIS said it had learned of the preparation of three brigades of up to 8,500 North Korean soldiers to join the war. # planned_deployment|up to 8,500|nis|2025-03-12
            The NIS said roughly 8,500 North Korean soldiers have joined the war. # deployed|roughly 8,500|nis|2025-03-12
            The North Korean contingent will comprise 2,500 military builders and 600 sappers, the NIS said. # planned_deployment|2,500|nis|2025-03-12; planned_deployment|600|nis|2025-03-12
            The North Korean contingent comprised 2,500 military builders and 600 sappers, the NIS said. # deployed|2,500|nis|2025-03-12; deployed|600|nis|2025-03-12
            """)
    void aFigureInADashAsideReadsTheSentenceAroundItAndAFutureMakeUpIsPlanned(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 22, people who are no troops (PeopleNotTroops, Sides): another nationality as the number's own head ("250
     * Russians"), people an authority pursues or punishes (figureFrames.authorityVerbs), people sent to work
     * (labourMarkers after a peopleNouns noun; a troop noun stays a force), and North Korea tied to a figure by "from" or
     * "of" only when it heads that preposition's object, not a later phrase ("troops from Kursk after North Korean
     * troops joined").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said Ukraine captured 3 North Korean soldiers and 250 Russians. # captured|3|zelensky|2025-03-12
            North Korean soldiers wounded 15 Ukrainians near Sudzha, the army said. # none
            Police in Russia are looking for 12 North Koreans who ran away from a factory. # none
            Kyiv said 300 North Korean soldiers were captured, and Russian police are searching for about 12 North Korean soldiers who fled. # captured|300|ukraine_government|2025-03-12
            The US sanctioned 8 North Korean generals over the deployment of troops to Russia. # none
            The US said 8 North Korean generals were sent to Kursk. # deployed|8|~The US|2025-03-12
            The NIS said 6,000 North Koreans will be sent to Russia to work in factories. # none
            Kyiv said North Korea has sent 20,000 people to work in Russian factories. # none
            The NIS said 6,000 North Korean military builders will be sent to Kursk to work on reconstruction. # planned_deployment|6,000|nis|2025-03-12
            The NIS said 6,000 North Koreans will be sent to Kursk to fight. # planned_deployment|6,000|nis|2025-03-12
            Ukraine withdrew 5,000 troops from Kursk after North Korean troops joined the fight. # none
            Ukraine holds 900 Russian prisoners of war and two North Koreans, Kyiv said. # captured|two|ukraine_government|2025-03-12
            The NIS said 1,500 special forces from the vicinity of the North Korean port were moved to Vladivostok. # deployed|1,500|nis|2025-03-12
            Zelensky said 400 soldiers from North Korea were killed near Sudzha. # killed|400|zelensky|2025-03-12
            Ukraine exchanged 150 prisoners with Russia, but not the two North Koreans. # none
            Ukraine exchanged 150 prisoners with Russia. / Kyiv said 2 North Korean soldiers were captured. # captured|2|ukraine_government|2025-03-12
            North Korea honoured 20 coffins of soldiers killed in Kursk, KCNA said. # none
            KCNA said 20 North Korean soldiers were killed in Kursk and their coffins flown home. # killed|20|kcna|2025-03-12
            """)
    void peopleOfAnotherSideSoughtByAnAuthorityOrSentToWorkAreNoTroopFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The border guard service claims to have captured 40 North Korean soldiers.                         # captured|40|~The border guard service|2025-03-12
            The defence ministry estimates that 900 North Korean soldiers were wounded.                        # wounded|900|~The defence ministry|2025-03-12
            The army reports that it killed 70 North Korean soldiers.                                          # killed|70|~The army|2025-03-12
            About 250 North Korean soldiers were wounded near the river, the Latvian newspaper reports.        # wounded|About 250|~the Latvian newspaper|2025-03-12
            Some 80 North Korean soldiers were captured in the forest, Tageblatt reports.                      # captured|Some 80|~Tageblatt|2025-03-12
            The soldiers' claims that 600 North Korean troops were captured were never checked.               # captured|600|unknown|2025-03-12
            Their claims to have killed 600 North Korean troops were never checked.                           # killed|600|unknown|2025-03-12
            Some 600 North Korean troops were killed, a figure drawn from battlefield reports.                # killed|Some 600|unknown|2025-03-12
            The mayor rejected media claims that 600 North Korean soldiers were killed.                       # killed|600|unknown|2025-03-12
            Moscow denied the claims that 600 North Korean soldiers were killed.                              # killed|600|unknown|2025-03-12
            """)
    void aCueInDashSAfterItsSubjectIsTheVerbNotAPluralNoun(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 26, claim dates: "A day later" and "On the same day" count from the last dated statement of the story even
     * when its source is one the directory does not list; a date inside a quotation carried over from the sentence
     * before (it ends at the sentence's first, closing, quotation mark) is the quoted words', never the cue's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            "The wards were full all week. / Since Sunday they are fuller," a doctor told her colleague, the Kharkiv Courier reported Monday. // A day later, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-11
            "The wards were full all week. / Since Sunday they are fuller," a doctor told her colleague. // A day later, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            Local doctors said the wards were full, the Kharkiv Courier reported on Monday. // On the same day, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-10
            Local doctors said the wards were full, which the Kharkiv Courier reported on Monday. // On the same day, the NIS told lawmakers that 300 North Korean soldiers had been killed. # killed|300|nis|2025-03-12
            """)
    void aDayLaterCountsFromAnyDatedStatementAndACarriedQuotationKeepsItsDates(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 26, claim dates: a date that opens a sentence and dates its statement ("Last month the NIS said",
     * "On 4 March, Zelensky said") sets the scene of its paragraph: the next sentence of that paragraph, with no date
     * of its own and a past-tense cue, reports the same occasion (under a background heading too). A present-tense cue,
     * a new paragraph or a date that does not open the sentence carries nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Last month the NIS said 300 North Korean soldiers had been killed. / Zelensky put the number of North Korean soldiers killed at 1,000. # killed|300|nis|2025-02; killed|1,000|zelensky|2025-02
            Background: // On 4 March, Zelensky said North Korea had sent more troops. / Zelensky said 1,000 North Korean soldiers had been killed. # killed|1,000|zelensky|2025-03-04
            Last month the NIS said 300 North Korean soldiers had been killed. / Zelensky says 1,000 North Korean soldiers have been killed. # killed|300|nis|2025-02; killed|1,000|zelensky|2025-03-12
            Last month the NIS said 300 North Korean soldiers had been killed. // Zelensky said 1,000 North Korean soldiers had been killed. # killed|300|nis|2025-02; killed|1,000|zelensky|2025-03-12
            The NIS said last month that 300 North Korean soldiers had been killed. / Zelensky said 1,000 North Korean soldiers had been killed. # killed|300|nis|2025-02; killed|1,000|zelensky|2025-03-12
            Background: // On 4 March, Zelensky said North Korea had sent more troops. // Zelensky said 1,000 North Korean soldiers had been killed. # killed|1,000|zelensky|-
            """)
    void aDateOpeningAStatementSetsTheSceneOfTheNextSentenceInItsParagraph(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 29, qualifiers and gapped conjuncts: a qualifier of the lexicon ending in "of" or "to" ("a minimum of
     * 1800", "in excess of 1900") makes the four digits after it a count, not a year; a gapped clause whose subject is
     * a count of its own ("and untold numbers wounded", "and twice as many had been injured"), read or not, ends the
     * figure before it, which keeps its own verb's metric. Casualty words with no count between them, and a year after
     * a word of time, are as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 150 North Korean troops were killed and a maximum of 1900 wounded.                 # killed|150|nis|2025-03-12; wounded|a maximum of 1900|nis|2025-03-12
            The NIS said a minimum of 1800 North Korean soldiers were wounded near Kursk.                   # wounded|a minimum of 1800|nis|2025-03-12
            The NIS said 150 North Korean troops died and in excess of 1900 were injured.                   # killed|150|nis|2025-03-12; wounded|in excess of 1900|nis|2025-03-12
            The NIS said 150 North Korean soldiers were killed and untold numbers wounded.                  # killed|150|nis|2025-03-12
            The NIS said 150 North Korean troops had died and twice as many had been injured.               # killed|150|nis|2025-03-12
            The NIS said 150 North Korean soldiers were killed and wounded.                                 # killed_or_wounded|150|nis|2025-03-12
            The NIS said 150 North Korean soldiers were killed and badly wounded in the winter of 2024.     # killed_or_wounded|150|nis|2025-03-12
            The NIS said 150 North Korean soldiers were killed, the worst toll since 1953.                  # killed|150|nis|2025-03-12
            """)
    void aQualifierEndingInOfCountsItsNumberAndACountedConjunctKeepsItsOwnVerb(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 29, denials: a figure a denial verb of the lexicon governs (its object a statement noun, "that ..." or a
     * gerund; or a passive "denied by", or ", a claim ... dismissed" after the figure) is never the denier's and never a
     * plain claim: its claimant is whoever made it, doubted with the source's words from the denial to the figure (trial
     * 6: the denier's words alone read as if the denier gave the figure). A negated denial, a denial in a
     * clause of its own and a verb whose object is no statement ("dismissed three generals") doubt nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul denied rumours that 800 North Korean soldiers had been taken prisoner, calling them fake. # captured|800|unknown|2025-03-12 # Seoul denied rumours that 800
            The Kremlin rejected Ukrainian claims that 4,500 North Korean soldiers had been killed.        # killed|4,500|unknown|2025-03-12 # The Kremlin rejected Ukrainian claims that 4,500
            Pyongyang has repeatedly denied having sent 9,000 soldiers to fight for Moscow.               # deployed|9,000|unknown|2025-03-12 # Pyongyang has repeatedly denied having sent 9,000
            Reports that 2,500 North Korean troops were wounded in March were dismissed by Moscow.        # wounded|2,500|news_reports|2025-03-12 # 2,500 North Korean troops were wounded in March were dismissed by Moscow
            Budanov said 2,500 North Korean troops were wounded, a figure the Kremlin disputes.            # wounded|2,500|budanov|2025-03-12 # 2,500 North Korean troops were wounded, a figure the Kremlin disputes
            Moscow has neither confirmed nor denied reports that 9,000 North Korean soldiers are in Kursk. # deployed|9,000|news_reports|2025-03-12 # sure
            Moscow did not deny reports that 9,000 North Korean soldiers are in Kursk.                     # deployed|9,000|news_reports|2025-03-12 # sure
            Moscow denied the reports, but Budanov said 9,000 North Korean soldiers are in Kursk.          # deployed|9,000|budanov|2025-03-12 # sure
            Kim dismissed two generals after 500 North Korean soldiers were killed, Budanov said.         # killed|500|budanov|2025-03-12 # sure
            Budanov said 500 North Korean soldiers were killed, and Moscow rejected the figure.           # killed|500|budanov|2025-03-12 # sure
            """)
    void aFigureADenialGovernsIsDoubtedWithTheWordsFromTheDenialToTheFigure(String body, String expected, String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        tally.model.Certainty.Field f = claims.get(claims.size() - 1).certainty().claimant();
        assertEquals(claimant, f.certain() ? "sure" : f.asWorded());
        if (!f.certain()) {
            assertEquals(Denials.REASON, f.reason());
        }
    }

    /**
     * Round 29, conjuncts: a troop figure with a qualifier of its own after a conjunct that counts things ("40
     * howitzers and roughly 9,500 troops") is the next conjunct of the list and takes the verb before the list; another
     * country's troops, a conjunct of things and a conjunct with a verb of its own do not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has sent 40 howitzers and roughly 9,500 troops, Budanov said on Monday.               # deployed|roughly 9,500|budanov|2025-03-10
            Pyongyang has dispatched 6 million rounds of ammunition and more than 9,500 soldiers, Budanov said. # deployed|more than 9,500|budanov|2025-03-12
            North Korea has shipped 150 ballistic missiles as well as up to 9,500 troops, Budanov said.      # deployed|up to 9,500|budanov|2025-03-12
            Russia has sent 200 tanks and at least 9,500 troops to Kursk, Budanov said.                      # none
            Pyongyang has sent 6 million shells, and at least 9,500 troops were wounded, Budanov said.       # wounded|at least 9,500|budanov|2025-03-12
            Pyongyang has sent 40 howitzers and at least 9,500 rockets, Budanov said.                        # none
            """)
    void aQualifiedTroopFigureAfterAConjunctOfThingsTakesTheVerbBeforeTheList(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 29, a unit's size: a figure that sizes a unit ("a regiment of about 2,500 soldiers", "a battalion of 600")
     * whose own verb takes its losses as an object ("had lost dozens", "suffered heavy losses") counts the unit, not
     * its casualties; a unit itself befallen ("had been wiped out", "had lost their lives") or placed ("was in Kursk")
     * is read as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said a North Korean regiment of about 2,500 soldiers had lost dozens to artillery fire.       # none
            A North Korean deserter told Budanov's staff that his detachment of 150 men had suffered heavy losses. # none
            Budanov said a North Korean battalion of 600 had lost many to mines.                                 # none
            Budanov said a North Korean brigade of 2,500 troops had been wiped out.                              # killed|2,500|budanov|2025-03-12
            Budanov said a North Korean regiment of 2,500 soldiers was in Kursk.                                 # deployed|2,500|budanov|2025-03-12
            Budanov said a North Korean regiment of 2,500 soldiers had lost their lives.                         # killed|2,500|budanov|2025-03-12
            """)
    void aUnitsSizeWhoseVerbTakesItsLossesAsAnObjectIsNoCasualtyCount(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has lost 4,000 soldiers, according to figures Ukrainian President Volodymyr Zelensky released on 4 March. # killed_or_wounded|4,000|zelensky|2025-03-04
            North Korea sent 2,000 more North Korean troops to Kursk, according to the latest figures released on Monday by the Ukrainian military. # deployed|2,000|ukraine_general_staff|2025-03-10
            North Korea sent 2,000 more North Korean troops to Kursk, according to estimates South Korea's National Intelligence Service issued in late February. # deployed|2,000|nis|2025-02
            According to a report the Joint Chiefs of Staff of South Korea published on Monday, 300 North Korean soldiers were wounded. # wounded|300|jcs|2025-03-10
            According to figures the South Korean spy agency released, 300 North Korean soldiers were killed in fighting on Monday. # killed|300|nis|2025-03-12
            North Korea sent 2,000 more North Korean troops to Kursk on Monday, according to figures the NIS released. # deployed|2,000|nis|2025-03-12
            North Korea sent 2,000 more North Korean troops to Kursk, according to figures showing the arrivals on Monday. # deployed|2,000|unknown|2025-03-12
            Ukrainian President Volodymyr Zelensky said 300 North Korean soldiers were killed on Monday near Kursk. # killed|300|zelensky|2025-03-12
            """)
    void aDateRightAfterTheParticipleThatPublishedTheSourcesStatementDatesTheClaim(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            U.S. Secretary of State Antony Blinken put North Korean casualties at more than 5,500 last week. # killed_or_wounded|more than 5,500|us_state_department|2025-03-03
            White House spokesman John Kirby put the number of North Korean soldiers killed at some 4,700 last week. # killed|some 4,700|white_house|2025-03-03
            Ukraine's military intelligence (HUR) put the number of North Korean soldiers wounded at some 3,900 on Friday. # wounded|some 3,900|hur|2025-03-07
            U.S. Secretary of State Antony Blinken put North Korean casualties at more than 5,500.          # killed_or_wounded|more than 5,500|us_state_department|2025-03-12
            U.S. Secretary of State Antony Blinken said North Korea raised its force in Russia to 15,000 North Korean troops last month. # deployed|15,000|us_state_department|2025-03-12
            """)
    void anEstimateVerbAfterTheClaimantsTitleAndNameIsDatedByTheDateAfterItsFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            U.S. Secretary of State Antony Blinken put North Korean casualties at more than 5,500 last week. # total
            U.S. Secretary of State Antony Blinken said North Korea raised its force in Russia to 15,000 North Korean troops last month. # period
            """)
    void theDateOfAnEstimateIsNoPeriodOfItsFigure(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.scope().id()).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said on Friday 25 December 2024 that 300 North Korean soldiers had been killed.           # killed|300|nis|2024-12-25
            The NIS told lawmakers on Thursday, 6 March 2025, that 300 North Korean soldiers had been killed.  # killed|300|nis|2025-03-06
            The NIS said on Friday that 300 North Korean soldiers had been killed on 25 December 2024.        # killed|300|nis|2025-03-07
            The NIS said on Friday that 300 North Korean soldiers had been killed in fighting on Wednesday 25 December 2024. # killed|300|nis|2025-03-07
            """)
    void aFullDateStatedBesideAWeekdayWinsOverItEvenWhenTheyDisagree(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 31, claim dates (kinds behind the learned fallback's wrong dates on dev, for every figure): a relay's
     * closing clause dated after its verb dates the figure also after a quotation closed by its comma and before its
     * own source (", citing ..."); a passive pointer dated before its agent ("This was said on Monday by X") is a
     * dated statement, and a quotation opening the sentence right after it, whose speaker is named only where it
     * closes with no date of its own, takes that date; an occasion named where an older statement is recalled ("had
     * said on Monday after a briefing") dates no other claim. A date in the content, a quotation after an undated
     * sentence or after its own speaker's present tense, and an occasion named plainly are as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops reached Kursk, with 2,000 more soldiers coming every day, The Washington Post reported on Monday, citing two US officials. # deployed|2,000|us_officials|2025-03-10
            The first North Korean troops reached Kursk last Tuesday, with "2,000 more soldiers coming every day," The Washington Post reported on Monday, citing two US officials. # deployed|2,000|us_officials|2025-03-10
            North Korean troops reached Kursk, with 2,000 more soldiers coming on Monday, The Washington Post reported, citing two US officials. # deployed|2,000|us_officials|2025-03-12
            North Korean troops reached Kursk, with "2,000 more soldiers coming on Monday," The Washington Post reported, citing two US officials. # deployed|2,000|us_officials|2025-03-12
            North Korean troops in Kursk wear Russian uniforms. // This was said on Monday by Budanov, a correspondent reports. // "The evidence now shows that North Korea has sent about 9,000 soldiers to Russia's east. // And we see them given Russian rifles," said the intelligence chief. # deployed|about 9,000|~the intelligence chief|2025-03-10
            North Korean troops in Kursk wear Russian uniforms. // A correspondent reports from Kyiv. // "The evidence now shows that North Korea has sent about 9,000 soldiers to Russia's east. // And we see them given Russian rifles," said the intelligence chief. # deployed|about 9,000|~the intelligence chief|2025-03-12
            North Korean troops in Kursk wear Russian uniforms. // This was said on Monday by Budanov. // Zelensky says that "North Korea has sent about 9,000 soldiers to Russia's east. // And we see them given Russian rifles," Zelensky added. # deployed|about 9,000|zelensky|2025-03-12
            "There are 2,000 North Korean soldiers in Kursk," Budanov said. // The troops are poorly fed. // Budanov spoke on Monday at a briefing with Zelensky. # deployed|2,000|budanov|2025-03-10
            "There are 2,000 North Korean soldiers in Kursk," Budanov said. // The troops are poorly fed. // Budanov had said on Monday after a briefing with Zelensky that the troops lacked boots. # deployed|2,000|budanov|2025-03-12
            """)
    void aRelayOrPointerDatesItsStatementAndARecalledOccasionDatesNoOtherClaim(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 37, claimants. A name inside a restrictive relative clause of the subject ("a lawmaker who visited Kyiv
     * said") is where the subject went or what it did, never the speaker; a relay in such a clause ("who was briefed by
     * the NIS") and a relative clause set off by commas keep their readings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A South Korean lawmaker who recently visited Kyiv said that Pyongyang has sent 2,500 more North Korean troops to Russia. # deployed|2,500|south_korean_lawmakers|2025-03-12
            A Japanese envoy who had travelled to Seoul told reporters on Monday that 400 North Korean soldiers were killed. # killed|400|~A Japanese envoy|2025-03-10
            An analyst who has long studied the Kremlin says 700 North Korean soldiers have been wounded.  # wounded|700|~An analyst|2025-03-12
            A senior official who returned from Washington said 1,000 North Korean soldiers were wounded. # wounded|1,000|~A senior official|2025-03-12
            The diplomat who met Zelensky in Kyiv estimated that 300 North Korean soldiers had been captured. # captured|300|~The diplomat|2025-03-12
            A lawmaker who was briefed by the NIS said that Pyongyang has sent 2,500 more North Korean troops to Russia. # deployed|2,500|nis|2025-03-12
            Zelensky, who visited Seoul, said that Pyongyang has sent 2,500 more North Korean troops to Russia. # deployed|2,500|zelensky|2025-03-12
            Officials in Kyiv said that Pyongyang has sent 2,500 more North Korean troops to Russia.      # deployed|2,500|ukraine_government|2025-03-12
            """)
    void aNameInsideTheSubjectsRelativeClauseIsNeverTheSpeaker(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 37, claimants. A quotation whose speaker's verb follows it is that speaker's, though an outlet "citing" or
     * "quoting" another stands before it: the cited outlet only passed the quotation on. A citation after the speaker
     * ("Budanov said, citing the NIS") and a quotation with no speaker after it keep the cited source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The agency reports citing Reuters: "About 300 North Korean soldiers died," Budanov told reporters. # killed|About 300|budanov|2025-03-12
            Yonhap, citing AFP, wrote "Some 300 North Korean soldiers have died," Budanov said.            # killed|Some 300|budanov|2025-03-12
            The daily reported, quoting the BBC, that "about 300 North Korean soldiers died," the GUR said. # killed|about 300|hur|2025-03-12
            A radio station citing NHK aired it: "Roughly 2,000 North Korean troops are in Kursk," Kim Jong Un said. # deployed|Roughly 2,000|kim_jong_un|2025-03-12
            "About 300 North Korean soldiers died," Budanov said, citing the NIS.                          # killed|About 300|nis|2025-03-12
            The newspaper, citing the NIS, said "about 300 North Korean soldiers died" in the battle.      # killed|about 300|nis|2025-03-12
            """)
    void aQuotationIsItsSpeakersThoughACitationStandsBeforeIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 37, claimants. A person's earlier citation reaches through a relative clause on what was cited ("citing
     * intelligence on which he was briefed by the GUR"); "citing the NIS on Monday" still ends at its date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Lawmaker Kim Ha-neul spoke on radio, citing intelligence on which he was briefed by the GUR. / According to Kim, "some 2,000 North Korean soldiers have been wounded." # wounded|some 2,000|hur|2025-03-12
            Lawmaker Kim Ha-neul wrote a post citing data on which the NIS had briefed him. / Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|nis|2025-03-12
            Lawmaker Kim Ha-neul spoke on radio, citing the NIS on Monday. / Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|nis|2025-03-10
            Lawmaker Kim Ha-neul spoke on radio about intelligence on which he was briefed. / Kim said 2,000 North Korean soldiers had been wounded. # wounded|2,000|~Kim Ha-neul|2025-03-12
            """)
    void anEarlierCitationReachesThroughARelativeClauseOnWhatWasCited(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 37, claimants. A lead's speaker described without a name ("a South Korean lawmaker said") passes on the
     * listed source that the next sentence's named subject cites, marked uncertain (claimant and date); one sentence
     * that repeats the description may stand between. A plural speaker, a named one, an outlet cited, a subject that
     * is no person's name and a sentence between that is another's keep the lead's reading.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A South Korean lawmaker who recently visited Kyiv said that Pyongyang sent 2,500 more North Korean troops to Russia. // Rep. Kim Ha-neul made the remarks on radio, citing a briefing by Ukraine's defence intelligence chief Kyrylo Budanov. # deployed|2,500|budanov|2025-03-12
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said on Monday. // Minister Oleh Petrenko spoke to reporters, citing the NIS. # deployed|2,500|nis|2025-03-10
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. / He was citing intelligence shared by the GUR. # deployed|2,500|hur|2025-03-12
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. // KYIV -- Pyongyang moved more troops, a senior Ukrainian official said. / Minister Oleh Petrenko spoke, citing the NIS. # deployed|2,500|nis|2025-03-12
            North Korea sent 2,500 more troops to Russia, South Korean lawmakers said. // Rep. Kim Ha-neul spoke on radio, citing the NIS. # deployed|2,500|south_korean_lawmakers|2025-03-12
            North Korea sent 2,500 more troops to Russia, Lawmaker Kim Ha-neul said. // Rep. Kim Ha-neul spoke on radio, citing the NIS. # deployed|2,500|~Lawmaker Kim Ha-neul|2025-03-12
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. // Minister Oleh Petrenko spoke on Monday, citing Yonhap. # deployed|2,500|ukraine_government|2025-03-12
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. // The Pentagon said Tuesday, citing the NIS, that it saw no change. # deployed|2,500|ukraine_government|2025-03-12
            North Korea sent 2,500 more troops to Russia, a senior Ukrainian official said. // Officials in Lviv spoke of it. / Minister Oleh Petrenko spoke to reporters, citing the NIS. # deployed|2,500|ukraine_government|2025-03-12
            """)
    void aLeadsUnnamedSpeakerPassesOnTheSourceTheNextSentenceHasThemCite(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall: a plain troop noun whose own verb names its fate ("300 soldiers had been killed"), in a
     * sentence right after one about North Korea's troops (or in such a paragraph), counts those troops, as a
     * participle ("troops killed") already did; another nationality or side named in the sentence, civilians, and
     * troops whose verb is in a relative clause of their own are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent its troops to Kursk in October. / Budanov said 300 soldiers had been killed there since. # killed|300|budanov|2025-03-12
            North Korean units are fighting near Kursk. / About 200 soldiers were reportedly wounded in a week, the HUR said. # wounded|About 200|hur|2025-03-12
            North Korean units are fighting near Kursk. / Some 40 soldiers have been taken prisoner, Budanov said on Monday. # captured|Some 40|budanov|2025-03-10
            North Korean units are fighting near Kursk. // According to Budanov, dozens of soldiers have lost their lives. # killed|dozens|budanov|2025-03-12
            North Korean units are fighting near Kursk. / Budanov said 300 Russian soldiers had been killed.            # none
            North Korean units are fighting near Kursk. / Budanov said 300 civilians had been killed.                   # none
            North Korean units are fighting near Kursk. / Budanov said Ukraine lost 300 soldiers in the battle for the town. # none
            North Korean units are fighting near Kursk. / Budanov said 300 soldiers from the Ukrainian 47th brigade were wounded. # none
            North Korean units are fighting near Kursk. / Budanov said 300 soldiers who fought them were wounded.       # none
            Ukraine's army has held Kursk since August. / Budanov said 300 soldiers had been killed.                    # none
            """)
    void aPlainTroopNounWhoseOwnVerbNamesItsFateAfterASentenceAboutNorthKoreasTroopsCountsThem(String body,
                                                                                                String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall: verbs that put troops into another army's war or bring them to a place ("entered Russia",
     * "were integrated into Russian units", "thrown into battle", "committed to the war", "came up to our position")
     * count troops deployed, and phrasal verbs of killing by fire ("gunned down", "mowed down", "cut down") count the
     * killed; another side's troops, workers and things are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said about 2,000 North Korean soldiers had entered Russia by rail.                     # deployed|about 2,000|budanov|2025-03-12
            Budanov said 2,000 North Korean troops were integrated into Russian marine units.              # deployed|2,000|budanov|2025-03-12
            Budanov said Moscow has thrown some 2,000 North Korean infantrymen into battle near Kursk.     # deployed|some 2,000|budanov|2025-03-12
            Budanov said Pyongyang has committed 2,000 soldiers to the war.                                # deployed|2,000|budanov|2025-03-12
            "At least 150 North Korean soldiers came up to the treeline," Budanov said.                    # deployed|At least 150|budanov|2025-03-12
            Budanov said Ukrainian drones had gunned down 150 North Korean soldiers in the open.           # killed|150|budanov|2025-03-12
            Budanov said 150 North Korean soldiers were mowed down as they crossed a field.                # killed|150|budanov|2025-03-12
            Budanov said 2,000 Russian soldiers had entered Kursk.                                          # none
            Budanov said Pyongyang has committed 2,000 artillery shells to the war.                        # none
            Budanov said 2,000 North Korean workers had entered Russia.                                    # none
            Budanov said Russian forces gunned down 150 Ukrainian soldiers.                                # none
            Budanov said North Korean soldiers cut down 150 trees for their dugouts.                       # none
            """)
    void verbsOfEnteringTheWarAndPhrasalVerbsOfKillingCountTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall: the pronoun subject of a speech verb's content clause ("Budanov said it had sent ...", "told
     * reporters that they had lost ...") stands for the North Korea that opened the sentence before, as a pronoun
     * opening the sentence already did; another nationality in the figure's words, another subject before the
     * sentence, or another side named as the clause's subject is not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has armed Russia since 2023. / Budanov said it had sent about 2,000 soldiers to Kursk.    # deployed|about 2,000|budanov|2025-03-12
            North Korea has armed Russia since 2023. / Budanov said that it would send 3,000 more soldiers.       # planned_deployment|3,000|budanov|2025-03-12
            Pyongyang has armed Moscow since 2023. / Budanov told reporters it had lost some 400 soldiers.        # killed_or_wounded|some 400|budanov|2025-03-12
            North Korea has armed Russia since 2023. / Budanov said it had sent about 2,000 Russian soldiers.     # none
            Russia has armed North Korea since 2023. / Budanov said it had sent about 2,000 soldiers.             # none
            Russia has armed North Korea since 2023. / Budanov said it had lost some 400 soldiers.                # none
            North Korea has armed Russia since 2023. / Budanov said Moscow had sent about 2,000 soldiers.         # none
            """)
    void aPronounOpeningTheContentClauseStandsForTheNorthKoreaThatOpenedTheSentenceBefore(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall: a force that stands in Russia ("are now in Russia", "remain on Russian soil", "fighting inside
     * Russia"), right after a sentence about North Korea's troops, is that foreign force, as one sent there already
     * was; Russian troops, workers and a force in Kursk (where Russia's own troops stand too) are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to aid Moscow. / Budanov said some 2,000 soldiers are now in Russia.          # deployed|some 2,000|budanov|2025-03-12
            North Korea has sent troops to aid Moscow. / About 2,000 soldiers remain on Russian soil, Budanov said.   # deployed|About 2,000|budanov|2025-03-12
            North Korea has sent troops to aid Moscow. / Budanov said some 2,000 soldiers were fighting inside Russia. # deployed|some 2,000|budanov|2025-03-12
            North Korea has sent troops to aid Moscow. / Budanov said 2,000 Russian soldiers are in Russia's west.    # none
            North Korea has sent troops to aid Moscow. / Budanov said 2,000 workers are now in Russia.                # none
            North Korea has sent troops to aid Moscow. / Budanov said about 2,000 soldiers are now in Kursk.          # none
            Budanov said 2,000 Ukrainian soldiers are now on Russian soil.                                            # none
            """)
    void aForceStandingInRussiaAfterASentenceAboutNorthKoreasTroopsIsThatForeignForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall: "total" as a verb sizes the group before it ("North Korean troops in Russia now total about
     * 12,000"), as "number" does; another side's troops and things are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said North Korean troops in Russia now total about 12,000.                           # deployed|about 12,000|budanov|2025-03-12
            Budanov said the North Korean force in Kursk totals 12,000 soldiers.                         # deployed|12,000|budanov|2025-03-12
            North Korea has sent troops to aid Moscow. / Budanov said they total some 12,000.            # deployed|some 12,000|budanov|2025-03-12
            Budanov said Russian troops in Kursk total 50,000.                                           # none
            Budanov said North Korean shells sent to Russia total 3 million.                             # none
            """)
    void totalAsAVerbSizesTheGroupBeforeIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall of plans: troops promised, offered or asked for ("has pledged 2,000 more soldiers", "Moscow has
     * requested 2,000 more North Korean troops"), troops that are to come after others ("will follow", "could
     * follow") and troops a country is able to send ("is capable of sending") are a planned deployment. A plan word
     * after an article is an attribute of another figure ("out of a pledged 6,000") and leaves the troops already
     * dispatched deployed; things and another side's troops are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said 2,000 more North Korean soldiers will follow in April.                                  # planned_deployment|2,000|budanov|2025-03-12
            Budanov said another 2,000 North Korean troops could follow the first group.                         # planned_deployment|another 2,000|budanov|2025-03-12
            Budanov said Moscow has requested 2,000 more North Korean troops.                                    # planned_deployment|2,000|budanov|2025-03-12
            Budanov said North Korea is capable of sending 50,000 soldiers.                                      # planned_deployment|50,000|budanov|2025-03-12
            North Korea is Russia's closest ally. / Budanov said Pyongyang has pledged 2,000 more soldiers to Moscow. # planned_deployment|2,000|budanov|2025-03-12
            Budanov said Pyongyang has pledged 2,000 more artillery shells to Moscow.                            # none
            Budanov said Moscow requested 2,000 more Russian reservists.                                         # none
            Budanov said North Korea had dispatched 2,000 soldiers to Russia out of a pledged 6,000.             # deployed|2,000|budanov|2025-03-12; planned_deployment|6,000|budanov|2025-03-12
            Budanov said 300 North Korean soldiers were killed in the fighting that followed.                    # killed|300|budanov|2025-03-12
            Budanov said North Korea has sent 12,000 soldiers and promised more.                                 # deployed|12,000|budanov|2025-03-12
            """)
    void troopsPromisedAskedForOrToFollowAreAPlannedDeployment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 36, recall of plans: the troops' own coming after a modal ("could arrive soon", "may arrive by summer"), a
     * sending named by its order ("plans a second deployment of", "is preparing another") and a wave still expected
     * ("a second wave of 2,000 North Korean soldiers is expected") are plans; a wave that arrived is deployed, and
     * another side's troops and workers are not taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said 2,000 more North Korean soldiers could arrive soon.                            # planned_deployment|2,000|budanov|2025-03-12
            Budanov said Pyongyang plans a second deployment of 2,000 soldiers.                          # planned_deployment|2,000|budanov|2025-03-12
            Budanov said Pyongyang is planning a further deployment of 2,000 soldiers.                   # planned_deployment|2,000|budanov|2025-03-12
            Budanov said a second wave of 2,000 North Korean soldiers is expected.                       # planned_deployment|2,000|budanov|2025-03-12
            Budanov said a first wave of 3,000 North Korean soldiers arrived in Kursk.                   # deployed|3,000|budanov|2025-03-12
            Budanov said Russia plans a second offensive with 2,000 Russian soldiers.                    # none
            Budanov said a wave of 2,000 Ukrainian soldiers could arrive soon.                           # none
            Budanov said a new wave of 300 North Korean workers is expected.                             # none
            """)
    void troopsStillToComeAfterAModalOrByOrderAreAPlannedDeployment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 39, faithfulness of number wordings: a number word and its scale word ("two dozen", "seven hundred") are one
     * figure in the source's own words, and a vague multiplier ("several dozen", "hundreds of thousands", "half a
     * dozen") is read whole; never its first word alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said two dozen North Korean soldiers were captured near Sudzha.                      # captured|two dozen|budanov|2025-03-12|24..24
            Budanov said some three dozen North Korean soldiers were captured near Sudzha.               # captured|some three dozen|budanov|2025-03-12|36..36
            Budanov said 4 dozen North Korean soldiers were captured near Sudzha.                        # captured|4 dozen|budanov|2025-03-12|48..48
            Budanov said three to four dozen North Korean soldiers were captured near Sudzha.            # captured|three to four dozen|budanov|2025-03-12|36..48
            Budanov said five hundreds of North Korean soldiers died near Sudzha.                        # killed|five hundreds|budanov|2025-03-12|500..500
            Budanov said several dozen North Korean soldiers were captured near Sudzha.                  # captured|several dozen|budanov|2025-03-12|null..null
            Budanov said a few dozen North Korean soldiers were captured near Sudzha.                    # captured|a few dozen|budanov|2025-03-12|null..null
            Budanov said a couple dozen North Korean soldiers were captured near Sudzha.                 # captured|a couple dozen|budanov|2025-03-12|null..null
            Budanov said half a dozen North Korean soldiers were captured near Sudzha.                   # captured|half a dozen|budanov|2025-03-12|null..null
            Budanov said many dozens of North Korean soldiers died near Sudzha.                          # killed|many dozens|budanov|2025-03-12|null..null
            Budanov said several hundreds of North Korean soldiers died near Sudzha.                     # killed|several hundreds|budanov|2025-03-12|null..null
            Budanov said Pyongyang could send hundreds of thousands of soldiers to Russia.               # planned_deployment|hundreds of thousands|budanov|2025-03-12|null..null
            Budanov said a dozen North Korean soldiers were captured near Sudzha.                        # captured|a dozen|budanov|2025-03-12|12..12
            Budanov said a few hundred North Korean soldiers died near Sudzha.                           # killed|a few hundred|budanov|2025-03-12|null..null
            Budanov said two North Korean soldiers were captured near Sudzha.                            # captured|two|budanov|2025-03-12|2..2
            Budanov said two dozen North Korean drones were shot down near Sudzha.                       # none
            Budanov said one hundred and forty North Korean soldiers were captured near Sudzha.         # captured|one hundred and forty|budanov|2025-03-12|140..140
            Budanov said three thousand and two hundred North Korean soldiers died near Sudzha.         # killed|three thousand and two hundred|budanov|2025-03-12|3200..3200
            Budanov said three hundred died and four thousand North Korean soldiers were wounded.       # killed|three hundred|budanov|2025-03-12|300..300; wounded|four thousand|budanov|2025-03-12|4000..4000
            Budanov said one and a half thousand North Korean soldiers died near Sudzha.                # none
            Budanov said several dozen Russian soldiers were captured near Sudzha.                       # none
            """)
    void aNumberWordAndItsScaleWordAreOneFigureAndAVagueMultiplierIsReadWhole(String body, String expected) {
        assertEquals(expected, withValues(extract(body)));
    }

    /**
     * Round 39: "11k", "1.5K", "10-12k" count thousands; "1,000-plus" and "3,000+" are read with their sign of more, as
     * "more than" (no high end); "11,000-strong" still sizes the force. A "k" glued to a unit ("11km") is no figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Pyongyang has sent 11k soldiers to Russia.                                      # deployed|11k|budanov|2025-03-12|11000..11000
            Budanov said Pyongyang has sent 1.5K soldiers to Russia.                                     # deployed|1.5K|budanov|2025-03-12|1500..1500
            Budanov said Pyongyang has sent 10-12k soldiers to Russia.                                   # deployed|10-12k|budanov|2025-03-12|10000..12000
            Budanov said 1,000-plus North Korean soldiers died near Sudzha.                              # killed|1,000-plus|budanov|2025-03-12|1000..null
            Budanov said 3,000+ North Korean soldiers died near Sudzha.                                  # killed|3,000+|budanov|2025-03-12|3000..null
            Budanov said an 11,000-strong North Korean force was sent to Russia.                         # deployed|11,000|budanov|2025-03-12|11000..11000
            Budanov said some 1.5 thousand North Korean soldiers died near Sudzha.                       # killed|some 1.5 thousand|budanov|2025-03-12|1500..1500
            Budanov said North Korean soldiers walked 11km to Sudzha.                                    # none
            Budanov said Ukraine killed 3,000 plus 200 more North Korean soldiers near Sudzha.           # killed|3,000|budanov|2025-03-12|3000..3000; killed|200|budanov|2025-03-12|200..200
            Budanov said 3,000 North Korean soldiers died near Sudzha, plus 200 more.                    # killed|3,000|budanov|2025-03-12|3000..3000
            """)
    void aNumberInThousandsOrWithASignOfMoreIsReadAsWrittenOrNotAtAll(String body, String expected) {
        assertEquals(expected, withValues(extract(body)));
    }

    /**
     * Round 39: a troop count growing to a size ("the number of North Korean troops could rise to 20,000") sizes the
     * force, a plan under a modal and deployed when it has grown; a toll, losses or the killed growing so stay
     * casualties, and a population is no troop figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said the number of North Korean soldiers could rise to 25,000.                        # planned_deployment|25,000|budanov|2025-03-12
            Budanov said the North Korean contingent may swell to 25,000 by summer.                       # planned_deployment|25,000|budanov|2025-03-12
            Budanov said the number of North Korean soldiers is expected to increase to 25,000.           # planned_deployment|25,000|budanov|2025-03-12
            Budanov said the number of North Korean soldiers has climbed to 14,000.                       # deployed|14,000|budanov|2025-03-12
            Budanov said the death toll among North Korean soldiers could rise to 900.                    # killed|900|budanov|2025-03-12
            Budanov said the number of North Korean soldiers captured may rise to 40.                     # captured|40|budanov|2025-03-12
            Budanov said North Korea's casualties could climb to 5,000.                                   # killed_or_wounded|5,000|budanov|2025-03-12
            Budanov said the population of the North Korean enclave could grow to 25,000.                 # none
            """)
    void aTroopCountGrowingToASizeIsThatForceAndAPlanUnderAModal(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 39: losses made good with fresh troops ("replenish its losses with 6,000 troops", "replace the dead with
     * 2,000 more soldiers") counts troops sent, a plan under a modal, deployed when done; losses of troops stay losses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Pyongyang will replenish its losses with 4,000 new soldiers.                     # planned_deployment|4,000|budanov|2025-03-12
            Budanov said Pyongyang has replenished its losses with 4,000 new soldiers.                    # deployed|4,000|budanov|2025-03-12
            Budanov said Pyongyang plans to replace the dead with 1,500 more North Korean soldiers.       # planned_deployment|1,500|budanov|2025-03-12
            Budanov said Pyongyang made up for those killed with 1,500 fresh soldiers.                    # deployed|1,500|budanov|2025-03-12
            Budanov said Pyongyang suffered losses of 4,000 soldiers near Sudzha.                         # killed_or_wounded|4,000|budanov|2025-03-12
            Budanov said Moscow replaced the North Korean units with 4,000 Russian soldiers.             # none
            """)
    void lossesMadeGoodWithFreshTroopsCountTheTroopsSentNotTheLosses(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    private static String withValues(List<Claim> claims) {
        return claims.isEmpty() ? "none" : claims.stream().map(c -> describe(List.of(c)) + "|" + c.figure().low() + ".."
                + c.figure().high()).collect(Collectors.joining("; "));
    }

    /**
     * Supplying or providing troops to another army is sending them (metricCues.deployed); what is supplied decides:
     * shells, drones, workers and another country's troops are no North Korean troop figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said North Korea has supplied 11,000 troops to Russia.                # deployed|11,000|budanov|2025-03-12
            North Korea provided about 3,000 more soldiers to Moscow, the NIS said.       # deployed|about 3,000|nis|2025-03-12
            Pyongyang is providing some 2,000 troops for the Kursk offensive, Seoul said. # deployed|some 2,000|south_korean_officials|2025-03-12
            Budanov said North Korea has supplied 11,000 artillery shells to Russia.      # none
            Budanov said Iran has supplied 1,000 drones to Russia.                         # none
            """)
    void supplyingTroopsToAnotherArmyIsSendingThem(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 40, recall of forces sent or present in wordings of their own: the regime named by its leader sends as
     * North Korea does, a force's arrival named by its noun, troops contributed to a war, added to a force or helping
     * Russia are sent; shells, a drill of another army, doctors, nurses and building crews are no troop figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Kim's regime has shipped some 2,500 more soldiers to Russia.                     # deployed|some 2,500|budanov|2025-03-12
            Budanov said the arrival of roughly 1,200 North Korean troops in Khabarovsk was confirmed.      # deployed|roughly 1,200|budanov|2025-03-12
            Budanov said Pyongyang has contributed 9,000 troops to the fighting near Sudzha.                # deployed|9,000|budanov|2025-03-12
            Budanov said North Korea has topped up its force near Sudzha with 1,800 fresh soldiers.        # deployed|1,800|budanov|2025-03-12
            Budanov said about 9,000 North Korean soldiers are helping Russia near Sudzha.                 # deployed|about 9,000|budanov|2025-03-12
            Budanov said North Korea has about 9,000 troops on the ground in the Kursk region.             # deployed|about 9,000|budanov|2025-03-12
            Budanov said Kim's regime has shipped 2,500 containers of shells to Russia.                     # none
            Budanov said Belarus has contributed 900 troops to a joint drill.                               # none
            Budanov said Pyongyang has sent 300 doctors and nurses to Russian hospitals.                    # none
            Budanov said North Korea could send 2,000 construction crews to Kursk.                          # none
            Budanov said 4,000 Russian conscripts are helping Moscow hold Sudzha.                           # none
            """)
    void aForceArrivingContributedToppedUpOrHelpingRussiaIsSentAndTheRegimeOfItsLeaderIsNorthKorea(String body,
            String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 40, plans in wordings of their own: troops readied as more of a force, pledged, awaiting transfer, trained
     * for a move, a deployment that "is planned", a sending committed to, agreed or weighed ("whether to"), troops a
     * modal adds or boosts a force by, and a force "there could be": a plan. The same force added, or "there are", is
     * sent; "there may be" doubts a count of troops there now, so it stays sent; another side's plan, a funeral being
     * prepared and troops provided with drones are no plan of North Korea's troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Pyongyang is readying another 4,000 soldiers for Kursk.                            # planned_deployment|another 4,000|budanov|2025-03-12
            Budanov said a pledge of 7,000 North Korean troops was made to Putin.                           # planned_deployment|7,000|budanov|2025-03-12
            Budanov said 2,500 North Korean soldiers are awaiting transfer to Kursk.                         # planned_deployment|2,500|budanov|2025-03-12
            Budanov said the deployment of a further 3,500 North Korean troops is planned.                  # planned_deployment|a further 3,500|budanov|2025-03-12
            Budanov said Pyongyang has committed to sending 6,500 more soldiers.                            # planned_deployment|6,500|budanov|2025-03-12
            Budanov said Pyongyang has agreed to provide 4,500 soldiers to Moscow.                          # planned_deployment|4,500|budanov|2025-03-12
            Budanov said Pyongyang is weighing whether to send 25,000 more troops.                          # planned_deployment|25,000|budanov|2025-03-12
            Budanov said Pyongyang may add 3,000 troops to its force near Sudzha.                           # planned_deployment|3,000|budanov|2025-03-12
            Budanov said 3,000 North Korean troops could be added to the force near Sudzha.                 # planned_deployment|3,000|budanov|2025-03-12
            Budanov said there could be as many as 25,000 North Korean soldiers in Russia.                  # planned_deployment|as many as 25,000|budanov|2025-03-12
            Budanov said some 2,000 North Korean soldiers are being trained for a move to Kursk.            # planned_deployment|some 2,000|budanov|2025-03-12
            Budanov said North Korea may boost its force by 3,000 troops before the thaw.                   # planned_deployment|3,000|budanov|2025-03-12
            Budanov said Pyongyang has added 3,000 troops to its force near Sudzha.                         # deployed|3,000|budanov|2025-03-12
            Budanov said there are as many as 25,000 North Korean soldiers in Russia.                       # deployed|as many as 25,000|budanov|2025-03-12
            Budanov said there may be 25,000 North Korean soldiers in Russia.                               # deployed|25,000|budanov|2025-03-12
            Budanov said Russia is weighing whether to send 25,000 more troops.                             # none
            Budanov said North Korea was preparing to hold a funeral for 300 soldiers.                      # none
            Budanov said Russia will provide 1,000 North Korean soldiers with drones.                       # none
            Budanov said the death toll among North Korean troops could double to 1,000.                    # killed|1,000|budanov|2025-03-12
            """)
    void aForceReadiedPledgedWeighedOrAddedUnderAModalIsAPlanAndTheSameForceAddedIsSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 40: a force another army asks for, wants, seeks or counts on, preparations or plans under way to send, a
     * deployment expected as a noun's attribute and signs of a further one are plans; troops that took up positions,
     * North Korea as a headline abbreviates it, and troops "said to be deployed" (hearsay, not "are to be deployed")
     * are sent. Another side's wants and a burial being prepared are no plan of North Korea's troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said the Kremlin has asked Pyongyang for 25,000 more soldiers.                        # planned_deployment|25,000|budanov|2025-03-12
            Budanov said Moscow wants another 25,000 North Korean soldiers by the autumn.                  # planned_deployment|another 25,000|budanov|2025-03-12
            Budanov said Russia is seeking up to 25,000 more North Korean troops.                         # planned_deployment|up to 25,000|budanov|2025-03-12
            Budanov said Moscow is counting on 25,000 additional North Korean soldiers.                    # planned_deployment|25,000|budanov|2025-03-12
            Budanov said Pyongyang has begun preparations to deploy 4,000 more troops.                   # planned_deployment|4,000|budanov|2025-03-12
            Budanov said plans are under way to send 4,000 more North Korean soldiers.                    # planned_deployment|4,000|budanov|2025-03-12
            Budanov warned of an expected deployment of 25,000 North Korean troops.                       # planned_deployment|25,000|budanov|2025-03-12
            Budanov said there were signs of a third deployment of some 4,000 North Korean troops.        # planned_deployment|some 4,000|budanov|2025-03-12
            Budanov said some 7,000 North Korean soldiers had taken up positions near Sudzha.             # deployed|some 7,000|budanov|2025-03-12
            N. Korea sends 1,700 marines to Russia, Budanov says.                                          # deployed|1,700|budanov|2025-03-12
            Budanov said 7,000 North Korean troops are said to be deployed near Sudzha.                   # deployed|7,000|budanov|2025-03-12
            Budanov said 7,000 North Korean troops are to be deployed near Sudzha.                        # planned_deployment|7,000|budanov|2025-03-12
            Budanov said Ukraine wants another 25,000 soldiers for the front.                             # none
            Budanov said Russia is seeking 25,000 more recruits from its own regions.                     # none
            Budanov said preparations to bury 300 North Korean soldiers killed near Sudzha had begun.     # killed|300|budanov|2025-03-12
            """)
    void aForceAskedForWantedOrPreparedIsAPlanAndOneThatTookUpPositionsIsSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 40: troops North Korea sent to another war (a year before 2020 after "in", "during" or "by", or a war of
     * figureFrames.otherWars, up to the end of the figure's clause) are no figure of this war; a war or year this
     * deployment is measured against ("since the Korean War", "since 1953") and 2022 leave the figure standing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            In 1951, North Korea sent 40,000 troops south of the border, Budanov said.                    # none
            Budanov said North Korea sent about 300 pilots to Vietnam in the 1960s.                       # none
            During the Korean War, Pyongyang moved 60,000 soldiers to the front, Budanov said.            # none
            Budanov said North Korea has sent 11,000 troops to Russia, its largest deployment since the Korean War. # deployed|11,000|budanov|2025-03-12
            Budanov said North Korea has sent 11,000 troops to Russia, the first such deployment since 1953. # deployed|11,000|budanov|2025-03-12
            Since Russia invaded Ukraine in 2022, North Korea has sent 11,000 troops, Budanov said.       # deployed|11,000|budanov|2025-03-12
            """)
    void troopsSentToAnotherWarAreNoFigureOfThisOne(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 41, claimants (sentences written for the wordings wires use): "X was quoted by Y as saying" and "X was
     * cited by Y as saying" make X the source and Y its relay, whichever of them the directory lists. With no agent
     * ("was quoted as saying") X speaks alone; "cited by Y as evidence" quotes nobody, and Y stays the source.
     * Expected: metric|text|claimant|relay ("-" none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Ukrainian officer was quoted by Interfax-Ukraine as saying that 60 North Korean soldiers had been killed. # killed|60|~A Ukrainian officer|interfax_ukraine
            The JCS was cited by Kyodo as saying 2,000 more North Korean troops had arrived in Kursk.        # deployed|2,000|jcs|kyodo
            A military source was quoted by Yonhap as saying that 90 North Korean soldiers were wounded.      # wounded|90|~A military source|yonhap
            Syrsky was quoted as saying that 60 North Korean soldiers had been killed.                      # killed|60|syrsky|-
            The toll was cited by Yonhap as evidence that 60 North Korean soldiers had been killed.        # killed|60|yonhap|-
            """)
    void aPassiveQuotationNamesItsSubjectAsTheSourceAndItsAgentAsTheRelay(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 41, claimants: a source noun the tagger takes for a modifier with nothing after it to modify ("a senior
     * official said", "quoted a defence official as saying") or for a verb opening the sentence ("Sources familiar
     * with the plan said") still heads the source phrase; an adjective after "be" ("was official") is no source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A senior official said 10,000 North Korean soldiers had arrived in Kursk.                       # deployed|10,000|~A senior official|-
            Yonhap quoted a defence official as saying that 1,500 North Korean troops had arrived in Kursk. # deployed|1,500|~a defence official|yonhap
            Sources familiar with the plan said 2,000 more North Korean soldiers had arrived in Kursk.      # deployed|2,000|~Sources familiar with the plan|-
            The NIS said the count of 300 dead North Korean soldiers was official.                         # killed|300|nis|-
            """)
    void aSourceNounTheTaggerTookForAModifierStillHeadsTheSource(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 41, claimants: a full name and its title set off by commas before the verb, in either order ("Mykola
     * Hrytsenko, a spokesman for the border guard, said", "A spokesman for the navy, Taras Bilyk, said"), make the
     * person the source, even where the title holds a listed name ("a lawmaker", "the Ukrainian military"); a listed
     * person keeps their id, and an opening adverb or place before the comma ("Later,", "In Seoul,") is no name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Mykola Hrytsenko, a spokesman for the border guard, said 200 North Korean soldiers had been killed. # killed|200|~Mykola Hrytsenko|2025-03-12
            A spokesman for the navy, Taras Bilyk, said 200 North Korean soldiers had been killed.            # killed|200|~Taras Bilyk|2025-03-12
            Park Ji-hoon, a lawmaker of the ruling party, said 2,000 more North Korean troops had been sent.  # deployed|2,000|~Park Ji-hoon|2025-03-12
            Oleh Marchuk, the Ukrainian military spokesman, said 1,000 North Korean soldiers had been killed.  # killed|1,000|~Oleh Marchuk|2025-03-12
            Lee Sung-kwon, a lawmaker, said 2,000 more North Korean troops had been sent.                     # deployed|2,000|lee_sung_kwon|2025-03-12
            After the briefing in Seoul, a lawmaker said 2,000 more North Korean troops had been sent.        # deployed|2,000|south_korean_lawmakers|2025-03-12
            Later, Kyrylo Budanov, the head of Ukraine's military intelligence, said 11,000 North Korean soldiers were in Kursk. # deployed|11,000|budanov|2025-03-12
            Kyrylo Budanov, head of Ukraine's military intelligence, said 1,000 North Korean soldiers had been killed. # killed|1,000|budanov|2025-03-12
            Kyrylo Budanov, deputy chief of Ukraine's military intelligence, said 1,000 North Korean soldiers had been killed. # killed|1,000|budanov|2025-03-12
            Lee Sung-kwon, citing the NIS, said 2,000 more North Korean troops had been sent.                 # deployed|2,000|nis|2025-03-12
            Kyrylo Budanov met the Pentagon, and the Pentagon said 1,000 North Korean soldiers had been killed. # killed|1,000|pentagon|2025-03-12
            """)
    void aNameAndItsTitleSetOffByCommasBeforeTheVerbNameThePerson(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 41, claimants: a listed body's name that only modifies the title of a person named after it ("Ukrainian
     * military spokesman Oleh Marchuk said") leaves that person the source, in the article's words; a listed person
     * so titled ("Pentagon spokesperson Sabrina Singh") keeps their id, and a title with no name ("a senior US defense
     * official") or the body itself stays the body's voice.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukrainian military spokesman Oleh Marchuk said 1,000 North Korean soldiers had been killed.   # killed|1,000|~Ukrainian military spokesman Oleh Marchuk|2025-03-12
            Pentagon spokesperson Sabrina Singh said 11,000 North Korean soldiers were in Kursk.          # deployed|11,000|sabrina_singh|2025-03-12
            The Ukrainian military said 200 North Korean soldiers had been killed.                       # killed|200|ukraine_general_staff|2025-03-12
            """)
    void aListedBodyModifyingTheTitleOfANamedPersonLeavesThatPersonTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 41, claimants: what stands between a subject and its verb set off by commas leaves the subject the source:
     * a participle ("A Ukrainian official, speaking on condition of anonymity, said") and a title opened by a
     * possessor ("Oleksandr Syrsky, Ukraine's army chief, said", "Kim Yong-hyun, South Korea's defence minister,
     * said"), where the listed body in the title ("Ukraine's army") does not speak.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Ukrainian officer, speaking on condition of anonymity, said 200 North Korean soldiers had been killed. # killed|200|~A Ukrainian officer|2025-03-12
            Oleksandr Syrsky, Ukraine's army chief, said 200 North Korean soldiers had been killed.           # killed|200|syrsky|2025-03-12
            Han Dong-su, South Korea's defence minister, said 3,000 more North Korean soldiers had been sent.  # deployed|3,000|~Han Dong-su|2025-03-12
            Ukraine's army said 200 North Korean soldiers had been killed.                                    # killed|200|ukraine_general_staff|2025-03-12
            """)
    void aParticipleOrAPossessedTitleBetweenTheSubjectAndItsVerbLeavesTheSubjectTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 41, certainty: a source named by a possessive pronoun and a title alone ("Its spokesperson said") belongs
     * to someone an earlier sentence named, so its words are shown as worded, never as a fact; a possessive before a
     * name ("Its leader Volodymyr Zelensky") or a title of the sentence's own subject stays sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Pentagon held a briefing on Monday. / Its spokesperson said 11,000 North Korean troops were in Kursk. # claimant the source is someone's named in an earlier sentence
            Ukraine held talks on Monday. / Its leader Volodymyr Zelensky said 3,000 North Korean soldiers had been killed. # claimant sure
            A Pentagon spokesperson said 11,000 North Korean troops were in Kursk.                          # claimant sure
            """)
    void aSourceNamedByAPossessivePronounAndATitleIsNeverAFact(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, "claimant " + field(claims.get(claims.size() - 1).certainty().claimant()));
    }

    /**
     * Round 41, claimants: an "according to" set off by commas right after a speaker's verb ("The NIS estimated,
     * according to lawmakers, that ...") names who passed the speaker's word on: the speaker is the source and the
     * aside its relay. With no speaker's verb before it, an "according to" still names the source. Expected:
     * metric|text|claimant|relay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS estimated, according to lawmakers, that 300 North Korean soldiers had been killed.      # killed|300|nis|south_korean_lawmakers
            Budanov said on Monday, according to Ukrainian officials, that 11,000 North Korean soldiers were in Kursk. # deployed|11,000|budanov|ukraine_government
            The NIS estimated that 300 North Korean soldiers had been killed.                               # killed|300|nis|-
            According to lawmakers, 300 North Korean soldiers had been killed.                              # killed|300|south_korean_lawmakers|-
            """)
    void anAccordingToSetOffAfterASpeakersVerbNamesTheRelay(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 42, counts inside noun phrases (sentences written for this round): a number glued to "-man", "-member" or
     * "-strong" sizes the unit noun after it ("a 4,000-man contingent", "a 9,000-strong deployment") and "-odd" makes
     * a number about so much; another side's unit, a delegation, tonnage or an orchestra so sized count no troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said North Korea sent a 4,000-man contingent to Kursk.                                # deployed|4,000|budanov|2025-03-12
            Budanov said a 9,000-strong North Korean deployment had reached Kursk.                        # deployed|9,000|budanov|2025-03-12
            Budanov said North Korea had sent a 2,500-member brigade to the front.                        # deployed|2,500|budanov|2025-03-12
            Budanov said North Korea had sent 7,000-odd troops to Kursk.                                  # deployed|7,000-odd|budanov|2025-03-12
            Budanov said a 600-man Russian battalion had relieved North Korean units.                     # none
            Budanov said North Korea sent a 30-member delegation to Moscow.                               # none
            Budanov said a 5,000-ton North Korean freighter had docked at Vladivostok.                    # none
            Budanov said North Korea's 800-strong orchestra had toured Moscow.                            # none
            Budanov said North Korean troops had dug in 20-odd kilometres from Sudzha.                    # none
            """)
    void aNumberGluedToManMemberOrStrongSizesTheUnitAndOddMakesItAbout(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, naming: the army, troops, soldiers or forces of "Kim" are North Korea's, as "Kim's regime" is (round
     * 40); another leader's army and a lower-case north stay someone else's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Kim's army had lost 2,000 men in Kursk.                                          # killed_or_wounded|2,000|budanov|2025-03-12
            Budanov said 70 of Kim's soldiers had been captured.                                          # captured|70|budanov|2025-03-12
            Budanov said Kim's forces had suffered 900 casualties.                                        # killed_or_wounded|900|budanov|2025-03-12
            Budanov said Putin's army had lost 2,000 men in Kursk.                                        # none
            Seoul said the north of Ukraine had lost 300 soldiers in January.                             # none
            """)
    void theArmyOrTroopsOfKimAreNorthKoreas(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, wordings of losses (sentences written for this round): irrecoverable losses are the dead, "KIA" counts
     * the dead as a noun, casualty nouns joined by "and" or "or" ("dead and wounded") are one head read whole, and a
     * move out of the fight with wounds ("evacuated with wounds") counts the wounded while a move alone counts nothing;
     * the same words of another side's troops count none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said irrecoverable losses among North Korean troops had reached 1,800.                # killed|1,800|budanov|2025-03-12
            Budanov said Ukrainian units had counted 25 North Korean KIA near Sudzha.                     # killed|25|budanov|2025-03-12
            Budanov said his units had counted 900 North Korean dead and wounded near Sudzha.             # killed_or_wounded|900|budanov|2025-03-12
            Budanov said 150 North Korean soldiers had been evacuated with wounds.                        # wounded|150|budanov|2025-03-12
            Budanov said irrecoverable losses among Russian troops had reached 1,800 on that front.       # none
            Budanov said 150 North Korean soldiers had been evacuated from the front.                     # none
            Budanov said his units had counted 25 Russian KIA near Sudzha.                                # none
            Budanov said his units had counted 900 Russian dead and wounded near Sudzha.                  # none
            """)
    void irrecoverableLossesKiaJoinedCasualtyNounsAndEvacuationWithWoundsCountTheirFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, numbers that count no troops of this war: the dead or captured of another war ("In the 1950-53 war",
     * "During the Korean War") as its sendings already were (round 40), and an age a person gives ("said he was 20");
     * a war named as the measure of this one ("since the Korean War") and a number after "he was told" still count.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            In the 1950-53 war, about 200,000 North Korean soldiers died, Budanov said.                   # none
            During the Korean War, 100,000 North Korean soldiers were taken prisoner, Budanov said.       # none
            One of the two captured North Korean soldiers told Budanov he was 20.                         # captured|two|unknown|2025-03-12
            A North Korean prisoner said he is 26 years old, Budanov said.                                # none
            Budanov said 400 North Korean soldiers had died in Kursk, more than in any battle since the Korean War. # killed|400|budanov|2025-03-12
            Budanov said he was told 300 North Korean soldiers had been captured.                         # captured|300|budanov|2025-03-12
            """)
    void theDeadOfAnotherWarAndAnAgeAPersonGivesCountNoTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, whose losses: losses inflicted on (or caused among) a side are that side's whoever inflicted them, a
     * number with no noun after a second verb counts the side the first verb's object named, and a side that lost
     * troops "fighting" North Koreans lost its own; "killed or wounded and 9 captured" keeps "killed or wounded" whole.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said Ukrainian drones had inflicted 1,200 casualties on North Korean units.           # killed_or_wounded|1,200|budanov|2025-03-12
            Budanov said Ukrainian troops had killed 60 North Korean soldiers and wounded 90.             # killed|60|budanov|2025-03-12; wounded|90|budanov|2025-03-12
            Budanov said Russia had lost 400 North Korean soldiers near Sudzha.                           # killed_or_wounded|400|budanov|2025-03-12
            Budanov said 2,100 North Korean troops had been killed or wounded and 9 captured.             # killed_or_wounded|2,100|budanov|2025-03-12; captured|9|budanov|2025-03-12
            Budanov said North Korean gunners had inflicted 1,200 casualties on Ukrainian units.          # none
            Budanov said North Korean troops had killed 60 Ukrainian soldiers and wounded 90.             # none
            Budanov said Ukraine had lost 400 soldiers fighting North Korean troops.                      # none
            """)
    void lossesInflictedOnASideOrItsElidedObjectAreThatSidesAndAJoinedFateStaysWhole(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, whose unit and whose people: a unit a size word sizes right after another side's name ("Russia's
     * 600-man units") is that side's, though North Koreans serve in it; a country's population counts no troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said North Korea's 600-man units had reached Kursk.                                   # deployed|600|budanov|2025-03-12
            Budanov said North Korea, with its population of 26 million, had lost 4,000 soldiers.         # killed_or_wounded|4,000|budanov|2025-03-12
            Budanov said Russia's 600-man units had taken in North Korean officers.                       # none
            Budanov said Russian 600-strong units included North Korean gunners.                          # none
            Budanov said North Korea's population of 26 million mourned its dead.                         # none
            """)
    void aUnitSizedAfterAnotherSidesNameIsThatSidesAndAPopulationIsNoCount(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, pronouns and owners: Kim Jong Un named in full speaks of North Korea's troops, so "them" in the next
     * sentence are North Koreans; losses a sentence calls another side's "own" are that side's, though the paragraph
     * is about North Korea's troops, while "their own" with no other side named stays North Korea's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kim Jong Un sent his soldiers to Russia. / Some 4,000 of them have been killed or wounded, Budanov said. # killed_or_wounded|Some 4,000|budanov|2025-03-12
            Kim Jong Un sent his soldiers to Russia. / Two of them have been captured, Budanov said.      # captured|Two|budanov|2025-03-12
            North Korean troops joined the fighting. / Budanov said their own losses were 500.            # killed_or_wounded|500|budanov|2025-03-12
            North Korean troops joined the fighting. / Ukraine says its own losses were 500.              # none
            North Korean troops joined the fighting. / Budanov said Russia's own losses were 500.         # none
            Kim Jong Un met Putin in Moscow. / Russia has lost 600,000 soldiers, Budanov said.            # none
            """)
    void kimJongUnsSoldiersAreNorthKoreasAndAnotherSidesOwnLossesAreItsOwn(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 42, a part of troops already named: "N of them" whose own verb group sends them or finds them there ("have
     * arrived in Kursk", "are now in Kursk") counts North Korean troops sent, as a vague "a small number" already did;
     * the part of another side's troops, or of troops in hospital or sent home, counts none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent troops to Russia. / Some 9,000 of them have arrived in Kursk, Budanov said.   # deployed|Some 9,000|budanov|2025-03-12
            North Korea sent troops to Russia. / Budanov said 9,000 of them are now in Kursk.              # deployed|9,000|budanov|2025-03-12
            Russian troops were moved to Kursk. / Some 9,000 of them are now in Kursk, Budanov said.       # none
            North Korean troops fought in Kursk. / About 300 of them are now in hospital, Budanov said.    # none
            North Korean troops fought in Kursk. / About 300 of them have been sent home, Budanov said.    # none
            """)
    void aPartOfTroopsAlreadyNamedWhoseOwnVerbSendsThemIsSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, claimants: analysts, researchers, experts and sources at a listed body ("researchers at the ISW",
     * "sources at the Pentagon") speak for it, as its officials and spokespeople do; a body named deeper in the phrase
     * ("analysts at a think tank in Seoul") does not, and a listed head ("Ukrainian officials in Washington") keeps its
     * own id.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Researchers at the Institute for the Study of War said 800 North Korean soldiers had been killed. # killed|800|isw|2025-03-12
            Analysts at the ISW said 800 North Korean soldiers had been killed.                               # killed|800|isw|2025-03-12
            Sources at the Pentagon said 4,000 more North Korean troops had gone to Russia.                   # deployed|4,000|pentagon|2025-03-12
            Analysts at a think tank in Seoul said 250 North Korean soldiers had been wounded.                # wounded|250|~Analysts at a think tank in Seoul|2025-03-12
            Ukrainian officials in Washington said 250 North Korean soldiers had been wounded.               # wounded|250|ukraine_government|2025-03-12
            Experts from a university in Kyiv said 250 North Korean soldiers had been wounded.               # wounded|250|~Experts from a university in Kyiv|2025-03-12
            """)
    void peopleAtAListedBodySpeakForIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, claimants: a name in a relative clause on a noun set off after the figure's clause (", a move the
     * Pentagon condemned", ", a step that Seoul condemns") speaks of the move, not the figure, so it is not the
     * figure's source; a noun of the figure itself (", a figure the Pentagon gave") and a speaker's own verb after the
     * figure (", a senior Pentagon official said") keep their speaker.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has sent 7,000 troops to Russia, a move the Pentagon condemned.                    # deployed|7,000|unknown|2025-03-12
            Pyongyang has sent 7,000 troops to Russia, a step that Seoul condemns.                      # deployed|7,000|unknown|2025-03-12
            Pyongyang has sent 7,000 troops to Russia, a figure the Pentagon gave on Monday.            # deployed|7,000|pentagon|2025-03-10
            Pyongyang has sent 7,000 troops to Russia, a senior Pentagon official said.                 # deployed|7,000|pentagon|2025-03-12
            Pyongyang has sent 7,000 troops to Russia, the Pentagon said, a move Seoul condemned.       # deployed|7,000|pentagon|2025-03-12
            """)
    void aNameInAClauseOnAMoveSetOffAfterTheFigureIsNotItsSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, claimants: a negated cue ("has never confirmed", "did not confirm", "neither confirmed nor denied")
     * states nothing, so its subject is not the source of the figure in its content; the same subject's next verb that
     * is not negated ("did not say where, but said") still makes it the source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Moscow has never confirmed that 7,000 North Korean troops went to Kursk.                    # deployed|7,000|unknown|2025-03-12
            The Pentagon did not confirm that 7,000 North Korean troops went to Kursk.                  # deployed|7,000|unknown|2025-03-12
            Russia has neither confirmed nor denied that 7,000 North Korean troops went to Kursk.       # deployed|7,000|unknown|2025-03-12
            The Pentagon has confirmed that 7,000 North Korean troops went to Kursk.                    # deployed|7,000|pentagon|2025-03-12
            Budanov did not say where, but said 450 North Korean soldiers had been killed.              # killed|450|budanov|2025-03-12
            """)
    void aNegatedCueNamesNoSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, certainty: a source placed only by "there" ("Officials there said") is placed by an earlier sentence,
     * so its words are shown as worded, never as a fact; "there" elsewhere ("There, officials said", "said there
     * were") leaves the source sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Pentagon held a briefing on Monday. / Officials there said 7,000 North Korean troops were in Kursk. # claimant the source is placed by an earlier sentence
            There, officials said 7,000 North Korean troops were in Kursk.                                  # claimant sure
            Officials said there were 7,000 North Korean troops in Kursk.                                   # claimant sure
            """)
    void aSourcePlacedOnlyByThereIsNeverAFact(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, "claimant " + field(claims.get(claims.size() - 1).certainty().claimant()));
    }

    /**
     * Round 43, claimants and relays: "cited" opening a relative clause on an outlet ("according to a report by the
     * WSJ that cited US officials", "according to Reuters, which cited Ukrainian sources") cites as "citing" does: the
     * cited party is the source and the outlet its relay. A relative clause of citing on another speaker ("The NIS,
     * which cited satellite images, said") or citing nobody ("who cited no sources") leaves the speaker the source.
     * Expected: metric|text|claimant|relay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            According to a report by the Wall Street Journal that cited US officials, 7,000 North Korean troops were in Kursk. # deployed|7,000|us_officials|wsj
            According to Reuters, which cited Ukrainian sources, 450 North Korean soldiers had been killed. # killed|450|ukraine_government|reuters
            The NIS, which cited satellite images, said 4,000 more North Korean troops had gone to Russia.   # deployed|4,000|nis|-
            Budanov, who cited no sources, said 450 North Korean soldiers had been killed.                   # killed|450|budanov|-
            A report by the NIS that North Korea had sent 4,000 more troops was confirmed by Reuters.         # deployed|4,000|nis|-
            """)
    void citedOpeningARelativeClauseOnAnOutletNamesTheSource(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 43, claimants: a listed name after "close to" ("sources close to the Pentagon") is whom the speakers are
     * near, not who speaks, so it is no claimant; officials "at" the body still speak for it. Round 45: the sources
     * keep their own words, the place among them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Sources close to the Pentagon said 7,000 North Korean troops were in Kursk.                 # deployed|7,000|~Sources close to the Pentagon|2025-03-12
            A source close to the NIS said 4,000 more North Korean troops had gone to Russia.           # deployed|4,000|~A source close to the NIS|2025-03-12
            Officials at the Pentagon said 7,000 North Korean troops were in Kursk.                     # deployed|7,000|pentagon|2025-03-12
            """)
    void aListedNameAfterCloseToIsNotTheSpeaker(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, certainty: a figure with its own hearsay and no one named, in a clause coordinated after the speaker's
     * ("..., according to the NIS, and more than 5,000 were reported killed") or as a participle on its own noun ("Of
     * the 9,000 troops thought to have been sent, Budanov said ..."), may or may not be the speaker's: the claimant is
     * shown as worded. A coordinated clause with no hearsay, a clause's own "are thought to" and a participle that
     * describes the troops after a comma leave the speaker sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent some 9,000 troops, according to the NIS, and more than 5,000 were reported killed. # claimant the figure is reported in its own words, with no source named
            The NIS said North Korea sent 9,000 troops, and 5,000 of them have been killed.                    # claimant sure
            About 9,000 North Korean troops are thought to have been sent, Budanov said.                       # claimant sure
            """)
    void aFigureWithItsOwnHearsayIsNeverTheSpeakersFact(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, "claimant " + field(claims.get(claims.size() - 1).certainty().claimant()));
    }

    /** Round 43, certainty: the first figure of a sentence with a hearsay participle on its noun is shown as worded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Of the roughly 9,000 North Korean troops thought to have been deployed in Kursk, Budanov said that about 3,000 had become casualties. # claimant the figure is reported in its own words, with no source named
            Of the roughly 9,000 North Korean troops deployed in Kursk, Budanov said that about 3,000 had become casualties. # claimant sure
            """)
    void aHearsayParticipleOnTheFiguresNounIsNeverTheSpeakersFact(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, "claimant " + field(claims.get(0).certainty().claimant()));
    }

    /**
     * Round 43, claimants: a possessed statement noun joined to its content by a copula ("The NIS's assessment is
     * that ...", "Budanov's assessment was that ...") is its owner's word, as "the NIS's assessment that" is; a
     * possessed noun that is not a statement ("The NIS's view of Kursk is grim") and a passive audience ("Lawmakers
     * were told by the NIS that") keep their readings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS's assessment is that Pyongyang has sent about 4,000 more troops to Russia.            # deployed|about 4,000|nis|2025-03-12
            Budanov's assessment was that 450 North Korean soldiers had been killed.                      # killed|450|budanov|2025-03-12
            Lawmakers were told by the NIS that 4,000 more North Korean troops had gone to Russia.        # deployed|4,000|nis|2025-03-12
            """)
    void aPossessedStatementNounWithACopulaIsItsOwnersWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, cues: "understands" and the perfect "has written" say who holds or gave the figure ("Washington
     * understands that", "Zelensky has written on Telegram that"); the agentless passive ("is understood to have sent",
     * "It is understood that") names no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Washington understands that Pyongyang has sent about 4,000 more troops to Russia.            # deployed|about 4,000|us_officials|2025-03-12
            Zelensky has written on Telegram that 450 North Korean soldiers have been killed.            # killed|450|zelensky|2025-03-12
            Pyongyang is understood to have sent about 4,000 more troops to Russia.                      # deployed|about 4,000|unknown|2025-03-12
            It is understood that 450 North Korean soldiers have been killed.                            # killed|450|unknown|2025-03-12
            """)
    void understandsAndHasWrittenAreCues(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, claimants: a figure or statement noun owned by a listed name right before the figure's "of"
     * ("Budanov's figure of 450", "the NIS's estimate of 9,000") is the owner's word, and stays so (shown as worded)
     * when another party disputes it; a possessed noun that is no statement ("Kim Jong Un's visit to 450 soldiers")
     * names no source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov's figure of 450 North Korean soldiers killed was disputed by the Kremlin.             # killed|450|budanov|2025-03-12
            The NIS's estimate of 9,000 North Korean troops in Kursk has not changed.                     # deployed|9,000|nis|2025-03-12
            Kim Jong Un's visit to 450 North Korean soldiers in Kursk was filmed.                         # deployed|450|unknown|2025-03-12
            """)
    void aFigureNounOwnedByAListedNameIsTheOwnersWord(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 43, cues: "put it" in a comment clause opened by "as" (", as the NIS put it,", "As Budanov put it,") says
     * whose words the sentence gives; "put" outside that clause and its frame "put ... at" ("North Korea put 4,000
     * more troops into Kursk") is no cue.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has sent about 4,000 more troops, as the NIS put it, to make up for its losses.     # deployed|about 4,000|nis|2025-03-12
            As Budanov put it, 450 North Korean soldiers had been killed in a week.                       # killed|450|budanov|2025-03-12
            North Korea put 4,000 more troops into Kursk.                                                 # deployed|4,000|unknown|2025-03-12
            """)
    void putItInACommentClauseIsACue(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Trial 6: a headline's verb of exceeding in the present plural ("casualties top 4,000") is "more than", as "tops"
     * and "topped" were; a figure not after it keeps no qualifier.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine says North Korean casualties top 4,000.                       # more than|4,000
            Ukraine says North Korean losses surpass 4,000.                       # more than|4,000
            Ukraine says North Korean casualties topped 4,000.                    # more than|4,000
            Ukraine says 4,000 North Korean soldiers were killed or wounded.      # -|4,000
            """)
    void aHeadlineVerbOfExceedingIsMoreThan(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(1, claims.size(), describe(claims));
        Figure f = claims.get(0).figure();
        assertEquals(expected, (f.qualifier() == null ? "-" : f.qualifier()) + "|" + String.format("%,d", f.low()));
    }

    /**
     * Trial 6: a verb of a fate no metric counts right before the figure ("has rotated out about 1,200 soldiers") makes
     * it no figure of the sent, though "rotated" alone is a cue of the sent; troops rotated in still are.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has rotated out about 1,200 soldiers, according to the HUR.            # none
            Pyongyang has pulled out 2,000 troops from Kursk, the NIS said.                     # none
            Pyongyang has withdrawn some 2,000 troops from Kursk, the NIS said.                 # none
            North Korea has rotated about 1,200 fresh soldiers into Kursk, according to the HUR. # deployed|about 1,200|hur|2025-03-12
            Pyongyang has sent 2,000 troops to Kursk and pulled out others, the NIS said.       # deployed|2,000|nis|2025-03-12
            """)
    void aVerbOfWithdrawalBeforeTheFigureIsNoDeployment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46, precision by construction: a vague part of a group or none of it ("many of the 12,000 troops were
     * wounded", "none of the 11,000 soldiers has surrendered", "how many of the 11,000 have died") tells the part's
     * fate; the whole is the force sent, as after "most of" (figureFrames.fractions). "All of" is the whole itself.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Many of the 12,000 North Korean troops sent to Kursk were wounded.                                   # deployed|12,000|unknown|2025-03-12
            None of the 11,000 North Korean soldiers has been taken prisoner, Kyiv said.                         # deployed|11,000|ukraine_government|2025-03-12
            How many of the 11,000 North Korean soldiers have been killed is unknown.                            # deployed|11,000|unknown|2025-03-12
            All of the 300 North Korean soldiers in the unit were killed.                                        # killed|300|unknown|2025-03-12
            Dozens of the North Korean soldiers in Kursk were wounded.                                           # wounded|Dozens|unknown|2025-03-12
            """)
    void aVaguePartOrNoneOfAGroupLeavesTheWholeSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: officials, civilian medical staff, the two sides, countries and homes are counted things or people,
     * never a force (nonTroopUnits); military medics and officers still are.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent 400 medical staff to military hospitals in Russia.                                  # none
            North Korea sent 400 military medics to Russia.                                                      # deployed|400|unknown|2025-03-12
            Pyongyang sent 30 officials to Moscow for the talks.                                                 # none
            Pyongyang sent 30 officers to Kursk.                                                                 # deployed|30|unknown|2025-03-12
            The two sides swapped prisoners, but no North Korean soldiers were among them.                       # none
            North Korean rockets hit 15 houses near Sudzha.                                                      # none
            """)
    void officialsCivilianMedicalStaffSidesAndHomesAreNoForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: a figure in a yes-or-no question or a condition is a possibility (Hypotheticals). Troops asked about
     * are at most planned, as "whether to send" already was; a loss so supposed is no figure. A question that takes its
     * figure as given ("Why has North Korea sent ...") and a main clause after its condition keep theirs. Round 49:
     * troops supposed in a condition ("If 50,000 more were sent, ...", "Should North Korea send 30,000, ...") are no
     * plan anyone reports either, so those two rows, planned until then, are now none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Would Pyongyang send 100,000 troops to Russia if Moscow asked?                                       # planned_deployment|100,000|unknown|2025-03-12
            If 50,000 more North Korean soldiers were sent, the front could shift, analysts said.                # none
            Should North Korea send 30,000 soldiers, Seoul would respond, the minister said.                     # none
            If 3,000 North Korean soldiers had died, Pyongyang would have hidden it, an analyst said.            # none
            Were 500 North Korean soldiers captured in Kursk?                                                    # none
            Should it be confirmed, the new unit would come after some 14,000 North Korean soldiers were sent last year. # deployed|some 14,000|unknown|2025-03-12
            Why has North Korea sent 11,000 troops to Russia?                                                    # deployed|11,000|unknown|2025-03-12
            If confirmed, the NIS figure means 3,000 North Korean soldiers have been killed.                     # killed|3,000|unknown|2025-03-12
            """)
    void aFigureAskedAboutOrSupposedIsAtMostAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: an age ("a soldier who is 19"), a ratio's terms ("1 to 3", "two for every one"), the size of a "number
     * of" things or workers, and a number followed at once by a clause of time ("rose to 38,000 after North Korean
     * troops arrived", whose troops the number does not count) are no North Korean troop figure; the same frames with
     * troops or North Korean losses are.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A North Korean soldier who is 19 was among those captured in Kursk.                                  # none
            Some 19 North Korean soldiers were among those captured in Kursk.                                    # captured|Some 19|unknown|2025-03-12
            The ratio of North Korean dead to wounded was 1 to 3, analysts said.                                 # none
            North Korean units lost two soldiers for every Ukrainian soldier killed.                             # none
            North Korean units lost 1,000 soldiers killed, four times more than the Ukrainians did.              # killed|1,000|unknown|2025-03-12
            The number of North Korean shells sent to Russia reached 12 million, the JCS said.                   # none
            The number of North Korean workers in Russia has risen to 40,000, the NIS said.                      # none
            The number of North Korean troops in Russia has risen to 14,000, the NIS said.                       # deployed|14,000|nis|2025-03-12
            Russian losses rose to 38,000 after North Korean troops arrived in Kursk.                            # none
            North Korean losses rose to 38,000 after Ukrainian troops attacked in Kursk.                         # killed_or_wounded|38,000|unknown|2025-03-12
            """)
    void agesRatiosCountsOfThingsAndTimeClausesAfterANumberAreNoFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: people that North Korean weapons kill or wound ("North Korean missiles killed 12 people") are the other
     * side's (PeopleNotTroops, figureFrames.northKoreanWeapons); another side's weapons, and North Korea's own losses
     * counted as people, say nothing against North Korean troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean missiles killed 12 people in Kyiv on Monday.                                            # none
            A North Korean missile strike wounded 30 people in Kharkiv.                                          # none
            After North Korean-made KN-23 missiles hit the town, 3 people were killed.                           # none
            A Ukrainian missile strike on a training ground killed 30 North Korean soldiers.                     # killed|30|unknown|2025-03-12
            North Korea has lost 300 people in Kursk, the NIS said.                                              # killed_or_wounded|300|nis|2025-03-12
            """)
    void peopleNorthKoreanWeaponsKillOrWoundAreNoNorthKoreanTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: a figure's noun phrase ends at "beside" or "next to" as at "alongside" ("300 Russian paratroopers
     * fighting beside North Korean infantry" are Russians); the reserves at home are a whole army
     * (figureFrames.wholeArmies); a part by "of whom" of another side's figure is that side's, unless it names North
     * Korea itself.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukrainian forces killed 300 Russian paratroopers fighting beside North Korean infantry.              # none
            Ukrainian forces killed 300 North Korean paratroopers fighting beside Russian infantry.              # killed|300|unknown|2025-03-12
            North Korea's reserve forces number around 7.6 million.                                              # none
            The North Korean force in Russia numbers around 14,000.                                              # deployed|around 14,000|unknown|2025-03-12
            North Korean troops fought next to 700 Russian marines, of whom 120 were killed.                     # none
            North Korean troops fought next to 700 Russian marines, 120 of whom were killed.                     # none
            Ukraine holds about 6,000 Russian prisoners of war, among them two North Koreans.                    # captured|two|unknown|2025-03-12
            Some 700 North Korean soldiers reached the front, of whom 120 were killed.                           # deployed|Some 700|unknown|2025-03-12; killed|120|unknown|2025-03-12
            """)
    void anotherSidesTroopsBesideNorthKoreansTheirPartsAndTheReservesAreNoFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: troops a side calls "its own" after the number belong to the side named last before them ("while
     * Russia has moved 50,000 of its own soldiers", ActedOnSides); cooks, chefs, performers and other civilians sent
     * to work count no force (nonTroopUnits), military engineers do.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops, while Russia has moved 50,000 of its own soldiers to Kursk.      # deployed|11,000|unknown|2025-03-12
            Russia has sent troops, while North Korea has moved 11,000 of its own soldiers to Kursk.             # deployed|11,000|unknown|2025-03-12
            North Korea dispatched 60 chefs to Russian restaurants.                                              # none
            North Korea dispatched 60 military engineers to Kursk.                                               # deployed|60|unknown|2025-03-12
            """)
    void anotherSidesOwnTroopsAndCiviliansSentToWorkAreNoFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 46: a number right after a capitalised unit noun names the unit ("Unit 25", NonCounts.unitDesignation);
     * people a regime executes or jails are no war figure (figureFrames.authorityVerbs); families are counted
     * families (nonTroopUnits). The same numbers counting troops still do.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Unit 25 of the North Korean army lost many men in Kursk.                                             # none
            The North Korean unit lost 25 men in Kursk.                                                          # killed_or_wounded|25|unknown|2025-03-12
            North Korea executed 30 officers who refused to go to Russia.                                        # none
            Ukraine killed 30 North Korean officers near Sudzha.                                                 # killed|30|unknown|2025-03-12
            Kim Jong Un met 50 families of soldiers killed in Russia.                                            # none
            Kim Jong Un met the families of 50 soldiers killed in Russia.                                        # killed|50|unknown|2025-03-12
            """)
    void unitNamesPeopleARegimePunishesAndFamiliesAreNoFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, plans: troops "due" or "scheduled" to come, awaited ("Russia is awaiting ... reinforcements"), a
     * deployment still weighed ("is weighing a deployment of"), troops being readied or earmarked, and troops a modal
     * rotates in are a planned deployment ({@code plannedMarkers}, {@code metricCues.deployed}); another side's troops,
     * workers, shells and guns so named are no figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A further 2,000 North Korean troops are due to reach the front next week.             # planned_deployment|A further 2,000|unknown|2025-03-12
            North Korea has sent 11,000 troops to Kursk, and a further 3,000 are due in April.    # deployed|11,000|unknown|2025-03-12; planned_deployment|a further 3,000|unknown|2025-03-12
            A third rotation of 5,000 North Korean troops is scheduled for the summer.            # planned_deployment|5,000|unknown|2025-03-12
            Russia is awaiting North Korean reinforcements of 5,000 troops.                       # planned_deployment|5,000|unknown|2025-03-12
            North Korea is weighing a deployment of 6,000 more troops.                            # planned_deployment|6,000|unknown|2025-03-12
            Pyongyang is reportedly readying 10,000 more soldiers for Russia.                     # planned_deployment|10,000|unknown|2025-03-12
            North Korea has earmarked 7,000 soldiers for the Russian front.                       # planned_deployment|7,000|unknown|2025-03-12
            Pyongyang will rotate in about 5,000 new soldiers in May.                             # planned_deployment|about 5,000|unknown|2025-03-12
            Some 5,000 Russian paratroopers are due in Kursk next week.                           # none
            North Korea is readying 5,000 workers for Russian building sites.                     # none
            North Korea has earmarked 2 million shells for Russia.                                # none
            Russia is awaiting 1,000 North Korean artillery guns.                                 # none
            Russia will rotate in 5,000 fresh troops next month.                                  # none
            """)
    void aForceDueScheduledAwaitedWeighedReadiedEarmarkedOrRotatedInIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, plans: a sending others expect, want or ask of North Korea ("expect Pyongyang to send", "asked
     * Pyongyang to deploy") is still to come ({@code Plans.RAISED_SUBJECT}); one asked of another side is no figure; a
     * sending named after "after" ("after sending 11,000 last year") is done, whatever the clause plans.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Officials expect Pyongyang to send 5,000 more troops.                                            # planned_deployment|5,000|unknown|2025-03-12
            Moscow has asked Pyongyang to deploy 8,000 more troops to Kursk.                                 # planned_deployment|8,000|unknown|2025-03-12
            The Kremlin wants North Korea to send up to 20,000 additional soldiers.                          # planned_deployment|up to 20,000|unknown|2025-03-12
            Russia expects Ukraine to send 5,000 more troops to Kursk.                                       # none
            North Korea could send more troops to Russia, officials said, after sending 11,000 last year.    # deployed|11,000|~officials|2025-03-12
            North Korea may send more troops, after having sent 11,000 already.                              # deployed|11,000|unknown|2025-03-12
            """)
    void aSendingOthersExpectOrAskOfNorthKoreaIsAPlanButOneNamedAfterAfterIsDone(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, sizes: "strong" after a space sizes a unit as "-strong" does ("a 12,000 strong force"), and a
     * strength that closes its unit's phrase ("The contingent, 14,000 strong, is", "is now 14,000 strong") sizes the
     * unit before it; the unit's own verb after the aside may plan it. Another side's unit and a whole army are none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has sent a 12,000 strong force to Russia.                         # deployed|12,000|unknown|2025-03-12
            The North Korean contingent, 14,000 strong, is based in Kursk.              # deployed|14,000|unknown|2025-03-12
            The North Korean contingent in Kursk is now 14,000 strong.                  # deployed|14,000|unknown|2025-03-12
            The North Korean brigade, 6,000 strong, will be sent to Kursk in April.     # planned_deployment|6,000|unknown|2025-03-12
            The Ukrainian contingent in Kursk is 10,000 strong.                         # none
            Russia's army is 1.5 million strong.                                        # none
            The Russian force in Kursk, 50,000 strong, includes North Korean troops.    # none
            """)
    void aStrengthWrittenWithASpaceOrClosingItsUnitSizesTheForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, plans: a participle of size set off by commas ("troops, numbering up to 15,000, could be
     * deployed") leaves the troops' own verb after it to say whether they have gone ({@code FigureFrames.sizeAsideEnd}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Additional North Korean troops, numbering up to 15,000, could be deployed by summer.    # planned_deployment|up to 15,000|unknown|2025-03-12
            North Korean reinforcements, numbering about 6,000, will be sent to Kursk in spring.    # planned_deployment|about 6,000|unknown|2025-03-12
            North Korean troops, numbering about 11,000, were sent to Kursk in October.             # deployed|about 11,000|unknown|2025-03-12
            Ukrainian reinforcements, numbering about 6,000, will be sent to Kursk in spring.       # none
            """)
    void aSizeSetOffByCommasLetsTheTroopsOwnVerbSayWhetherTheyHaveGone(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, precision: a size verb right before a bare number whose subject is workers, labourers or a thing
     * ({@code nonTroopUnits}: "North Korean workers in Russia number about 15,000") sizes no troops; troops so sized still
     * count, and so does "a number that is set to rise to", whose subject is the number of troops before it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean workers in Russia number about 15,000.                                                           # none
            The number of North Korean workers in Russia has grown to 15,000.                                             # none
            North Korean labourers in Russia total about 12,000.                                                          # none
            North Korean troops in Russia number about 11,000.                                                            # deployed|about 11,000|unknown|2025-03-12
            About 3,000 North Korean soldiers are in training camps in Russia, a number that is set to rise to 12,000.    # deployed|About 3,000|unknown|2025-03-12; planned_deployment|12,000|unknown|2025-03-12
            """)
    void aSizeVerbWhoseSubjectIsAThingOrWorkersSizesNoTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, losses: "bodies" and "losses" as the counted noun, a part that was "fatal" and troops "buried"
     * count their fate; another side's bodies, losses and dead, a "fatal strike" on another side, are none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukrainian troops found 30 North Korean bodies after the assault.       # killed|30|unknown|2025-03-12
            The North Korean contingent suffered 1,200 losses in a single week.    # killed_or_wounded|1,200|unknown|2025-03-12
            At least 100 North Korean soldiers were buried in Kursk.               # killed|At least 100|unknown|2025-03-12
            Of the 4,000 North Korean casualties, 1,000 were fatal.                # killed_or_wounded|4,000|unknown|2025-03-12; killed|1,000|unknown|2025-03-12
            Ukrainian forces found 30 Russian bodies in the village.               # none
            Russia's army suffered 900 losses in the Kursk offensive.              # none
            Ukraine buried 40 of its soldiers near Sumy.                           # none
            A fatal strike killed 40 Ukrainian soldiers.                           # none
            """)
    void bodiesLossesAFatalPartAndTroopsBuriedCountTheirFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, losses: a bare "one" after "and" that closes a list of figures ("300 were killed, 2,700 wounded and
     * one captured") is the list's last count ({@code NonCounts.lastOfAList}); "one of the soldiers" and "one North Korean
     * soldier" still tell a story.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 300 North Korean soldiers were killed, 2,700 were wounded and one captured.     # killed|About 300|unknown|2025-03-12; wounded|2,700|unknown|2025-03-12; captured|one|unknown|2025-03-12
            About 200 North Korean soldiers were killed and 400 wounded, and one was captured.    # killed|About 200|unknown|2025-03-12; wounded|400|unknown|2025-03-12; captured|one|unknown|2025-03-12
            One of the soldiers was captured and one was killed.                                  # none
            One North Korean soldier was captured, one of the Ukrainian officers said.            # none
            """)
    void aBareOneClosingAListOfFiguresIsItsLastCountNotAStory(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, sides: troops named with a participle of sending whose agent is North Korea ("soldiers sent by
     * Pyongyang") are North Korea's, whatever their own verb says befell them; another side's agent ties nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 11,000 soldiers sent by Pyongyang are stationed in Kursk.    # deployed|About 11,000|unknown|2025-03-12
            About 300 soldiers sent by Pyongyang were killed in January.       # killed|About 300|unknown|2025-03-12
            About 9,000 troops sent by Russia are fighting near Sudzha.        # none
            """)
    void troopsSentByNorthKoreaAsTheAgentAreItsTroopsWhateverTheirFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, sent: a bare number whose own words put it at a named place, "there" or in a posting ("Some 11,000 are
     * now in Kursk" after a sentence about North Korea's troops, "the 12,000 already there") is deployed
     * ({@code Predicates.presentThere}); "are in hospital", "is a large number" and another side's troops are not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to Russia. / Some 11,000 are now in Kursk, the NIS said.          # deployed|Some 11,000|nis|2025-03-12
            North Korea sent 2,000 more soldiers to join the 12,000 already there.                        # deployed|2,000|unknown|2025-03-12; deployed|12,000|unknown|2025-03-12
            In addition to the 11,000 already in Kursk, North Korea sent 3,000 more troops in January.    # deployed|11,000|unknown|2025-03-12; deployed|3,000|unknown|2025-03-12
            North Korea has sent troops to Russia. / About 300 are in hospital, a doctor said.            # none
            North Korea has sent troops to Russia. / About 10,000 is a large number for Kim.              # none
            Ukraine sent 2,000 more soldiers to join the 12,000 already there.                            # none
            """)
    void aBareNumberPutAtANamedPlaceOrThereIsTheForceDeployed(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, losses: a part with no verb whose word after "of them" names its fate ("4,000 casualties, 600 of
     * them fatal") counts that fate (shown with its clause, two verbs could govern it); "300 of them fatally", an adverb
     * of the whole's verb, still makes the whole the dead and wounded together.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 4,000 North Korean soldiers were casualties, 600 of them fatal.                          # killed_or_wounded|Some 4,000|unknown|2025-03-12; killed|600|unknown|2025-03-12
            North Korean forces have suffered around 5,000 casualties, 1,000 of them fatal.               # killed_or_wounded|around 5,000|unknown|2025-03-12; killed|1,000|unknown|2025-03-12
            Seoul's spy agency said 2,400 North Korean soldiers had been wounded, 300 of them fatally.    # killed_or_wounded|2,400|nis|2025-03-12
            The Ukrainian unit suffered 200 casualties, 50 of them fatal.                                 # none
            """)
    void aPartWhoseWordAfterOfThemNamesItsFateCountsThatFate(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, plans: a deployment said to be "imminent" and a new one being planned ("planning a new dispatch
     * of") are plans; a deadline after a finished verb right before the figure ("reached about 14,000 by the end of
     * January") has passed, unless a modal comes before the verb. Officials sent to talks are no troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Seoul says a fresh deployment of up to 15,000 North Korean troops is imminent.    # planned_deployment|up to 15,000|south_korean_officials|2025-03-12
            Pyongyang is said to be planning a new dispatch of 6,000 troops.                  # planned_deployment|6,000|unknown|2025-03-12
            North Korea's contingent in Russia reached about 14,000 by the end of January.    # deployed|about 14,000|unknown|2025-03-12
            North Korea sent 3,000 more troops by the end of January.                         # deployed|3,000|unknown|2025-03-12
            North Korea could send 3,000 more troops by the end of January.                   # planned_deployment|3,000|unknown|2025-03-12
            North Korea plans to send 20 officials to Moscow next week.                       # none
            Russia is planning a new offensive with 50,000 troops.                            # none
            """)
    void aDeploymentImminentOrNewlyPlannedIsAPlanAndADeadlineAfterADoneVerbHasPassed(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, losses: "taken" is a bare number's own verb ("and two taken prisoner"), so the capture it names
     * counts; "taken to hospital" names no fate of ours.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 1,000 North Korean soldiers were killed, another 3,000 wounded, and two taken prisoner.    # killed|About 1,000|unknown|2025-03-12; wounded|another 3,000|unknown|2025-03-12; captured|two|unknown|2025-03-12
            Ukraine said 200 North Korean troops were killed and one taken prisoner.                         # killed|200|~Ukraine|2025-03-12; captured|one|~Ukraine|2025-03-12
            About 1,000 North Korean soldiers were killed and two taken to hospital.                         # killed|About 1,000|unknown|2025-03-12
            """)
    void aBareNumberTakenPrisonerAfterAListCountsTheCaptured(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 44, metrics shown as worded: a finished sending and one still to come joined by "or" in the figure's
     * clause ("have been or will be sent", "sent or plans to send") leave its metric unsure rather than stated as fact;
     * a sending done and a plan in clauses of their own ("has sent 3,000 soldiers and plans to send 5,000 more troops")
     * stay sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Up to 15,000 North Korean troops have been or will be sent to Russia.              # deployed, sent or still to come: its words name both
            North Korea sent or plans to send about 15,000 troops in total.                    # planned_deployment, sent or still to come: its words name both
            North Korea has sent 3,000 soldiers and plans to send 5,000 more troops.          # planned_deployment, sure
            Up to 15,000 North Korean troops have been sent to Russia.                         # deployed, sure
            """)
    void aSendingDoneOrStillToComeInOneClauseLeavesTheMetricShownAsWorded(String body, String expected) {
        List<Claim> claims = extract(body);
        Claim c = claims.get(claims.size() - 1);
        assertEquals(expected, c.metric().id() + ", " + field(c.certainty().metric()));
    }

    /**
     * Round 50, metrics shown as worded: a word of fate found only in a relative clause set off after the figure's own
     * words (", where Ukrainian units hold villages captured in August") describes what that clause is about, so the
     * metric it gives is never stated as fact; when the figure's own verb before it sends the troops ("have moved to
     * Sudzha, where ..."), that verb says what it counts (trial 10). Near-misses: the fate in the figure's own clause before the relative
     * clause, and a relative clause with no word of fate, stay sure. Likewise a bare number whose own verb opens a
     * quotation (", of whom more than 4,000 \"were lost.\""): the verb is not read, so the metric the figure was given is
     * doubted; a number with its noun before the quotation, or a whole quotation, stays sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said about 4,000 North Korean soldiers have moved to Sudzha, where Ukrainian units hold villages captured in August. # deployed, sure
            Budanov said about 4,000 North Korean soldiers have moved to Sudzha, whose villages were captured in August. # deployed, sure
            Budanov said about 4,000 North Korean soldiers are near Sudzha, where Ukrainian units hold villages captured in August. # captured, the word that says what it counts is in a later clause about something else
            Budanov said about 4,000 North Korean soldiers fight near Sudzha, whose villages were captured in August. # captured, the word that says what it counts is in a later clause about something else
            The NIS said some 2,000 North Korean troops were killed near Sudzha, where Ukraine holds ground. # killed, sure
            The NIS said some 2,000 North Korean troops have arrived in Kursk, where they will fight. # deployed, sure
            Austin said about 8,000 North Korean troops have moved into Russia's Kursk region, where Ukraine holds land captured in August. # deployed, sure
            The NIS said 12,000 North Korean troops went to Kursk, and 4,000 "were lost" there. # deployed, the verb that says what it counts is quoted and was not read
            Of the 12,000 North Korean soldiers sent, 4,000 "have been wounded," Budanov said. # deployed, the verb that says what it counts is quoted and was not read
            The NIS said North Korea sent 12,000 troops to Kursk, of whom 4,000 were killed. # killed, sure
            Budanov said 3,000 North Korean soldiers "were wiped out" near Sudzha. # killed, sure
            "3,000 North Korean soldiers were killed," Budanov said. # killed, sure
            """)
    void aFateInALaterClauseOrAQuotedVerbLeavesTheMetricShownAsWorded(String body, String expected) {
        List<Claim> claims = extract(body);
        Claim c = claims.get(claims.size() - 1);
        assertEquals(expected, c.metric().id() + ", " + field(c.certainty().metric()));
    }

    /**
     * Round 44, sent: a whole opening its clause with "Of the" or "Among the", whose part follows after the comma
     * ("Of the 11,000 North Korean troops, 4,000 have been killed"), is the force ({@code FigureFrames.frontedWhole});
     * a whole named with its own fate ("Of the 300 North Korean soldiers killed") counts that fate, and another side's
     * whole is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Of the 11,000 North Korean troops, 4,000 have been killed or wounded.            # deployed|11,000|unknown|2025-03-12; killed_or_wounded|4,000|unknown|2025-03-12
            Among the 14,000 North Korean soldiers sent to Russia, about 600 have died.      # deployed|14,000|unknown|2025-03-12; killed|about 600|unknown|2025-03-12
            Of the roughly 12,000 North Korean troops in Kursk, most are infantry.           # deployed|roughly 12,000|unknown|2025-03-12
            Of the 50,000 Russian troops in Kursk, 4,000 have been killed.                   # none
            Of the 300 North Korean soldiers killed, 200 were officers.                      # killed|300|unknown|2025-03-12; killed|200|unknown|2025-03-12
            """)
    void aWholeOpeningItsClauseWithOfTheBeforeItsPartIsTheForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 45, claimants: a party named after "close to", "familiar with", "briefed on" or a source noun's "to" ("an
     * aide to Zelensky", "Kyiv's envoy to Seoul") is whom the source is near or serves, never the source; the source
     * keeps its own words, a count of sources among them ("two sources familiar with the matter"), or is left unnamed.
     * Near-misses: a participle's audience ("Speaking to Zelensky, Budanov said"), a place in the content.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            An aide to Zelensky said 2,000 North Korean soldiers had been wounded.                        # wounded|2,000|~An aide to Zelensky|-
            People close to the NIS said 2,000 North Korean soldiers had been wounded.                    # wounded|2,000|~People close to the NIS|-
            According to an official close to the Pentagon, 700 North Korean soldiers were captured.      # captured|700|~an official close to the Pentagon|-
            Yonhap, citing three officials familiar with the plan, reported that 1,000 more North Korean troops had been sent. # deployed|1,000|~three officials familiar with the plan|yonhap
            Officials briefed on the talks said 2,000 North Korean soldiers had been wounded.             # wounded|2,000|~Officials briefed on the talks|-
            Kyiv's envoy to Seoul said 2,000 North Korean soldiers had been wounded.                      # wounded|2,000|unknown|-
            Speaking to Zelensky, Budanov said 2,000 North Korean soldiers had been wounded.              # wounded|2,000|budanov|-
            Zelensky said in a letter to NATO that 2,000 North Korean soldiers had been wounded.          # wounded|2,000|zelensky|-
            The NIS said that two North Korean soldiers had been captured close to Kursk.                 # captured|two|nis|-
            Talking to the BBC, the NIS said 2,000 North Korean soldiers had been wounded.                # wounded|2,000|nis|-
            """)
    void aPartyThatASourceIsNearOrServesIsNotTheSource(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 45, certainty: a source named by a definite title alone ("the security chief says", "The agency said")
     * points back at whoever an earlier sentence named, so its words are shown as worded, never as a fact. Near-misses:
     * an indefinite title, a name, a title with its body, and a listed alias stay sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kim Jong Un met Shoigu in Pyongyang. / North Korea will send 1,000 deminers to Kursk, the security chief said. # the security chief|the source is named by a title alone, pointing back
            The agency said 300 North Korean soldiers had been killed.                                    # The agency|the source is named by a title alone, pointing back
            A senior official said 300 North Korean soldiers had been killed.                             # A senior official|sure
            The Kharkiv Ledger said 300 North Korean soldiers had been killed.                            # The Kharkiv Ledger|sure
            The head of the defector group said 300 North Korean soldiers had been killed.                # The head of the defector group|sure
            The spy agency said 300 North Korean soldiers had been killed.                                # South Korea's National Intelligence Service (NIS)|sure
            """)
    void aSourceNamedByADefiniteTitleAloneIsNeverAFact(String body, String expected) {
        Claim c = extract(body).get(0);
        assertEquals(expected, c.claimant().name() + "|" + field(c.certainty().claimant()));
    }

    /**
     * Round 45, names: a listed person's short name after a rank or honorific ("Secretary Austin", "Gen. Ryder") with
     * no full naming before is most likely that person, shown as worded (a bare short name stays in its words); a full name opening a sentence before an
     * apposition ("Mykhailo Makaruk, a member of the unit,") is the fullest naming of its surname later. Near-misses:
     * a surname already named in full stays sure, an unlisted title and surname keeps its words, and a capitalised
     * word opening a sentence with no apposition ("Yesterday Makaruk") is no naming.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Secretary Austin said 11,000 North Korean troops were in Kursk.                               # lloyd_austin|a listed person's surname with a title, never named in full
            Mykhailo Makaruk, a member of the unit, spoke to the radio. / "Nearly 200 North Korean soldiers were killed," Makaruk said. # ~Mykhailo Makaruk|sure
            Yesterday Makaruk spoke to the radio. / "Nearly 200 North Korean soldiers were killed," Makaruk said. # ~Makaruk|sure
            Lloyd Austin spoke on Monday. / Austin said 11,000 North Korean troops were in Kursk.        # lloyd_austin|sure
            Secretary Hegseth said 11,000 North Korean troops were in Kursk.                              # ~Secretary Hegseth|sure
            """)
    void aListedShortNameWithATitleIsThatPersonAsWorded(String body, String expected) {
        Claim c = extract(body).get(0);
        assertEquals(expected, name(c.claimant()) + "|" + field(c.certainty().claimant()));
    }

    /**
     * Round 45, claimants: people at a listed body speak for it whatever the tagger makes of their verb ("Analysts at
     * the ISW estimate that", "estimate" read as a noun). Near-misses: a body deeper in the phrase ("a think tank in
     * Seoul") and people who are no staff of the body ("Journalists at the BBC") do not make it speak; a noun
     * "estimate" of a named body stays its word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Researchers at the ISW estimate that 1,200 North Korean soldiers have been wounded.          # wounded|1,200|isw|-
            Analysts at the ISW estimate 1,200 North Korean soldiers have been wounded.                  # wounded|1,200|isw|-
            Analysts at a think tank in Seoul estimate that 1,200 North Korean soldiers have been wounded. # wounded|1,200|~Analysts at a think tank in Seoul|-
            Journalists at the BBC estimate that 1,200 North Korean soldiers have been wounded.          # wounded|1,200|unknown|-
            The ISW estimate that 1,200 North Korean soldiers have been wounded was disputed.            # wounded|1,200|isw|-
            """)
    void staffAtABodySpeakForItWhateverTheTaggerMakesOfTheirVerb(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 45, relays: "X told reporters, citing Y, that ...": the speaker of an audience verb with its audience before
     * the citation relays the cited source, as "X said, citing Y, that" does. Near-misses: with no citation the speaker
     * is the source; a date between the verb and the comma still works; an audience with a comma of its own is no gap.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Lee Seong-kweun told reporters, citing the NIS, that 300 North Korean soldiers had been killed. # killed|300|nis|lee_sung_kwon
            Zelensky told the Kharkiv Ledger, citing the GUR, that 800 North Korean soldiers had been killed. # killed|800|hur|zelensky
            Zelensky told journalists that 800 North Korean soldiers had been killed.                    # killed|800|zelensky|-
            Zelensky said on Monday, citing the GUR, that 800 North Korean soldiers had been killed.      # killed|800|hur|zelensky
            """)
    void anAudienceVerbsSpeakerCitingASourceRelaysIt(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 45, names: a listed name that runs on past the "of" where a phrase read forwards stops ("As reported by the
     * General Staff of the Armed Forces of Ukraine") still names its head. Near-misses: a listed name deeper in the
     * phrase ("a unit of the Ukrainian army") is not its head; an unlisted head keeps its words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            As reported by the General Staff of the Armed Forces of Ukraine, 300 North Korean soldiers have been killed. # killed|300|ukraine_general_staff|-
            As reported by the Main Intelligence Directorate of Ukraine's Defence Ministry, 300 North Korean soldiers have been killed. # killed|300|hur|-
            As reported by a unit of the Ukrainian army, 300 North Korean soldiers have been killed.       # killed|300|unknown|-
            As reported by the Kharkiv Ledger of Kyiv, 300 North Korean soldiers have been killed.        # killed|300|~the Kharkiv Ledger|-
            """)
    void aListedNameRunningPastThePhrasesOfStillNamesItsHead(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 48, background of whole articles: a relative clause on a war of the past tells of that war even after
     * "since" ("since the Korean War, in which 2.5 million people died"); a size verb whose subject is a whole army
     * sizes the army at home, whatever verb of stationing went before. Near-misses: a figure of this war after "since
     * the Korean War" as a measure, troops in Russia sized in the same kind of clause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are in Russia. // Pyongyang has sent no force this large since the Korean War, in which about 2.5 million people died. # none
            North Korean troops are in Russia. // Pyongyang has sent no force this large abroad since the Vietnam War, during which some 200 North Korean pilots served. # none
            North Korean troops are in Russia. // This is the largest deployment since the Korean War, the NIS said, adding that 11,000 North Korean soldiers had been sent. # deployed|11,000|nis|2025-03-12
            North Korean troops are in Russia. // Some 28,000 US troops remain stationed in South Korea to deter the North, whose armed forces number about 1.2 million. # none
            North Korean troops are in Russia. // US troops stay in South Korea to deter the North, whose army numbers about 1.2 million. # none
            North Korean troops are in Russia. // US troops stay in South Korea to deter the North, whose troops in Russia number about 11,000, the NIS said. # deployed|about 11,000|nis|2025-03-12
            The NIS said 11,000 North Korean troops, whose commanders answer to Moscow, had been sent to Kursk. # deployed|11,000|nis|2025-03-12
            """)
    void aWarOfThePastOrAnArmyAtHomeSizedInARelativeClauseIsNoFigureOfThisWar(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, sources counted: "two people familiar with the plan said" counts the sources, not troops, and a listed
     * body they are familiar with or briefed on is what they know of, not who speaks. Near-misses: troops that are
     * familiar with something are still counted; people who speak of a body with no such words keep its name away.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea will send thousands more soldiers to Russia, two people familiar with the plan said. # planned_deployment|thousands more|~two people familiar with the plan|-
            North Korea will send thousands more soldiers to Russia, two people familiar with South Korean intelligence assessments said. # planned_deployment|thousands more|~two people familiar with South Korean intelligence assessments|-
            North Korea has sent 3,000 more soldiers to Russia, according to three sources briefed on South Korean intelligence. # deployed|3,000|~three sources briefed on South Korean intelligence|-
            North Korea has sent 3,000 more soldiers to Russia, three officials with knowledge of the matter said. # deployed|3,000|~three officials with knowledge of the matter|-
            Two North Korean soldiers familiar with drones were captured, Zelensky said.                 # captured|Two|zelensky|-
            North Korea has sent 3,000 more soldiers to Russia, South Korean intelligence said.          # deployed|3,000|nis|-
            """)
    void sourcesCountedByWhatTheyKnowAreNoTroopsAndWhatTheyKnowOfDoesNotSpeak(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 48, dates carried: a person the directory does not list who spoke on a stated day, with no figure, dates
     * the figures the same person gives next ("Speaking at the committee, Kim said ..."), as a listed source's dated
     * statement does. Near-misses: another speaker keeps the report's date; the person's own later date wins; a date
     * before the cue sets an older scene and dates nothing after it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Defence Minister Kim Yong-hyun said on Monday that North Korean troops had been in combat. // Speaking at a committee meeting, Kim said North Korea had sent more than 10,000 soldiers. # deployed|more than 10,000|~Kim Yong-hyun|2025-03-10
            Defence Minister Kim Yong-hyun said on Monday that North Korean troops had been in combat. // Kim said North Korea had sent more than 10,000 soldiers. # deployed|more than 10,000|~Kim Yong-hyun|2025-03-10
            Defence Minister Kim Yong-hyun said on Monday that North Korean troops had been in combat. // Zelensky said North Korea had sent more than 10,000 soldiers. # deployed|more than 10,000|zelensky|2025-03-12
            Defence Minister Kim Yong-hyun said on Monday that North Korean troops had been in combat. // Kim said in January that North Korea had sent more than 10,000 soldiers. # deployed|more than 10,000|~Kim Yong-hyun|2025-01
            In January, Kim Yong-hyun, the defence minister, said North Korean troops had been in combat. // Kim said North Korea had sent more than 10,000 soldiers. # deployed|more than 10,000|~Kim Yong-hyun|2025-03-12
            """)
    void anUnlistedPersonsDatedStatementDatesTheFiguresTheyGiveNext(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, claimants carried: "He added that the agency estimated ...": a definite body reporting inside what a
     * person carried from an earlier sentence says is the source, and the person relays it. Near-misses: with no body
     * reporting, or a body that only appears in the clause, the person speaks; a body that never was named is nobody.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Park Sun-won said the NIS believed Pyongyang wanted technology. // He added that the agency estimated some 10,000 North Korean troops were still in Russia. # deployed|some 10,000|nis|park_sun_won
            Park Sun-won said the NIS believed Pyongyang wanted technology. // He added that some 10,000 North Korean troops were still in Russia. # deployed|some 10,000|park_sun_won|-
            Park Sun-won said the NIS believed Pyongyang wanted technology. // He added that the agency had been wrong before, and that some 10,000 North Korean troops were still in Russia. # deployed|some 10,000|park_sun_won|-
            Park Sun-won spoke to reporters. // He added that the agency estimated some 10,000 North Korean troops were still in Russia. # deployed|some 10,000|park_sun_won|-
            """)
    void aBodyReportingInsideWhatACarriedPersonSaysIsTheSourceThePersonRelays(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 48, the topic carried over a paragraph break: a figure right after a paragraph that named North Korea or
     * gave its troops' figures speaks of them as one in the same paragraph does (a think tank's "Casualties." paragraph,
     * a wire's next paragraph); a part ("of whom") of a number passed over counts what that number counts; the enemy's
     * losses are another side's. Near-misses: two paragraphs on; another side named; the enemy's losses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean soldiers are fighting in Kursk. // The NIS assesses that about 4,700 have been killed or wounded. # killed_or_wounded|about 4,700|nis|2025-03-12
            The NIS said North Korea had sent 11,000 soldiers to Kursk. // Another 3,000 have been sent as reinforcements, the agency said. # deployed|11,000|nis|2025-03-12; deployed|Another 3,000|nis|2025-03-12
            North Korean soldiers are fighting in Kursk. // The weather is cold there. // The NIS assesses that about 4,700 have been killed or wounded. # none
            North Korean soldiers are fighting in Kursk. // Russia has lost about 4,700 soldiers there, the NIS said. # none
            North Korean soldiers are fighting in Kursk. // The General Staff said the enemy's losses had reached 40,000 people, of whom 16,000 were killed. # none
            """)
    void aFigureRightAfterAParagraphAboutNorthKoreasTroopsSpeaksOfThem(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, dates: a figure given "according to" a source in the present perfect, with no verb of saying in the
     * past, speaks as of the report, so the source's dated statement in the next sentence does not re-date it.
     * Near-misses: a plain past ("died in Kursk") or a past verb of saying still goes on into that dated statement.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            According to the NIS, about 300 North Korean soldiers have died. / The agency said on Monday that 11,000 North Korean troops had been deployed. # killed|about 300|nis|2025-03-12; deployed|11,000|nis|2025-03-10
            According to the NIS, about 300 North Korean soldiers died in Kursk. / The agency said on Monday that 11,000 North Korean troops had been deployed. # killed|about 300|nis|2025-03-10; deployed|11,000|nis|2025-03-10
            The NIS said about 300 North Korean soldiers have died. / The agency said on Monday that 11,000 North Korean troops had been deployed. # killed|about 300|nis|2025-03-10; deployed|11,000|nis|2025-03-10
            """)
    void aFigureAccordingToASourceInThePresentPerfectSpeaksAsOfTheReport(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, a figure restated in its source's words: "put the number of North Korean troops (in the region) at
     * 11,000" sizes the force wherever the troops are said to be. Near-misses: another side's troops, workers, and
     * troops counted by a fate (left to the casualty readings).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky put the number of North Korean troops in the region at around 11,000.            # deployed|around 11,000|zelensky|2025-03-12
            Zelensky had earlier put the number of North Korean troops at around 11,000.              # deployed|around 11,000|zelensky|-
            Zelensky put the number of Russian troops in the region at around 50,000.                 # none
            The NIS estimated the number of North Korean workers in Russia at about 15,000.          # none
            Zelensky put the number of North Korean soldiers killed at around 3,000.                  # killed|around 3,000|zelensky|2025-03-12
            """)
    void theNumberOfTroopsPutAtAFigureSizesTheForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, dates: "earlier" after a preposition qualifies an event ("soldiers lost in earlier fighting"), so the
     * statement is no earlier one and the next sentence of the same source keeps the report's date. Near-misses: an
     * earlier statement ("had earlier said") or "earlier" on a statement noun ("in earlier reports") still leaves the
     * source's next figure undated.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said the new troops had replaced soldiers lost in earlier fighting. // The agency also said that about 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|about 4,700|nis|2025-03-12
            The NIS had earlier said the new troops were elite. // The agency also said that about 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|about 4,700|nis|-
            The NIS said in earlier reports that the new troops were elite. // The agency also said that about 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|about 4,700|nis|-
            """)
    void earlierOnAnEventMakesNoEarlierStatement(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 48, captives named by where they are held: soldiers "held by Ukraine" (since January) are its prisoners,
     * and a month or a weekday before a verb of telling is no source ("since January have told"). Near-misses: troops
     * that hold a position, or that another side holds in reserve, are no captives.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Two North Korean soldiers held by Ukraine have asked to go to the South, the NIS said.        # captured|Two|nis|2025-03-12
            Two North Korean soldiers held by Ukraine since January have told a visiting lawmaker that they wish to go to the South, the NIS said on Monday. # captured|Two|nis|2025-03-10
            Two North Korean soldiers held a position near Kursk, the NIS said.                           # deployed|Two|nis|2025-03-12
            Russia has held 3,000 North Korean troops in reserve, the NIS said.                           # none
            """)
    void soldiersHeldByUkraineAreItsCaptivesAndAMonthIsNoSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, conditions: troops supposed in a condition, before or after the main clause, were neither sent nor
     * planned ("If Pyongyang sent 100,000 troops, the front could change"). Near-misses: a yes-or-no question still
     * weighs a deployment; a plan in the main clause keeps its figure whatever condition stands before or after it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            If Pyongyang sent 100,000 troops, the front could change, one analyst said.                    # none
            Seoul would respond if North Korea sent 20,000 more soldiers, the minister said.               # none
            Would Pyongyang send 100,000 troops to Russia if Moscow asked?                                  # planned_deployment|100,000|unknown|2025-03-12
            If the war drags on, North Korea will send 20,000 more soldiers, the NIS said.                  # planned_deployment|20,000|nis|2025-03-12
            North Korea will send 20,000 more soldiers if Russia asks, the NIS said.                        # planned_deployment|20,000|nis|2025-03-12
            """)
    void troopsSupposedInAConditionAreNoPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, an army at home sized through a hedge of belief ("North Korea's own army is thought to number about
     * 1.28 million") is no deployment, as "whose army numbers" was not. Near-misses: a contingent or a force in Kursk
     * sized the same way is the force sent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are in Russia. // North Korea's own army is thought to number about 1.28 million.        # none
            North Korean troops are in Russia. // North Korea's standing army is believed to number 1.2 million, the NIS said. # none
            North Korean troops are in Russia. // The North Korean contingent is thought to number about 11,000, the NIS said. # deployed|about 11,000|nis|2025-03-12
            North Korean troops are in Russia. // North Korea's force in Kursk is believed to number 11,000, the NIS said. # deployed|11,000|nis|2025-03-12
            """)
    void anArmyAtHomeSizedThroughAHedgeIsNoDeployment(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, verbs of giving a figure that rewordings use where dev says "said": "counts", "forecasts",
     * "anticipates", "described" (also in the passive, "was described by the NIS"), and "by the agency's account" as
     * "by Seoul's count". Near-misses: "counts" as a noun names nobody; a verb of counting with no figure of troops gives
     * no claim.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky counts about 4,000 North Korean soldiers killed or wounded.                   # killed_or_wounded|about 4,000|zelensky|2025-03-12
            The New York Times forecasts 5,000 North Korean troops in Kursk by Monday.             # planned_deployment|5,000|nyt|2025-03-12
            The capture of 20 North Korean soldiers was described by the NIS on Monday.            # captured|20|nis|2025-03-10
            North Korean troops are in Kursk. // About 300 have died there, by Zelensky's account. # killed|About 300|zelensky|2025-03-12
            Ukraine's counts of North Korean dead are higher, at 3,000.                            # killed|3,000|unknown|2025-03-12
            The NIS counts among its sources 200 North Korean defectors.                          # none
            """)
    void countsForecastsAndAnAccountNameTheSource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, a sending named by its noun and still to come: weighed or foreseen through its article and adjectives
     * ("weighing the dispatch of 30,000", "anticipates a North Korean deployment of 12,000", "a possible new
     * deployment of"). Near-misses: a dispatch confirmed is done; weighing the cost of troops sent is no plan.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang is weighing the dispatch of 30,000 more soldiers, the NIS says.                    # planned_deployment|30,000|nis|2025-03-12
            The NIS anticipates a North Korean deployment of 12,000 soldiers by December.                # planned_deployment|12,000|nis|2025-03-12
            Ukrainian officials warn of a possible new deployment of 100,000 North Korean soldiers.      # planned_deployment|100,000|ukraine_government|2025-03-12
            The NIS confirmed the dispatch of 3,000 North Korean soldiers.                              # deployed|3,000|nis|2025-03-12
            Pyongyang is weighing the cost of the 3,000 North Korean soldiers it has sent, the NIS says. # deployed|3,000|nis|2025-03-12
            """)
    void aSendingNounWeighedOrForeseenIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, the port of arrival: troops "shipped to Vladivostok" after a paragraph on North Korea's troops are sent
     * abroad, as troops sent to Russia are. Near-misses: Russia's own marines shipped there; the same troops two
     * paragraphs on.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are in Russia. // A first group of 1,500 troops was moved to Vladivostok, the NIS said.    # deployed|1,500|nis|2025-03-12
            North Korean troops are in Russia. // 3,000 Russian marines were shipped to Vladivostok, the ministry said.    # none
            North Korean troops are in Russia. // The weather is cold. // A first group of 1,500 troops was moved to Vladivostok, the NIS said. # none
            """)
    void troopsMovedToTheirPortOfArrivalAreSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, sides: a nationality that names the means troops travel by ("aboard Russian navy vessels", "moved by
     * Russian ships", "on Russian military planes") is no side, so the troops stay North Korea's. Near-misses: Russian
     * soldiers on Russian ships, a nationality on what killed them, and Russian ships as the subject.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are in Russia. // The NIS said 1,500 soldiers had been shipped to Vladivostok aboard Russian navy vessels. # deployed|1,500|nis|2025-03-12
            North Korean troops are in Russia. // A first group of 1,500 troops was moved by Russian ships to Vladivostok, the NIS said.  # deployed|1,500|nis|2025-03-12
            North Korean troops are in Russia. // The NIS said 1,500 soldiers had been flown to Russia on Russian military planes.       # deployed|1,500|nis|2025-03-12
            North Korean troops are in Russia. // The NIS said 1,500 Russian soldiers had been shipped to Kursk aboard Russian ships.     # none
            North Korean troops are in Russia. // The NIS said 1,500 soldiers had been killed by Russian artillery.                     # none
            North Korean troops are in Russia. // Russian ships carried 1,500 soldiers to Vladivostok, the NIS said.                     # none
            """)
    void aNationalityNamingTheMeansOfTravelIsNoSide(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, duties and custody: troops "guarding" or "patrolling" a border or "carrying out" work abroad are
     * deployed, and soldiers "in Ukrainian custody" are captives. Near-misses: Russia's troops guarding the border,
     * workers carrying out repairs, Ukrainians in Russia's custody, and a death in custody, which is a death.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Nearly 10,000 North Korean troops are guarding border areas between Russia and Ukraine, the NIS said. # deployed|Nearly 10,000|nis|2025-03-12
            10,000 North Korean troops are patrolling the border, the NIS said.                               # deployed|10,000|nis|2025-03-12
            1,000 North Korean soldiers are carrying out drills in Kursk, the NIS said.                      # deployed|1,000|nis|2025-03-12
            Zelensky said on Saturday that two wounded North Koreans were in Ukrainian custody.               # captured|two|zelensky|2025-03-08
            North Korean troops are in Russia. // 10,000 Russian troops are guarding the border, the NIS said. # none
            North Korean troops are in Russia. // 1,000 workers are carrying out repairs in Kursk, the NIS said. # none
            Russia holds 3,000 Ukrainian soldiers in custody, Zelensky said.                                  # none
            Two North Korean soldiers died in custody, Zelensky said.                                         # killed|Two|zelensky|2025-03-12
            """)
    void troopsOnDutyAbroadAreDeployedAndSoldiersInCustodyAreCaptives(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, what a number counts by its frame: a unit sized by "of" inside a phrase of "in", "from" or "out of"
     * ("casualties in a North Korean force of roughly 12,000") is the whole force sent; a fate named by a noun right
     * before "of" or "at" ("the deaths of 50 ... and the wounding of 47", "puts deaths at about 600") says what its own
     * number counts. Near-misses: a group of 20 that was itself killed; casualties given after a comma keep the
     * clause's measure; an estimate of a number killed stays killed; "killed or wounded at 4,000" has no fate noun.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky counts about 4,000 casualties in a North Korean force of roughly 12,000.                       # killed_or_wounded|about 4,000|zelensky|2025-03-12; deployed|roughly 12,000|zelensky|2025-03-12
            Those losses come from a North Korean force of roughly 11,000, John Kirby says.                          # deployed|roughly 11,000|white_house|2025-03-12
            A North Korean group of 20 soldiers was killed in a drone strike, Zelensky says.                         # killed|20|zelensky|2025-03-12
            Ukraine's special forces claimed the deaths of 50 North Korean soldiers and the wounding of 47 others.   # killed|50|~Ukraine's special forces|2025-03-12; wounded|47|~Ukraine's special forces|2025-03-12
            The NIS puts North Korean deaths at about 600 and casualties, dead and wounded, at about 4,700.          # killed|about 600|nis|2025-03-12; killed_or_wounded|about 4,700|nis|2025-03-12
            The NIS estimate of 600 North Korean soldiers killed was confirmed.                                      # killed|600|nis|2025-03-12
            The NIS put the number of North Koreans killed or wounded at 4,000.                                      # killed_or_wounded|4,000|nis|2025-03-12
            """)
    void aUnitOfANumberIsTheWholeAndAFateNounGovernsItsNumber(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, dates: "told reporters in Budapest on Thursday": a verb of telling, its audience in one word and a
     * phrase of place before the date; the date is the telling's. Near-misses: a date after "that", or among the
     * content's words, stays the content's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            There are 11,000 North Korean soldiers in Kursk, Zelensky told reporters in Budapest on Thursday. # deployed|11,000|zelensky|2025-03-06
            There are 11,000 North Korean soldiers in Kursk, Zelensky told the committee in Kyiv on Thursday. # deployed|11,000|zelensky|2025-03-06
            Zelensky told reporters that in Kursk on Sunday 300 North Korean soldiers were killed.            # killed|300|zelensky|2025-03-12
            Zelensky told reporters 300 North Korean soldiers in Kursk on Sunday were killed.                 # killed|300|zelensky|2025-03-12
            """)
    void aDateAfterTheAudienceAndThePlaceOfATellingDatesIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, a hedged passive of sending ("another batch of around 1,500 troops is believed to have been
     * dispatched") right after a paragraph on North Korea's troops is the troops' own verb, as "have been dispatched"
     * is. Near-misses: another side's troops said to have been sent; the same sentence two paragraphs on.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 3,000 troops to Russia, the NIS said. // Another batch of around 1,500 troops is believed to have been dispatched, the NIS said. # deployed|3,000|nis|2025-03-12; deployed|around 1,500|nis|2025-03-12
            North Korea has sent 3,000 troops to Russia, the NIS said. // Around 1,500 troops are thought to have been sent, the NIS said. # deployed|3,000|nis|2025-03-12; deployed|Around 1,500|nis|2025-03-12
            North Korea has sent 3,000 troops to Russia, the NIS said. // Russia has 600,000 troops, which are said to have been sent to Ukraine. # deployed|3,000|nis|2025-03-12
            North Korean troops are in Russia. // The weather is cold. // Around 1,500 troops are believed to have been sent, the NIS said. # none
            """)
    void aHedgedPassiveOfSendingIsTheTroopsOwnVerb(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 49, relays in an aside: "The NIS, as relayed by lawmaker Park, forecasts ...", "The NIS, through lawmaker
     * Lee, puts ...", "according to the NIS as cited by lawmaker Lee": the name in the aside of passing on relays the
     * source named right before it. Near-misses: an outlet relaying a speaker who is the subject of the cue; a verb of
     * movement "through" a place names no relay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 600 North Korean troops have died, according to the NIS as cited by lawmaker Lee Sung-kwon.       # killed|About 600|nis|lee_sung_kwon
            The NIS, through lawmaker Lee Sung-kwon, puts North Korean deaths at about 600.                         # killed|about 600|nis|lee_sung_kwon
            The NIS, as relayed by lawmaker Park Sun-won, forecasts a total of 10,000 North Korean troops in Russia by December. # planned_deployment|a total of 10,000|nis|park_sun_won
            Park Sun-won said 10,000 North Korean troops are in Russia, as relayed by Yonhap.                       # deployed|10,000|park_sun_won|-
            The NIS said 10,000 North Korean troops were sent through Vladivostok, lawmaker Park Sun-won said.      # deployed|10,000|nis|-
            """)
    void aNameInAnAsideOfPassingOnRelaysTheSourceBeforeIt(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 49, the title: an epithet in the lede ("Seoul says the North's contingent has grown to 3,000 troops")
     * refers to North Korea when the title names it. Near-misses: a title that does not name North Korea, and no title.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Second batch of North Korean soldiers reaches Russia # The NIS said the North's contingent in Russia had grown to about 3,000 troops. # deployed|about 3,000|nis|2025-03-12
            N. Korea readies more troops, Seoul says             # The NIS said the North is preparing to send up to 12,000 troops to Russia. # planned_deployment|up to 12,000|nis|2025-03-12
            Seoul briefs lawmakers on the war in Ukraine         # The NIS said the North's contingent in Russia had grown to about 3,000 troops. # none
            -                                                    # The NIS said the North's contingent in Russia had grown to about 3,000 troops. # none
            """)
    void anEpithetInTheLedeRefersToNorthKoreaNamedInTheTitle(String title, String body, String expected) {
        Article article = new Article("t.txt", "-".equals(title) ? null : title, "Test Outlet", null,
                Published.stated(PUBLISHED), "en", Map.of(), body, 1);
        assertEquals(expected, describe(extraction.extract(article)));
    }

    /**
     * Round 53, gates the coverage grid ({@link CoverageGridTest}) found closed to general English: North Korea by its
     * full official name; a force that "is now on Russian soil", with its verb of being (the place alone is no cue:
     * round 40); two guesses at one figure joined by "or" ("11 or 12,000", "3,000 or 4,000"), and a low end that shares the
     * high end's thousands ("11-12,000"); "north of" as "more than". Near-misses: another country's full name, Russia's
     * troops on Russian soil, numbers joined by "or" that are no guesses at one figure, and "north of" a place.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Democratic People's Republic of Korea has sent 3,000 troops to Russia, the NIS said.          # deployed|3,000|nis|2025-03-12|3000..3000
            Kyiv said the Democratic People's Republic of Korea's troops numbered about 11,000.               # deployed|about 11,000|ukraine_government|2025-03-12|11000..11000
            The Republic of Korea has sent 3,000 troops to the border, the ministry said.                    # none
            North Korea could soon have as many as 12,000 soldiers on Russian soil, Zelensky warned.          # planned_deployment|as many as 12,000|zelensky|2025-03-12|null..12000
            About 8,000 North Korean soldiers are now on Russian territory, the Pentagon said.                # deployed|About 8,000|pentagon|2025-03-12|8000..8000
            Russia has 50,000 soldiers on Russian soil near Kursk, the Pentagon said.                         # none
            North Korea has sent 11 or 12,000 troops to Russia, the NIS said.                                 # deployed|11 or 12,000|nis|2025-03-12|11000..12000
            Pyongyang has deployed 3,000 or 4,000 soldiers to Kursk, a US official said.                      # deployed|3,000 or 4,000|us_officials|2025-03-12|3000..4000
            North Korea has sent 11-12,000 troops to Russia, the NIS said.                                    # deployed|11-12,000|nis|2025-03-12|11000..12000
            Between 500 and 1,000 North Korean soldiers were wounded, the NIS said.                           # wounded|Between 500 and 1,000|nis|2025-03-12|500..1000
            North Korea lost 12 soldiers or 3,000 shells, the NIS said.                                       # killed_or_wounded|12|nis|2025-03-12|12..12
            North Korea sent troops in 2023 or 2024, the NIS said, and 300 North Korean soldiers died.         # killed|300|nis|2025-03-12|300..300
            North Korea has sent north of 15,000 troops to Russia, the NIS said.                              # deployed|north of 15,000|nis|2025-03-12|15000..null
            North Korean troops fought 15 km north of Kursk, and 200 North Korean soldiers died, the NIS said. # killed|200|nis|2025-03-12|200..200
            """)
    void theGridsGatesOpenToGeneralEnglish(String body, String expected) {
        assertEquals(expected, withValues(extract(body)));
    }

    /**
     * Round 53, the subject in the sentence before (the coverage grid's follow-up slot): a figure whose sentence names
     * no North Korea, after a sentence about North Korea's troops, is theirs when a word of more follows its number
     * ("3,000 more soldiers arrived", as "another 3,000" already was), and troops being mobilised are sent (a passive
     * of sending; "to be deployed" makes it a plan). Near-misses: another side named as sender or by nationality,
     * Russia's own mobilisation, "3,000 more than" (no word of more for the troops), and no North Korea before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea's troops are fighting in Kursk. / Some 3,000 more soldiers arrived last week, the NIS said.        # deployed|Some 3,000|nis|2025-03-12
            North Korea's troops are fighting in Kursk. / 3,000 additional soldiers arrived on Monday, the NIS said.       # deployed|3,000|nis|2025-03-12
            North Korea's troops are fighting in Kursk. / About 2,000 extra troops have arrived, the Pentagon said.        # deployed|About 2,000|pentagon|2025-03-12
            North Korea's troops are fighting in Kursk. / About 12,000 soldiers are being mobilised, the NIS said.         # deployed|About 12,000|nis|2025-03-12
            North Korea's troops are fighting in Kursk. / About 12,000 soldiers are being mobilised to be deployed, the NIS said. # planned_deployment|About 12,000|nis|2025-03-12
            North Korea's troops are fighting in Kursk. / Russia sent 3,000 more soldiers, the Kremlin said.               # none
            North Korea's troops are fighting in Kursk. / Some 3,000 more Russian soldiers arrived last week, the Kremlin said. # none
            North Korea's troops are fighting in Kursk. / Russia mobilised 300,000 reservists, the Kremlin said.           # none
            North Korea's troops are fighting in Kursk. / About 300,000 Russian reservists were mobilised, the Kremlin said. # none
            Ukraine's army is short of men. / Some 3,000 more soldiers arrived last week, the General Staff said.          # none
            Ukraine's army is short of men. / About 12,000 soldiers are being mobilised, the General Staff said.           # none
            """)
    void aFigureAfterASentenceAboutNorthKoreasTroopsTakesItsWordOfMoreAndMobilisation(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 53, a dash glued to a number: the text folds an em dash to a hyphen, so "about 3,000—the NIS said—" read as
     * "3,000-the", an adjective like "120-day", and the number was never found. A function word after the dash opens
     * an aside. Near-misses: compounds that stay adjectives ("120-day", "one-in-three", "one-on-one", "3-year-old").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent about 3,000—the NIS said on Monday—to Kursk.                       # deployed|about 3,000|nis|2025-03-10
            North Korea has sent some 11,000—and perhaps more—to Russia, the NIS said.              # deployed|some 11,000|nis|2025-03-12
            Losses among North Korean troops reached about 4,000—the NIS said on Monday.              # killed_or_wounded|about 4,000|nis|2025-03-10
            North Korea sent a 120-day rotation of troops to Kursk, the NIS said.                          # none
            One-in-three North Korean soldiers were wounded, the NIS said.                                 # none
            A 19-year-old North Korean soldier was captured, the SBU said.                                 # none
            """)
    void aDashGluedToANumberOpensAnAsideNotAnAdjective(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 53, a whole whose parts follow in an aside that closes with "among them": "300 soldiers, 20 officers among
     * them, were injured" gave the whole no predicate (only an aside opened by "including" did), so a sentence of three
     * figures gave none. Near-misses: another side's troops, an aside with no "among them" before the predicate, and a
     * part named by no troop noun ("one woman thought to be an interpreter": nonTroopUnits).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 300 North Korean soldiers, 20 officers among them, were injured.                           # wounded|300|nis|2025-03-12; wounded|20|nis|2025-03-12
            The NIS said three North Korean soldiers, two officers and one medic among them, were injured.           # wounded|three|nis|2025-03-12; wounded|two|nis|2025-03-12; wounded|one|nis|2025-03-12
            Some 40 North Korean troops, five snipers among them, have been captured, the SBU said.                  # captured|Some 40|~the SBU|2025-03-12; captured|five|~the SBU|2025-03-12
            The NIS said three North Korean soldiers, two officers and one woman thought to be an interpreter among them, were injured. # wounded|three|nis|2025-03-12; wounded|two|nis|2025-03-12
            The General Staff said 300 Russian soldiers, 20 officers among them, were injured.                       # none
            The NIS said 300 North Korean soldiers, most of them young, were injured.                                # wounded|300|nis|2025-03-12
            """)
    void aWholeWhosePartsCloseAnAsideWithAmongThemTakesThePredicateAfterIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    private static String withRelays(List<Claim> claims) {
        return claims.isEmpty() ? "none" : claims.stream().map(c -> String.join("|", c.metric().id(), c.figure().text(),
                name(c.claimant()), c.relayedBy() == null ? "-" : name(c.relayedBy()))).collect(Collectors.joining("; "));
    }

    /**
     * Round 50, certainty by structure: a name inside the reported words, when the closing cue after them has a subject
     * of its own ("..., a clip of the attack shared on Telegram suggested"), and a figure after a closing cue, past the
     * comma that ends it ("..., the NIS said on Tuesday, a month after Pyongyang sent 3,000"), are kept but never
     * stated as fact. Near-misses: a closing cue whose subject is the name, a cue going on in a participle ("adding
     * that") or a content opened after an aside ("said on Monday, in an interview, that"), and an opening cue. And a
     * press outlet described but not named ("Foreign media", "a local newspaper"; lexicons {@code outletNouns} and
     * {@code vagueOutletWords}) is shown as worded; "Russian media" and a named outlet stay sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 70 North Korean troops were wounded by Ukrainian army drones in Kursk on Monday, a clip of the attack shared on Telegram suggested. # wounded|Some 70|ukraine_general_staff|the name stands inside the reported words, not with the verb that reports them
            Kyiv captured two North Korean soldiers, the NIS said on Tuesday, a month after Pyongyang sent 3,000 more troops to Russia. # deployed|3,000|nis|the figure comes after the speaker's words, outside them
            Two North Korean soldiers were captured, Zelensky said, the first since North Korea sent 11,000 troops to Russia. # deployed|11,000|zelensky|the figure comes after the speaker's words, outside them
            Some 70 North Korean troops were wounded by Ukrainian army drones in Kursk on Monday, the General Staff said. # wounded|Some 70|~the General Staff|sure
            Kyiv captured two North Korean soldiers, the NIS said on Tuesday. # captured|two|nis|sure
            The troops have moved to Kursk, the Pentagon said on Monday, adding that 8,000 more North Korean soldiers were training. # deployed|8,000|pentagon|sure
            Budanov said on Monday, in a televised interview, that 8,000 North Korean soldiers were in Kursk. # deployed|8,000|budanov|sure
            Zelensky said on Monday, 8,000 North Korean soldiers were in Kursk. # deployed|8,000|zelensky|sure
            Foreign media have reported that 500 North Korean soldiers were killed in Kursk. # killed|500|~Foreign media|the outlet is described, not named
            Two North Korean soldiers were captured near Sudzha, a local newspaper reported on Wednesday. # captured|Two|~a local newspaper|the outlet is described, not named
            Russian media reported that 500 North Korean soldiers were killed in Kursk. # killed|500|~Russian media|sure
            The Kharkiv Ledger reported that 500 North Korean soldiers were killed in Kursk. # killed|500|~The Kharkiv Ledger|sure
            """)
    void aNameOrAFigureTheCueDoesNotReachIsNeverStatedAsFact(String body, String expected) {
        assertEquals(expected, lastClaimsClaimant(body));
    }

    /**
     * Round 50, dates: a date in the figure's own clause, before the comma of a closing cue ("... in Kursk on Monday, a
     * clip of the attack shared on Telegram suggested"), dates what the words report, not when they were said, so it
     * is never stated as the claim's date. Near-misses: a date with the closing cue's verb, one after the figure's own
     * clause has ended at a comma, and one of an opening cue stay sure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Some 70 North Korean troops were wounded by Ukrainian army drones in Kursk on Monday, a clip of the attack shared on Telegram suggested. # 2025-03-10|the date is in the reported words, so it may date the event, not the statement
            About 300 North Korean soldiers were killed, the NIS said on Monday. # 2025-03-10|sure
            Hundreds of North Korean soldiers were wounded in Kursk, the NIS reported on Monday, citing a military source. # 2025-03-10|sure
            The NIS said on Monday that 300 North Korean soldiers were killed. # 2025-03-10|sure
            """)
    void aDateInTheReportedWordsBeforeAClosingCueIsNeverTheClaimsDateAsFact(String body, String expected) {
        Claim c = extract(body).get(0);
        assertEquals(expected, c.claimDate().iso() + "|" + field(c.certainty().date()));
    }

    /**
     * Round 54, claimants across sentences of a paragraph (ParagraphSpeakers): a figure whose sentence names no source
     * goes on with the speaker of the sentence right before, in the same paragraph, when it hedges with no name of its
     * own ("reportedly", "is estimated") or, right after that speaker's own figure, tells things as they stand; and the
     * figures before a paragraph's closing cue (", Zelensky said." at the end of a later sentence) are that speaker's.
     * Both are shown as worded. Near-misses: the reporter's background between, a new paragraph, "Meanwhile", a dated
     * or past-perfect event, another party named, a list item, a hedge with no speaker before it, and a named source
     * between the figure and the closing cue leave the figure unnamed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov said 12,000 North Korean soldiers have come to Russia. / As of now, 3,000 North Korean soldiers have been killed or wounded. # killed_or_wounded|3,000|budanov|claimant from the paragraph's speaker in the sentence before
            The Kharkiv Ledger reported that Russia throws North Korean troops into human wave attacks. / Despite hundreds of North Korean casualties, the tactic has reportedly not changed. # killed_or_wounded|hundreds|~The Kharkiv Ledger|claimant from the paragraph's speaker in the sentence before
            The Kharkiv Ledger reported that Russia is forming a battalion of North Korean soldiers. / Up to 2,000 North Korean soldiers are believed to be serving in Kursk. # deployed|Up to 2,000|~The Kharkiv Ledger|claimant from the paragraph's speaker in the sentence before
            There are 9,000 North Korean soldiers in Kursk now. / They are learning to fight drones. / This is dangerous for Europe, Zelensky said. # deployed|9,000|zelensky|claimant named where the paragraph's reported words close, in a later sentence
            Budanov said 12,000 North Korean soldiers have come to Russia. / The troops wear Russian uniforms. / As of now, 3,000 North Korean soldiers have been killed or wounded. # killed_or_wounded|3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers have come to Russia. // As of now, 3,000 North Korean soldiers have been killed or wounded. # killed_or_wounded|3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers have come to Russia. / Meanwhile, 3,000 North Korean soldiers have been killed or wounded. # killed_or_wounded|3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers are in Russia. / Another 3,000 North Korean soldiers arrived in January. # deployed|Another 3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers are in Russia. / Another 3,000 North Korean soldiers had arrived by then. # deployed|Another 3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers are in Russia. / In Kursk, 3,000 North Korean soldiers have been killed or wounded by the Pentagon's count. # killed_or_wounded|3,000|unknown|sure
            Budanov said 12,000 North Korean soldiers are in Russia. / South Korea's spy agency has seen 3,000 North Korean soldiers killed or wounded. # killed_or_wounded|3,000|unknown|sure
            The Kharkiv Ledger reported that Russia throws North Korean troops into human wave attacks. / - Dozens of North Korean soldiers are reportedly dead. # killed|Dozens|unknown|sure
            North Korea's troops wear Russian uniforms. / Dozens of North Korean soldiers are reportedly dead. # killed|Dozens|unknown|sure
            There are 9,000 North Korean soldiers in Kursk now. / The Pentagon said the troops train with drones. / This is dangerous for Europe, Zelensky said. # deployed|9,000|unknown|sure
            """)
    void aFigureWithNoSourceGoesOnWithTheParagraphsSpeakerAsWorded(String body, String expected) {
        assertEquals(expected, lastClaimsClaimant(body));
    }

    /**
     * Round 54, pronouns: a person the quoted words speak of ("\"Zelensky has been told ...,\" he said.") is not who
     * the next sentence's "He added" is; the speaker outside the quotation is. Near-miss: a person named outside any
     * quotation is still the nearest "he".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov spoke in Kyiv on Tuesday. / "Zelensky has been told that 1,000 North Korean soldiers died," he said. / He added that 500 North Korean soldiers had been captured. # captured|500|budanov|claimant from a previous sentence
            Budanov spoke in Kyiv on Tuesday. / "Kim Jong Un will send 1,000 more North Korean soldiers," he said. / He added that 500 North Korean soldiers had been captured. # captured|500|budanov|claimant from a previous sentence
            Budanov spoke in Kyiv on Tuesday. / Zelensky met him there. / He added that 500 North Korean soldiers had been captured. # captured|500|zelensky|claimant from a previous sentence
            """)
    void aPersonNamedInsideTheQuotedWordsIsNotTheNextHe(String body, String expected) {
        assertEquals(expected, lastClaimsClaimant(body));
    }

    /**
     * Round 54, a carried speaker against the sentence's own source: a source the sentence names in its own words,
     * whose cue opens the figure's words, says the figure, though a pronoun or title carried from before closes them
     * ("..., the report added"); it is read as a fact. Near-misses: with no source of its own the carried one stays
     * (as worded), and a definite title alone inside ("the agency estimated") points back as well.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS said 11,000 North Korean soldiers were in Russia. / South Korean media estimated the number of North Korean soldiers newly sent at about 1,000 to 3,000, the report added. # deployed|about 1,000 to 3,000|~South Korean media|sure
            Budanov spoke to reporters on Monday. / Local analysts estimate that 3,000 more North Korean soldiers were sent, he added. # deployed|3,000|~Local analysts|sure
            The NIS said 11,000 North Korean soldiers were in Russia. / Some 3,000 more North Korean soldiers were sent in March, the agency added. # deployed|Some 3,000|nis|claimant from a previous sentence
            Park Sun-won spoke to reporters. / The agency estimated that 3,000 more North Korean soldiers were sent, he added. # deployed|3,000|park_sun_won|claimant from a previous sentence
            """)
    void aSourceTheSentenceNamesOutweighsACarriedOneThatClosesIt(String body, String expected) {
        assertEquals(expected, lastClaimsClaimant(body));
    }

    /**
     * Round 56, a tie carried from the sentences before: a figure whose words point back to troops already spoken of
     * (a determiner before it, before the whole it is a part of, or before the casualty noun it completes) counts North
     * Korea's troops when the article spoke of them last, however many paragraphs back, and its own sentence names no
     * other side; the tie is carried, so the metric is shown as worded. Near-misses: another side's troops spoken of
     * since (a sentence or a paragraph), another side in the figure's clause or its loser, "Ukrainian soldiers" as the
     * sentence's subject, workers, prisoners swapped, no North Korea named at all, a figure without a determiner, and a
     * group pointed back to that the article already counted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Officials say about 900 of the 12,000 deployed soldiers have died. # killed|about 900|carried; deployed|12,000|carried
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // A memorial will honour the 300 soldiers who died in the fighting. # killed|300|carried
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Their losses have reached about 2,500, analysts say. # killed_or_wounded|about 2,500|carried
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Those 300 soldiers who died in the fighting will get a memorial. # killed|300|carried
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Russia lost the 1,000 soldiers it had sent to Kursk. # none
            Pyongyang sent its troops to Kursk last autumn. // Ukrainian soldiers held the town for weeks. // A memorial will honour the 300 soldiers who died in the fighting. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. / Russian forces pushed into the region in March. // Officials say about 900 of the 12,000 deployed soldiers have died. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Ukrainian soldiers said the 300 soldiers who died were buried near the town. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // A memorial in Kyiv will honour the 300 Ukrainian soldiers who died in the fighting. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // The 5,000 workers who arrived in May have died of the cold. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // Kyiv and Moscow exchanged the 150 prisoners of war they held. # none
            Troops moved to Kursk last autumn. // The deployment was announced months later. // A memorial will honour the 300 soldiers who died in the fighting. # none
            Pyongyang sent its troops to Kursk last autumn. // The deployment was announced months later. // A memorial will honour 300 soldiers who died in the fighting. # none
            Kyiv said two North Korean soldiers had been taken prisoner. // The deployment was announced months later. // Pictures showed the two captured soldiers in a hospital bed. # captured|two|sure
            """)
    void aFigurePointingBackToNorthKoreasTroopsSpokenOfBeforeIsTheirsShownAsWorded(String body, String expected) {
        assertEquals(expected, withMetricDoubt(extract(body)));
    }

    /**
     * Round 56, mixed counts: a whole followed by an inclusion marker set off by a comma and North Korea ("counting
     * both Russian and North Korean soldiers", "which includes units of the North Korean army"), in a sentence that
     * names another side, counts both sides: kept, its metric shown as worded, never a North Korean total. Near-misses:
     * a force that faces both sides, an inclusion naming only another side, and an inclusion of North Korea's troops in
     * a sentence that names no other side.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Analysts said Moscow had gathered some 40,000 troops near the border, counting both Russian and North Korean soldiers. # deployed|some 40,000|mixed
            Russia has massed a 40,000-strong force near Sudzha, which includes units of the North Korean army. # deployed|40,000|mixed
            Ukraine has gathered some 40,000 troops near the border to face Russian and North Korean soldiers. # none
            Russia has gathered some 40,000 troops near the border, including Chechen units. # none
            Analysts said the commanders had gathered some 40,000 troops near the border, counting both regular and North Korean units. # none
            """)
    void aWholeThatTakesInNorthKoreasTroopsBesideAnotherSidesIsAMixedCountShownAsWorded(String body, String expected) {
        assertEquals(expected, withMetricDoubt(extract(body)));
    }

    /**
     * Round 56: a vague count whose "of" is followed by an additive word ("thousands of extra infantrymen") adds to the
     * force the sentence before spoke of, as "3,000 more soldiers" does. Near-misses: another nationality on the noun,
     * another side in the clause, and no North Korea in the sentence before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are fighting in Kursk. / Thousands of extra infantrymen in Kursk could turn the battle. # deployed|Thousands|sure
            North Korean troops are fighting in Kursk. / Hundreds of additional soldiers in Kursk could turn the battle. # deployed|Hundreds|sure
            North Korean troops are fighting in Kursk. / Thousands of extra Russian infantrymen in Kursk could turn the battle. # none
            North Korean troops are fighting in Kursk. / Moscow hopes thousands of extra infantrymen in Kursk could turn the battle. # none
            Troops are fighting in Kursk. / Thousands of extra infantrymen in Kursk could turn the battle. # none
            """)
    void aVagueCountOfExtraTroopsAddsToTheForceJustSpokenOf(String body, String expected) {
        assertEquals(expected, withMetricDoubt(extract(body)));
    }

    /**
     * Round 56, a later sentence that names the source: "This was stated by Reuters, citing Western officials" gives
     * the figure before it to the cited officials, passed on by the agent, as a sentence with its own figure does.
     * Near-misses: an agent citing no one, and a "citing" that is no part of the agent's phrase.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 3,000 North Korean soldiers have been killed in Kursk. / This was reported by Reuters, citing Western officials. # killed|About 3,000|western_officials|reuters
            About 3,000 North Korean soldiers have been killed in Kursk. / This was reported by Reuters.      # killed|About 3,000|reuters|-
            About 3,000 North Korean soldiers have been killed in Kursk. / This was reported by Reuters, and analysts citing Western officials agreed. # killed|About 3,000|reuters|-
            """)
    void aLaterSentenceThatNamesTheSourceCitingAnotherGivesTheFigureToTheCitedOne(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 56: a participle between an article and the number ("the estimated 600") is the figure's attribute, not a
     * verb by which a name before it speaks. Near-misses: the participle as the name's own verb, and an article and a
     * participle before a noun, whose verb is another cue.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ties between the Kremlin and Pyongyang are close, and a ceremony will honour the estimated 600 North Korean soldiers who died. # killed|estimated 600|unknown|2025-03-12
            The Kremlin estimated 600 North Korean soldiers had died.                                       # killed|estimated 600|kremlin|2025-03-12
            The JCS said the reported losses of North Korean troops had risen to 4,000.                    # killed_or_wounded|4,000|jcs|2025-03-12
            """)
    void aParticipleBetweenAnArticleAndTheNumberIsNoCue(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /** Each claim as "metric|figure|sure", or its metric's doubt: "carried" for a carried tie, "mixed" for two sides. */
    private static String withMetricDoubt(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "none";
        }
        return claims.stream().map(c -> {
            String reason = field(c.certainty().metric());
            String doubt = CarriedTies.CARRIED.equals(reason) ? "carried"
                    : FigureReader.MIXED_SIDES.equals(reason) ? "mixed" : reason;
            return c.metric().id() + "|" + c.figure().text() + "|" + doubt;
        }).collect(Collectors.joining("; "));
    }

    /** The last claim of a body: "metric|figure|claimant (id, or ~words when unlisted)|claimant's certainty". */
    private static String lastClaimsClaimant(String body) {
        List<Claim> claims = extract(body);
        Claim c = claims.get(claims.size() - 1);
        return c.metric().id() + "|" + c.figure().text() + "|" + name(c.claimant()) + "|" + field(c.certainty().claimant());
    }

    private static String name(tally.model.Claimant c) {
        return c.listed() || !c.known() ? c.id() : "~" + c.name();
    }

    /**
     * Session of 3 December: a place or body joined by a hyphen to a lower-case word ("a Seoul-based institute",
     * "Kyiv-backed") makes an adjective for the noun that speaks, so the place's government is not the source; and a
     * think tank written as one word or hyphenated is a source's head like "think tank". Near-misses: the place itself
     * speaking, a hyphen before a capital inside a listed name, and the two-word head as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent about 2,000 more troops, a Seoul-based research institute estimated.       # deployed|about 2,000|~research institute|2025-03-12
            A Kyiv-based analyst said 300 North Korean soldiers had been killed.                             # killed|300|~analyst|2025-03-12
            A US-funded broadcaster said 300 North Korean soldiers had been killed.                          # killed|300|~broadcaster|2025-03-12
            North Korea has sent about 2,000 more troops, Seoul estimated.                                   # deployed|about 2,000|south_korean_officials|2025-03-12
            Kyiv said 300 North Korean soldiers had been killed.                                             # killed|300|ukraine_government|2025-03-12
            Kim Jong-Un said 12 North Korean soldiers had died.                                              # killed|12|kim_jong_un|2025-03-12
            North Korean troops likely suffered roughly 90 casualties a day, a US thinktank reported.       # killed_or_wounded|roughly 90|~a US thinktank|2025-03-12
            North Korean troops likely suffered roughly 90 casualties a day, a US think-tank reported.      # killed_or_wounded|roughly 90|~a US think-tank|2025-03-12
            North Korean troops likely suffered roughly 90 casualties a day, a US think tank reported.      # killed_or_wounded|roughly 90|~a US think tank|2025-03-12
            North Korean troops likely suffered roughly 90 casualties a day, a US tank reported.            # killed_or_wounded|roughly 90|unknown|2025-03-12
            """)
    void aHyphenatedPlaceDescribesTheSourceAndAThinktankIsASource(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Trial 10: the sentence's own hedge of a figure is kept with its source, in its own words, so a reply shows it
     * ("had probably suffered around 4,000" was shown as "around 4,000"). Near-misses: a hedge in an aside set off by
     * commas, in another clause, hearsay ("reportedly", "is believed"), and "likely" inside a longer word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            UK Defence Intelligence said North Korean troops had probably suffered around 4,000 casualties.      # probably
            The ministry said North Korean forces have highly likely suffered more than 6,000 casualties.       # highly likely
            The ISW said North Korean units likely lost about 92 soldiers a day in December.                     # likely
            The NIS said Pyongyang may have sent another 3,000 troops to Russia in January.                     # may have
            Kyiv said it was unlikely that more than 1,000 North Korean soldiers had been killed.               # unlikely
            The NIS, which is probably the best informed, said 300 North Korean soldiers had been killed.        # -
            Seoul said 300 North Korean soldiers were killed; more will probably follow.                         # -
            About 300 North Korean soldiers were reportedly killed, the NIS said.                                # -
            About 300 North Korean soldiers are believed to have been killed, the NIS said.                     # -
            The NIS said 300 North Korean soldiers had been killed near Likelyville.                             # -
            """)
    void aSourcesOwnHedgeOfTheFigureIsKeptInItsWords(String body, String expected) {
        List<Claim> claims = extract(body);
        String hedge = claims.get(claims.size() - 1).sources().get(0).hedge();
        assertEquals(expected, hedge == null ? "-" : hedge);
    }

    /**
     * Trial 12: a cue in a later coordinated or contrasting clause (", while", ", whereas", ", but", ", and", ";") with a
     * subject and a content of its own governs only that content, though adjuncts stand between its verb and "that"
     * ("said on Sunday that", "told reporters in a statement that"); a figure in the earlier clause keeps its own cue,
     * or a source carried from before ("The agency told lawmakers that", shown as worded), or none. Near-misses: a
     * figure after the later cue takes it, a closing cue with adjuncts and no content ("..., the Pentagon said in a
     * statement on Sunday", "..., while officials told reporters on Sunday"), a pronoun pointing back at the figure
     * ("confirmed it on Sunday"), a figure of the later cue's own content after its first, and two subjects of one cue.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The NIS briefed lawmakers on Monday. / The agency told lawmakers that up to 500 North Korean soldiers were killed, while Ukraine's military intelligence said on Sunday that at least 2,000 North Korean troops had been wounded. # killed|up to 500|nis|claimant from a previous sentence; wounded|at least 2,000|hur|sure
            The NIS briefed lawmakers on Monday. / The agency estimated that 300 North Korean soldiers had been captured, but the Pentagon said in a statement on Sunday that 1,000 North Korean soldiers had been wounded. # captured|300|nis|claimant from a previous sentence; wounded|1,000|pentagon|sure
            The NIS said up to 500 North Korean soldiers were killed, whereas Budanov said last week that 2,000 North Korean soldiers had been wounded. # killed|up to 500|nis|sure; wounded|2,000|budanov|sure
            Officials say up to 500 North Korean soldiers were killed, and Budanov told reporters on Sunday that 2,000 North Korean soldiers had been wounded. # killed|up to 500|~Officials|sure; wounded|2,000|budanov|sure
            Up to 500 North Korean soldiers were killed; Budanov told reporters on Sunday that 2,000 North Korean soldiers had been wounded. # killed|Up to 500|unknown|sure; wounded|2,000|budanov|sure
            Up to 500 North Korean soldiers were killed, while senior officials in Kyiv told reporters on Sunday that 2,000 North Korean soldiers had been wounded. # killed|Up to 500|unknown|sure; wounded|2,000|ukraine_government|sure
            North Korea sent 11,000 troops, and Putin confirmed in April that they were in Kursk.          # deployed|11,000|unknown|sure
            About 300 North Korean soldiers had been captured, the Pentagon said in a statement on Sunday. # captured|About 300|pentagon|sure
            About 300 North Korean soldiers had been captured, while senior officials in Kyiv told reporters on Sunday. # captured|About 300|ukraine_government|sure
            About 300 North Korean soldiers had been captured, and the Pentagon confirmed it on Sunday.     # captured|About 300|pentagon|sure
            Budanov told reporters on Sunday that 1,000 North Korean soldiers had been wounded, while 300 had been captured. # wounded|1,000|budanov|sure; captured|300|budanov|sure
            The NIS and the Pentagon said on Sunday that 2,000 North Korean soldiers had been wounded.      # wounded|2,000|~The NIS and the Pentagon|sure
            """)
    void aCueInALaterClauseWithAContentOfItsOwnGovernsOnlyThatContent(String body, String expected) {
        assertEquals(expected, withClaimantDoubt(extract(body)));
    }

    /**
     * Trial 12: every item of a list opened by a part marker after a whole ("about 12,000 troops, including 500
     * officers and three generals") is a part of the whole, not only the first; a casualty toll's items are parts when
     * they name a kind within the force. Near-misses: a list with no part marker, a clause that names no troops after
     * its number ("..., and 300 arrived later"), a casualty part named by no kind ("4,700 casualties, including 600
     * deaths").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine said about 12,000 North Korean troops, including 500 officers and three generals, were in Russia. # deployed|about 12,000|total; deployed|500|subset; deployed|three|subset
            Ukraine said about 12,000 North Korean troops, including 500 officers, 40 snipers, and three generals, were in Russia. # deployed|about 12,000|total; deployed|500|subset; deployed|40|subset; deployed|three|subset
            Ukraine said about 12,000 North Korean troops were in Russia, including some 500 officers and about 200 drone operators. # deployed|about 12,000|total; deployed|some 500|subset; deployed|about 200|subset
            The NIS said 300 North Korean soldiers were killed, including 20 officers and five generals.      # killed|300|total; killed|20|subset; killed|five|subset
            North Korea sent 12,000 troops, 500 officers and 300 engineers to Russia.                        # deployed|12,000|total; deployed|500|total; deployed|300|total
            Ukraine said about 12,000 North Korean troops, including 500 officers, were in Russia, and 1,000 North Korean soldiers arrived later. # deployed|about 12,000|total; deployed|500|subset; deployed|1,000|total
            The NIS said North Korea had 4,700 casualties, including 600 deaths.                             # killed_or_wounded|4,700|total; killed|600|total
            """)
    void everyItemOfAListOfPartsAfterAWholeIsAPartOfIt(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Trial 12: counts in apposition after a whole, with no marker of a part ("three soldiers, two officers and one
     * woman, were injured"), are a breakdown of it when they add up to no more than the whole: the whole takes the
     * predicate after them and each troop item is a part. A relative clause inside the subject ("A Telegram channel
     * that offers war-related intelligence claimed that") is no part of the claimant's words, and its verb (here a
     * word of offering, a cue of plans) does not read the figure in the content of "claimed that". Near-misses: items
     * that add up to more than the whole (a list of wholes), a relative clause whose verb cites its object (the cited
     * source speaks), a plan word inside the content, and a "that" opening a content with a subject of its own
     * ("told lawmakers on Monday that it estimates").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Telegram channel that offers war-related intelligence further claimed that three North Korean soldiers, two male officers and one woman, were injured. # wounded|three|~A Telegram channel|total; wounded|two|~A Telegram channel|subset
            The NIS said 300 North Korean soldiers, 20 officers and 50 snipers, were injured.              # wounded|300|nis|total; wounded|20|nis|subset; wounded|50|nis|subset
            Kyiv said 3,000 North Korean troops, 200 officers and 100 snipers, were sent to Kursk.         # deployed|3,000|ukraine_government|total; deployed|200|ukraine_government|subset; deployed|100|ukraine_government|subset
            A Telegram channel which covers the war said that 300 North Korean soldiers were injured.     # wounded|300|~A Telegram channel|total
            A Telegram channel that offers war-related intelligence claimed that 300 North Korean soldiers, 20 officers among them, were injured. # wounded|300|~A Telegram channel|total; wounded|20|~A Telegram channel|subset
            Kyiv said 3,000 North Korean troops, 5,000 workers and 2,000 engineers, were sent to Kursk.    # deployed|3,000|ukraine_government|total; deployed|2,000|ukraine_government|total
            A report that cites intelligence officials said 3,000 North Korean soldiers were killed.       # killed|3,000|~intelligence officials|total
            A Telegram channel that covers the war claimed that Pyongyang offers 3,000 more North Korean soldiers. # planned_deployment|3,000|~A Telegram channel|forecast
            The NIS told lawmakers on Monday that it estimates 300 North Korean soldiers were injured.     # wounded|300|nis|total
            """)
    void countsInAppositionThatAddUpToNoMoreThanTheWholeAreItsBreakdown(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + name(c.claimant()) + "|" + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Trial 12: soldiers who died after they were captured ("died after Ukrainian forces captured them", "died in
     * captivity", "while being taken prisoner") are captives who died, counted for that event, not a battlefield toll:
     * one incident, never a total. Near-misses: a capture of something else in the time clause ("after Russia captured
     * the village"), and deaths and captures as two counts of their own clauses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky said "several" wounded North Korean soldiers had died after Ukrainian forces captured them. # killed|several|incident
            Zelensky said two wounded North Korean soldiers died in captivity.                              # killed|two|incident
            Zelensky said two North Korean soldiers died while being taken prisoner.                        # killed|two|incident
            Zelensky said 300 North Korean soldiers were killed after Russia captured the village.          # killed|300|total
            Zelensky said 300 North Korean soldiers were killed, and Ukraine captured 20.                   # killed|300|total; captured|20|total
            """)
    void soldiersWhoDiedAfterTheirCaptureAreOneIncidentNotAToll(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Round 58 (trial 13): losses dated "on" a day, after the fate or opening the sentence, are that day's fighting,
     * one incident. Near-misses: the day the claim was made ("said on Monday that"), a toll "as of" a day, a day that
     * belongs to a statement between ("media reports on Monday"), a capture on a day (the captives taken) and a
     * sending on a day.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The HUR said at least 30 North Korean soldiers were killed or wounded on March 8 and 9.            # killed_or_wounded|at least 30|incident
            On March 8 and 9, North Korean units lost heavily near two villages, with 30 soldiers killed, the HUR said. # killed|30|incident
            "On Sunday, North Korean units lost heavily - 30 soldiers were killed," the HUR said.              # killed|30|incident
            The HUR said on Monday that 30 North Korean soldiers were killed.                                  # killed|30|total
            The HUR said 300 North Korean soldiers had been killed as of March 8.                              # killed|300|total
            The NIS says 300 North Korean soldiers have been killed, according to media reports on Monday.     # killed|300|total
            On Sunday, the NIS confirmed that 300 North Korean soldiers had been killed.                       # killed|300|total
            The NIS said two North Korean soldiers were captured on Thursday.                                  # captured|two|total
            The NIS said North Korea sent 1,500 troops to Russia on March 8.                                   # deployed|1,500|total
            """)
    void lossesOnADayAreThatDaysIncident(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Round 59 (trial 13): "in addition" after the sending, or "in addition to" a force named after the figure, makes
     * the figure an increment, a part of the force, as "additional" does. Near-misses: the force after "in addition
     * to" (what was added to) and "In addition," opening a sentence, which only links it to the one before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Yu said 1,500 North Korean soldiers believed to have been sent to Russia in addition were at the front. # deployed|1,500|subset
            Yu said North Korea sent 1,500 soldiers to Russia in addition to the 11,000 already there.         # deployed|1,500|subset; deployed|11,000|total
            In addition, 1,500 North Korean soldiers were sent to Russia, Yu said.                              # deployed|1,500|total
            "In addition, 1,500 North Korean soldiers were sent to Russia," Yu said.                            # deployed|1,500|total
            """)
    void anIncrementInAdditionIsAPartOfTheForce(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Round 59 (trial 13): troops that came up to a soldier's own position, trench or line, or fell before it, are one
     * fight's (scopeMarkers.incident: "our position", "our trenches", ...), never the whole force. Near-miss: a
     * "position" that is no place held ("in his position as president").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            "I think nearly 200 North Korean soldiers came up to our position," a Ukrainian sergeant said.     # deployed|nearly 200|incident
            About 40 North Korean soldiers were killed in front of our trenches, a platoon commander said.     # killed|About 40|incident
            North Korea has sent 11,000 troops to Russia, Zelensky said in his position as president.          # deployed|11,000|total
            """)
    void troopsAtTheSpeakersOwnPositionAreOneFight(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /**
     * Round 59 (trial 14): the stretch a figure covers, in phrasings the markers lacked: "in the previous month"
     * (a period), "in the summer offensive" (one event, incidentNouns), while a time in a relative clause on the speaker
     * ("a diplomat who visited Pyongyang last week said") tells of the speaker, and the figure stays a total. Near-miss:
     * "wounded last week" after the figure is still that week's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are fighting in Kursk. / Budanov said the North had lost 600 men in the previous month alone. # killed_or_wounded|600|period
            Western officials said about 1,200 North Korean soldiers were killed in the summer offensive.     # killed|about 1,200|incident
            A European diplomat who visited Pyongyang last week said 2,000 North Korean soldiers had been wounded. # wounded|2,000|total
            The NIS said 2,000 North Korean soldiers had been wounded last week.                               # wounded|2,000|period
            """)
    void theStretchAFigureCoversInOtherWordsAndNotTheSpeakers(String body, String expected) {
        assertEquals(expected, extract(body).stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + c.scope().id()).collect(Collectors.joining("; ")));
    }

    /** Each claim as "metric|figure|claimant (id, or ~words when unlisted)|claimant's certainty". */
    private static String withClaimantDoubt(List<Claim> claims) {
        return claims.isEmpty() ? "none" : claims.stream().map(c -> c.metric().id() + "|" + c.figure().text() + "|"
                + name(c.claimant()) + "|" + field(c.certainty().claimant())).collect(Collectors.joining("; "));
    }

    /**
     * Round 58: families of deployment that a grid of general journalism found closed (a troop noun and no verb the
     * lexicon knows): troops taking part in, involved in or propping up the war, Russia receiving, using or relying on
     * them, troops absorbed into or serving under another army, at the front, in the war zone or in western Russia,
     * given or poured into the war, and Russia wanting, to receive or to use more (a plan). Near-misses: another side's
     * troops, shells or workers received or used, captives receiving treatment, a fate on the front lines, Russia's own
     * soldiers poured in, and another army's helping drones.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 11,000 North Korean soldiers are participating in the war on Russia's side.                    # deployed|About 11,000|unknown|2025-03-12
            Some 2,000 North Korean troops were involved in retaking the border villages.                        # deployed|Some 2,000|unknown|2025-03-12
            An estimated 11,000 North Korean soldiers are propping up Russia's war effort.                       # deployed|An estimated 11,000|unknown|2025-03-12
            About 9,000 North Korean soldiers helped Russia recapture the region.                                # deployed|About 9,000|unknown|2025-03-12
            Russia has received roughly 11,000 North Korean soldiers since the autumn.                           # deployed|roughly 11,000|unknown|2025-03-12
            Moscow is using some 11,000 North Korean troops in its counteroffensive.                             # deployed|some 11,000|unknown|2025-03-12
            Russia is relying on about 11,000 North Korean soldiers to hold the line.                            # deployed|about 11,000|unknown|2025-03-12
            About 11,000 North Korean soldiers were absorbed into Russian airborne units.                        # deployed|About 11,000|unknown|2025-03-12
            About 11,000 North Korean soldiers serve under Russian command.                                      # deployed|About 11,000|unknown|2025-03-12
            North Korea has put about 11,000 troops at Moscow's disposal.                                        # deployed|about 11,000|~North Korea|2025-03-12
            About 11,000 North Korean soldiers are now at the front.                                             # deployed|About 11,000|unknown|2025-03-12
            Roughly 8,000 North Korean soldiers are on the front lines.                                          # deployed|Roughly 8,000|unknown|2025-03-12
            About 11,000 North Korean soldiers are in the war zone.                                              # deployed|About 11,000|unknown|2025-03-12
            About 11,000 North Korean soldiers are in western Russia.                                            # deployed|About 11,000|unknown|2025-03-12
            North Korea has given Russia about 11,000 troops.                                                    # deployed|about 11,000|unknown|2025-03-12
            Pyongyang has poured roughly 11,000 soldiers into the war.                                           # deployed|roughly 11,000|unknown|2025-03-12
            Moscow has been bolstered by some 11,000 North Korean troops.                                        # deployed|some 11,000|unknown|2025-03-12
            Russia wants up to 100,000 more North Korean soldiers.                                               # planned_deployment|up to 100,000|unknown|2025-03-12
            Moscow could receive 6,000 more North Korean soldiers this year.                                     # planned_deployment|6,000|unknown|2025-03-12
            Russia plans to use up to 30,000 North Korean soldiers.                                              # planned_deployment|up to 30,000|unknown|2025-03-12
            Another 6,000 North Korean soldiers are on standby.                                                  # planned_deployment|Another 6,000|unknown|2025-03-12
            About 11,000 Russian soldiers are participating in the counteroffensive.                             # none
            About 11,000 Ukrainian soldiers are now at the front.                                                # none
            Russia has received 3 million North Korean shells.                                                   # none
            Moscow is using about 5,000 North Korean workers on building sites.                                  # none
            Two North Korean soldiers received medical treatment in Kyiv.                                        # none
            About 300 North Korean soldiers were killed on the front lines.                                      # killed|About 300|unknown|2025-03-12
            Russia has poured 50,000 of its own soldiers into the war.                                           # none
            About 15,000 North Korean workers are in western Russia.                                             # none
            Ukrainian drones helped kill about 300 North Korean soldiers.                                        # killed|about 300|unknown|2025-03-12
            """)
    void familiesOfDeploymentAndTheirNearMisses(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58: a sending named by its noun ("an influx of", "the arrival of") as the subject of a modal is a sending
     * supposed or to come, a plan; the same noun before a finished verb was made. Another side's conscripts stay out.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The influx of 11,000 North Korean troops has changed the battle.                                     # deployed|11,000|unknown|2025-03-12
            An influx of 10,000 North Korean troops could tip the balance in Kursk.                              # planned_deployment|10,000|unknown|2025-03-12
            The arrival of 10,000 North Korean troops would change the battle, an analyst said.                  # planned_deployment|10,000|~an analyst|2025-03-12
            The arrival of 10,000 North Korean troops has changed the battle, an analyst said.                   # deployed|10,000|~an analyst|2025-03-12
            The arrival of 10,000 Russian conscripts could change the battle, an analyst said.                   # none
            """)
    void aSendingNounBeforeAModalIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: a force forecast to reach, top or exceed a size is a plan ("will reach 50,000", "is expected to
     * reach"), as "could rise to" was; a size reached is not, nor "could reach" or "could number", which hedge a count
     * of today as often.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The number of North Korean troops in Russia will reach 50,000.                                       # planned_deployment|50,000|unknown|2025-03-12
            North Korea's contingent in Russia is expected to reach 25,000 next year.                            # planned_deployment|25,000|unknown|2025-03-12
            North Korean forces in Russia will top 30,000 within months.                                         # planned_deployment|top 30,000|unknown|2025-03-12
            The Pentagon said 8,000 North Korean soldiers are in Kursk, with estimates suggesting the number could reach 9,000 North Korean soldiers. # deployed|8,000|pentagon|2025-03-12; deployed|9,000|pentagon|2025-03-12
            The number of North Korean soldiers in Russia reached 14,000 in January.                             # deployed|14,000|unknown|2025-03-12
            North Korean troops, which could number as many as 11,000, are in Kursk.                             # deployed|as many as 11,000|unknown|2025-03-12
            Russian losses could reach 50,000 this year.                                                         # none
            """)
    void aForceForecastToReachASizeIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: troops due, slated or scheduled to reach the war are planned ("are due to reach Kursk in July", "are
     * slated to reach the front"); troops that reached it went.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Another 6,000 North Korean troops are due to reach Kursk in July.                                    # planned_deployment|Another 6,000|unknown|2025-03-12
            An additional 4,000 North Korean troops are slated to reach the front in spring.                     # planned_deployment|An additional 4,000|unknown|2025-03-12
            About 2,000 more North Korean troops reached Russia last week.                                       # deployed|About 2,000|unknown|2025-03-12
            Some 3,000 North Korean soldiers have already reached the front.                                     # deployed|Some 3,000|unknown|2025-03-12
            """)
    void troopsDueToReachTheWarArePlanned(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: a noun of agreement or intent whose infinitive is the sending ("signed a deal to send", "reached an
     * agreement to deploy", "an offer to dispatch") plans it; troops sent under a deal went, and another side's or a
     * cargo's deal is no figure of ours.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang has signed a deal to send 3,000 more soldiers to Russia.                                   # planned_deployment|3,000|unknown|2025-03-12
            Pyongyang and Moscow reached an agreement to deploy 10,000 more North Korean soldiers.               # planned_deployment|10,000|unknown|2025-03-12
            North Korea has made an offer to dispatch 5,000 soldiers to Kursk.                                   # planned_deployment|5,000|unknown|2025-03-12
            North Korea sent 3,000 soldiers to Russia under a deal signed in June.                               # deployed|3,000|unknown|2025-03-12
            Russia signed a deal to send 10,000 tonnes of oil to North Korea.                                    # none
            Ukraine has signed an agreement to deploy 2,000 more soldiers to Kursk.                              # none
            """)
    void aNounOfAgreementBeforeTheSendingPlansIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: a plan, a preparation or a text providing for a sending named by its noun ("plans a rotation of",
     * "is planning a deployment of", "provides for the dispatch of", "calls for the deployment of") is a plan; a
     * rotation completed, a treaty that led to a deployment, and Russia's own rotation are not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang plans a rotation of roughly 4,000 troops in Kursk.                                         # planned_deployment|roughly 4,000|unknown|2025-03-12
            North Korea is planning a deployment of 20,000 more soldiers.                                        # planned_deployment|20,000|unknown|2025-03-12
            The agreement provides for the dispatch of 15,000 North Korean soldiers.                             # planned_deployment|15,000|unknown|2025-03-12
            The plan calls for the deployment of 30,000 North Korean troops.                                     # planned_deployment|30,000|unknown|2025-03-12
            North Korea completed a rotation of 3,000 soldiers in March.                                         # deployed|3,000|unknown|2025-03-12
            The treaty led to the deployment of 11,000 North Korean soldiers.                                    # deployed|11,000|unknown|2025-03-12
            Russia is planning a rotation of 20,000 soldiers in Kursk.                                           # none
            """)
    void aPlanNamingItsSendingByANounIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: an infinitive of sending right after the troops, whose object they are ("is recruiting 10,000 more
     * soldiers to send to Russia", "training 4,000 special forces to send"), is a sending still to come; troops sent
     * already stay sent, and another side's conscripts or North Korea's workers stay out.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea is recruiting 10,000 more soldiers to send to Russia.                                    # planned_deployment|10,000|unknown|2025-03-12
            North Korea is mobilising 6,000 more soldiers to deploy to Kursk.                                    # planned_deployment|6,000|unknown|2025-03-12
            North Korea has picked 5,000 soldiers to send to Russia.                                             # planned_deployment|5,000|unknown|2025-03-12
            North Korea sent 3,000 soldiers to Russia last year.                                                 # deployed|3,000|unknown|2025-03-12
            Russia is training 4,000 conscripts to send to Kursk.                                                # none
            North Korea is training 4,000 workers to send to Russia.                                             # none
            """)
    void troopsReadiedToSendArePlanned(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: North Korea's army at home, facing the South ("along its southern border", "near the Demilitarized
     * Zone", "to the inter-Korean border"), is no force of this war; a force at the border with Ukraine is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea will deploy 10,000 troops along its southern border.                                     # none
            North Korea has stationed 200,000 troops near the Demilitarized Zone.                                # none
            North Korea will move 5,000 soldiers to the inter-Korean border.                                     # none
            North Korea has deployed 10,000 troops along the border with South Korea.                            # none
            North Korea has deployed 5,000 troops to guard its coast.                                            # none
            North Korea has deployed 11,000 troops to the border with Ukraine in Kursk.                          # deployed|11,000|unknown|2025-03-12
            About 2,000 North Korean soldiers are stationed near the Ukrainian border.                           # deployed|About 2,000|unknown|2025-03-12
            """)
    void northKoreasArmyAtHomeIsNoForceOfThisWar(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: a sending still negotiated ("is in talks to send", "is negotiating to send"), asked for by a noun
     * ("agreed to Moscow's request for 10,000 more troops") or in preparation ("is in the works", "are in the
     * pipeline") is a plan; troops sent after talks went, a request for workers is no figure of ours, and Russia's own
     * troops in the pipeline are Russia's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea is in talks to send 10,000 more soldiers to Russia.                                      # planned_deployment|10,000|unknown|2025-03-12
            North Korea is negotiating to send 6,000 more troops.                                                # planned_deployment|6,000|unknown|2025-03-12
            Pyongyang has agreed to Moscow's request for 10,000 more troops.                                     # planned_deployment|10,000|unknown|2025-03-12
            North Korea has accepted a Russian request for 5,000 more soldiers.                                  # planned_deployment|5,000|unknown|2025-03-12
            A fresh deployment of 6,000 North Korean troops is in the works.                                     # planned_deployment|6,000|unknown|2025-03-12
            Another 6,000 North Korean troops are in the pipeline.                                               # planned_deployment|Another 6,000|unknown|2025-03-12
            After months of talks, North Korea sent 6,000 more troops to Russia.                                 # deployed|6,000|unknown|2025-03-12
            Pyongyang has agreed to Moscow's request for 10,000 more workers.                                    # none
            Another 6,000 Russian troops are in the pipeline.                                                    # none
            """)
    void aSendingNegotiatedAskedForOrInTheWorksIsAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: the leader by his family name alone ("Kim could send", "Kim's 11,000 soldiers") refers back to North
     * Korea once the article has named it, as "the North" does; not in an article that has not, and not before
     * another capital ("Kim Byung-kee", a lawmaker of the South).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to Russia. / Kim could send up to 50,000 more troops, analysts say.      # planned_deployment|up to 50,000|~analysts|2025-03-12
            North Korea has sent troops to Russia. / Kim's 11,000 soldiers are fighting in Kursk.                # deployed|11,000|unknown|2025-03-12
            Kim could send up to 50,000 more troops, analysts say.                                               # none
            North Korea has sent troops to Russia. / Kim Byung-kee said Seoul could send 300 more troops to Poland. # none
            """)
    void theLeadersFamilyNameAloneRefersBackToNorthKorea(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58: a bare number added to the force just counted ("Some 3,000 more", "Another 2,000"), whose own verb group
     * sends it, is more of that force; not after a sentence that counted shells, workers or another side's troops,
     * nor a noun the head did not read ("3,000 more shells arrived"), and a fate after it still wins.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops to Russia. / Some 3,000 more arrived last month, the Pentagon said. # deployed|11,000|unknown|2025-03-12; deployed|Some 3,000|pentagon|2025-03-12
            North Korea has sent 11,000 troops to Russia. / Another 2,000 have since joined them, the Pentagon said. # deployed|11,000|unknown|2025-03-12; deployed|Another 2,000|pentagon|2025-03-12
            North Korea has sent 11,000 troops to Russia. / Another 2,000 are expected to follow, the Pentagon said. # deployed|11,000|unknown|2025-03-12; planned_deployment|Another 2,000|pentagon|2025-03-12
            North Korea sent 11,000 troops last year, and some 3,000 more arrived in January.                    # deployed|11,000|unknown|2025-03-12; deployed|some 3,000|unknown|2025-03-12
            North Korea has sent 3 million shells to Russia. / Some 3,000 more arrived last month, the Pentagon said. # none
            North Korea has sent 5,000 workers to Russia. / Some 3,000 more arrived last month, the Pentagon said. # none
            North Korea has sent 11,000 troops to Russia. / Some 3,000 more shells arrived last month, the Pentagon said. # deployed|11,000|pentagon|2025-03-12
            North Korea has sent 11,000 troops to Russia. / Some 3,000 more were killed, the Pentagon said.      # deployed|11,000|unknown|2025-03-12; killed|Some 3,000|pentagon|2025-03-12
            Russia sent 50,000 troops to Kursk. / Some 3,000 more arrived last month, the Pentagon said.         # none
            """)
    void aBareNumberAddedToTheForceJustCountedIsSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 64 (probes from real wordings): a bare number added to the force just counted may be the object of "expect",
     * "want" or "ask" and the subject of the infinitive after it ("expects about 1,000 more to be sent", "wants another
     * 2,000 to arrive by June"): the infinitive is its own verb group, so it is more of that force, still to come.
     * Near-misses: the same frame after shells or another side's troops, a noun the head did not read ("1,000 more
     * shells to be sent"), and an infinitive of no sending ("1,000 more to train as drone pilots").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops to Russia. / The NIS expects about 1,000 more to be sent before the winter. # deployed|11,000|unknown|2025-03-12; planned_deployment|about 1,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia. / Moscow wants another 2,000 to arrive by June, the NIS said. # deployed|11,000|unknown|2025-03-12; planned_deployment|another 2,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia. / The Pentagon expects some 3,000 more to be deployed in spring. # deployed|11,000|unknown|2025-03-12; planned_deployment|some 3,000|pentagon|2025-03-12
            North Korea has sent 3 million shells to Russia. / The NIS expects about 1,000 more to be sent before the winter. # none
            Russia sent 50,000 troops to Kursk. / The NIS expects about 1,000 more to be sent before the winter.  # none
            North Korea has sent 11,000 troops to Russia. / The NIS expects about 1,000 more shells to be sent before the winter. # deployed|11,000|unknown|2025-03-12
            North Korea has sent 11,000 troops to Russia. / The NIS expects about 1,000 more to train as drone pilots. # deployed|11,000|unknown|2025-03-12
            """)
    void aBareNumberAddedToTheForceMayBeTheSubjectOfAnInfinitive(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 64 (probes from real wordings): a wire gives most sentences a paragraph of their own, so the metric of the
     * figure that ends a paragraph carries to a sentence opening the next with more of that force, as it does within a
     * paragraph ("Another 3,000 have arrived", "expects about 1,000 more to be sent"). Near-misses: after shells, after
     * another side's troops, after a paragraph with no figure between them (the figure before is not the sentence
     * before), a restatement or a part across the break (rounds 16, 58, 62 keep those within a paragraph), and more
     * of the force as the object of another verb ("to attract thousands more").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops to Russia, the NIS said. // Another 3,000 have arrived in Kursk, the agency added. # deployed|11,000|nis|2025-03-12; deployed|Another 3,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // The NIS expects about 1,000 more to be sent before the winter. # deployed|11,000|nis|2025-03-12; planned_deployment|about 1,000|nis|2025-03-12
            North Korea has sent 3 million shells to Russia, the NIS said. // Another 3,000 have arrived in Kursk, the agency added. # none
            Russia sent 50,000 troops to Kursk, the Pentagon said. // Another 3,000 have arrived, the Pentagon said. # none
            North Korea has sent 11,000 troops to Russia, the NIS said. // The troops wear Russian uniforms. // Another 3,000 have arrived in Kursk, the agency added. # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. The troops wear Russian uniforms. // Another 3,000 have arrived in Kursk, the agency added. # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // Seoul put the number at 12,000.    # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // Among them were about 200 officers. # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // Moscow treats this batch well to attract thousands more, the NIS said. # deployed|11,000|nis|2025-03-12
            """)
    void theFigureEndingTheParagraphBeforeGivesItsMetricToABareNumberOpeningTheNext(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 64: a source in its own words that holds a listed one's name ("citing one Ukrainian and two U.S. officials")
     * spoke on its stated date for the listed one too, so a later figure of "the report" or "the officials" takes that
     * date, as it did when the sentence gave no figure. Near-miss: no day stated, so the later figure takes the report's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean soldiers are gathering in Kursk, with up to 6,000 troops expected there by Monday, according to a news report. // The first of them reached the region last Wednesday, with "thousands more coming in every day," the New York Times reported on Friday, citing one Ukrainian and two U.S. officials. // The total number of North Korean troops in the area is forecast to reach 5,500 by Monday, the report added. # planned_deployment|up to 6,000|unknown|2025-03-12; deployed|thousands more|~one Ukrainian and two U.S. officials|2025-03-07; planned_deployment|5,500|us_officials|2025-03-07
            North Korean soldiers are gathering in Kursk, with up to 6,000 troops expected there by Monday, according to a news report. // The first of them reached the region last Wednesday, with "thousands more coming in every day," the New York Times reported, citing one Ukrainian and two U.S. officials. // The total number of North Korean troops in the area is forecast to reach 5,500 by Monday, the report added. # planned_deployment|up to 6,000|unknown|2025-03-12; deployed|thousands more|~one Ukrainian and two U.S. officials|2025-03-12; planned_deployment|5,500|us_officials|2025-03-12
            """)
    void aSourceInItsOwnWordsDatesTheListedSourceItNames(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58: fates in other words: the wounded named by a hospital's care, troops put out of the fight, and captives
     * taken into custody, fallen into Ukrainian hands or held by Ukraine; captives in a hospital stay captives. Near-misses:
     * another side's wounded and prisoners, workers taken by police, a captive wounded (its verb), the missing (no metric).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 300 North Korean soldiers were evacuated to hospitals.                                         # wounded|About 300|unknown|2025-03-12
            About 300 North Korean soldiers are recovering in hospitals in Kursk.                                # wounded|About 300|unknown|2025-03-12
            About 300 North Korean soldiers were taken off the battlefield.                                      # killed_or_wounded|About 300|unknown|2025-03-12
            About 300 North Korean soldiers were rendered unfit for combat.                                      # killed_or_wounded|About 300|unknown|2025-03-12
            About 300 North Korean soldiers were knocked out of action.                                          # killed_or_wounded|About 300|unknown|2025-03-12
            About 300 North Korean soldiers were taken into custody.                                             # captured|About 300|unknown|2025-03-12
            About 300 North Korean soldiers fell into Ukrainian hands.                                           # captured|About 300|unknown|2025-03-12
            Ukraine is holding two North Korean soldiers.                                                        # captured|two|unknown|2025-03-12
            Two North Korean POWs are recovering in a hospital in Kyiv.                                          # captured|Two|unknown|2025-03-12
            About 300 North Korean soldiers were killed and 1,000 are being treated in Russian hospitals.        # killed|About 300|unknown|2025-03-12; wounded|1,000|unknown|2025-03-12
            About 300 Russian soldiers are being treated in Russian hospitals.                                   # none
            Russian police took about 300 North Korean workers into custody.                                     # none
            Ukraine holds about 300 Russian prisoners.                                                           # none
            Two captured North Korean soldiers were wounded.                                                     # wounded|Two|unknown|2025-03-12
            About 300 North Korean soldiers are missing in action.                                               # none
            """)
    void fatesInOtherWordsAndTheirNearMisses(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58: a sentence that sends North Korea's troops, or names one fate of theirs, with no figure is what the next
     * bare number of its paragraph sizes ("Seoul puts the number at 11,000", "Some 3,000 more arrived"); a plan's words
     * make it a plan. Near-misses: shells, another side's troops, two fates at once, and a new paragraph.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to Russia. / Seoul puts the number at 11,000.                            # deployed|11,000|south_korean_officials|2025-03-12
            North Korea has sent troops to Russia. / Some 3,000 more arrived last month, the Pentagon said.      # deployed|Some 3,000|pentagon|2025-03-12
            Pyongyang plans to send more soldiers to Russia. / Seoul puts the number at 6,000.                   # planned_deployment|6,000|south_korean_officials|2025-03-12
            North Korea has sent shells to Russia. / Seoul puts the number at 3 million.                         # none
            Russia has sent troops to Kursk. / Seoul puts the number at 11,000.                                  # none
            North Korean troops have been killed in Kursk. / Seoul puts the number at 300.                       # killed|300|south_korean_officials|2025-03-12
            North Korea has sent troops to Russia. // Seoul puts the number at 11,000.                           # none
            North Korean troops have been killed or wounded in Kursk. / Seoul puts the number at 3,000.          # none
            North Korean soldiers have been captured in Kursk. / Seoul puts the number at two.                   # captured|two|south_korean_officials|2025-03-12
            """)
    void aSentenceWithoutAFigureIsWhatTheNextBareNumberSizes(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 58: North Korea's troops named as the leader's men, with the country's name hyphenated, or as troops sent
     * "from" North Korea. Near-misses: troops sent from Russia, South Korean soldiers, and "Korean" alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 300 of Kim's men have been killed in Kursk.                                                    # killed|About 300|unknown|2025-03-12
            About 300 North-Korean soldiers have been killed in Kursk.                                           # killed|About 300|unknown|2025-03-12
            About 300 soldiers dispatched from North Korea have been killed.                                     # killed|About 300|unknown|2025-03-12
            About 300 soldiers dispatched from Pyongyang arrived in Kursk.                                       # deployed|About 300|unknown|2025-03-12
            About 300 soldiers sent from Russia have been killed.                                                # none
            About 300 South Korean soldiers have been killed.                                                    # none
            About 300 Korean soldiers have been killed in Kursk, Ukraine said.                                   # none
            """)
    void northKoreasTroopsNamedInOtherWords(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 60: sources read as none, by kind, from a probe of the ways news text names a source (set {@code
     * attribution-r60.txt}). Each claim as "metric|figure|claimant|date|sure", or "worded" when the claimant is doubted.
     * Verbs of holding to, repeating or letting a figure be known, and verbs of recording, counting or projecting (all
     * recordingVerbs on this branch) name it with doubt; "by his count" names the speaker before. Near-misses: a party
     * a report or a book is about, who the speaker talked with, a party that condemns "a move" after the figure, a
     * party that keeps a post or has a view of something else, drone operators who killed the troops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Budanov maintains that 3,000 North Korean soldiers have been killed.                                  # killed|3,000|budanov|2025-03-12|worded
            Zelensky repeated that 3,000 North Korean soldiers had been killed.                                   # killed|3,000|zelensky|2025-03-12|worded
            Zelensky clarified that 3,000 North Korean soldiers had been killed.                                  # killed|3,000|zelensky|2025-03-12|worded
            The NIS hinted that 11,000 North Korean soldiers were in Kursk.                                       # deployed|11,000|nis|2025-03-12|worded
            Some 11,000 North Korean soldiers are in Kursk, the Pentagon maintains.                               # deployed|Some 11,000|pentagon|2025-03-12|worded
            The Pentagon's data show 11,000 North Korean troops in Kursk.                                         # deployed|11,000|pentagon|2025-03-12|worded
            The NIS maintains a listening post on the border. North Korea has sent 11,000 troops to Russia.       # deployed|11,000|unknown|2025-03-12|sure
            The Pentagon has tallied 11,000 North Korean troops in Russia.                                        # deployed|11,000|pentagon|2025-03-12|worded
            The NIS projects that 11,000 more North Korean soldiers will be sent.                                 # planned_deployment|11,000|nis|2025-03-12|worded
            The NIS has identified 11,000 North Korean soldiers in Kursk.                                         # deployed|11,000|nis|2025-03-12|worded
            The NIS has identified the generals who sent 11,000 North Korean troops to Russia.                    # deployed|11,000|nis|2025-03-12|worded
            In the view of the NIS, 11,000 North Korean soldiers are in Kursk.                                    # deployed|11,000|nis|2025-03-12|worded
            Zelensky's view of the war is grim. North Korea has sent 11,000 troops to Russia.                     # deployed|11,000|unknown|2025-03-12|sure
            Zelensky addressed the nation on Monday. / By his count, 3,000 North Korean soldiers had been killed.  # killed|3,000|zelensky|2025-03-12|worded
            The NIS briefed lawmakers on Monday. / In its assessment, 11,000 North Korean troops are in Kursk.     # deployed|11,000|nis|2025-03-10|worded
            By its own count, 11,000 North Korean troops are in Kursk.                                            # deployed|11,000|unknown|2025-03-12|sure
            Ukrainian drone operators killed 300 North Korean soldiers near Sudzha.                               # killed|300|unknown|2025-03-12|sure
            A report on Zelensky's visit mentioned nothing of the 3,000 North Korean soldiers killed.             # killed|3,000|unknown|2025-03-12|sure
            A report by the NIS on the fighting said 300 North Korean soldiers had been killed.                   # killed|300|nis|2025-03-12|sure
            Budanov, in an interview with the BBC, said 3,000 North Korean soldiers had been killed.              # killed|3,000|unknown|2025-03-12|sure
            In an interview with the BBC, Budanov said 3,000 North Korean soldiers had been killed.               # killed|3,000|budanov|2025-03-12|sure
            North Korea has sent 11,000 troops to Russia, in a move Zelensky condemned.                           # deployed|11,000|unknown|2025-03-12|sure
            North Korea has sent 11,000 troops to Russia, in a post Zelensky shared.                              # deployed|11,000|zelensky|2025-03-12|sure
            North Korea has sent 11,000 troops to Russia, a move the Pentagon condemned.                          # deployed|11,000|unknown|2025-03-12|sure
            Budanov gave new figures on Monday. / Some 3,000 North Korean soldiers have been killed, by his count. # killed|Some 3,000|budanov|2025-03-10|worded
            Budanov spoke on Monday. / His figures show 3,000 North Korean soldiers killed.                       # killed|3,000|budanov|2025-03-10|worded
            The NIS briefed lawmakers on Monday. / Its figures show 300 North Korean soldiers killed.              # killed|300|nis|2025-03-10|worded
            Budanov spoke on Monday. / His son said 3,000 North Korean soldiers had been killed.                  # killed|3,000|unknown|2025-03-12|sure
            His figures show 3,000 North Korean soldiers killed.                                                  # killed|3,000|unknown|2025-03-12|sure
            Budanov spoke to the BBC on Monday. / According to the same source, 3,000 North Korean soldiers had been killed. # killed|3,000|budanov|2025-03-10|worded
            The NIS said on Monday that 300 North Korean soldiers had been killed. / The same source said 11,000 were in Kursk. # killed|300|nis|2025-03-10|sure; deployed|11,000|nis|2025-03-10|worded
            The same source said 300 North Korean soldiers had been killed.                                       # killed|300|~The same source|2025-03-12|worded
            The Pentagon called on Congress to respond to the 11,000 North Korean troops in Russia.               # deployed|11,000|pentagon|2025-03-12|worded
            The Pentagon has information that 11,000 North Korean troops are in Russia.                           # deployed|11,000|pentagon|2025-03-12|worded
            Zelensky urged allies on Monday to act. / In his address he said 11,000 North Korean troops were in Kursk. # deployed|11,000|zelensky|2025-03-10|worded
            Zelensky urged allies to act. North Korea has sent 11,000 troops to Russia.                           # deployed|11,000|unknown|2025-03-12|sure
            """)
    void round60SourcesReadAsNone(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 62: sources in contrast and alias gaps, from a probe of its own sentences (set {@code attribution-r62.txt}).
     * Each claim as "metric|figure|claimant|date|sure", or "worded" when the claimant is doubted. A speaker the
     * directory does not list, right before a cue in the figure's own clause ("Ukraine says 3,000 ..."), keeps a listed
     * name after the figure ("..., a figure far above Seoul's estimate of 600", "compared with 600 according to Seoul")
     * from speaking for it. Near-misses: a closing tag (", Secretary of State Antony Blinken said"), a closing
     * ", according to the NIS", a cue with no speaker before it ("The figures show"). Aliases: a singular official or
     * diplomat, Ukraine's spy agency (not the NIS's bare "spy agency"), ministers, presidential offices; "battlefield
     * reports" are material, not news reports.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine says 3,000 North Korean soldiers have been killed, a figure far above Seoul's estimate of 600.     # killed|3,000|~Ukraine|2025-03-12|sure; killed|600|south_korean_officials|2025-03-12|sure
            Ukraine says 3,000 North Korean soldiers have been killed, compared with 600 according to Seoul.           # killed|3,000|~Ukraine|2025-03-12|sure; killed|600|south_korean_officials|2025-03-12|sure
            Kyiv says 11,000 North Korean troops have been sent, while the NIS says 10,000 are in Russia.              # deployed|11,000|ukraine_government|2025-03-12|sure; deployed|10,000|nis|2025-03-12|sure
            Ukraine says 11,000 North Korean troops have been sent, while the NIS says 10,000 are in Russia.           # deployed|11,000|~Ukraine|2025-03-12|sure; deployed|10,000|nis|2025-03-12|sure
            The United States expects 8,000 North Korean troops to fight soon, Secretary of State Antony Blinken said. # planned_deployment|8,000|us_state_department|2025-03-12|sure
            A senior official said 100 North Korean soldiers had been killed, according to the NIS.                    # killed|100|nis|2025-03-12|sure
            The figures show 300 North Korean soldiers killed, the NIS said.                                           # killed|300|nis|2025-03-12|sure
            His figures show 300 North Korean soldiers killed, the NIS said.                                           # killed|300|nis|2025-03-12|sure
            A Western diplomat said 11,000 North Korean troops were in Kursk.                                          # deployed|11,000|western_officials|2025-03-12|sure
            Budanov met a Western diplomat on Monday. North Korea has sent 11,000 troops to Russia.                    # deployed|11,000|unknown|2025-03-12|sure
            A senior Ukrainian official said 3,000 North Korean soldiers had been killed.                              # killed|3,000|ukraine_government|2025-03-12|sure
            Officials in Kyiv have said 3,000 North Korean soldiers have been killed.                                  # killed|3,000|ukraine_government|2025-03-12|sure
            Ukraine's spy agency said 3,000 North Korean soldiers had been killed.                                     # killed|3,000|hur|2025-03-12|sure
            South Korea's spy agency said 11,000 North Korean troops were in Russia.                                   # deployed|11,000|nis|2025-03-12|sure
            The General Staff of Ukraine said 200 North Korean soldiers had been killed.                               # killed|200|ukraine_general_staff|2025-03-12|sure
            Ukraine's commander-in-chief said 200 North Korean soldiers had been killed.                               # killed|200|syrsky|2025-03-12|sure
            South Korea's defence minister said 3,000 more North Korean troops had been sent.                          # deployed|3,000|south_korea_defence_ministry|2025-03-12|sure
            Seoul's presidential office said 11,000 North Korean troops were in Russia.                                # deployed|11,000|south_korean_officials|2025-03-12|sure
            American intelligence said 11,000 North Korean troops were in Kursk.                                       # deployed|11,000|us_officials|2025-03-12|sure
            Citing battlefield reports, Budanov said 3,000 North Korean soldiers had been killed.                      # killed|3,000|budanov|2025-03-12|sure
            Citing news reports, Budanov said 3,000 North Korean soldiers had been killed.                             # killed|3,000|news_reports|2025-03-12|sure
            """)
    void round62SourcesInContrastAndAliases(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 62: whose troops a figure counts, as the words right around its noun phrase state it ({@link StatedTies}).
     * North Korea named after the troop noun as who sent the troops or where they came from, in a relative clause or a
     * participle, ties them whatever befell them; another side named as the subject of the figure's own verb of sending
     * makes them that side's, in an article about North Korea's troops. Near-misses: another side as the sender or the
     * origin in the relative clause, North Korea named in a clause that is not the troops' own, North Korea in the
     * figure's own words or as the subject of the report, and a subject the check does not read (a pronoun, a body of a
     * side).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 1,100 troops that North Korea sent to Kursk have been wounded.                                # wounded|About 1,100|unknown|2025-03-12
            Some 500 soldiers whom Pyongyang dispatched to Russia have died.                                     # killed|Some 500|unknown|2025-03-12
            Around 2,000 fighters, who came from North Korea, have been killed.                                  # killed|Around 2,000|unknown|2025-03-12
            About 500 soldiers who had been sent from North Korea died in January.                               # killed|About 500|unknown|2025-03-12
            Ukraine has captured seven soldiers who were sent by North Korea.                                    # captured|seven|unknown|2025-03-12
            There are about 11,000 soldiers in Kursk who arrived from North Korea.                               # deployed|about 11,000|unknown|2025-03-12
            About 1,500 troops deployed by the DPRK have been wounded.                                           # wounded|About 1,500|unknown|2025-03-12
            About 11,000 troops arrived from North Korea in October.                                             # deployed|About 11,000|unknown|2025-03-12
            About 300 soldiers who were sent by Russia have died.                                                # none
            North Korean troops are in Kursk. / About 300 troops that Moscow sent there have died.              # none
            North Korean troops are in Kursk. / Ukraine has killed 300 soldiers who came from Russia's Far East. # none
            About 300 soldiers who fought against North Korean troops were honoured in Kyiv.                     # none
            North Korean troops are in Kursk. / About 300 troops sent by Kyiv have been wounded.                 # none
            North Korean troops are fighting in Kursk. / Ukraine sent 10,000 troops into Kursk in August.       # none
            North Korea has sent troops to Kursk. // Moscow sent another 3,000 soldiers to the front.            # none
            North Korean troops are in Kursk. / Belarus has sent 5,000 troops to its border.                     # none
            North Korean troops are in Kursk. / Japan sent 300 troops to a drill with the US.                    # none
            North Korean troops are in Kursk. / Russia's army has sent 20,000 soldiers there.                    # none
            North Korean troops are in Kursk, and Kyiv has sent 20,000 troops to hold the line.                  # none
            North Korea has sent 11,000 troops, while Russia has deployed 45,000.                                # deployed|11,000|unknown|2025-03-12
            Russia has deployed 40,000 soldiers to Kursk, and North Korea has sent 11,000.                       # deployed|11,000|unknown|2025-03-12
            Seoul says Russia has sent 11,000 North Korean troops to Kursk.                                      # deployed|11,000|south_korean_officials|2025-03-12
            Russia has deployed 11,000 troops from North Korea to Kursk.                                         # deployed|11,000|unknown|2025-03-12
            Moscow says Pyongyang sent 11,000 soldiers to Kursk.                                                 # deployed|11,000|~Moscow|2025-03-12
            In Kursk, Russia deployed 11,000 of Pyongyang's soldiers.                                            # deployed|11,000|unknown|2025-03-12
            According to Kyiv, North Korea has sent 11,000 soldiers to Kursk.                                    # deployed|11,000|ukraine_government|2025-03-12
            """)
    void round62StatedTies(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 62: a side that fights North Korea's troops as the subject of a verb of acting on troops, whose object is a
     * part of a group spoken of ("Ukrainian forces have captured six of them"), acts on North Korea's troops spoken of
     * before; it does not own them. The tie is carried, so the metric is shown as worded. Near-misses: Russia's forces
     * acting, a loss of the side's own men, a group another side's ("of the marines" after Russian marines, "of the
     * Russians"), a group no troop noun names ("of the occupiers", "of the villagers"), and Russia's troops spoken of
     * last.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean soldiers arrived in Kursk in November. / Ukrainian forces have captured six of them.        # captured|six|unknown|2025-03-12|worded
            North Korean troops attacked near Sudzha. // Ukraine's drones killed some 240 of them.                   # killed|some 240|unknown|2025-03-12|worded
            North Korean troops attacked near Sudzha. // Ukrainian special forces have reportedly captured three of those soldiers. # captured|three|unknown|2025-03-12|worded
            North Korean troops attacked near Sudzha. // Russian forces killed about 260 of them.                    # none
            North Korean troops attacked near Sudzha. // Ukrainian forces lost about 270 of their men.               # none
            North Korean troops attacked alongside Russian marines. // Ukrainian forces killed about 280 of the marines. # none
            Russian troops attacked near Sudzha. // Ukrainian forces killed about 290 of them.                       # none
            North Korean troops attacked near Sudzha. // Ukrainian forces killed about 310 of the Russians.          # none
            North Korean troops are fighting in Kursk. / Ukrainian defenders have killed 2,050 of the occupiers.     # none
            North Korean troops attacked near Sudzha. // Ukrainian forces evacuated about 320 of the villagers.      # none
            """)
    void round62OpposingSideActsOnTroopsSpokenOf(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "metric"));
    }

    /**
     * Round 63: a phrase of time or occasion between a source and its verb ("on Friday", "for the first time", "for its
     * part", "at a closed-door briefing") is no part of the source's words, which had run on over it ("Pyongyang on
     * Friday", "A senior official in Kyiv for the first time", stated as fact); and a name that opens the sentence
     * before adverbs or a past form the model reads as a verb ("Pyongyang once again admitted", "Pyongyang made public")
     * is the verb's subject. Near-misses: a preposition that attaches the source's own body or place ("for the Ukrainian
     * navy", "of the intelligence committee", "in Kyiv"), and a source noun after "of" that no time word heads.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang on Friday admitted that 101 North Korean troops had fallen.                                  # killed|101|~Pyongyang|2025-03-07
            A senior official in Kyiv for the first time said 300 North Korean troops had been killed.             # killed|300|~A senior official in Kyiv|2025-03-12
            Moscow for its part said that 101 North Korean troops had fallen.                                      # killed|101|~Moscow|2025-03-12
            The defence ministry at a closed-door briefing said 300 North Korean troops had been killed.           # killed|300|~The defence ministry|2025-03-12
            Pyongyang once again admitted that 101 North Korean troops had fallen.                                 # killed|101|~Pyongyang|2025-03-12
            A spokesperson for the Ukrainian navy said 300 North Korean troops had been killed.                    # killed|300|~A spokesperson for the Ukrainian navy|2025-03-12
            The head of the intelligence committee said 300 North Korean troops had been killed.                   # killed|300|~The head of the intelligence committee|2025-03-12
            A spokesperson at the Pentagon briefing said 300 North Korean troops had been killed.                  # killed|300|pentagon|2025-03-12
            """)
    void round63TimeBetweenSourceAndVerbIsNoPartOfItsName(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 64: a short prepositional phrase between the name that opens a sentence and its cue ("Pyongyang on Monday
     * said", "Pyongyang in a statement admitted"): the model read the name as a verb there, and the figure lost its
     * source and its day. Near-miss: a word the model reads as a verb before such a phrase and no cue after it stays a
     * verb.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Pyongyang on Monday said 101 North Korean troops had fallen.                                           # killed|101|~Pyongyang|2025-03-10
            Pyongyang on Monday admitted that 101 North Korean troops had fallen.                                  # killed|101|~Pyongyang|2025-03-10
            Pyongyang in a statement admitted that 101 North Korean troops had fallen.                             # killed|101|~Pyongyang|2025-03-12
            Pyongyang on Monday published a list of 101 North Korean soldiers killed in Kursk.                     # killed|101|~Pyongyang|2025-03-10
            Look at the map: 300 North Korean troops had been killed near Sudzha, Kyiv said.                       # killed|300|ukraine_government|2025-03-12
            """)
    void round64ATimePhraseAfterAnOpeningNameLeavesItTheSubject(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 63: a date in what a source said without a figure, before a cue that closes the sentence ("Troops began to
     * arrive in Kursk in October, the NIS said."), is the event's: it no longer dates the source's figures of the
     * sentence before (it had made them October's, stated as fact). Near-misses: the statement's own day, after its
     * verb or in an opening occasion, still dates them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 11,000 troops to Russia, the NIS said. // North Korean troops began to arrive in Kursk in October, the NIS said. # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // The first of them reached Kursk in October, the agency added. # deployed|11,000|nis|2025-03-12
            North Korea has sent 11,000 troops to Russia, the NIS said. // The NIS said on Monday that the troops had reached Kursk. # deployed|11,000|nis|2025-03-10
            North Korea has sent 11,000 troops to Russia, the NIS said. // In a statement issued on Monday, the NIS said the troops had reached Kursk. # deployed|11,000|nis|2025-03-10
            """)
    void round63AnEventsDateInWhatWasSaidDatesNoEarlierFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 63: "a number" set off by a comma beside a figure names that figure ("The 10,000 troops, a number first
     * reported by the NIS, ...") and counts nothing of its own (it had been a claim, "a number" deployed). Near-misses:
     * "a number" that counts, with "of" or as the subject of its own verb, after a comma too.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The 10,000 North Korean troops, a number first reported by the NIS, are in Kursk.                     # deployed|10,000|unknown|2025-03-12
            Some 10,000 North Korean troops, a number far larger than expected, are in Kursk, the NIS said.       # deployed|Some 10,000|nis|2025-03-12
            Many North Korean soldiers were wounded in Kursk, and a number have died, Kyiv said.                  # killed|a number|ukraine_government|2025-03-12
            North Korean troops attacked near Sudzha, a number of them were killed, Kyiv said.                    # killed|a number of|ukraine_government|2025-03-12
            """)
    void round63ANumberBesideAFigureNamesItAndCountsNothing(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 62: figures that reach no metric, by kind, from a probe of the phrasings of the kind (never an article's
     * text). Each claim as "metric|figure|claimant|date|sure", or "worded" when the metric is doubted. A bare number
     * that sizes the troops counted before, by a noun of their count or of the force ("The total now stands at",
     * "Seoul's count is", "The contingent could be as large as"), "there are N of them", or as the subject of a hedged
     * verb of being there or of "remain" (metric doubted: it is carried; round 65 reads a bare "12,000 had arrived" so
     * too, and round 13's row "2,000 have already reached Kursk"); a number set off beside its troop noun (doubted: read
     * from the clause around the aside); troops supplied, sought or demanded, and more of them asked for or offered.
     * Near-misses: another side's force or count, shells, workers and refugees, a count of things, troops supplied with
     * something, a new paragraph.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea moved troops into Russia last year. / The total now stands at 12,000, Seoul said.         # deployed|12,000|south_korean_officials|2025-03-12|worded
            North Korea moved troops into Russia last year. / Their number has grown to 12,000.                   # deployed|12,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / The latest count is roughly 12,000.                 # deployed|roughly 12,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / The contingent might be as big as 25,000.          # deployed|25,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / Their strength is now about 12,000.                 # deployed|about 12,000|unknown|2025-03-12|worded
            North Korean troops have been killed in Kursk. / The toll now stands at 400.                          # killed|400|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / Russia's force is about 12,000.                     # none
            North Korea moved troops into Russia last year. / The Ukrainian force is about 12,000.                # none
            North Korea moved shells into Russia last year. / The total now stands at 12,000.                     # none
            North Korea moved troops into Russia last year. / The number of refugees now stands at 12,000.        # none
            North Korea moved troops into Russia last year. // The total now stands at 12,000.                    # none
            North Korea moved troops into Russia last year. / There may be some 12,000 of them.                   # deployed|some 12,000|unknown|2025-03-12|worded
            North Korea moved workers into Russia last year. / There may be some 12,000 of them.                  # none
            North Korea moved troops into Russia last year. / Some 12,000 are thought to be in Kursk.             # deployed|Some 12,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / Some 12,000 remain in Kursk.                        # deployed|Some 12,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / By January, 12,000 had arrived.                     # deployed|12,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / About 12,000 have fled Kursk since then.            # none
            North Korea moved troops into Russia last year. / By January, 12,000 shells had arrived.              # none
            North Korea dispatched infantry, perhaps 4,000, to the Kursk front.                                   # deployed|4,000|unknown|2025-03-12|worded
            North Korean soldiers - around 4,000 of them - entered Kursk in May.                                  # deployed|around 4,000|unknown|2025-03-12|worded
            North Korea's soldiers in Kursk (4,000 in all) were moved there in May.                               # deployed|4,000|unknown|2025-03-12|worded
            Russian soldiers, around 4,000 of them, entered Kursk in May.                                         # none
            North Korea dispatched shells, perhaps 4,000, to the Kursk front.                                     # none
            The Kremlin asked Pyongyang to supply 9,000 more soldiers.                                            # planned_deployment|9,000|unknown|2025-03-12|sure
            North Korea is willing to provide as many as 9,000 troops.                                            # planned_deployment|as many as 9,000|unknown|2025-03-12|sure
            Moscow sought 9,000 more soldiers from North Korea in May.                                            # planned_deployment|9,000|unknown|2025-03-12|sure
            The Kremlin demanded 9,000 additional North Korean troops.                                            # planned_deployment|9,000|unknown|2025-03-12|sure
            Russia will provide 9,000 North Korean soldiers with winter uniforms.                                 # none
            The Kremlin asked Pyongyang to supply 9,000 more shells.                                              # none
            North Korea moved troops into Russia last year. / Putin has asked for 9,000 more.                     # planned_deployment|9,000|unknown|2025-03-12|worded
            North Korea moved troops into Russia last year. / Another 9,000 could follow by summer.               # planned_deployment|Another 9,000|unknown|2025-03-12|sure
            North Korea moved shells into Russia last year. / Putin has asked for 9,000 more.                     # none
            """)
    void round62FiguresThatReachNoMetric(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "metric"));
    }

    /**
     * Round 62 (the lead's probe): the pronoun after a speech verb is its inverted subject only in the subject's case.
     * "A Ukrainian commander said his unit killed 40" had given the person of the sentences before, doubted, in place
     * of the commander who speaks; "said he", "said it" still name the one before.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Zelensky spoke on Monday. / A Ukrainian commander said his unit killed 40 North Korean soldiers.   # killed|40|~A Ukrainian commander|2025-03-12|sure
            The NIS briefed lawmakers. / A Ukrainian commander said their unit killed 40 North Korean soldiers. # killed|40|~A Ukrainian commander|2025-03-12|sure
            Zelensky spoke on Monday. / A Ukrainian officer told him that 40 North Korean soldiers were captured. # captured|40|~A Ukrainian officer|2025-03-12|sure
            Zelensky spoke on Monday. / "Some 40 North Korean soldiers were captured," said he.                # captured|Some 40|zelensky|2025-03-10|worded
            The NIS briefed lawmakers on Monday. / "Some 400 North Korean soldiers were killed," said it.      # killed|Some 400|nis|2025-03-10|worded
            Zelensky spoke on Monday. / According to him, nearly 3,000 North Korean soldiers were killed.       # killed|nearly 3,000|zelensky|2025-03-10|worded
            """)
    void round62APossessiveAfterTheVerbIsNoInvertedSubject(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 62 (the lead's probe): people and units at the front speak for themselves (config {@code sourceHeads}:
     * "A Ukrainian soldier said", "a drone operator told", "the 47th brigade said"); a word the model read as a verb
     * between an article and a noun is that noun's modifier ("A drone unit commander"). Troops that are counted never
     * head a source ("soldiers said to be in Kursk", "drone operators killed 300").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            A Ukrainian soldier said 31 North Korean soldiers were wounded.                          # wounded|31|~A Ukrainian soldier|2025-03-12|sure
            A Ukrainian medic told the BBC that 32 North Korean soldiers were wounded.               # wounded|32|~A Ukrainian medic|2025-03-12|sure
            One Ukrainian paratrooper said 34 North Korean soldiers were killed.                     # killed|34|~One Ukrainian paratrooper|2025-03-12|sure
            Ukraine's 47th brigade said 38 North Korean soldiers were killed.                        # killed|38|~Ukraine's 47th brigade|2025-03-12|sure
            A drone unit commander told reporters that 25 North Korean soldiers were captured.       # captured|25|~A drone unit commander|2025-03-12|sure
            Ukrainian drone operators killed 300 North Korean soldiers near Sudzha.                  # killed|300|unknown|2025-03-12|sure
            Some 11,000 North Korean soldiers said to be in Kursk are fighting.                      # deployed|Some 11,000|unknown|2025-03-12|sure
            North Korean soldiers told of 300 comrades killed. Zelensky said 3,000 had been killed.  # killed|300|unknown|2025-03-12|sure; killed|3,000|zelensky|2025-03-12|sure
            """)
    void round62PeopleAndUnitsAtTheFrontSpeak(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 62 (trial 16): a casualty cue inside a longer phrase of another sense is no cue (figureFrames.cueShadows):
     * a fall in number ("has fallen to 8,200", "a figure that has fallen since") and a group named by its fate inside
     * the figure's phrase ("including the wounded"). Troops that "have fallen" in battle are still the dead.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            About 9,500 North Korean soldiers remain deployed in Kursk, a figure that has fallen since the spring, the NIS said. # deployed|About 9,500|nis|2025-03-12
            The number of North Korean troops in Kursk has fallen to about 8,200, the NIS said.                 # deployed|about 8,200|nis|2025-03-12
            About 4,100 North Korean troops, including the wounded, had been evacuated, the NIS said.          # none
            About 4,300 North Korean troops, including the dead, were flown home, the NIS said.                # none
            Some 600 North Korean soldiers have fallen in Kursk, the NIS said.                                 # killed|Some 600|nis|2025-03-12
            Some 600 North Korean soldiers have fallen since January, the NIS said.                            # killed|Some 600|nis|2025-03-12
            Of 4,700 North Korean casualties, including 600 dead, most were in Kursk, the NIS said.            # killed_or_wounded|4,700|nis|2025-03-12; killed|600|nis|2025-03-12
            The NIS said 300 North Korean soldiers were killed, including the commander of a brigade.          # killed|300|nis|2025-03-12
            """)
    void round62ACueInsideAPhraseOfAnotherSenseIsNoCue(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 62 (trial 16): a party that will not confirm a statement (config {@code withheldConfirmations}) governs the
     * figure after it as a denial does: never that party's claim, doubted with the words from the party to the figure
     * and a reason of its own. A confirmation, and a refusal about something else, are not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The Kremlin declined to confirm reports that 18,000 North Korean troops were now in Russia.    # deployed|18,000|unknown|2025-03-12 # The Kremlin declined to confirm reports that 18,000
            The Kremlin refused to confirm that 25,000 North Korean soldiers had arrived.                  # deployed|25,000|unknown|2025-03-12 # The Kremlin refused to confirm that 25,000
            Moscow has yet to confirm claims that 300 North Korean soldiers were captured.                 # captured|300|unknown|2025-03-12 # Moscow has yet to confirm claims that 300
            The Kremlin confirmed that 15,000 North Korean troops were in Russia.                          # deployed|15,000|kremlin|2025-03-12 # sure
            The Kremlin refused to confirm the visit, but Budanov said 9,000 North Korean soldiers are in Kursk. # deployed|9,000|budanov|2025-03-12 # sure
            """)
    void round62AWithheldConfirmationGovernsAsADenialDoes(String body, String expected, String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        tally.model.Certainty.Field f = claims.get(claims.size() - 1).certainty().claimant();
        assertEquals(claimant, f.certain() ? "sure" : f.asWorded());
        if (!f.certain()) {
            assertEquals(Denials.WITHHELD, f.reason());
        }
    }

    /**
     * Round 64 (trial 18): a clause set off by a comma about the whole group or some of it (", both of whom were
     * wounded", ", who later died"), with no number of its own, tells what else befell the people a head noun of fate
     * already counts: "prisoners" stay captured. With no such clause, or a part with its own number, or a head that
     * names no fate, the verb still says what the figure counts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Kyiv said it held two North Korean prisoners, both of whom were wounded when they were taken.    # captured|two|ukraine_government|2025-03-12
            Kyiv said it holds three North Korean prisoners of war, all of whom were injured in battle.      # captured|three|ukraine_government|2025-03-12
            The SBU said it held four North Korean captives, one of whom later died of his wounds.           # captured|four|~The SBU|2025-03-12
            The SBU said it held four North Korean captives, who were wounded in the fighting.               # captured|four|~The SBU|2025-03-12
            Kyiv said two North Korean prisoners were wounded in the fighting.                               # wounded|two|ukraine_government|2025-03-12
            Kyiv said two North Korean soldiers, both of whom were wounded, reached the Ukrainian lines.     # wounded|two|ukraine_government|2025-03-12
            Kyiv said 200 North Korean soldiers were captured, 50 of whom were wounded.                      # captured|200|ukraine_government|2025-03-12; wounded|50|ukraine_government|2025-03-12
            """)
    void round64AClauseAboutTheWholeGroupLeavesAHeadOfFateItsMetric(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: a figure the article states with no source in one sentence and with a source in another (a lead that
     * sums up its body, a paragraph that goes on with a figure given before) takes that source, the nearest when several
     * give it, marked uncertain with {@link FiguresSourcedElsewhere#REASON}. A figure of other bounds, a vague one, one
     * between two sources equally near, and one its own sentence reports as hearsay keep no source.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent 4,000 troops to Russia. // The JCS said on Monday that about 4,000 North Korean troops had been sent to Russia. # deployed|4,000|jcs|2025-03-12; deployed|about 4,000|jcs|2025-03-10 # carried; sure
            The NIS told lawmakers that 500 North Korean soldiers had been killed in Kursk. // The death toll now stands at 500. # killed|500|nis|2025-03-12; killed|500|nis|2025-03-12 # sure; carried
            North Korea has sent 11,000 troops to Russia. // The NIS said 12,000 North Korean soldiers had been sent to Russia. # deployed|11,000|unknown|2025-03-12; deployed|12,000|nis|2025-03-12 # sure; sure
            More than 3,000 North Korean soldiers have been killed. // Budanov said about 3,000 North Korean soldiers had been killed. # killed|More than 3,000|unknown|2025-03-12; killed|about 3,000|budanov|2025-03-12 # sure; sure
            Thousands of North Korean troops have been sent to Russia. // Budanov said thousands of North Korean troops had been sent to Russia. # deployed|Thousands|unknown|2025-03-12; deployed|thousands|budanov|2025-03-12 # sure; sure
            North Korea has sent 11,000 troops to Russia. // The NIS said 11,000 North Korean soldiers had been sent. // Budanov said 11,000 North Korean soldiers had been sent. # deployed|11,000|nis|2025-03-12; deployed|11,000|nis|2025-03-12; deployed|11,000|budanov|2025-03-12 # carried; sure; sure
            The NIS said 11,000 North Korean soldiers had been sent. // North Korea has sent 11,000 troops to Russia. // Budanov said 11,000 North Korean soldiers had been sent. # deployed|11,000|nis|2025-03-12; deployed|11,000|unknown|2025-03-12; deployed|11,000|budanov|2025-03-12 # sure; sure; sure
            About 3,000 North Korean soldiers are believed to have been killed. // The NIS said 3,000 North Korean soldiers had been killed. # killed|About 3,000|unknown|2025-03-12; killed|3,000|nis|2025-03-12 # sure; sure
            Some 3,000 North Korean soldiers have reportedly been killed. // The NIS said 3,000 North Korean soldiers had been killed. # killed|Some 3,000|unknown|2025-03-12; killed|3,000|nis|2025-03-12 # sure; sure
            Foreign media have reported that 500 North Korean soldiers were killed in Kursk. // Ukraine's military intelligence said 500 North Korean soldiers had been killed in a strike. # killed|500|hur|2025-03-12; killed|500|hur|2025-03-12 # carried; sure
            Foreign media have reported that 500 North Korean soldiers were killed in Kursk. // Ukraine's military intelligence said 400 North Korean soldiers had been killed in a strike. # killed|500|~Foreign media|2025-03-12; killed|400|hur|2025-03-12 # the outlet is described, not named; sure
            """)
    void round65AFigureWithNoSourceTakesTheNearestSourceOfTheSameFigureElsewhereMarkedUncertain(String body, String expected,
                                                                                            String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        assertEquals(claimant, claims.stream().map(c -> c.certainty().claimant()).map(f -> f.certain() ? "sure"
                : FiguresSourcedElsewhere.REASON.equals(f.reason()) ? "carried" : f.reason())
                .collect(Collectors.joining("; ")));
    }

    /**
     * Round 65: a paragraph whose speech verb takes "this" and a pointing noun as its object ("confirmed this
     * information to the agency") names the source of the paragraph before, as a bare "this" does; marked uncertain.
     * "this figure" followed by a verb of its own is what the source said, not a pointer.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            About 3,000 North Korean soldiers serve in Russian units in Kursk. // Ukrainian military intelligence confirmed this information to the agency. # deployed|About 3,000|hur|2025-03-12 # doubted
            About 3,000 North Korean soldiers serve in Russian units in Kursk. // Ukrainian military intelligence confirmed this information on Monday. # deployed|About 3,000|hur|2025-03-10 # doubted
            About 3,000 North Korean soldiers serve in Russian units in Kursk. // Ukrainian military intelligence said this figure was too low. # deployed|About 3,000|unknown|2025-03-12 # sure
            About 3,000 North Korean soldiers serve in Russian units in Kursk. // Ukrainian military intelligence said this information war would go on. # deployed|About 3,000|unknown|2025-03-12 # sure
            """)
    void round65ASpeechVerbWhoseObjectIsThisInformationPointsBackAtTheParagraphBefore(String body, String expected,
                                                                                      String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        assertEquals(claimant, claims.get(0).certainty().claimant().certain() ? "sure" : "doubted");
    }

    /**
     * Round 65: a post a page embeds ends with its author's signature (a dash, a name, "(@handle)" and the day): a figure
     * of the post with no source of its own is the author's, in the signature's words or as the listed party it names.
     * A signature in a later sentence of the paragraph gives the author but no date of the figure's own (the report's
     * date stands in). A dash with no handle, or a signature in another paragraph, signs nothing of the figure's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Drone footage shows 200 North Korean soldiers killed near Sudzha. pic.twitter.com/Ab12Cd - Border Watch Monitor (@bordermonitor) March 10, 2025 # killed|200|~Border Watch Monitor (@bordermonitor)|2025-03-10
            Some 300 North Korean troops have arrived in Kursk. More are on the way. - Frontline Tracker (@frontlinetrk) March 10, 2025 # deployed|Some 300|~Frontline Tracker (@frontlinetrk)|2025-03-12
            Some 300 North Korean troops have arrived in Kursk - a sign of more to come, March 10, 2025 # deployed|Some 300|unknown|2025-03-12
            Some 300 North Korean troops have arrived in Kursk. // Watch the clip - Frontline Tracker (@frontlinetrk) March 10, 2025 # deployed|Some 300|unknown|2025-03-12
            """)
    void round65AnEmbeddedPostsSignatureNamesTheAuthorOfTheFiguresInItsParagraph(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: a sentence that opens on a video or pictures a listed party put out, in its paragraph or the one before
     * ("The video claims ..."), gives a figure with no source of its own to that party, marked uncertain. Material
     * nobody listed put out, a party two paragraphs back, or a sentence that does not open on the material, keep none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A new video, shared by Ukraine's military intelligence on Telegram, shows a drone strike near Sudzha. // The video claims 60 North Korean soldiers were killed in the strike. # killed|60|hur|2025-03-12 # doubted
            Ukraine's military intelligence has released drone footage from the Kursk region. / In the footage, 60 North Korean soldiers are killed by drones. # killed|60|hur|2025-03-12 # doubted
            A new video, shared by local bloggers on Telegram, shows a drone strike near Sudzha. // The video claims 60 North Korean soldiers were killed in the strike. # killed|60|unknown|2025-03-12 # sure
            A new video, shared by Ukraine's military intelligence on Telegram, shows a drone strike near Sudzha. // The weather was cold. // Snow fell for days. // The video claims 60 North Korean soldiers were killed in the strike. # killed|60|unknown|2025-03-12 # sure
            A new video, shared by Ukraine's military intelligence on Telegram, shows a drone strike near Sudzha. // In all, 60 North Korean soldiers were killed in the strike. # killed|60|unknown|2025-03-12 # sure
            """)
    void round65ASentenceOpeningOnAVideoAListedPartyPutOutGivesItsFigureToThatParty(String body, String expected,
                                                                                  String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        assertEquals(claimant, claims.get(0).certainty().claimant().certain() ? "sure" : "doubted");
    }

    /**
     * Round 65: a source named by its title alone ("Moscow's top security official", "the security chief") that a
     * sentence after it gives a person, by a word of the title, a head and a name ("Security Council Secretary Ivan
     * Petrov"), is that person, marked uncertain. A title word with no head and name after it, or a name under
     * another title, leaves the title as it is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea will send 2,000 more troops to Kursk, according to Moscow's top security official. / The news came during a visit to Pyongyang by Russian Security Council Secretary Ivan Petrov. # planned_deployment|2,000|~Ivan Petrov|2025-03-12 # doubted
            North Korea will send 2,000 more troops to Kursk, the security chief says // Kim Jong Un met Russia's top security official Ivan Petrov on Tuesday. # planned_deployment|2,000|~Ivan Petrov|2025-03-12 # doubted
            North Korea will send 2,000 more troops to Kursk, according to Moscow's top security official. / The news came as the UN Security Council met in New York. # planned_deployment|2,000|~Moscow's top security official|2025-03-12 # sure
            North Korea will send 2,000 more troops to Kursk, according to Moscow's top security official. / Foreign Minister Ivan Petrov arrived in Pyongyang. # planned_deployment|2,000|~Moscow's top security official|2025-03-12 # sure
            """)
    void round65ASourceNamedByATitleIsThePersonALaterSentenceNamesUnderThatTitle(String body, String expected,
                                                                               String claimant) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        assertEquals(claimant, claims.get(0).certainty().claimant().certain() ? "sure" : "doubted");
    }

    /**
     * Round 65: a speech verb run into "that" by a page that dropped the space ("reportedthat") is still the verb, and
     * the claim quotes the sentence as the page has it. A word that is no speech verb run into "that" stays as it is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            On Monday, Budanov reportedthat 300 North Korean soldiers had been killed near Sudzha.            # killed|300|budanov|2025-03-10
            Budanov saidthat 300 North Korean soldiers had been killed, and the NIS toldthat 200 had been captured. # killed|300|budanov|2025-03-12; captured|200|nis|2025-03-12
            On Monday, a drone strikethat hit Sudzha killed 300 North Korean soldiers.                       # killed|300|unknown|2025-03-12
            """)
    void round65ASpeechVerbRunIntoThatIsStillTheVerbAndTheQuoteKeepsThePagesWords(String body, String expected) {
        List<Claim> claims = extract(body);
        assertEquals(expected, describe(claims));
        claims.forEach(c -> assertEquals(body.strip(), c.sources().get(0).quote()));
    }

    /**
     * Round 65: a bare number after a clause of its own sentence that names North Korea's troops and gives no figure
     * ("North Korea has sent troops to Russia, and the NIS puts the number at 11,000") sizes those troops, as round 58
     * read a whole sentence so for the next one: the clauses before the first number's clause (cut at clauseBreaks)
     * count what such a sentence would; and (round 65) a count's noun with "since" or "later" before its verb ("the
     * number has since grown to", "The number later rose to"). Near-misses: another side's troops, shells, two fates,
     * another side's total.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to Russia, and the NIS puts the number at 11,000.                     # deployed|11,000|nis|2025-03-12
            North Korean troops are fighting in Kursk, and there are about 11,000 of them, the NIS said.       # deployed|about 11,000|nis|2025-03-12
            Pyongyang has deployed soldiers to Kursk, and their number has risen to 11,000, the NIS said.      # deployed|11,000|nis|2025-03-12
            North Korean soldiers have been killed in Kursk; the number now stands at 300, the NIS said.       # killed|300|nis|2025-03-12
            Russian troops are fighting in Kursk, and the NIS puts the number at 11,000.                       # none
            North Korea has sent shells to Russia, and the NIS puts the number at 11,000.                      # none
            North Korean troops were killed and wounded in Kursk, and the number is now 4,000, the NIS said.   # none
            North Korea has sent troops to Russia, and Russia's total is now 600,000, the NIS said.            # none
            North Korea sent troops to Kursk last autumn. / The number later rose to 11,000, the NIS said.     # deployed|11,000|nis|2025-03-12
            North Korea has deployed soldiers to Kursk; the number has since grown to 11,000, the NIS said.    # deployed|11,000|nis|2025-03-12
            Russia sent troops to Kursk last autumn. / The number later rose to 11,000, the NIS said.          # none
            North Korea sent shells to Russia last autumn. / The number has since grown to 11,000, the NIS said. # none
            """)
    void aClauseBeforeTheNumberThatNamesNorthKoreasTroopsWithNoFigureGivesItsMetric(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: a noun of the force and "of" right before a number with no troop noun of its own ("A North Korean force
     * of about 11,000", "a contingent of 1,500") size that force, as "-strong" does; an editor's "(or)" in a quote joins
     * two guesses at one figure as "or" does ("a force of 11 (or) 12,000"); a whole army's size set off by a comma
     * ("The North Korean armed forces, numbering 1.2 million") is the army at home. Near-misses: another side's force,
     * a whole army called a force, a force that is no army's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A North Korean force of about 11,000 is fighting in Kursk, the NIS said.                           # deployed|about 11,000|nis|2025-03-12
            North Korea has a contingent of 1,500 in Kursk, the NIS said.                                      # deployed|1,500|nis|2025-03-12
            North Korean troops are fighting in Kursk. / "For a force of 11 (or) 12,000, those are heavy losses," the NIS said. # deployed|11 (or) 12,000|nis|2025-03-12
            Russia's force of 50,000 is fighting in Kursk, the NIS said.                                       # none
            A Ukrainian force of about 3,000 crossed into Kursk in August, the NIS said.                       # none
            North Korea's army, a force of 1.2 million, is among the largest, the NIS said.                    # none
            The North Korean armed forces, numbering 1.2 million, are among the largest, the NIS said.         # none
            North Korea sent troops to Russia. / An earthquake of force 7 hit Japan, the NIS said.             # none
            """)
    void aNounOfTheForceBeforeABareNumberSizesThatForce(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: an estimate that restates the number the sentence before spoke of may name it by a pronoun ("The latest
     * estimate puts them at 11,000", "Seoul has put it at 11,000"), with a word of which estimate ("the total number"), or
     * as the force's size ("puts the size of the force at"), or as the object of a verb of estimating or counting itself
     * ("The NIS estimates about 11,000"). Near-misses: after another side's troops, after shells, another side's toll,
     * a new paragraph, and "the estimated 500 drones", an adjective.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are fighting for Russia. / The latest NIS estimate puts them at 11,000.         # deployed|11,000|nis|2025-03-12
            North Korea has sent troops to Russia. / The NIS has put it at 11,000.                             # deployed|11,000|nis|-
            North Korea sent troops to Russia last year. / The NIS puts the size of the force at 11,000.       # deployed|11,000|nis|2025-03-12
            North Korean troops suffered heavy losses in Kursk. / The NIS put them at 4,000.                   # killed_or_wounded|4,000|nis|2025-03-12
            Russian troops are fighting in Kursk. / The latest NIS estimate puts them at 11,000.               # none
            North Korea has sent shells to Russia. / The NIS has put it at 11,000.                             # none
            North Korea has sent troops to Russia. / The NIS put the Russian toll at 40,000.                   # none
            North Korea has sent troops to Russia. // The NIS has put it at 11,000.                            # none
            North Korea has sent troops to Russia. / The NIS estimates about 11,000.                           # deployed|about 11,000|nis|2025-03-12
            North Korean troops have been killed in Kursk. / The NIS counts about 300.                         # killed|about 300|nis|2025-03-12
            Russia has sent troops to Kursk. / The NIS estimates about 11,000.                                 # none
            North Korea has sent shells to Russia. / The NIS estimates about 11,000.                           # none
            North Korea has sent troops to Russia. / The estimated 500 drones arrived later, the NIS said.     # none
            """)
    void anEstimateRestatesTheNumberBeforeByAPronounOrTheForcesSize(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: a hedge of belief between troops and their verb of size ("They are thought to number 11,000", "North
     * Korea's soldiers in Russia are believed to total 11,000") leaves the troops its subject. Near-misses: a whole army,
     * workers, another side's troops, each with the same hedge.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean troops are fighting in Kursk. / They are thought to number 11,000, the NIS said.      # deployed|11,000|nis|2025-03-12
            North Korea's soldiers in Russia are believed to total 11,000, the NIS said.                       # deployed|11,000|nis|2025-03-12
            North Korea's army is thought to number 1.2 million, the NIS said.                                 # none
            North Korean workers in Russia are believed to number 15,000, the NIS said.                        # none
            North Korea sent troops. / Russian troops in Kursk are believed to number 50,000, the NIS said.    # none
            """)
    void aHedgeBetweenTroopsAndTheirVerbOfSizeLeavesThemItsSubject(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: after a sentence of its paragraph that sends North Korea's troops (with or without a figure), a bare
     * number that opens its clause as the subject of a verb of arriving ("About 11,000 have arrived", "By December,
     * 11,000 had arrived") sizes that force; so does a hedged presence "in the region" (the place named before).
     * Near-misses: after shells or another side's troops, with nothing before, and a noun of its own ("1,000 shells have
     * arrived", "11,000 refugees").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea has sent troops to Russia. / About 11,000 have arrived, the NIS said.                  # deployed|About 11,000|nis|2025-03-12
            North Korea has sent troops to Russia. / By December, 11,000 had arrived, the NIS said.            # deployed|11,000|nis|2025-03-12
            North Korea has sent deminers to Russia. / About 1,000 have arrived, the NIS said.                 # deployed|About 1,000|nis|2025-03-12
            North Korea has sent shells to Russia. / About 1,000 have arrived, the NIS said.                   # none
            Russia has sent troops to Kursk. / About 11,000 have arrived, the NIS said.                        # none
            About 11,000 have arrived, the NIS said.                                                           # none
            North Korean troops fight for Russia. / As many as 11,000 are said to be in the region, the NIS said. # deployed|As many as 11,000|nis|2025-03-12
            Russian troops fight in Kursk. / As many as 11,000 are said to be in the region, the NIS said.     # none
            North Korean troops fight for Russia. / As many as 11,000 refugees are said to be in the region, the NIS said. # none
            North Korea has sent troops to Russia. / About 1,000 shells have arrived, the NIS said.            # none
            """)
    void aBareNumberArrivingAfterTheForceWasSentSizesIt(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: a force's strength ("The contingent is about 11,000 strong") right after a sentence about North Korea's
     * troops, in a sentence naming no other side, is the strength of the force spoken of. Near-misses: another side's
     * contingent named in the sentence, a paragraph about another side's troops, another side's unit sized so.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea sent troops to Russia last year. / The contingent is about 11,000 strong, the NIS said. # deployed|about 11,000|nis|2025-03-12
            North Korea sent troops to Russia last year. / The force, some 11,000 strong, is in Kursk, the NIS said. # deployed|some 11,000|nis|2025-03-12
            North Korea sent troops to Russia last year. / Russia's contingent is about 50,000 strong, the NIS said. # none
            Russia sent troops to Kursk last year. / The contingent is about 50,000 strong, the NIS said.      # none
            North Korea sent troops to Russia last year. / Ukraine's 500-strong unit held the line, the NIS said. # none
            """)
    void aForcesStrengthAfterASentenceAboutNorthKoreasTroopsIsTheirs(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: troops owned by "its" or "their" right after a sentence whose subject is North Korea by name, with no
     * other side, nationality or speaker before them ("North Korea's military is helping Russia. Around 11,000 of its
     * personnel are in Kursk"), are North Korea's, as "It" opening the sentence is. Near-misses: another side named
     * before the possessive, a sentence before whose subject is another side.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea's military is helping Russia. / Around 11,000 of its personnel are in Kursk, the NIS said. # deployed|Around 11,000|nis|2025-03-12
            North Korea is helping Russia. / About 11,000 of its soldiers are stationed in Kursk, the NIS said. # deployed|About 11,000|nis|2025-03-12
            North Korea is helping Russia. / The NIS says Ukraine has 5,000 of its soldiers in Kursk.         # none
            Ukraine is fighting in Kursk. / About 5,000 of its soldiers are stationed in Kursk, the NIS said.  # none
            """)
    void troopsOwnedByItsAfterASentenceAboutNorthKoreaAreItsTroops(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65: plans and forecasts a sentence words without the plan words read before: a headline's infinitive after
     * its subject ({@link HeadlinePlans}), readiness ("primed to"), an order or selection for a sending to come, troops
     * a modal puts on their way, a reinforcement planned, Russia's use of troops still to come, a force's sharp growth
     * under a modal ("soar", "spike"), and a rotation that sends troops in to replace losses. Each with its near-miss:
     * a title-cased headline with a finite verb, a sending done then a plan joined after an adverb, another side's
     * order or use, troops on their way with no modal, a reinforcement that arrived, casualties that grew, a rotation
     * out.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea to send 6,000 more troops to Russia, the NIS says.                                   # planned_deployment|6,000|nis|2025-03-12
            Kim Jong Un to deploy 1,000 military engineers to Kursk, the NIS says.                          # planned_deployment|1,000|nis|2025-03-12
            North Korea Sends 11,000 Troops To Join Russia's War, the NIS says.                             # deployed|11,000|nis|2025-03-12
            The NIS said North Korea is now preparing to send 12,000 more troops.                           # planned_deployment|12,000|nis|2025-03-12
            The NIS said North Korea sent 12,000 troops and is now preparing to send more.                 # deployed|12,000|nis|2025-03-12
            The NIS said Pyongyang is primed to deploy 20,000 more troops.                                  # planned_deployment|20,000|nis|2025-03-12
            The NIS said Kim Jong Un ordered the dispatch of 6,000 military engineers to Kursk.               # planned_deployment|6,000|nis|2025-03-12
            Zelensky said Putin ordered the deployment of 50,000 Russian troops to Kursk.                   # none
            The NIS said North Korea has selected 4,000 soldiers for the next deployment to Russia.        # planned_deployment|4,000|nis|2025-03-12
            The NIS said North Korea sent 4,000 soldiers in the first deployment to Russia.                 # deployed|4,000|nis|2025-03-12
            Budanov said 20,000 more North Korean troops could be on their way.                             # planned_deployment|20,000|budanov|2025-03-12
            Budanov said 20,000 North Korean troops are on their way to Kursk.                              # deployed|20,000|budanov|2025-03-12
            The NIS said the planned reinforcement of 30,000 North Korean soldiers would triple the force. # planned_deployment|30,000|nis|2025-03-12
            The NIS said a reinforcement of 3,000 North Korean soldiers arrived in Kursk in February.      # deployed|3,000|nis|2025-03-12
            The NIS said Moscow is set to use 20,000 North Korean fighters in the offensive.               # planned_deployment|20,000|nis|2025-03-12
            The NIS said Russia will use 500 North Korean drones in the offensive.                         # none
            Zelensky said North Korean troop numbers could soar to 100,000.                                # planned_deployment|100,000|zelensky|2025-03-12
            The NIS said North Korean casualties jumped to 4,000 in January.                               # killed_or_wounded|4,000|nis|2025-03-12
            The NIS said North Korea plans to rotate in 3,000 fresh troops to replace its losses.          # planned_deployment|3,000|nis|2025-03-12
            The NIS said North Korea has rotated in 2,000 troops to replace those killed.                  # deployed|2,000|nis|2025-03-12
            The NIS said North Korea has rotated out 1,000 wounded soldiers.                               # none
            The NIS said Russia is waiting for about 2,000 more North Korean soldiers to arrive.          # planned_deployment|about 2,000|nis|2025-03-12
            The NIS said some 2,000 North Korean soldiers have been waiting for orders in Kursk.          # deployed|some 2,000|nis|2025-03-12
            The NIS said North Korea is recruiting 5,000 soldiers for a third deployment to Russia.       # planned_deployment|5,000|nis|2025-03-12
            The NIS said North Korea sent 3,000 soldiers in a second deployment in February.              # deployed|3,000|nis|2025-03-12
            The NIS said Russia and North Korea agreed on the deployment of 6,000 more North Korean troops. # planned_deployment|6,000|nis|2025-03-12
            The NIS said North Korea agreed to send 6,000 troops last year, and all of them were sent.    # deployed|6,000|nis|2025-03-12
            The NIS said North Korea agreed to send 6,000 troops, and all of them will be sent by June.   # planned_deployment|6,000|nis|2025-03-12
            Budanov said North Korea was "preparing" to send 10,000 soldiers.                             # planned_deployment|10,000|budanov|2025-03-12
            Budanov said North Korea "has sent" 10,000 soldiers.                                          # deployed|10,000|budanov|2025-03-12
            Budanov said North Korea is preparing up to 30,000 new troops for the war.                    # planned_deployment|up to 30,000|budanov|2025-03-12
            Budanov said up to 30,000 North Korean troops are preparing for an assault in Kursk.          # deployed|up to 30,000|budanov|2025-03-12
            """)
    void round65APlanWordedWithoutAPlanWordIsStillAPlan(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 65, relays the right way round: "which quoted" and "who quoted" open a relative clause of passing on as
     * "which cited" does, so the quoted party is the source and the outlet or lawmaker its relay; "was quoted as saying
     * by" stays a passive whose agent only relays. Near-misses: "who was quoted by", "who quoted no source", and the
     * passive with "as saying by" keep the speaker. Each claim as metric|figure|claimant|relay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            According to Yonhap, which quoted the NIS, 300 North Korean soldiers had been killed.               # killed|300|nis|yonhap
            300 North Korean soldiers had been wounded, according to Yonhap, which quoted the NIS.              # wounded|300|nis|yonhap
            The BBC, which quoted Western officials, said 300 North Korean soldiers had been killed.            # killed|300|western_officials|bbc
            Park Sun-won, who quoted the NIS, said 300 North Korean soldiers had been captured.                 # captured|300|nis|park_sun_won
            Budanov, who was quoted by the BBC, said 300 North Korean soldiers had been killed.                  # killed|300|budanov|-
            Budanov, who quoted no source, said 300 North Korean soldiers had been killed.                       # killed|300|budanov|-
            300 North Korean soldiers had been killed, Budanov was quoted as saying by the BBC.                  # killed|300|budanov|-
            """)
    void aRelativeClauseThatQuotesASourceMakesThatSourceTheClaimant(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 65: the sentence after a described speaker's figure may name the source with "cited" or "was briefed by" as
     * well as "citing" ("A South Korean lawmaker said ... / He cited the NIS."); the source is the claimant, the speaker
     * its relay, and the claimant is worded because only the sentences' order ties them. Near-misses: the next sentence
     * criticises or briefs the party, or cites none, or says who was briefed only in a relative clause on another
     * subject, and the speaker stays, as fact.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / He cited the NIS.            # killed|300|nis|2025-03-12|worded
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / He had been briefed by the NIS. # killed|300|nis|2025-03-12|worded
            A senior Ukrainian official said 2,000 North Korean soldiers were wounded. / She was briefed by the GUR. # wounded|2,000|hur|2025-03-12|worded
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / He criticised the NIS.       # killed|300|south_korean_lawmakers|2025-03-12|sure
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / He briefed the NIS.          # killed|300|south_korean_lawmakers|2025-03-12|sure
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / He cited no source.          # killed|300|south_korean_lawmakers|2025-03-12|sure
            A South Korean lawmaker said 300 North Korean soldiers had been killed. / Park Sun-won, who had been briefed by the NIS, told reporters the war would go on. # killed|300|south_korean_lawmakers|2025-03-12|sure
            """)
    void aLaterSentenceWhereTheDescribedSpeakerCitesOrWasBriefedNamesTheSource(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 65: a cited estimate or document (informationHeads) held by a listed name right before its head ("citing the
     * spy agency's latest assessment", "citing a Ukrainian intelligence assessment", "citing NIS figures") is that
     * name's word, the speaker its relay. Near-misses: a person held by a listed name ("a senior NATO diplomat") and
     * bare material with no holder ("intelligence assessments") stay in their own words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Park Sun-won told reporters 300 North Korean soldiers had been killed, citing the spy agency's latest assessment. # killed|300|nis|park_sun_won
            300 North Korean soldiers had been wounded, CNN reported, citing a Ukrainian intelligence assessment.  # wounded|300|hur|cnn
            Park Sun-won, citing the NIS's figures, said 300 North Korean soldiers had been captured.             # captured|300|nis|park_sun_won
            300 North Korean soldiers had been killed, CNN reported, citing a senior NATO diplomat.                # killed|300|~a senior NATO diplomat|cnn
            300 North Korean soldiers had been killed, CNN reported, citing intelligence assessments.              # killed|300|~intelligence assessments|cnn
            """)
    void aCitedEstimateHeldByAListedNameIsThatNamesWord(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 66: a listed name tied to a person around it ("a Zelensky adviser", "Zelensky's chief of staff", "critics of
     * the NIS", config {@code otherPersonHeads}) or to a one-time member ("a former NIS official") is not the speaker;
     * the person speaks in their own words. Near-misses: a person's own title after "former", "Zelensky's office", "a
     * spokesman for", and the name as the speaker with advisers as its audience.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A Zelensky adviser said 4,000 North Korean soldiers had been killed or wounded.                        # killed_or_wounded|4,000|~A Zelensky adviser|2025-03-12|sure
            Zelensky's top aide said 4,000 North Korean soldiers had been killed or wounded.                       # killed_or_wounded|4,000|~Zelensky's top aide|2025-03-12|sure
            Zelensky's chief of staff Andriy Yermak said 4,000 North Korean soldiers had been killed or wounded.   # killed_or_wounded|4,000|~Zelensky's chief of staff Andriy Yermak|2025-03-12|sure
            Critics of the NIS say 300 North Korean soldiers were killed.                                          # killed|300|unknown|2025-03-12|sure
            A former NIS official said 300 North Korean soldiers had been killed.                                  # killed|300|~A former NIS official|2025-03-12|sure
            Former US Defense Secretary Lloyd Austin said about 10,000 North Korean troops were in Russia.         # deployed|about 10,000|lloyd_austin|2025-03-12|sure
            Zelensky's office said 4,000 North Korean soldiers had been killed or wounded.                         # killed_or_wounded|4,000|zelensky|2025-03-12|sure
            A spokesman for Budanov said 3,000 North Korean soldiers had been killed.                              # killed|3,000|budanov|2025-03-12|sure
            Zelensky told his advisers that 4,000 North Korean soldiers had been killed or wounded.                # killed_or_wounded|4,000|zelensky|2025-03-12|sure
            """)
    void round66ANameTiedToAPersonAroundItIsNotTheSpeaker(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 66: an inability before a cue negates it as "not" does ("was unable to confirm", "has not been able to
     * confirm", "failed to confirm"), so its subject is not the figure's source; a passive estimate with the figure
     * between its verb and "by" ("was estimated at 11,000 by the NIS") names its agent as the source; the words of
     * passing on after a comma (", quoted by lawmakers,") make the name after them the relay; "shared with" has an
     * audience, as "told" has. Near-misses: an ability stated ("was able to confirm"), "by" and a date, a name quoted by
     * the press, a speaker who shares a figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The BBC was unable to confirm that 300 North Korean soldiers were killed.                             # killed|300|unknown|-
            Reuters has not been able to confirm that 300 North Korean soldiers were killed.                      # killed|300|unknown|-
            Reuters failed to confirm that 300 North Korean soldiers were killed.                                 # killed|300|unknown|-
            The BBC was able to confirm that 300 North Korean soldiers were killed.                               # killed|300|bbc|-
            The NIS said it had been able to confirm that 300 North Korean soldiers were killed.                  # killed|300|nis|-
            The number of North Korean troops in Russia was estimated at 11,000 by the NIS.                       # deployed|11,000|nis|-
            The number of North Korean soldiers killed was put at about 300 by Seoul's spy agency.                # killed|about 300|nis|-
            The toll of North Korean dead was estimated at 300 by late January.                                   # killed|300|unknown|-
            The NIS, quoted by lawmakers, said 300 North Korean soldiers had been killed.                         # killed|300|nis|south_korean_lawmakers
            The NIS, cited by Lee Seong-kweun, said 300 North Korean soldiers had been killed.                    # killed|300|nis|lee_sung_kwon
            Lee Seong-kweun, quoted by Yonhap, said 300 North Korean soldiers had been killed.                    # killed|300|lee_sung_kwon|yonhap
            The NIS assessment, shared with lawmakers on Monday, put the number of North Korean dead at 300.      # killed|300|nis|-
            Lawmakers said 300 North Korean soldiers had died, a figure they shared with reporters.               # killed|300|south_korean_lawmakers|-
            """)
    void round66InabilityPassiveAgentsAndAsidesOfPassingOn(String body, String expected) {
        assertEquals(expected, withRelays(extract(body)));
    }

    /**
     * Round 66: raw material held by a listed name after it ("citing intelligence from the NIS", "data provided by the
     * GUR") is that name's word, the speaker its relay; before, "intelligence" was the claimant, as fact. Near-misses:
     * bare material ("citing intelligence": its own words, doubted, as since round 37), a cited listed name, and a
     * report noun that is no raw material ("intelligence reports"), in its own words as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            South Korean lawmakers, citing intelligence, said 4,700 North Korean soldiers had been killed or wounded. # killed_or_wounded|4,700|~intelligence|2025-03-12|worded
            Zelensky, citing intelligence, said 4,000 North Korean soldiers had been killed or wounded.             # killed_or_wounded|4,000|~intelligence|2025-03-12|worded
            South Korean lawmakers, citing the NIS, said 4,700 North Korean soldiers had been killed or wounded.    # killed_or_wounded|4,700|nis|2025-03-12|sure
            South Korean lawmakers, citing intelligence from the NIS, said 600 North Korean soldiers had died.      # killed|600|nis|2025-03-12|sure
            600 North Korean soldiers had been killed, Park Sun-won said, citing data provided by the GUR.         # killed|600|hur|2025-03-12|sure
            South Korean lawmakers, citing intelligence reports, said 600 North Korean soldiers had died.           # killed|600|~intelligence reports|2025-03-12|sure
            """)
    void round66MaterialHeldByAListedNameIsThatNamesWord(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 66: ways outlets name listed claimants that the directory lacked ("Defense Secretary Austin", "a South
     * Korean MP", "state-run media", "state-run news agency"). Near-misses: another country's MP and state-run media.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Defense Secretary Austin said about 10,000 North Korean troops were in Russia.                         # deployed|about 10,000|lloyd_austin|2025-03-12|sure
            A South Korean MP said 300 North Korean soldiers had been killed.                                      # killed|300|south_korean_lawmakers|2025-03-12|sure
            North Korean state-run media said 101 North Korean soldiers had died in Kursk.                         # killed|101|north_korea_state|2025-03-12|sure
            North Korea's state-run news agency said 101 North Korean soldiers had died in Kursk.                  # killed|101|kcna|2025-03-12|sure
            A British MP said 300 North Korean soldiers had been killed.                                           # killed|300|~A British MP|2025-03-12|sure
            Russian state-run media said 101 North Korean soldiers had died in Kursk.                              # killed|101|~Russian state-run media|2025-03-12|sure
            """)
    void round66AliasesOutletsUseForListedClaimants(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 66: a speaker inside ", where ..." after the figure speaks of the place the clause describes, as inside ",
     * which ..." (round 43), not of the figure before it; a full name with ", of" or ", from" a body set off by commas
     * speaks in its own words. Near-misses: the figure inside the "where" clause with its speaker, a speaker before the
     * clause, a "where" clause inside a quotation (it closes with the quotation, before the speaker's verb), and an
     * apposition of ", of" with no name before it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The war has drawn an estimated 11,000 North Korean troops into Kursk, where Budanov says the fighting is fiercest. # deployed|an estimated 11,000|unknown|2025-03-12|sure
            Zelensky spoke in Kyiv, where he said 4,000 North Korean soldiers had died.                             # killed|4,000|zelensky|2025-03-12|sure
            4,000 North Korean soldiers have died, Zelensky said in Kyiv, where he met Budanov.                     # killed|4,000|zelensky|2025-03-12|sure
            "Two North Korean soldiers were brought to Kyiv, where they are talking to investigators," said Zelensky on X, where he posted photos. # captured|Two|zelensky|2025-03-12|sure
            Andriy Kovalenko, of Ukraine's National Security and Defense Council, said 20 North Korean soldiers had been killed. # killed|20|~Andriy Kovalenko|2025-03-12|sure
            John Smith, from the Royal United Services Institute, said 600 North Korean soldiers had been killed.  # killed|600|~John Smith|2025-03-12|sure
            Officials, of course, said 600 North Korean soldiers had been killed.                                  # killed|600|unknown|2025-03-12|sure
            """)
    void round66ASpeakerInAWhereClauseAndANamedPersonOfABody(String body, String expected) {
        assertEquals(expected, describeWithCertainty(extract(body), "claimant"));
    }

    /**
     * Round 66: another side's troops as the subject of lost/suffered/sustained, described by a modifier that names
     * North Korea (a participle, a relative clause, "with"), lost their own men: no North Korean figure. Near-misses:
     * North Korea's troops described by a modifier naming another side ("facing Ukrainian forces", "fighting beside
     * Russian paratroopers") lost theirs, and another side joined to North Korea by "and" counts both, as worded.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Russian units fighting alongside North Korean troops lost 300 soldiers in the counterattack.             # none
            Ukrainian forces facing North Korean troops lost 150 men in a week, a commander said.                    # none
            The Russian brigade to which North Korean soldiers were attached suffered 400 casualties.               # none
            Russian marines with North Korean troops on their flank lost 250 men near Sudzha.                       # none
            North Korean troops facing Ukrainian forces lost 300 soldiers in a week, Kyiv said.                      # killed_or_wounded|300|ukraine_government|2025-03-12
            North Korean units fighting beside Russian paratroopers have lost about 500 men, the HUR said.           # killed_or_wounded|about 500|hur|2025-03-12
            Ukrainian officials say North Korean troops fighting in Kursk have lost 400 men.                         # killed_or_wounded|400|ukraine_government|2025-03-12
            """)
    void anotherSidesTroopsDescribedByAModifierNamingNorthKoreaLoseTheirOwnMen(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 66: Russia's Chechen forces, by people or by unit, are another side, as Wagner is, and another side named
     * as the head of an "of" phrase right after the figure's words owns the men ({@code TrailingOwners}): the men North
     * Korean gunners kill among them are no North Korean dead. Near-misses: North Korea's own troops killed beside them
     * or named in the "of" phrase.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korean gunners killed eight Chechen fighters by mistake, Ukrainian intelligence said.              # none
            North Korean gunners killed eight fighters of the Akhmat unit by mistake, Ukrainian intelligence said.   # none
            Ukrainian drones killed 40 soldiers of the Russian marines and 30 of the North Korean troops, Kyiv said.   # killed|30|ukraine_government|2025-03-12
            Ukrainian drones killed 40 soldiers of the North Korean army, Kyiv said.                                  # killed|40|ukraine_government|2025-03-12
            North Korea has sent a 15,000-strong contingent of troops to Russia, the NIS said.                        # deployed|15,000|nis|2025-03-12
            Eight North Korean soldiers were killed beside Chechen fighters, Ukrainian intelligence said.             # killed|Eight|hur|2025-03-12
            """)
    void chechenForcesAreAnotherSide(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 66: a whole corps or branch sized by its own verb ("North Korea's special forces number about 200,000",
     * "The Storm Corps numbers between 40,000 and 80,000 troops") is a force at home, not one sent. Near-misses: the
     * part of it sent, and special forces sized where they were sent, stay deployed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            North Korea's special forces number about 200,000, of whom some were sent to Russia.                     # none
            The Storm Corps numbers between 40,000 and 80,000 troops, a source said; some are in Russia.            # none
            North Korea has sent about 12,000 soldiers of its Storm Corps to Russia.                                 # deployed|about 12,000|unknown|2025-03-12
            North Korean special forces in Kursk number about 11,000, the NIS said.                                   # deployed|about 11,000|nis|2025-03-12
            """)
    void aWholeCorpsSizedByItsVerbIsNoForceSent(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 66: a verb after "and" with a number in words for object has its own figure ("killed 21 North Korean
     * soldiers and wounded three": 21 killed, 3 wounded), as one in digits does; and a verb whose next word is a
     * preposition has none ("killed or wounded in one week": "one" counts a week, so both fates stay the figure's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Ukraine's special forces said they had killed 21 North Korean soldiers and wounded three.                # killed|21|~Ukraine's special forces|2025-03-12; wounded|three|~Ukraine's special forces|2025-03-12
            Ukraine's special forces said they had killed 21 North Korean soldiers and wounded 3.                    # killed|21|~Ukraine's special forces|2025-03-12; wounded|3|~Ukraine's special forces|2025-03-12
            Around 600 North Korean troops were killed or wounded in one week, Ukraine said.                          # killed_or_wounded|Around 600|~Ukraine|2025-03-12
            Around 600 North Korean troops were killed and 40 wounded in one week, Ukraine said.                      # killed|Around 600|~Ukraine|2025-03-12; wounded|40|~Ukraine|2025-03-12
            """)
    void aVerbAfterAndWithANumberInWordsHasItsOwnFigure(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 66: a fate the troops avoided or escaped ("to avoid capture", "rather than be taken prisoner") is a cue
     * shadowed, no fate of theirs: the figure is not read as captured. Near-misses: troops captured after all, and a
     * death named beside the avoided capture, keep their fate.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Four North Korean soldiers blew themselves up to avoid capture, the NIS said.                             # none
            Two North Korean soldiers blew themselves up rather than be taken prisoner, the NIS said.                  # none
            Four North Korean soldiers were captured after trying to avoid capture, the NIS said.                      # captured|Four|nis|2025-03-12
            Four North Korean soldiers killed themselves to avoid capture, the NIS said.                               # killed|Four|nis|2025-03-12
            """)
    void aFateTheTroopsAvoidedIsNotTheirs(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    /**
     * Round 66: the number right after a fronted "for every" phrase and its comma is the other term of a proportion
     * ("For every North Korean soldier killed, three are wounded"), no count. Near-misses: a fronted phrase of another
     * kind ("For their part,") and a count in a later clause of its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            For every North Korean soldier killed, three are wounded, Ukrainian officers say.                         # none
            For each North Korean soldier captured, about ten die in the fighting, the HUR said.                      # none
            For their part, 300 North Korean soldiers were wounded, the HUR said.                                     # wounded|300|hur|2025-03-12
            For every soldier killed, three are wounded; 300 North Korean soldiers have died, the HUR said.           # killed|300|hur|2025-03-12
            """)
    void aNumberAfterAFrontedForEveryIsAProportionsTerm(String body, String expected) {
        assertEquals(expected, describe(extract(body)));
    }

    private static List<Claim> extract(String body) {
        String text = body.replace(" // ", "\n\n").replace(" / ", " ");
        Article article = new Article("t.txt", null, "Test Outlet", null, Published.stated(PUBLISHED), "en", Map.of(),
                text, 1);
        return extraction.extract(article);
    }

    /**
     * Each claim as {@link #describe} gives it, then "sure", or "worded" when its {@code field} ("claimant" or "metric")
     * is doubted and a reply shows the source's own words for it; "none" when there is no claim.
     */
    private static String describeWithCertainty(List<Claim> claims, String field) {
        return claims.isEmpty() ? "none" : claims.stream().map(c -> describe(List.of(c)) + "|"
                + ((field.equals("metric") ? c.certainty().metric() : c.certainty().claimant()).certain() ? "sure" : "worded"))
                .collect(Collectors.joining("; "));
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
