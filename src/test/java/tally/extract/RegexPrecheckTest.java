package tally.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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
            "likely", "reportedly", "sly", "was_", "\n");

    @Provide
    Arbitrary<String> windows() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(12)
                .flatMap(p -> Arbitraries.of(" ", "", "  ").map(tail -> String.join(" ", p) + tail));
    }

    /** Each check beside the expression it guards: where the expression finds something, the check must say yes. */
    private record Guarded(String name, Pattern expression, Predicate<String> check) {
    }

    private static final List<Guarded> CHECKS = List.of(
            new Guarded("trailing adverb", AttributionFinder.TRAILING_ADVERBS, AttributionFinder::endsWithAdverb),
            new Guarded("name before the verb", UnlistedSpeakers.NAME_BEFORE, UnlistedSpeakers::endsWithCapitalisedWord),
            new Guarded("day of the month", DateFinder.DAY_OF_MONTH, DateFinder::hasOnTheDigit),
            new Guarded("partitive", FigureFrames.PART_OF_NUMBER, w -> FigureFrames.hasOf(w, 0, w.length())),
            new Guarded("bare partitive", FigureFrames.PART_OF_BARE_NUMBER, w -> FigureFrames.hasOf(w, 0, w.length())),
            new Guarded("'it' before the verb", AttributionFinder.IT_BEFORE, AttributionFinder::endsWithIt),
            new Guarded("'it' after the verb", AttributionFinder.IT_AFTER, AttributionFinder::startsWithIt),
            new Guarded("passive before the cue", FigureReader.PASSIVE_BEFORE,
                    w -> FigureReader.endsLikePassive(w, 0, w.length())),
            new Guarded("another estimate at", FigureReader.ESTIMATE_THEN_AT,
                    w -> FigureReader.endsWithAt(w, 0, w.length())),
            new Guarded("relative clause", FigureFrames.ASIDE, w -> FigureFrames.relativeCommaBefore(w, w.length())));

    @Property(tries = 12000)
    void noCheckEverRejectsWhatItsExpressionWouldMatch(@ForAll("windows") String window) {
        for (Guarded g : CHECKS) {
            if (g.expression().matcher(window).find()) {
                assertTrue(g.check().test(window), () -> g.name() + " check missed: '" + window + "'");
            }
        }
    }

    @Test
    void eachCheckSaysYesWhereItsExpressionCanMatchAndNoWhereNothingIs() {
        assertTrue(AttributionFinder.endsWithAdverb("the ministry also "));
        assertTrue(AttributionFinder.endsWithAdverb("he once more "));
        assertFalse(AttributionFinder.endsWithAdverb("the ministry "));
        assertTrue(UnlistedSpeakers.endsWithCapitalisedWord("spokesman Lee also "));
        assertTrue(UnlistedSpeakers.endsWithCapitalisedWord("Jean-Luc "));
        assertFalse(UnlistedSpeakers.endsWithCapitalisedWord("the spokesman "));
        assertFalse(UnlistedSpeakers.endsWithCapitalisedWord("Lee"));
        assertTrue(DateFinder.hasOnTheDigit("killed on the 19th of the month"));
        assertFalse(DateFinder.hasOnTheDigit("killed on the front line"));
        assertTrue(FigureFrames.hasOf("600 out of ", 0, 11));
        assertFalse(FigureFrames.hasOf("600 North Korean ", 0, 17));
        assertTrue(AttributionFinder.endsWithIt("the ministry said it "));
        assertFalse(AttributionFinder.endsWithIt("the ministry said "));
        assertTrue(AttributionFinder.startsWithIt("  It added"));
        assertFalse(AttributionFinder.startsWithIt(" the ministry"));
        assertTrue(FigureReader.endsLikePassive("thousands are ", 0, 14));
        assertTrue(FigureReader.endsLikePassive("thousands were reportedly ", 0, 26));
        assertFalse(FigureReader.endsLikePassive("thousands of troops ", 0, 20));
        assertTrue(FigureReader.endsWithAt("US estimates were lower, at ", 0, 28));
        assertFalse(FigureReader.endsWithAt("US estimates were lower, that ", 0, 30));
        assertFalse(FigureReader.endsWithAt("US estimates were lower, at", 0, 27));
        assertTrue(FigureFrames.relativeCommaBefore("the division, which numbers", 27));
        assertFalse(FigureFrames.relativeCommaBefore("the division, numbering", 23));
    }
}
