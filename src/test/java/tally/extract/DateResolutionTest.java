package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.model.ClaimDate;

/** Date expression, article date -> resolved claim date and precision. */
class DateResolutionTest {

    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource(delimiter = '#', textBlock = """
            said on Monday                       # 2024-12-24 # 2024-12-23 day
            said on Tuesday                      # 2024-12-24 # 2024-12-24 day
            last Saturday                        # 2024-12-18 # 2024-12-14 day
            last Wednesday                       # 2024-12-18 # 2024-12-11 day
            this past Wednesday                  # 2024-12-18 # 2024-12-11 day
            said on Wednesday                    # 2024-12-18 # 2024-12-18 day
            December 16                          # 2025-01-09 # 2024-12-16 day
            on Dec. 1                            # 2024-12-02 # 2024-12-01 day
            on June 15 (local time)              # 2025-06-16 # 2025-06-15 day
            Monday, December 23                  # 2024-12-24 # 2024-12-23 day
            Monday December 16                   # 2025-03-01 # 2024-12-16 day
            February 16, 2019                    # 2024-12-02 # 2019-02-16 day
            2024-12-24                           # 2025-01-01 # 2024-12-24 day
            16 December 2024                     # 2025-01-01 # 2024-12-16 day
            on the 19th local time               # 2024-11-20 # 2024-11-19 day
            on the 17th                          # 2025-06-26 # 2025-06-17 day
            on the 28th                          # 2025-03-05 # 2025-02-28 day
            on the 31st                          # 2025-04-02 # 2025-03-31 day
            last week                            # 2024-12-24 # 2024-12-16 week
            earlier this week                    # 2024-12-26 # 2024-12-23 week
            In late October                      # 2024-12-24 # 2024-10 month
            At the end of November               # 2024-12-16 # 2024-11 month
            in December                          # 2025-01-09 # 2024-12 month
            in December 2023                     # 2025-01-09 # 2023-12 month
            during his visit on Feb. 23-26       # 2025-03-05 # 2025-02 month
            from 23 to 26 February 2024          # 2025-03-05 # 2024-02 month
            raised on March 3 to 1,500           # 2025-03-05 # 2025-03-03 day
            last month                           # 2025-01-09 # 2024-12 month
            earlier this month                   # 2025-01-09 # 2025-01 month
            yesterday                            # 2025-01-09 # 2025-01-08 day
            reported this weekend                # 2024-10-08 # 2024-09-30 week
            said this weekend                    # 2024-12-22 # 2024-12-16 week
            said over the weekend                # 2024-12-23 # 2024-12-16 week
            told reporters at the weekend        # 2024-12-21 # 2024-12-16 week
            said last weekend                    # 2024-12-27 # 2024-12-16 week
            said this past weekend               # 2024-12-24 # 2024-12-16 week
            on Friday 25 December 2024           # 2025-02-16 # 2024-12-25 day
            Thursday, 6 March 2025               # 2025-03-12 # 2025-03-06 day
            """)
    void resolvesAgainstTheArticleDate(String text, LocalDate published, String expected) {
        List<DateMention> found = finder.find(text);
        assertEquals(1, found.size(), () -> "one date expression in '" + text + "': " + found);
        ClaimDate date = found.get(0).resolve(published);
        assertEquals(expected, date.iso() + " " + date.precision().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            reported on Thursday that of those        # 12 # 20
            affirmed on Monday December 16 that       # 12 # 30
            At the end of November, US Defense         # 0  # 22
            said on Friday 25 December 2024 that      # 8  # 31
            """)
    void reportsWhereEachExpressionStands(String text, int start, int end) {
        DateMention d = finder.find(text).get(0);
        assertEquals(start + "-" + end, d.start() + "-" + d.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            fought on the 3rd floor of the building
            the 19th century
            the 11th Corps lost men on the 2nd day of the battle
            """)
    void anOrdinalThatIsNoDayOfTheMonthIsNoDate(String text) {
        assertEquals(List.of(), finder.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            on Monday
            on the 19th
            last week
            in late October
            """)
    void relativeExpressionsStayUnresolvedWithoutAnArticleDate(String text) {
        assertEquals(null, finder.find(text).get(0).resolve(null));
    }

    /**
     * A weekday with a day and month fixes the year only counted back from a report's date; with none, "Friday, January
     * 10" fits 2025, 2031, 2036 ... and no year may be stated (trial 18 had 2098). A full date needs no report date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            said on Friday, January 10, that      # null
            said on Monday, December 23           # null
            Monday December 16                    # null
            on Friday 25 December 2024            # 2024-12-25 day
            Thursday, 6 March 2025                # 2025-03-06 day
            """)
    void aWeekdayPinsNoYearWithoutAnArticleDate(String text, String expected) {
        ClaimDate date = finder.find(text).get(0).resolve(null);
        assertEquals(expected, date == null ? "null" : date.iso() + " " + date.precision().id());
    }

    /** In a Thursday's or Friday's article "this weekend" is the weekend still to come: no date a claim was made on. */
    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource(delimiter = '#', textBlock = """
            talks this weekend           # 2024-12-19
            talks this weekend           # 2024-12-20
            """)
    void thisWeekendLateInTheWeekIsNoPastDate(String text, LocalDate published) {
        assertEquals(null, finder.find(text).get(0).resolve(published));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            the weekends were quiet
            a weekend of fighting
            """)
    void aWeekendThatIsNoDateExpressionIsNoDate(String text) {
        assertEquals(List.of(), finder.find(text));
    }
}
