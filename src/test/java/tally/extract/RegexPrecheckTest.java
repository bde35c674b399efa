package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap checks that run before a regular expression anchored at a window's end (or needing a rare word) must never
 * say "cannot match" where the expression would match: on random text made of the pieces the expressions look for,
 * whenever the expression finds something, its check said yes. Each check has rows both ways too.
 */
class RegexPrecheckTest {

    private static final List<String> PIECES = List.of("also", "Also", "further", "then", "later", "again", "once more",
            "more", "earlier", "previously", "additionally", "Lee", "Kim Jong Un", "O'Brien", "Jean-Luc", "the",
            "ministry", "he", "\"", "(", "“", "on the", "On the", "in the", "19th", "3rd", "2", "600", "9,000",
            "4 700", "of", "Of", "out of", "of the", "soldiers", "at", "At", "estimates", "toll", "that", "which", "Who",
            "  ", ",", ".", "-", "'", "\t", "é", "Δ", "x", "it", "It", "IT", "its", "bit", "is", "were", "Been", "being",
            "likely", "reportedly", "sly", "was_", "\n", "last week", "LAST WEEK", "Yesterday", "toDAY", "this Month",
            "day", "DAY", "mon", "wee", "k", "th", "a", "the same day", "two days later", "one", "1", "in", "IN",
            "every", "out of every", "and", "AND", "but", "while", "whom", "which the", "23-26", "16th", "Jan.", "Sept",
            "December", "mid-", "early", "since", "during", "has", "had", "have already", "according to",
            "According To", "among", "their", "those", "reached", "than", "a minimum of", "year", "\u2028",
            "\r\n"); // no NEL (U+0085): PlainText makes it a space where an article comes in

