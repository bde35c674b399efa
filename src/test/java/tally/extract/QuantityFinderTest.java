package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input sentence -> every quantity found, as text@start-end=low..high (vague: no values). */
class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder(List.of("tens of thousands", "several thousand",
            "several hundred", "thousands", "hundreds", "dozens"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            more than 3,000 soldiers                 # 3,000@10-15=3000..3000
            1.5 million shells                       # 1.5 million@0-11=1500000..1500000
            nearly 3.000 soldiers                    # 3.000@7-12=3000..3000
            12.500 troops                            # 12.500@0-6=12500..12500
            1.500 million shells                     # 1.500 million@0-13=1500000..1500000
            1.25 million rounds                      # 1.25 million@0-12=1250000..1250000
            between 10,000-12,000 troops             # between 10,000-12,000@0-21=10000..12000
            between 3,000 and 5,000 dead              # between 3,000 and 5,000@0-23=3000..5000
            some three-thousand men                  # three-thousand@5-19=3000..3000
            27-hundred troops                        # 27-hundred@0-10=2700..2700
            nine members died                        # nine@0-4=9..9
            a dozen soldiers                         # a dozen@0-7=12..12
            twenty-five soldiers                     # twenty-five@0-11=25..25
            Hundreds of soldiers                     # Hundreds@0-8=..
            several thousand troops and thousands more # several thousand@0-16=..; thousands@28-37=..
            tens of thousands of troops              # tens of thousands@0-17=..
            """)
    void findsQuantitiesWithTheirOffsetsAndValues(String sentence, String expected) {
        assertEquals(expected, describe(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            in 2024 the war went on                  # ''
            paid $2,000 per soldier                  # ''
            posted at 11:02 AM                       # ''
            the 120-day deployment                   # ''
            the 25th meeting                         # ''
            a 50% share                              # ''
            Su-27 jets                               # ''
            """)
    void yearsMoneyTimesOrdinalsAndCompoundsAreNotQuantities(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, describe(sentence));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "0123456789,.-– $%:abcdefghij thousand hundred между 천 \u200B\u202E@<>#";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            finder.find(sb.toString());
        }
    }

    /**
     * Ranges, year spans and glued figures, where a wrong reading changes a figure's value (each row kills a mutant of
     * QuantityFinder that survived the rows above): a range whose ends are equal is still a figure, a span of years is
     * none, a four-digit count that no year word leads is a count, and Korean outlets' "four-thousand-100" is 4,100.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            four-thousand-100 troops                 # four-thousand-100@0-17=4100..4100
            1,000-1,000 troops                       # 1,000-1,000@0-11=1000..1000
            100-120 soldiers                         # 100-120@0-7=100..120
            2000 North Korean soldiers died          # 2000@0-4=2000..2000
            the 2023-2024 campaign                   # ''
            five hundred troops                      # five hundred@0-12=500..500
            in 1900 the war                          # ''
            in 2100 the war                          # ''
            """)
    void readsRangesYearSpansAndGluedFiguresAsWritten(String sentence, String expected) {
        assertEquals(expected, describe(sentence));
    }

    /**
     * A range whose low end has no multiplier of its own shares the high end's ("ten to fourteen thousand" is 10,000 to
     * 14,000), unless the low end is larger than the high end's number ("500 to 2 thousand"); numbers apart ("ten
     * soldiers to fourteen thousand") or joined by a bare "and" are no range.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            ten to fourteen thousand troops          # ten to fourteen thousand@0-24=10000..14000
            between ten and twelve thousand troops   # between ten and twelve thousand@0-31=10000..12000
            between 10 and 12 thousand troops        # between 10 and 12 thousand@0-26=10000..12000
            25-30 thousand soldiers                  # 25-30 thousand@0-14=25000..30000
            1.5 to 2 million shells                  # 1.5 to 2 million@0-16=1500000..2000000
            ten thousand to fourteen thousand troops # ten thousand to fourteen thousand@0-33=10000..14000
            500 to 2 thousand troops                 # 500 to 2 thousand@0-17=500..2000
            twenty-five to thirty soldiers           # twenty-five to thirty@0-21=25..30
            ten soldiers to fourteen thousand more   # ten@0-3=10..10; fourteen thousand@16-33=14000..14000
            killed 10 and 12 thousand more           # 10 and 12 thousand@7-25=10..12000
            one and two thousand more                # one@0-3=1..1; two thousand@8-20=2000..2000
            """)
    void aRangesLowEndSharesTheHighEndsMultiplier(String sentence, String expected) {
        assertEquals(expected, describe(sentence));
    }

    private String describe(String sentence) {
        return finder.find(sentence).stream()
                .map(q -> sentence.substring(q.start(), q.end()) + "@" + q.start() + "-" + q.end() + "="
                        + (q.low() == null ? "" : q.low()) + ".." + (q.high() == null ? "" : q.high()))
                .collect(Collectors.joining("; "));
    }
}
