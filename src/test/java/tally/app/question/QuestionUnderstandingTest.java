package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Who;
import tally.model.Metric;

/**
 * How a question is read, as a table: paraphrases, slang, typos, Korean, Ukrainian and Russian, questions about
 * something else, time, comparison and yes/no questions, each with the metrics, source, period, subject and intent it
 * must be read as. Today is 15 Nov 2026 (an injected date); the corpus has claims in Oct 2024 to Feb 2025, Jun 2025
 * and Dec 2025, so a December without a year is December 2025. "losses" stands for the four loss metrics; a source is a claimant id, "party:ID", or several joined by
 * "+" when compared; a period is FROM..TO ("..TO" for an open start, "FROM.." for an open end).
 */
class QuestionUnderstandingTest {

    static final QuestionContext CONTEXT = new QuestionContext(LocalDate.of(2026, 11, 15), Set.of(
            YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1),
            YearMonth.of(2025, 2), YearMonth.of(2025, 6), YearMonth.of(2025, 12)));

    /** Reads as production does: with the tagger that reads a question's own verb ({@link UnkeptVerbs}). */
    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
            new tally.extract.QuestionVerbs());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many North Korean soldiers have been killed?                  | killed                  | -                 | -                       | north_korean | list
            How many NK troops died                                            | killed                  | -                 | -                       | north_korean | list
            how many norks got killed lol                                      | killed                  | -                 | -                       | unstated     | list
            death toll for kim's boys                                          | killed                  | -                 | -                       | unstated     | list
            How many Norh Korean soldires were kiled?                          | killed                  | -                 | -                       | unstated     | list
            how many dprk guys are dead                                        | killed                  | -                 | -                       | north_korean | list
            KIA count for the KPA in Kursk                                     | killed                  | -                 | -                       | unstated     | list
            How many were wounded?                                             | wounded                 | -                 | -                       | unstated     | list
            wia numbers pls                                                    | wounded                 | -                 | -                       | unstated     | list
            How many North Koreans have been injured?                          | wounded                 | -                 | -                       | north_korean | list
            How many were killed or wounded?                                   | killed_or_wounded       | -                 | -                       | unstated     | list
            What are the North Korean losses?                                  | losses                  | -                 | -                       | north_korean | list
            north korean casualty figures                                      | losses                  | -                 | -                       | north_korean | list
            NK death numbers                                                   | killed                  | -                 | -                       | north_korean | list
            What is the toll so far?                                           | losses                  | -                 | -                       | unstated     | list
            How many North Koreans has Ukraine taken prisoner?                 | captured                | -                 | -                       | north_korean | list
            how many POWs                                                      | captured                | -                 | -                       | unstated     | list
            How many troops did Pyongyang send?                                | deployed                | -                 | -                       | north_korean | list
            How many North Korean soldiers are in Russia?                      | deployed                | -                 | -                       | north_korean | list
            how big is the nk contingent                                       | deployed                | -                 | -                       | unstated     | list
            Will more North Korean troops be sent?                             | planned_deployment      | -                 | -                       | north_korean | list
            How many North Korean troops does Russia expect to arrive next year? | planned_deployment | -               | -                       | north_korean | list
            How many North Korean troops are set to arrive in Kursk?           | planned_deployment      | -                 | -                       | north_korean | list
            How many North Korean troops have arrived in Russia?               | deployed                | -                 | -                       | north_korean | list
            How many North Korean troops arrived in Kursk to fight?            | deployed                | -                 | -                       | north_korean | list
            What does South Korea say about losses?                            | losses                  | party:south_korea | -                       | unstated     | list
            What does Zelensky say about deaths?                               | killed                  | zelensky          | -                       | unstated     | list
            NIS figures on deployments                                         | deployed                | nis               | -                       | unstated     | list
            According to Budanov how many were lost?                           | losses                  | budanov           | -                       | unstated     | list
            What did the Joint Chiefs say about the wounded?                   | wounded                 | jcs               | -                       | unstated     | list
            What does Pyongyang say about its losses?                          | losses                  | party:north_korea | -                       | unstated     | list
            What's Pyongyang's body count in Kursk so far?                     | killed                  | -                 | -                       | north_korean | list
            What is Pyongyang's count of troops sent?                          | deployed                | party:north_korea | -                       | north_korean | list
            How many died according to the Pentagon?                           | killed                  | pentagon          | -                       | unstated     | list
            What did the UK say about casualties?                              | losses                  | party:united_kingdom | -                    | unstated     | list
            Сколько северокорейских солдат погибло?                            | killed                  | -                 | -                       | north_korean | list
            Скільки північнокорейських військових загинуло?                    | killed                  | -                 | -                       | north_korean | list
            Скільки північнокорейців потрапило в полон?                        | captured                | -                 | -                       | north_korean | list
            Які втрати КНДР?                                                   | losses                  | -                 | -                       | north_korean | list
            Каковы потери КНДР?                                                | losses                  | -                 | -                       | north_korean | list
            북한군 사망자는 몇 명입니까?                                          | killed                  | -                 | -                       | north_korean | list
            북한군 부상자는 몇 명?                                               | wounded                 | -                 | -                       | north_korean | list
            북한군 포로는 몇 명?                                                 | captured                | -                 | -                       | north_korean | list
            북한군 사상자 수                                                     | losses                  | -                 | -                       | north_korean | list
            How many Russian soldiers have been killed?                        | killed                  | -                 | -                       | other        | list
            How many Wagner mercenaries were killed?                           | killed                  | -                 | -                       | other        | list
            How many Wagnerites died?                                          | killed                  | -                 | -                       | other        | list
            How many North Korean mercenaries were killed?                     | killed                  | -                 | -                       | north_korean | list
            What are Russia's losses?                                          | losses                  | -                 | -                       | other        | list
            Ukrainian losses                                                   | losses                  | -                 | -                       | other        | list
            How many Ukrainians did North Korean troops kill?                  | killed                  | -                 | -                       | other        | list
            Did Russian troops die?                                            | killed                  | -                 | -                       | other        | list
            Did North Korean troops die?                                       | killed                  | -                 | -                       | north_korean | list
            How many of the dead were Russian?                                 | killed                  | -                 | -                       | other        | list
            How many North Korean soldiers were trained in Russia?             | deployed                | -                 | -                       | other        | list
            how many north korean soldiers did the russians burn               | deployed                | -                 | -                       | other        | list
            How many North Korean troops are fighting in Kursk?                | deployed                | -                 | -                       | north_korean | list
            how many north korean troops were spotted in kursk                 | deployed                | -                 | -                       | north_korean | list
            how many north korean soldiers were hospitalized                   | wounded                 | -                 | -                       | north_korean | list
            how many North Korean soldiers were wounded but not killed?        | wounded                 | -                 | -                       | north_korean | list
            how many north korean troops got sent back home from kursk?        | deployed                | -                 | -                       | other        | list
            How many North Korean soldiers killed themselves?                  | killed                  | -                 | -                       | other        | list
            how many north korean troops were sent to kursk?                   | deployed                | -                 | -                       | north_korean | list
            what's the tally of norks taken alive by kyiv so far?              | captured                | -                 | -                       | unstated     | list
            how many north korean soldiers are still alive?                    | deployed                | -                 | -                       | other        | latest
            How much money does Russia pay North Korea per soldier?            | -                       | -                 | -                       | other        | list
            How many tanks did North Korea send with its soldiers?             | deployed                | -                 | -                       | other        | list
            Could you kindly state the number of North Korean personnel deployed to Russia? | deployed | -             | -                       | north_korean | list
            Please provide the number of North Korean military personnel killed in action. | killed | -               | -                       | north_korean | list
            Kindly list the estimates of North Korean troops deployed.         | deployed                | -                 | -                       | north_korean | list
            How many NK troops dead acc. to seoul?                             | killed                  | party:south_korea | -                       | north_korean | list
            What does Zelenskyj say about deaths?                              | killed                  | zelensky          | -                       | unstated     | list
            What does Budanow say about deaths?                                | killed                  | budanov           | -                       | unstated     | list
            How many troops did Lloyd Austen say were sent?                    | deployed                | lloyd_austin      | -                       | unstated     | list
            How many of the dead were North Korean?                            | killed                  | -                 | -                       | north_korean | list
            How many of the dead wore Russian uniforms?                        | killed                  | -                 | -                       | unstated     | list
            How many Ukrainian soldiers died fighting North Korean troops?     | killed                  | -                 | -                       | other        | list
            how many generals died                                             | killed                  | -                 | -                       | other        | list
            How many North Korean officers were killed?                        | killed                  | -                 | -                       | other        | list
            How many North Korean engineers are in Kursk?                      | deployed                | -                 | -                       | other        | list
            How many North Korean troops, engineers among them, were sent?     | deployed                | -                 | -                       | north_korean | list
            How many battalions has North Korea sent?                          | deployed                | -                 | -                       | other        | list
            How many North Korean soldiers of the 11th brigade were killed?    | killed                  | -                 | -                       | north_korean | list
            how many defected                                                  | -                       | -                 | -                       | other        | list
            How many North Korean soldiers deserted?                           | deployed                | -                 | -                       | other        | list
            How many containers of munitions did North Korea send?             | deployed                | -                 | -                       | other        | list
            How many artillery shells has Pyongyang supplied?                  | -                       | -                 | -                       | other        | list
            Сколько российских солдат погибло?                                 | killed                  | -                 | -                       | other        | list
            Скільки російських військових загинуло?                            | killed                  | -                 | -                       | other        | list
            Russian and North Korean losses                                    | losses                  | -                 | -                       | north_korean | list
            How many North Korean soldiers were killed by Ukrainian drones?    | killed                  | -                 | -                       | north_korean | list
            How many North Koreans were captured by Ukrainian forces?          | captured                | -                 | -                       | north_korean | list
            How many North Korean troops are in the Russian army?              | deployed                | -                 | -                       | north_korean | list
            How many North Korean soldiers were killed since December 20?      | killed                  | -                 | 2025-12-20..2026-11-15  | north_korean | list
            casualties before February 2025                                    | losses                  | -                 | ..2025-01-31            | unstated     | list
            deaths on December 23                                              | killed                  | -                 | 2025-12-23..2025-12-23  | unstated     | list
            killed between January and April 2025                              | killed                  | -                 | 2025-01-01..2025-04-30  | unstated     | list
            How many died in mid-December?                                     | killed                  | -                 | 2025-12-11..2025-12-20  | unstated     | list
            How many died in early January?                                    | killed                  | -                 | 2025-01-01..2025-01-10  | unstated     | list
            deaths in late 2024                                                | killed                  | -                 | 2024-09-01..2024-12-31  | unstated     | list
            How many died last month?                                          | killed                  | -                 | 2026-10-01..2026-10-31  | unstated     | list
            How many troops were sent this year?                               | deployed                | -                 | 2026-01-01..2026-12-31  | unstated     | list
            casualties after January 2025                                      | losses                  | -                 | 2025-02-01..2026-11-15  | unstated     | list
            deaths from December 2024 to February 2025                         | killed                  | -                 | 2024-12-01..2025-02-28  | unstated     | list
            How many soldiers were sent in October?                            | deployed                | -                 | 2024-10-01..2024-10-31  | unstated     | list
            casualties between 19 and 23 december 2024                         | losses                  | -                 | 2024-12-19..2024-12-23  | unstated     | list
            deaths from the 1st to the 15th of January 2025                    | killed                  | -                 | 2025-01-01..2025-01-15  | unstated     | list
            were between 100 and 300 killed on 23 december 2024?               | killed                  | -                 | 2024-12-23..2024-12-23  | unstated     | check:100+300
            How many soldiers were sent in 2024?                               | deployed                | -                 | 2024-01-01..2024-12-31  | unstated     | list
            Did 2000 soldiers die?                                             | killed                  | -                 | -                       | unstated     | check:2000
            is it 600 or 2000 dead?                                            | killed                  | -                 | -                       | unstated     | check:600+2000
            were 300, 600 or 300 killed?                                       | killed                  | -                 | -                       | unstated     | check:300+600
            did 2,000 die and 4,700 get wounded?                               | killed wounded          | -                 | -                       | unstated     | check:2000+4700
            did 2,000 die in 2025?                                             | killed                  | -                 | 2025-01-01..2025-12-31  | unstated     | check:2000
            What was the first figure for North Korean troops sent to Russia?  | deployed                | -                 | -                       | unstated     | earliest
            When did Zelensky first say North Korean soldiers had been killed? | killed                  | zelensky          | -                       | north_korean | earliest
            What did the NIS initially estimate for North Korean deaths?       | killed                  | nis               | -                       | unstated     | earliest
            How many North Korean troops died in the first month?              | killed                  | -                 | -                       | north_korean | list
            first casualty figure from the NIS                                 | losses                  | nis               | -                       | unstated     | earliest
            what was the NIS's first death toll estimate                       | killed                  | nis               | -                       | unstated     | earliest
            the first North Korean troops sent to Kursk: how many?             | deployed                | -                 | -                       | north_korean | list
            What are the latest casualty figures?                              | losses                  | -                 | -                       | unstated     | latest
            What is the most recent estimate of troops sent?                   | deployed                | -                 | -                       | unstated     | latest
            the latest estimate                                                | -                       | -                 | -                       | unstated     | latest
            Compare what Zelensky and South Korea say                          | -                       | zelensky+party:south_korea | -              | unstated     | compare
            Compare the NIS and HUR figures on deaths                          | killed                  | nis+hur           | -                       | unstated     | compare
            Ukraine vs South Korea on casualties                               | losses                  | party:ukraine+party:south_korea | -         | unstated     | compare
            How do Ukraine and South Korea compare on casualties?              | losses                  | party:ukraine+party:south_korea | -         | unstated     | compare
            is the death toll higher than 3,000?                               | killed                  | -                 | -                       | unstated     | check:3000
            are the casualty numbers from ukraine higher than south korea's?   | losses                  | party:ukraine+party:south_korea | -         | unstated     | compare
            does Seoul say more died than Kyiv does?                           | killed                  | party:south_korea+party:ukraine | -         | unstated     | compare
            does the Pentagon say more were killed than Seoul?                 | killed                  | pentagon+party:south_korea | -              | unstated     | compare
            did Seoul say more were killed than 3,000?                         | killed                  | party:south_korea | -                       | unstated     | check:3000
            Is Zelensky's death toll lower than the NIS figure?                | killed                  | zelensky+nis      | -                       | unstated     | compare
            how many were killed according to seoul and kyiv?                  | killed                  | party:south_korea+party:ukraine | -         | unstated     | compare
            did Zelensky and the NIS say how many died?                        | killed                  | zelensky+nis      | -                       | unstated     | compare
            According to the NIS, HUR and the Pentagon, how many died?         | killed                  | nis+hur+pentagon  | -                       | unstated     | compare
            How many were killed by Ukraine, the NIS said?                     | killed                  | nis               | -                       | unstated     | list
            According to the NIS, Ukraine killed how many North Koreans?       | killed                  | nis               | -                       | north_korean | list
            killed according to both seoul and kyiv                            | killed                  | party:south_korea+party:ukraine | -         | unstated     | compare
            killed according to either the NIS or zelensky                     | killed                  | nis+zelensky      | -                       | unstated     | compare
            deaths according to both Zelensky and the NIS                      | killed                  | zelensky+nis      | -                       | unstated     | compare
            How many were captured, as Ukraine and Seoul say?                  | captured                | party:ukraine+party:south_korea | -         | unstated     | compare
            How many were killed by Ukraine, according to the NIS?             | killed                  | nis               | -                       | unstated     | list
            What did the NIS say about deaths in Ukraine and Russia?           | killed                  | nis               | -                       | unstated     | list
            What does Kyiv say about North Korean and Russian deaths?          | killed                  | party:ukraine     | -                       | north_korean | list
            According to Zelensky, how many died in Kursk and Belgorod?        | killed                  | zelensky          | -                       | unstated     | list
            are the death figures from the Mossad lower than Seoul's?          | killed                  | -                 | -                       | unstated     | list
            Were more than 3,000 killed according to Zelensky?                 | killed                  | zelensky          | -                       | unstated     | check:3000
            Is Zelensky's death toll higher than 3,000?                        | killed                  | zelensky          | -                       | unstated     | check:3000
            How many North Koreans were killed by Ukraine?                     | killed                  | -                 | -                       | north_korean | list
            Compare North Korean deaths in Ukraine and in Russia               | killed                  | -                 | -                       | north_korean | compare
            who gives the highest number?                                      | -                       | -                 | -                       | unstated     | highest
            Which estimate of North Korean deaths is the highest?              | killed                  | -                 | -                       | north_korean | highest
            What is the lowest casualty estimate?                              | losses                  | -                 | -                       | unstated     | lowest
            did 10,000 North Koreans die?                                      | killed                  | -                 | -                       | north_korean | check:10000
            is it true that 3,000 were killed?                                 | killed                  | -                 | -                       | unstated     | check:3000
            Were 12k North Korean troops sent?                                 | deployed                | -                 | -                       | north_korean | check:12000
            Is it true that 1,100 North Koreans were killed or wounded?        | killed_or_wounded       | -                 | -                       | north_korean | check:1100
            Did 100 die on December 19?                                        | killed                  | -                 | 2025-12-19..2025-12-19  | unstated     | check:100
            Were 100 killed?                                                   | killed                  | -                 | -                       | unstated     | check:100
            Is the 100 killed figure right?                                    | killed                  | -                 | -                       | unstated     | check:100
            Were 10 k killed?                                                  | killed                  | -                 | -                       | unstated     | check:10000
            Were 5 thousand killed?                                            | killed                  | -                 | -                       | unstated     | check:5000
            What is the latest figure from Zelensky?                           | -                       | zelensky          | -                       | unstated     | latest
            who said 10,000 were sent?                                         | deployed                | -                 | -                       | unstated     | check:10000
            who first said 12,000 were sent?                                   | deployed                | -                 | -                       | unstated     | check:12000
            Who first said North Korean soldiers were killed?                  | killed                  | -                 | -                       | north_korean | earliest
            Where does the 10,000 figure come from?                            | -                       | -                 | -                       | unstated     | check:10000
            which article says 1,100?                                          | -                       | -                 | -                       | unstated     | check:1100
            source for the 3,000 figure?                                       | -                       | -                 | -                       | unstated     | check:3000
            Which source is the most reliable?                                 | -                       | -                 | -                       | unstated     | why_differ
            Who said North Korean soldiers were killed?                        | killed                  | -                 | -                       | north_korean | list
            has anyone revised their figure?                                   | -                       | -                 | -                       | unstated     | revisions
            Who changed their estimate of the killed?                          | killed                  | -                 | -                       | unstated     | revisions
            Has Zelensky revised his figure?                                   | -                       | zelensky          | -                       | unstated     | revisions
            Has the latest figure been revised?                                | -                       | -                 | -                       | unstated     | revisions
            did the NIS update its number of North Korean troops sent?         | deployed                | nis               | -                       | north_korean | revisions
            Has the number changed over time?                                  | -                       | -                 | -                       | unstated     | revisions
            How many North Korean soldiers changed sides?                      | deployed                | -                 | -                       | other        | list
            What is the most recent number from the NIS?                       | -                       | nis               | -                       | unstated     | latest
            How many North Korean soldiers from Pyongyang were killed?         | killed                  | -                 | -                       | north_korean | list
            How many of the 10,000 soldiers have died?                         | killed                  | -                 | -                       | unstated     | list
            Why do the numbers differ?                                         | -                       | -                 | -                       | unstated     | why_differ
            What did Zelensky say most recently about North Korean losses?     | losses                  | zelensky          | -                       | north_korean | latest
            How many North Korean troops were recently sent?                   | deployed                | -                 | -                       | north_korean | latest
            Which figure is the most accurate for North Korean troops sent?    | deployed                | -                 | -                       | unstated     | why_differ
            What is the true number of North Koreans killed?                   | killed                  | -                 | -                       | north_korean | why_differ
            Do Ukraine and South Korea agree on North Korean losses?           | losses                  | party:ukraine+party:south_korea| -          | unstated     | why_differ
            What is the oldest figure for North Korean troops sent?            | deployed                | -                 | -                       | unstated     | earliest
            What's the biggest number anyone gives for North Korean dead?      | killed                  | -                 | -                       | unstated     | highest
            What is the largest estimate of North Korean troops sent?          | deployed                | -                 | -                       | north_korean | highest
            How many troops is North Korea likely to send?                     | planned_deployment      | -                 | -                       | north_korean | list
            Did North Korea agree to send more troops?                         | planned_deployment      | -                 | -                       | unstated     | list
            Why do Zelensky and the NIS disagree about casualties?             | losses                  | zelensky+nis      | -                       | unstated     | why_differ
            is South Korea's casualty estimate higher than Zelensky's now?     | losses                  | party:south_korea+zelensky| -                       | unstated     | compare
            who is right, Kyiv or Seoul?                                       | -                       | party:ukraine+party:south_korea| -                       | unstated     | why_differ
            Who is right about deaths, Zelensky or the NIS?                    | killed                  | zelensky+nis      | -                       | unstated     | why_differ
            Have the NIS and HUR disagreed about how many died?                | killed                  | nis+hur           | -                       | unstated     | why_differ
            Zelensky and the NIS contradicted each other on deaths             | killed                  | zelensky+nis      | -                       | unstated     | why_differ
            How many died in differing incidents, according to the NIS?        | killed                  | nis               | -                       | unstated     | list
            What did Ukraine officially say about injuries?                    | wounded                 | party:ukraine     | -                       | unstated     | list
            Ukraine injury figures                                             | wounded                 | -                 | -                       | unstated     | list
            Did Zelensky visit the North Korean prisoners?                     | captured                | -                 | -                       | north_korean | list
            How many of the North Korean troops are left?                      | deployed                | -                 | -                       | north_korean | list
            How many villages have the North Korean troops taken?              | -                       | -                 | -                       | other        | list
            how many ukrainian soldiers have north koreans killed?             | killed                  | -                 | -                       | other        | list
            How many soldiers have North Koreans killed?                       | killed                  | -                 | -                       | other        | list
            How many have North Korean troops killed?                          | killed                  | -                 | -                       | other        | list
            How many were killed by North Korean troops?                       | killed                  | -                 | -                       | other        | list
            How many Ukrainian villages did North Korean troops capture?       | captured                | -                 | -                       | other        | list
            How many North Koreans have Ukrainians captured?                   | captured                | -                 | -                       | north_korean | list
            How many troops has North Korea sent?                              | deployed                | -                 | -                       | north_korean | list
            How many conscripts has North Korea sent?                          | deployed                | -                 | -                       | north_korean | list
            How many men has North Korea lost?                                 | losses                  | -                 | -                       | north_korean | list
            How many soldiers did Pyongyang lose?                              | losses                  | -                 | -                       | north_korean | list
            Have North Korean troops been killed?                              | killed                  | -                 | -                       | north_korean | list
            How many North Koreans are still in Kursk?                         | deployed                | -                 | -                       | north_korean | latest
            How many casualties has North Korea admitted?                      | losses                  | party:north_korea | -                       | north_korean | list
            How many has North Korea admitted were killed?                     | killed                  | party:north_korea | -                       | north_korean | list
            How many casualties have North Korean troops inflicted?            | losses                  | -                 | -                       | other        | list
            how many South Korean soldiers were killed                         | killed                  | -                 | -                       | other        | list
            how many American soldiers were killed                             | killed                  | -                 | -                       | other        | list
            How many US troops died?                                           | killed                  | -                 | -                       | other        | list
            How many Colombian mercenaries were captured?                      | captured                | -                 | -                       | other        | list
            How many died according to the South Korean military?              | killed                  | jcs               | -                       | unstated     | list
            What does the US military say about North Korean deaths?           | killed                  | pentagon          | -                       | north_korean | list
            How many North Korean soldiers did the US say were killed?         | killed                  | party:united_states| -                       | north_korean | list
            how many Russian marines did the North Koreans rescue              | deployed                | -                 | -                       | other        | list
            How many North Korean marines were killed?                         | killed                  | -                 | -                       | north_korean | list
            how many were wounded according to the nis                         | wounded                 | nis               | -                       | unstated     | list
            what did the jcs say about deaths                                  | killed                  | jcs               | -                       | unstated     | list
            what does the N.I.S. say about deaths                              | killed                  | nis               | -                       | unstated     | list
            how many died according to hur                                     | killed                  | hur               | -                       | unstated     | list
            how many of us know how many died                                  | killed                  | -                 | -                       | unstated     | list
            what is the average number of deaths per week                      | killed                  | -                 | -                       | unstated     | list
            how many North Korean soldiers were NOT killed                     | killed                  | -                 | -                       | other        | list
            how many North Korean soldiers survived                            | deployed                | -                 | -                       | other        | list
            how many North Korean soldiers are alive                           | deployed                | -                 | -                       | other        | list
            how many north koreans weren't wounded                             | wounded                 | -                 | -                       | other        | list
            Were North Korean soldiers killed or not?                          | killed                  | -                 | -                       | north_korean | list
            Has Ukraine not said how many were killed?                         | killed                  | party:ukraine     | -                       | unstated     | list
            What is South Korea's casualty estimate?                           | losses                  | -                 | -                       | unstated     | list
            How many were killed fighting alongside North Korean troops?       | killed                  | -                 | -                       | unstated     | list
            How many recruits were killed by Ukrainian drones?                 | killed                  | -                 | -                       | unstated     | list
            How many were wonuded?                                             | wounded                 | -                 | -                       | unstated     | list
            How many were wounde?                                              | wounded                 | -                 | -                       | unstated     | list
            How many were killedd?                                             | killed                  | -                 | -                       | unstated     | list
            How many were killde?                                              | killed                  | -                 | -                       | unstated     | list
            How many were worried?                                             | -                       | -                 | -                       | off_topic    | list
            deaths on 1 December 2024                                          | killed                  | -                 | 2024-12-01..2024-12-01  | unstated     | list
            deaths on 31 December 2024                                         | killed                  | -                 | 2024-12-31..2024-12-31  | unstated     | list
            casualties prior to February 2025                                  | losses                  | -                 | ..2025-01-31            | unstated     | list
            How many died yesterday?                                           | killed                  | -                 | 2026-11-14..2026-11-14  | unstated     | list
            How many died today?                                               | killed                  | -                 | 2026-11-15..2026-11-15  | unstated     | list
            Did the death toll pass 3000?                                      | killed                  | -                 | -                       | unstated     | check:3000
            Did the death toll reach 2,000?                                    | killed                  | -                 | -                       | unstated     | check:2000
            Is it true that in 2024 100 died?                                  | killed                  | -                 | 2024-01-01..2024-12-31  | unstated     | check:100
            Is it true that on December 19, 30 died?                           | killed                  | -                 | 2025-12-19..2025-12-19  | unstated     | check:30
            Is it true that on 23rd December, 40 died?                         | killed                  | -                 | 2025-12-23..2025-12-23  | unstated     | check:40
            Is it true that on the 23 of December, 30 North Koreans died?      | killed                  | -                 | 2025-12-23..2025-12-23  | north_korean | check:30
            deaths on the 23rd of December                                     | killed                  | -                 | 2025-12-23..2025-12-23  | unstated     | list
            casualties since the 20th of December 2024                         | losses                  | -                 | 2024-12-20..2026-11-15  | unstated     | list
            deaths during the month of December                                | killed                  | -                 | 2025-12-01..2025-12-31  | unstated     | list
            Сколько северокорейских солдат погибло по словам Зеленского?      | killed                  | zelensky          | -                       | north_korean | list
            Скільки загинуло за даними південнокорейської розвідки?           | killed                  | nis               | -                       | unstated     | list
            북한군이 몇 명 죽었나요?                                         | killed                  | -                 | -                       | north_korean | list
            젤렌스키에 따르면 북한군 사망자는 몇 명?                              | killed                  | zelensky          | -                       | north_korean | list
            국정원은 북한군 사망자를 몇 명으로 추정하나요?                         | killed                  | nis               | -                       | north_korean | list
            사상자 영국 국방부                                                   | losses                  | uk_defence_intelligence | -                 | unstated     | list
            영국 국방부에 따르면 북한군 사상자는?                                | losses                  | uk_defence_intelligence | -                 | north_korean | list
            국방부에 따르면 북한군 사상자는?                                     | losses                  | south_korea_defence_ministry | -            | north_korean | list
            британская разведка о погибших северокорейцах                       | killed                  | uk_defence_intelligence | -                 | north_korean | list
            По данным Минобороны Южной Кореи, сколько северокорейцев погибло?   | killed                  | south_korea_defence_ministry | -            | north_korean | list
            За даними Міноборони Південної Кореї, скільки загинуло?             | killed                  | south_korea_defence_ministry | -            | unstated     | list
            Сколько северокорейских солдат погибло в январе 2025?             | killed                  | -                 | 2025-01-01..2025-01-31  | north_korean | list
            Скільки північнокорейських солдатів загинуло у грудні 2024 року?  | killed                  | -                 | 2024-12-01..2024-12-31  | north_korean | list
            2024년 12월 북한군 사망자는 몇 명?                                   | killed                  | -                 | 2024-12-01..2024-12-31  | north_korean | list
            Скільки травмованих північнокорейських солдатів?                  | wounded                 | -                 | -                       | north_korean | list
            Сколько северокорейских солдат погибло в Курской области?         | killed                  | -                 | -                       | north_korean | list
            What is the temperature in Kursk?                                  | deployed                | -                 | -                       | other        | list
            Any news about North Korean troops?                                | -                       | -                 | -                       | north_korean | list
            How many people live in Pyongyang?                                 | -                       | -                 | -                       | other        | list
            What is the population of North Korea?                             | -                       | -                 | -                       | other        | list
            How many troops does Pyongyang have?                               | deployed                | -                 | -                       | other        | list
            How big is the North Korean army?                                  | deployed                | -                 | -                       | other        | list
            How much does Moscow pay the DPRK per soldier?                     | deployed                | -                 | -                       | other        | list
            How much is Moscow paying the DPRK for its soldiers?               | deployed                | -                 | -                       | other        | list
            How many North Korean soldiers does North Korea have in Russia?    | deployed                | -                 | -                       | north_korean | list
            How many North Korean army troops are in Kursk?                    | deployed                | -                 | -                       | north_korean | list
            How many North Korean soldiers were killed in the snow?            | killed                  | -                 | -                       | north_korean | list
            Any news on how many North Korean troops were killed?              | killed                  | -                 | -                       | north_korean | list
            How many NK troops were killed and injured?                        | killed wounded killed_or_wounded | -        | -                       | north_korean | list
            How many dead and wounded so far?                                  | killed wounded killed_or_wounded | -        | -                       | unstated     | list
            How many were killed or wounded, combined?                         | killed_or_wounded       | -                 | -                       | unstated     | list
            How many were killed vs captured?                                  | killed captured         | -                 | -                       | unstated     | list
            How many were killed according to Zelensky versus the NIS?         | killed                  | zelensky+nis      | -                       | unstated     | compare
            how many norks got taken out                                       | killed                  | -                 | -                       | unstated     | list
            Did 2.5 thousand North Koreans die?                                | killed                  | -                 | -                       | north_korean | check:?2.5
            Were -40 killed?                                                   | killed                  | -                 | -                       | unstated     | check:?-40
            Did 3e4 die?                                                       | killed                  | -                 | -                       | unstated     | check:?3e4
            Were 12345678901 captured?                                         | captured                | -                 | -                       | unstated     | check:?12345678901
            Were between 10,000-12,000 sent?                                   | deployed                | -                 | -                       | unstated     | check:10000+12000
            What did the Moscow Times report?                                  | -                       | -                 | -                       | unstated     | list
            What about the week before Christmas 2024?                         | -                       | -                 | 2024-12-18..2024-12-24  | unstated     | list
            And in January 2025?                                               | -                       | -                 | 2025-01-01..2025-01-31  | unstated     | list
            And hello?                                                         | -                       | -                 | -                       | off_topic    | list
            The week before Christmas 2024 was cold.                           | -                       | -                 | 2024-12-18..2024-12-24  | off_topic    | list
            How many troops will Pyongyang send next year?                     | planned_deployment      | -                 | -                       | north_korean | list
            How many soldiers will the DPRK deploy in the coming months?       | planned_deployment      | -                 | -                       | north_korean | list
            How many North Korean troops were sent last year?                  | deployed                | -                 | 2025-01-01..2025-12-31  | north_korean | list
            will north korea send more soldiers?                               | planned_deployment      | -                 | -                       | north_korean | list
            how many more will North Korea send?                               | planned_deployment      | -                 | -                       | north_korean | list
            How many more are coming?                                          | planned_deployment      | -                 | -                       | unstated     | list
            Is North Korea planning to send additional troops?                 | planned_deployment      | -                 | -                       | north_korean | list
            How many troops is Pyongyang expected to dispatch?                 | planned_deployment      | -                 | -                       | north_korean | list
            how many more were sent?                                           | deployed                | -                 | -                       | unstated     | list
            How many troops did North Korea send?                              | deployed                | -                 | -                       | north_korean | list
            Will Trump come to Kursk?                                          | -                       | -                 | -                       | unstated     | list
            did estimates go up over time?                                     | -                       | -                 | -                       | unstated     | revisions
            what is the trend in the death toll?                               | killed                  | -                 | -                       | unstated     | revisions
            Have North Korean deaths risen?                                    | killed                  | -                 | -                       | north_korean | revisions
            Did the number of troops sent grow?                                | deployed                | -                 | -                       | unstated     | revisions
            How many North Korean troops went up to the front?                 | deployed                | -                 | -                       | north_korean | list
            what is the death toll?                                            | killed                  | -                 | -                       | unstated     | list
            how many were killed last spring                                   | killed                  | -                 | 2026-03-01..2026-05-31  | unstated     | list
            how many were killed this winter                                   | killed                  | -                 | 2026-12-01..2027-02-28  | unstated     | list
            how many were killed last winter                                   | killed                  | -                 | 2025-12-01..2026-02-28  | unstated     | list
            how many were killed in summer 2025                                | killed                  | -                 | 2025-06-01..2025-08-31  | unstated     | list
            how many were sent in fall 2024                                    | deployed                | -                 | 2024-09-01..2024-11-30  | unstated     | list
            What is the weather in Paris?                                      | -                       | -                 | -                       | off_topic    | list
            Who won the football last night?                                   | -                       | -                 | -                       | off_topic    | list
            """)
    void isReadAs(String question, String metrics, String source, String period, String subject, String intent) {
        ParsedQuestion parsed = parser.parseIn(question, CONTEXT);
        assertAll(question,
                () -> assertEquals(subject.equals("off_topic"), !parsed.onTopic(), "on topic"),
                () -> assertEquals(metrics(metrics), parsed.metrics(), "metrics"),
                () -> assertEquals(source, source(parsed), "source"),
                () -> assertEquals(period, period(parsed.period()), "period"),
                () -> {
                    if (parsed.onTopic()) {
                        assertEquals(subject, parsed.subject().kind().name().toLowerCase(java.util.Locale.ROOT), "subject");
                    }
                },
                () -> assertEquals(intent, intent(parsed), "intent"));
    }

    /**
     * A question on the topic that names no metric, no source, no date and no figure still asks for figures when it
     * asks for a count ("how many", "number of"); without one it is answered with passages.
     */
    /**
     * A cause the question narrows its count to (Tally's figures are not broken down by cause, so the reply must say
     * none of them counts only that cause), in the question's own words; and the near-misses that name no cause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many North Korean soldiers were killed by drones?              | by drones
            How many North Koreans died in training accidents?                 | in training accidents
            How many North Korean troops were killed by Ukrainian FPV drones?  | by ukrainian fpv drones
            How many died of frostbite or disease?                             | of frostbite or disease
            How many were wounded by artillery shelling in Kursk?              | by artillery shelling
            How many North Korean soldiers were killed in Kursk?               | -
            How many drones did North Korea send?                              | -
            How many North Korean troops were sent for training?               | -
            How many North Koreans were killed in December?                    | -
            """)
    void aCauseTheCountIsNarrowedToIsNamedSoTheReplyCanSayNoFigureCountsItAlone(String question, String causes) {
        ParsedQuestion parsed = parser.parseIn(question, CONTEXT);
        assertEquals(causes == null ? java.util.List.of() : java.util.List.of(causes.split(",\\s*")),
                parsed.subject().notBrokenDown(), question);
    }

    /**
     * Round 63 (trial 17): a part of the force or a place no source counts on its own ({@code subjects.breakdowns}),
     * named so the reply says no figure counts only those; and the near-misses: the places where the whole force went
     * and fought (Kursk, Russia, Ukraine), special forces (which sources do count), a cause's own note.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many North Korean women are fighting?                          | women
            How many female North Korean soldiers were captured?               | female
            How many North Korean teenagers were sent?                         | teenagers
            How many North Korean pilots are in Russia?                        | pilots
            How many North Korean soldiers were killed in Pokrovsk?            | in pokrovsk
            How many North Koreans were sent to Donetsk?                       | to donetsk
            How many North Korean soldiers were killed near Chasiv Yar?        | near chasiv yar
            How many women were killed by drones in Kherson?                   | by drones, women, in kherson
            How many North Koreans were killed in the war in Ukraine?          | -
            How many North Korean soldiers died in Kursk?                      | -
            How many North Korean special forces were sent?                    | -
            How many North Korean troops are in Russia now?                    | -
            How many North Korean soldiers were killed according to Kyiv?      | -
            """)
    void aPartOfTheForceOrAPlaceNoSourceCountsAloneIsNamedSoTheReplySaysSo(String question, String parts) {
        ParsedQuestion parsed = parser.parseIn(question, CONTEXT);
        assertEquals(parts == null ? java.util.List.of() : java.util.List.of(parts.split(",\\s*")),
                parsed.subject().notBrokenDown(), question);
    }

    /**
     * A cued source the claimant directory does not know is kept in the question's words, so the answer can be its
     * figures alone (or none), never every claimant's; and the near-misses that name no unknown source: the topic, an
     * agent, a listed claimant or party (also inside a longer phrase of its voice), vague words and a comparison.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            What did the Mossad say about North Korean casualties?               | the Mossad                   | -
            How many North Korean soldiers were killed according to the Washington Post? | the Washington Post | -
            How many North Korean troops does the Mossad estimate were sent?     | the Mossad                   | -
            What is the Mossad's estimate of North Korean deaths?                | the Mossad                   | -
            According to a senior US defence official, how many were captured?  | a senior US defence official | -
            how many died according to the kyiv independent                      | the kyiv independent         | -
            How many died according to the Mossad @everyone?                     | the Mossad                   | -
            The Moscow Times says how many North Koreans died?                   | The Moscow Times             | -
            What did the ISW say about North Korean deaths?                      | -                            | isw
            What did Western analysts say about North Korean deaths?             | -                            | western_analysts
            What does NATO say about how many North Koreans were sent?           | -                            | nato
            How many North Korean troops were killed?                            | -                            | -
            How many North Koreans were captured by Ukrainian forces?            | -                            | -
            north korean casualty figures                                        | -                            | -
            What's Pyongyang's body count in Kursk so far?                       | -                            | -
            What are the latest casualty figures?                                | -                            | -
            What did the Pentagon say about deaths?                              | -                            | pentagon
            According to the Ukrainian defence ministry, how many died?          | -                            | party:ukraine
            What did Ukraine officially say about injuries?                      | -                            | party:ukraine
            According to South Korean officials, how many died?                  | -                            | party:south_korea
            How many died per day?                                               | -                            | -
            What do officials say about deaths?                                  | -                            | -
            Compare what Zelensky and the Mossad say about deaths                | -                            | zelensky
            How many did Austin say were in Kursk?                               | -                            | lloyd_austin
            According to Ryder, how many North Korean troops are in Russia?      | -                            | pat_ryder
            what did Kim say about the dead                                      | -                            | kim_jong_un
            How many North Korean soldiers did Kim send to Kursk?                | -                            | -
            How many died near the village of Park?                              | -                            | -
            whats the highest estimate of nk dead                                | -                            | -
            whos got the lowest number of north korean deaths                    | -                            | -
            dont know, whats the estimate of nk dead                             | -                            | -
            Скільки військових відправили до Росії за словами Остіна?            | -                            | lloyd_austin
            오스틴에 따르면 북한군은 몇 명 파병되었나?                              | -                            | lloyd_austin
            а що каже Південна Корея про загиблих?                               | -                            | party:south_korea
            а скільки загинуло?                                                  | -                            | -
            are the casualty numbers from ukraine higher than last year's?      | -                            | party:ukraine
            are the death figures from the Mossad lower than Seoul's?            | the Mossad                   | -
            what is the average number of deaths per week                        | -                            | -
            what does the nis say about deaths                                   | -                            | nis
            how many were killed according to January 2025?                      | -                            | -
            how many were killed according to the Mossad in January 2025?        | the Mossad                   | -
            """)
    void aSourceTheDirectoryDoesNotKnowIsKeptInTheQuestionsWords(String question, String unknown, String source) {
        ParsedQuestion parsed = parser.parseIn(question, CONTEXT);
        assertAll(question,
                () -> assertEquals(unknown, parsed.unknownSource(), "unknown source"),
                () -> assertEquals(source, source(parsed), "listed source"),
                () -> assertEquals(true, parsed.onTopic(), "on topic"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many North Korean units are there?                        | true
            What is the number of North Korean units?                     | true
            What happened to the North Korean units?                      | false
            What happened to the soldiers in the trenches?                | false
            """)
    void asksForFiguresWhenItAsksForACount(String question, boolean asksForFigures) {
        ParsedQuestion parsed = parser.parseIn(question, CONTEXT);
        assertAll(question,
                () -> assertEquals(Set.of(), parsed.metrics(), "metrics"),
                () -> assertEquals(true, parsed.onTopic(), "on topic"),
                () -> assertEquals(asksForFigures, parsed.asksForFigures(), "asks for figures"));
    }

    private static String intent(ParsedQuestion parsed) {
        String name = parsed.intent().name().toLowerCase(java.util.Locale.ROOT);
        if (parsed.number() != null && !parsed.number().count()) {
            return name + ":?" + parsed.number().text(); // no count: kept as written
        }
        // every number the question names, in its order ("is it 600 or 2000 dead?": check:600+2000)
        return parsed.number() == null ? name : name + ":" + parsed.number().all().stream()
                .map(n -> n.count() ? String.valueOf(n.value()) : "?" + n.text()).collect(Collectors.joining("+"));
    }

    private static String source(ParsedQuestion parsed) {
        if (!parsed.compared().isEmpty()) {
            return parsed.compared().stream().map(QuestionUnderstandingTest::who).collect(Collectors.joining("+"));
        }
        if (parsed.claimant() != null) {
            return parsed.claimant().id();
        }
        return parsed.partyId() == null ? null : "party:" + parsed.partyId();
    }

    private static String who(Who w) {
        return w.claimant() != null ? w.claimant().id() : "party:" + w.partyId();
    }

    private static String period(Period p) {
        if (p == null) {
            return null;
        }
        String from = p.from().equals(Period.OPEN_START) ? "" : p.from().toString();
        String to = p.to().equals(Period.OPEN_END) ? "" : p.to().toString();
        return from + ".." + to;
    }

    private static Set<Metric> metrics(String ids) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.equals("losses")) {
            return EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED, Metric.CAPTURED);
        }
        return Arrays.stream(ids.trim().split("\\s+")).map(id -> Metric.byId(id).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
    }
}