    @Provide
    Arbitrary<String> windows() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(12)
                .flatMap(p -> Arbitraries.of(" ", "", "  ").map(tail -> String.join(" ", p) + tail));
    }

    /** Each check beside the expression it guards: where the expression finds something, the check must say yes. */
    private record Guarded(String name, Pattern expression, Predicate<String> check) {
    }

    private static final List<Guarded> CHECKS = List.of(
            new Guarded("trailing adverb", PronounClaimants.TRAILING_ADVERBS, PronounClaimants::endsWithAdverb),
            new Guarded("name before the verb", UnlistedSpeakers.NAME_BEFORE, UnlistedSpeakers::endsWithCapitalisedWord),
            new Guarded("day of the month", DateFinder.DAY_OF_MONTH, DateFinder::hasOnTheDigit),
            new Guarded("relative date", DateFinder.RELATIVE, DateFinder::mentionsDayWeekOrMonth),
            new Guarded("partitive", FigureFrames.PART_OF_NUMBER, w -> FigureFrames.hasOf(w, 0, w.length())),
            new Guarded("bare partitive", FigureFrames.PART_OF_BARE_NUMBER, w -> FigureFrames.hasOf(w, 0, w.length())),
            new Guarded("partitive before a planned attribute", SendingFrames.PARTITIVE_BEFORE_ATTRIBUTE,
                    w -> FigureFrames.hasOf(w, 0, w.length())),
            new Guarded("'it' before the verb", PronounClaimants.IT_BEFORE, PronounClaimants::endsWithIt),
            new Guarded("'it' after the verb", PronounClaimants.IT_AFTER, PronounClaimants::startsWithIt),
            new Guarded("passive before the cue", Predicates.PASSIVE_BEFORE,
                    w -> Predicates.endsLikePassive(w, 0, w.length())),
            new Guarded("another estimate at", SameMeasure.ESTIMATE_THEN_AT,
                    w -> SameMeasure.endsWithAt(w, 0, w.length())),
            new Guarded("relative clause", FigureFrames.ASIDE, w -> FigureFrames.relativeCommaBefore(w, w.length())),
            new Guarded("ratio before the number", Proportions.RATIO_BEFORE,
                    w -> Proportions.endsLikeRatio(w, 0, w.length())),
            new Guarded("clause about other men", Predicates.OTHERS_CLAUSE,
                    w -> Predicates.mayOpenOthersClause(w, 0, w.length())),
            new Guarded("clause with its own subject", Predicates.OWN_SUBJECT_CLAUSE,
                    w -> Predicates.mayOpenOwnSubjectClause(w, 0, w.length())),
            new Guarded("day before a month", DateFinder.DAY_BEFORE, DateFinder::hasDigit),
            new Guarded("days before a month", DateFinder.DAYS_BEFORE, DateFinder::hasDigit),
            new Guarded("lead before a month", DateFinder.MONTH_LEAD, DateFinder::endsLikeMonthLead),
            new Guarded("group after a preposition", SendingFrames.GROUP_AFTER_PREPOSITION,
                    w -> SendingFrames.endsLikeGroupAfterPreposition(w, 0, w.length())),
            new Guarded("own according to", StructuralAttribution.OWN_ACCORDING,
                    w -> StructuralAttribution.holdsAccordingTo(w, 0)),
            new Guarded("count before a year", QuantityFinder.COUNT_LEAD, QuantityFinder::endsLikeCountLead),
            new Guarded("year lead", QuantityFinder.YEAR_LEAD, QuantityFinder::endsLikeYearLead),
            new Guarded("perfect before the cue", EarlierStatements.PERFECT, EarlierStatements::endsLikePerfect));

    @Property(tries = 12000)
    void noCheckEverRejectsWhatItsExpressionWouldMatch(@ForAll("windows") String window) {
        for (Guarded g : CHECKS) {
            if (g.expression().matcher(window).find()) {
                assertTrue(g.check().test(window), () -> g.name() + " check missed: '" + window + "'");
            }
        }
    }

    /** Rows both ways for each check, named as in {@link #CHECKS}; windows are quoted to keep their spaces. */
    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing adverb              | 'the ministry also '                | true
            trailing adverb              | 'he once more '                     | true
            trailing adverb              | 'the ministry '                     | false
            name before the verb         | 'spokesman Lee also '               | true
            name before the verb         | 'Jean-Luc '                         | true
            name before the verb         | 'the spokesman '                    | false
            name before the verb         | 'Lee'                               | false
            day of the month             | 'killed on the 19th of the month'   | true
            day of the month             | 'killed on the front line'          | false
            relative date                | 'said EARLIER THIS WEEK'            | true
            relative date                | 'said Yesterday'                    | true
            relative date                | 'said on Monday'                    | true
            relative date                | 'said in a statement'               | false
            partitive                    | '600 out of '                       | true
            partitive                    | '600 North Korean '                 | false
            'it' before the verb         | 'the ministry said it '             | true
            'it' before the verb         | 'the ministry said '                | false
            'it' before the verb         | 'it was a bit '                     | false
            'it' after the verb          | '  It added'                        | true
            'it' after the verb          | ' the ministry'                     | false
            passive before the cue       | 'thousands are '                    | true
            passive before the cue       | 'thousands were reportedly '        | true
            passive before the cue       | 'thousands of troops '              | false
            another estimate at          | 'US estimates were lower, at '      | true
            another estimate at          | 'US estimates were lower, that '    | false
            another estimate at          | 'US estimates were lower, at'       | false
            relative clause              | 'the division, which numbers'       | true
            relative clause              | 'the division, numbering'           | false
            ratio before the number      | 'one soldier in '                   | true
            ratio before the number      | 'two out of every '                 | true
            ratio before the number      | 'killed in'                         | false
            ratio before the number      | 'killed at '                        | false
            clause about other men       | ' killed and many more were'        | true
            clause about other men       | ' killed in Kursk'                  | false
            clause with its own subject  | ' rebuild what that the'            | true
            clause with its own subject  | ' rebuild That the'                 | false
            day before a month           | 'on 16th of '                       | true
            day before a month           | 'on the '                           | false
            lead before a month          | 'fighting in mid-'                  | true
            lead before a month          | 'at the end of '                    | true
            lead before a month          | 'fighting on '                      | false
            group after a preposition    | 'wounded among the '                | true
            group after a preposition    | 'wounded near '                     | false
            group after a preposition    | 'wounded among the'                 | false
            own according to             | ' troops, ACCORDING TO Seoul'       | true
            own according to             | ' troops, Seoul said'               | false
            count before a year          | 'a minimum of '                     | true
            count before a year          | 'the treaty of 1961 and signed in ' | false
            year lead                    | 'signed in Sept. '                  | true
            year lead                    | 'signed in early, '                 | true
            year lead                    | 'killed more than '                 | false
            perfect before the cue       | 'the NIS has already '              | true
            perfect before the cue       | 'the NIS has'                       | false
            perfect before the cue       | 'the NIS '                          | false
            """)
    void eachCheckSaysYesWhereItsExpressionCanMatchAndNoWhereNothingIs(String check, String window, boolean expected) {
        Guarded g = CHECKS.stream().filter(c -> c.name().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + check));
        assertEquals(expected, g.check().test(window), () -> check + ": '" + window + "'");
    }
}
