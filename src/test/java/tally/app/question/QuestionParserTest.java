package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.model.Metric;

class QuestionParserTest {

    static final LocalDate REFERENCE = LocalDate.of(2025, 1, 9);

    /** Reads as production does: with the tagger that reads a question's own verb ({@link UnkeptVerbs}). */
    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
            new tally.extract.QuestionVerbs());

    /** question | metric ids (space separated) | claimant id | party id | on topic */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many North Korean soldiers have died?                 | killed                       | -        | -             | true
            how many NK troops were KILLED                            | killed                       | -        | -             | true
            What is the death toll among DPRK soldiers?               | killed                       | -        | -             | true
            How many North Koreans lost their lives in Kursk?         | killed                       | -        | -             | true
            How many perished                                         | killed                       | -        | -             | true
            How many North Korean soldiers were wounded or injured?   | wounded                      | -        | -             | true
            How many North Koreans were killed or wounded?            | killed_or_wounded            | -        | -             | true
            What are North Korea's casualties?                        | killed wounded killed_or_wounded captured | -        | -             | true
            What are North Korea's losses?                            | killed wounded killed_or_wounded captured | -        | -             | true
            How many were killed and how many wounded?                | killed wounded               | -        | -             | true
            How many North Korean POWs does Ukraine hold?             | captured                     | -        | -             | true
            How many were taken prisoner?                             | captured                     | -        | -             | true
            How many North Koreans surrendered?                       | captured                     | -        | -             | true
            How many troops did North Korea send?                     | deployed                     | -        | -             | true
            How many North Korean troops are in Russia?               | deployed                     | -        | -             | true
            how many soldiers                                         | deployed                     | -        | -             | true
            How many North Korean troops are fighting in Kursk?       | deployed                     | -        | -             | true
            How many North Korean soldiers died fighting in Kursk?    | killed                       | -        | -             | true
            How many more troops will Pyongyang send?                 | planned_deployment           | -        | -             | true
            Are more North Korean troops expected?                    | planned_deployment           | -        | -             | true
            How many North Korean troops will be sent next year?      | planned_deployment           | -        | -             | true
            How many troops were sent and how many died?              | deployed killed              | -        | -             | true
            how many soldiers did North Korea send and how many died? | deployed killed              | -        | -             | true
            how many troops did Pyongyang send and how many were captured | deployed captured        | -        | -             | true
            How many North Korean soldiers have died according to Zelensky? | killed                 | zelensky | -             | true
            Zelenskyy casualties                                      | killed wounded killed_or_wounded captured | zelensky | -             | true
            What does South Korea say about the number of troops sent? | deployed                    | -        | south_korea   | true
            According to Seoul how many died                          | killed                       | -        | south_korea   | true
            NIS figures on deployments                                | deployed                     | nis      | -             | true
            What does HUR say about casualties?                       | killed wounded killed_or_wounded captured | hur      | -             | true
            GUR estimate of North Korean dead                         | killed                       | hur      | -             | true
            Pentagon estimate of troops in Russia                     | deployed                     | pentagon | -             | true
            How many died according to the US?                        | killed                       | -        | united_states | true
            What does Washington say about North Korean casualties?   | killed wounded killed_or_wounded captured | -        | united_states | true
            What does Pyongyang say about its losses?                 | killed wounded killed_or_wounded captured | -        | north_korea   | true
            How many North Korean soldiers has Ukraine captured?      | captured                     | -        | -             | true
            How many North Koreans were captured by the Ukrainian army? | captured                   | -        | -             | true
            how many norks got captured by ukraine and who says so?   | captured                     | -        | -             | true
            How many were killed by Ukraine, and which sources say so? | killed                      | -        | -             | true
            How many were captured by Ukraine, and what does Ukraine say? | captured                 | -        | ukraine       | true
            How many were captured, as Ukraine and Seoul say?         | captured                     | -        | -             | true
            How many North Korean soldiers died in Ukraine?           | killed                       | -        | -             | true
            How many troops did Kim Jong Un send?                     | deployed                     | -        | -             | true
            Tell me about the North Korean troops                     | -                            | -        | -             | true
            How big is the North Korean contingent?                   | deployed                     | -        | -             | true
            What do Western officials estimate about troop numbers?   | deployed                     | western_officials | -    | true
            What does Kyiv say?                                       | -                            | -        | ukraine       | true
            What figures has Seoul's spy agency given for injuries? | wounded                      | nis      | -             | true
            How many North Korean soldiers has Ukraine captured since?  | captured                     | -        | -             | true
            What did Budanov say about losses?                        | killed wounded killed_or_wounded captured | budanov  | -             | true
            What do Ukrainian officials say about deaths?             | killed                       | -        | ukraine       | true
            How many troops according to South Korean intelligence?   | deployed                     | nis      | -             | true
            How many soldiers did Reuters report were killed?         | killed                       | reuters  | -             | true
            How many North Koreans died, per the ROK?                 | killed                       | -        | south_korea   | true
            has Zelensky revised his casualty estimate?               | killed wounded killed_or_wounded captured | zelensky | -    | true
            has Zelensky revised the death toll?                      | killed                       | zelensky | -             | true
            did the NIS change its casualty estimate?                 | killed wounded killed_or_wounded captured | nis | -         | true
            What's the weather like in Paris?                         | -                            | -        | -             | false
            Who says the highest?                                     | -                            | -        | -             | true
            who said the lowest                                       | -                            | -        | -             | true
            What is the highest mountain?                             | -                            | -        | -             | false
            What did my teacher say?                                  | -                            | -        | -             | false
            hello                                                     | -                            | -        | -             | false
            How many sоldiers died? (Cyrillic o)                      | killed                       | -        | -             | true
            How many soliders were capturd?                           | captured                     | -        | -             | true
            how many norks wounded per UK intel                       | wounded                      | uk_defence_intelligence | - | true
            wounded according to British intel?                       | wounded                      | uk_defence_intelligence | - | true
            How many were wounded according to Ukrainian intel?       | wounded                      | hur      | -             | true
            How many were killed according to SK intel?               | killed                       | nis      | -             | true
            How many intelligent soldiers were killed?                | killed                       | -        | -             | true
            Сколько северокорейских солдат погибло?                   | killed                       | -        | -             | true
            Скільки північнокорейських військових загинуло?           | killed                       | -        | -             | true
            북한군 사망자는 몇 명입니까?                                  | killed                       | -        | -             | true
            북한군 포로는 몇 명?                                         | captured                     | -        | -             | true
            """)
    void readsMetricsClaimantAndTopic(String question, String metrics, String claimant, String party, boolean onTopic) {
        ParsedQuestion parsed = parser.parse(question, REFERENCE);
        assertEquals(metrics(metrics), parsed.metrics(), "metrics");
        assertEquals(claimant, parsed.claimant() == null ? null : parsed.claimant().id(), "claimant");
        assertEquals(party, parsed.partyId(), "party");
        assertEquals(onTopic, parsed.onTopic(), "on topic");
    }

    /** question | from | to ; "-" when no period. Reference date 2025-01-09. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many died in December?                  | 2024-12-01 | 2024-12-31
            How many died in January?                   | 2025-01-01 | 2025-01-31
            How many died in December 2024?             | 2024-12-01 | 2024-12-31
            Casualties Dec 2024                         | 2024-12-01 | 2024-12-31
            How many died in Nov. 2024?                 | 2024-11-01 | 2024-11-30
            How many have died since January?           | 2025-01-01 | 2025-01-09
            How many have died since November?          | 2024-11-01 | 2025-01-09
            How many have died since October 2024?      | 2024-10-01 | 2025-01-09
            How many died last month?                   | 2024-12-01 | 2024-12-31
            How many died this month?                   | 2025-01-01 | 2025-01-31
            How many troops were sent in 2024?          | 2024-01-01 | 2024-12-31
            How many troops were sent since 2024?       | 2024-01-01 | 2025-01-09
            How many died last year?                    | 2024-01-01 | 2024-12-31
            How many died last week?                    | 2025-01-02 | 2025-01-09
            How many troops were sent in late 2024?     | 2024-09-01 | 2024-12-31
            Deaths in early 2025                        | 2025-01-01 | 2025-04-30
            Losses by the end of 2024                   | 0001-01-01 | 2024-12-31
            How many troops may North Korea send?       | -          | -
            How many North Korean troops will march?    | -          | -
            How many died?                              | -          | -
            How many died since 2024-12-20?             | 2024-12-20 | 2025-01-09
            Deaths between 2024-12-01 and 2024-12-20    | 2024-12-01 | 2024-12-20
            How many were killed after 20/12/2024?      | 2024-12-21 | 2025-01-09
            Deaths on 20.12.2024                        | 2024-12-20 | 2024-12-20
            Deaths on 12/20/2024                        | 2024-12-20 | 2024-12-20
            Deaths on 03/04/2024                        | 2024-04-03 | 2024-04-03
            Deaths in 2024-12                           | 2024-12-01 | 2024-12-31
            Deaths on 13/13/2024                        | -          | -
            How many died since last year?              | 2024-01-01 | 2025-01-09
            How many died since the start of last year? | 2024-01-01 | 2025-01-09
            How many died since last month?             | 2024-12-01 | 2025-01-09
            How many died since yesterday?              | 2025-01-08 | 2025-01-09
            Deaths before last month                    | 0001-01-01 | 2024-11-30
            Deaths prior to this year                   | 0001-01-01 | 2024-12-31
            Deaths until last year                      | 0001-01-01 | 2024-12-31
            Deaths up to the start of this year         | 0001-01-01 | 2025-01-01
            Deaths after last month                     | 2025-01-01 | 2025-01-09
            Figures from last year                      | 2024-01-01 | 2024-12-31
            Deaths this year                            | 2025-01-01 | 2025-12-31
            """)
    void resolvesPeriodsAgainstTheInjectedReferenceDate(String question, LocalDate from, LocalDate to) {
        Period period = parser.parse(question, REFERENCE).period();
        if (from == null) {
            assertNull(period);
        } else {
            assertEquals(from, period.from());
            assertEquals(to, period.to());
        }
    }

    /**
     * Seasons and feasts of a year are periods, said back with their dates; before this, "since the summer of 2025" was
     * read as "in 2025" (from "of 2025") and "before Christmas 2024" as no period at all, so the figures listed were
     * not the ones asked for. A season without a year is the latest begun by the reference date (the latest with claims, when
     * the corpus has some). Near-misses read no season: "fall" as a verb or as "the fall of Kursk", a feast without a year.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many were captured before Christmas 2024?          | before Christmas 2024 (25 Dec 2024)                     | -          | 2024-12-24
            How many were killed since the summer of 2025?         | since summer 2025 (from 1 Jun 2025)                     | 2025-06-01 | -
            Deaths in the winter of 2024                           | in winter 2024 (December 2024 to February 2025)         | 2024-12-01 | 2025-02-28
            How many died in late summer 2024?                     | in late summer 2024 (August 2024)                       | 2024-08-01 | 2024-08-31
            How many died in mid-autumn 2024?                      | in mid-autumn 2024 (October 2024)                       | 2024-10-01 | 2024-10-31
            Troops sent in fall 2024                               | in fall 2024 (September to November 2024)               | 2024-09-01 | 2024-11-30
            Troops sent between spring 2024 and autumn 2024        | between spring 2024 (March to May 2024) and autumn 2024 (September to November 2024) | 2024-03-01 | 2024-11-30
            How many were killed after New Year's Day 2025?        | after New Year's Day 2025 (from 2 Jan 2025)             | 2025-01-02 | -
            How many died on Christmas Eve 2024?                   | on Christmas Eve 2024 (24 Dec 2024)                     | 2024-12-24 | 2024-12-24
            How many died in the summer?                           | in summer 2024 (June to August 2024)                    | 2024-06-01 | 2024-08-31
            How many died in winter?                               | in winter 2024 (December 2024 to February 2025)         | 2024-12-01 | 2025-02-28
            Losses after the fall of Kursk                         | -                                                       | -          | -
            How many died before Christmas?                        | -                                                       | -          | -
            Did the number of deaths fall?                         | -                                                       | -          | -
            Did the number of deaths fall in 2024?                 | in 2024                                                 | 2024-01-01 | 2024-12-31
            """)
    void readsASeasonOrFeastOfAYearAsThePeriodItStandsFor(String question, String text, LocalDate from, LocalDate to) {
        Period period = parser.parse(question, REFERENCE).period();
        if (text == null) {
            assertNull(period);
            return;
        }
        assertEquals(text, period.text());
        assertEquals(from == null ? Period.OPEN_START : from, period.from());
        if (to != null) {
            assertEquals(to, period.to());
        }
    }

    /**
     * Trial 13: "how many were killed last spring" was answered with every figure and no word of the time. A season
     * after "last", "past", "previous" or "this" is read against the injected date: "last" is the most recent one that
     * ended before it, "this winter" the one of this year (begun last December in January or February). Near-misses:
     * "the last fall of Kursk" is no season; a season with its year is read as before.
     */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-12-03 | how many were killed last spring                | in spring 2026 (last spring: March to May 2026)                      | 2026-03-01 | 2026-05-31
            2026-04-15 | how many were killed last spring                | in spring 2025 (last spring: March to May 2025)                      | 2025-03-01 | 2025-05-31
            2026-06-01 | how many were killed last spring                | in spring 2026 (last spring: March to May 2026)                      | 2026-03-01 | 2026-05-31
            2026-12-03 | deaths last winter                              | in winter 2025 (last winter: December 2025 to February 2026)         | 2025-12-01 | 2026-02-28
            2027-01-20 | deaths last winter                              | in winter 2025 (last winter: December 2025 to February 2026)         | 2025-12-01 | 2026-02-28
            2026-12-03 | deaths this winter                              | in winter 2026 (this winter: December 2026 to February 2027)         | 2026-12-01 | 2027-02-28
            2027-01-20 | deaths this winter                              | in winter 2026 (this winter: December 2026 to February 2027)         | 2026-12-01 | 2027-02-28
            2026-12-03 | troops sent last fall                           | in fall 2026 (last fall: September to November 2026)                 | 2026-09-01 | 2026-11-30
            2026-12-03 | how many died over the past summer?             | in summer 2026 (past summer: June to August 2026)                    | 2026-06-01 | 2026-08-31
            2026-12-03 | how many died since last summer?                | since last summer (from 1 Jun 2026)                                  | 2026-06-01 | 2026-12-03
            2026-12-03 | how many were killed in summer 2025             | in summer 2025 (June to August 2025)                                 | 2025-06-01 | 2025-08-31
            2026-12-03 | how many were sent in autumn 2024               | in autumn 2024 (September to November 2024)                          | 2024-09-01 | 2024-11-30
            2026-12-03 | how many were sent in fall 2024                 | in fall 2024 (September to November 2024)                            | 2024-09-01 | 2024-11-30
            2026-12-03 | casualties after the last fall of Kursk         | -                                                                    | -          | -
            2026-12-03 | how many died last year                         | in 2025 (last year)                                                  | 2025-01-01 | 2025-12-31
            """)
    void readsASeasonRelativeToTheInjectedDate(LocalDate today, String question, String text, LocalDate from,
                                               LocalDate to) {
        assertPeriod(parser.parse(question, today).period(), text, from, to);
    }

    /** The period read, or none when {@code text} is null. */
    private static void assertPeriod(Period period, String text, LocalDate from, LocalDate to) {
        if (text == null) {
            assertNull(period);
            return;
        }
        assertEquals(text, period.text());
        assertEquals(from, period.from());
        assertEquals(to, period.to());
    }

    /**
     * A relative span after "since", "before", "until" bounds the period (before, "since last year" was read as "in"
     * last year, so a question about the time since then was answered with one calendar year); the reply says the
     * question's words and the day the period starts or ends. Reference date 2025-01-09.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many died since last year?          | since last year (from 1 Jan 2024)
            Troops sent since last month            | since last month (from 1 Dec 2024)
            Deaths before this month                | before this month (up to 31 Dec 2024)
            Deaths until   yesterday                | until yesterday (up to 8 Jan 2025)
            How many died last year?                | in 2024 (last year)
            """)
    void saysABoundedRelativePeriodInTheQuestionsWordsWithItsDay(String question, String text) {
        assertEquals(text, parser.parse(question, REFERENCE).period().text());
    }

    /**
     * Trial 7: periods that were read as none (so every figure was shown as the answer: "in the last six months", "in
     * Q1 2025"), widened ("the first week of December 2024" as the month, "the week before Christmas 2024" as all time
     * before it) or read as "in" though they bound the period ("as of spring 2025", "by February 2025": the counts up
     * to then). Near-misses: "by" before an agent, not a date; a vague count of months reads no period. Reference date
     * 2025-01-09.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many died in the last six months?            | between 9 Jul 2024 and 9 Jan 2025 (last six months)    | 2024-07-09 | 2025-01-09
            Deaths over the past 30 days                     | between 10 Dec 2024 and 9 Jan 2025 (past 30 days)      | 2024-12-10 | 2025-01-09
            Troops sent in Q1 2025                           | in Q1 2025 (January to March 2025)                     | 2025-01-01 | 2025-03-31
            Troops sent in the first quarter of 2025         | in the first quarter of 2025 (January to March 2025)   | 2025-01-01 | 2025-03-31
            Deaths in the last quarter of 2024               | in the last quarter of 2024 (October to December 2024) | 2024-10-01 | 2024-12-31
            Troops sent in the second half of 2024           | in the second half of 2024 (July to December 2024)     | 2024-07-01 | 2024-12-31
            Troops sent in the first week of December 2024   | in the first week of December 2024 (1 to 7 Dec 2024)   | 2024-12-01 | 2024-12-07
            Deaths in the last week of December 2024         | in the last week of December 2024 (25 to 31 Dec 2024)  | 2024-12-25 | 2024-12-31
            Deaths in the second half of December 2024       | in the second half of December 2024 (16 to 31 Dec 2024)| 2024-12-16 | 2024-12-31
            Casualties in the week before Christmas 2024     | the week before christmas 2024 (18 Dec 2024 to 24 Dec 2024) | 2024-12-18 | 2024-12-24
            Deaths in the 10 days after 1 December 2024      | the 10 days after 1 december 2024 (2 Dec 2024 to 11 Dec 2024) | 2024-12-02 | 2024-12-11
            Troops sent as of spring 2024                    | up to spring 2024 (March to May 2024)                  | 0001-01-01 | 2024-05-31
            Casualties by February 2025                      | up to February 2025                                    | 0001-01-01 | 2025-02-28
            Losses by the end of 2024                        | up to the end of 2024 (September to December 2024)     | 0001-01-01 | 2024-12-31
            Deaths in late 2024                              | in late 2024 (September to December 2024)              | 2024-09-01 | 2024-12-31
            Deaths on Friday, 20 December 2024               | on 20 Dec 2024                                         | 2024-12-20 | 2024-12-20
            How many were killed by drones in December 2024? | in December 2024                                       | 2024-12-01 | 2024-12-31
            How many were sent by North Korea in 2024?       | in 2024                                                | 2024-01-01 | 2024-12-31
            How many died in the last few months?            | -                                                      | -          | -
            Deaths in the 0 days before Christmas 2024       | before Christmas 2024 (25 Dec 2024)                    | 0001-01-01 | 2024-12-24
            """)
    void readsCountedSpansQuartersWeeksAndBoundsAsAsked(String question, String text, LocalDate from, LocalDate to) {
        Period period = parser.parse(question, REFERENCE).period();
        assertPeriod(period, text, from, to);
        if (period != null) {
            assertNull(period.unread(), "nothing left unread");
        }
    }

    /**
     * Time words the period read does not cover are kept in the question's words, so the reply says the figures are
     * limited to the period read only (trial 7: "before the Kursk counteroffensive in March 2025" answered "in March
     * 2025" without a word about "before"). Near-misses: every time word is part of the period read, or of a second
     * period the reply names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many died before the Kursk counteroffensive in March 2025? | in March 2025   | before the kursk counteroffensive
            How many died in the first month of fighting in 2024?          | in 2024         | first month of fighting
            How many were captured before Christmas 2024?                  | before Christmas 2024 (25 Dec 2024) | -
            How many died since last year?                                 | since last year (from 1 Jan 2024)   | -
            Were more killed in spring 2024 than in winter 2024?           | in spring 2024 (March to May 2024)  | -
            Deaths on Friday, 20 December 2024                             | on 20 Dec 2024  | -
            """)
    void keepsTimeWordsThePeriodDoesNotCover(String question, String text, String unread) {
        Period period = parser.parse(question, REFERENCE).period();
        assertEquals(text, period.text());
        assertEquals(unread, period.unread());
    }

    /**
     * A reply covers one period; a second, different period in the question is kept in words so that the reply says it
     * did not cover it (before, "more killed in spring 2025 than in winter 2024?" answered spring alone, silently).
     * Near-misses: one range ("between ... and ..."), the same period said twice, and a single period name none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Were more killed in spring 2025 than in winter 2024?         | in spring 2025 (March to May 2025) | in winter 2024 (December 2024 to February 2025)
            How many died in December 2024 compared with January 2025?   | in December 2024                   | in January 2025
            Casualties since January 2025 versus before December 2024     | before December 2024               | since January 2025
            Deaths in 2024 and in 2025                                   | in 2024                            | in 2025
            Troops sent between January and April 2025                   | between January 2025 and April 2025 | -
            How many died in December 2024, yes in December 2024?        | in December 2024                   | -
            How many died in December 2024?                              | in December 2024                   | -
            """)
    void keepsASecondPeriodTheReplyDoesNotCoverInWords(String question, String text, String alsoAsked) {
        Period period = parser.parse(question, REFERENCE).period();
        assertEquals(text, period.text());
        assertEquals(alsoAsked, period.alsoAsked());
        if (alsoAsked != null) {
            assertTrue(period.shown().contains("Only this period is covered: the question also asks about figures "
                    + alsoAsked + ", and Tally answers one period at a time"),
                    period.shown());
        } else {
            assertEquals(text, period.shown());
        }
    }

    /**
     * Round 62 (trial 16): two dates joined by a dash or "to" are a range, read as "between" is. Near-misses: a day
     * written in numbers, and a month "to" something that is no date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How many were killed March-May 2025?                   | between March 2025 and May 2025       | -
            Deaths in Jan–Mar 2025                             | between January 2025 and March 2025   | -
            Troops sent Dec 2024 - Feb 2025                        | between December 2024 and February 2025 | -
            Troops sent in Mar-May 2025                            | between March 2025 and May 2025       | -
            Casualties January to April 2025                       | between January 2025 and April 2025   | -
            What did Seoul say in January 2025 to lawmakers?       | in January 2025                       | -
            How many were killed on 2025-03-01?                    | on 1 Mar 2025                         | -
            """)
    void readsTwoDatesJoinedByADashOrToAsARange(String question, String text, String alsoAsked) {
        Period period = parser.parse(question, REFERENCE).period();
        assertEquals(text, period.text());
        assertEquals(alsoAsked, period.alsoAsked());
    }

    @Test
    void aSeasonWithoutAYearIsTheLatestInWhichTheCorpusHasClaims() {
        QuestionContext context = new QuestionContext(LocalDate.of(2026, 11, 30),
                java.util.Set.of(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 7)));
        assertEquals("in winter 2024 (December 2024 to February 2025)",
                parser.parseIn("deaths in the winter", context).period().text());
        assertEquals("in summer 2025 (June to August 2025)", parser.parseIn("deaths in summer", context).period().text());
        assertEquals("in spring 2026 (March to May 2026)", parser.parseIn("deaths in spring", context).period().text(),
                "no spring has claims: the latest begun by today");
    }

    @Test
    void aMonthWithoutAYearDependsOnTheReferenceDateNotTheClock() {
        Period early = parser.parse("deaths in December", LocalDate.of(2024, 12, 20)).period();
        Period late = parser.parse("deaths in December", LocalDate.of(2026, 3, 1)).period();
        assertEquals(LocalDate.of(2024, 12, 1), early.from());
        assertEquals(LocalDate.of(2025, 12, 1), late.from());
        assertEquals("in December 2025", late.text());
    }

    @Test
    void withoutAReferenceDateOnlyAbsolutePeriodsAreRead() {
        assertNull(parser.parse("deaths last month", null).period());
        assertNull(parser.parse("deaths in December", null).period());
        assertEquals(LocalDate.of(2024, 12, 1), parser.parse("deaths in December 2024", null).period().from());
        assertEquals("in January 2025", parser.parse("deaths in December 2024 and in January 2025", null).period()
                .alsoAsked());
        assertNull(parser.parse("deaths in December 2024 and last month", null).period().alsoAsked(),
                "a relative second period is not said in the stand-in calendar's year 9999");
    }

    @Test
    void mentionsMarkdownAndInvisibleCharactersDoNotHideTheQuestion() {
        String hostile = "<@123456789012345678> **how\u200b many** _North\u202e Korean_ ~~soldiers~~ `died` "
                + "according\u00a0to ||Zelensky||?? \uD83D\uDE00\uD83D\uDCA5";
        ParsedQuestion parsed = parser.parse(hostile, REFERENCE);
        assertEquals(EnumSet.of(Metric.KILLED), parsed.metrics());
        assertEquals("zelensky", parsed.claimant().id());
        assertTrue(parsed.onTopic());
    }

    @Test
    void fullWidthLettersAreReadAsPlainLetters() {
        ParsedQuestion parsed = parser.parse("ｈｏｗ ｍａｎｙ ｓｏｌｄｉｅｒｓ ｄｉｅｄ", REFERENCE);
        assertEquals(EnumSet.of(Metric.KILLED), parsed.metrics());
    }

    @Test
    void onlyTheFirstFourThousandCharactersAreRead() {
        String padded = "x ".repeat(2100) + "how many soldiers died";
        ParsedQuestion parsed = parser.parse(padded, REFERENCE);
        assertFalse(parsed.onTopic());
    }

    private static Set<Metric> metrics(String ids) {
        if (ids == null) {
            return Set.of();
        }
        return Arrays.stream(ids.trim().split("\\s+"))
                .map(id -> Metric.byId(id).orElseThrow(() -> new IllegalArgumentException(id)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
    }
}
