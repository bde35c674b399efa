package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clause limits: rows for what a break does, and a property holding the per-sentence table of breaks to the plain
 * reading it replaced (lower-case the text, take the last break before the place and the first one after it).
 */
class ClausesTest {

    private static final List<String> BREAKS = List.of(";", ", meaning", ", which", ", but", " but ", " while ");
    private final Clauses clauses = new Clauses(BREAKS);

    @ParameterizedTest(name = "''{0}'' at ''{1}'': clause [{2}, {3})")
    @CsvSource(delimiter = '|', textBlock = """
            Russia sent 11,000 troops, meaning that more than half died.   | 11,000 | 0  | 25
            Russia sent 11,000 troops, meaning that more than half died.   | half   | 34 | 60
            Some 300 died; 2,700 were wounded, BUT the toll may be higher.  | 2,700  | 14 | 33
            Some 300 died; 2,700 were wounded, BUT the toll may be higher.  | 300    | 0  | 13
            No break stands in this sentence about 600 soldiers.            | 600    | 0  | 52
            """)
    void aFigureReadsOnlyItsOwnClause(String sentence, String figure, int start, int end) {
        int at = sentence.indexOf(figure);
        assertEquals(List.of(start, end), List.of(clauses.before(sentence, at), clauses.after(sentence, at)));
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of("Seoul", "said", ";", ",", " ", "meaning", "MEANING", "which", "but", "But", " but ",
                        "while", "600", "İ", "ß", "x").list().ofMaxSize(14).map(p -> String.join("", p));
    }

    @Property(tries = 3000)
    void theTableOfBreaksGivesWhatSearchingTheTextEachTimeGave(@ForAll("sentences") String s) {
        for (int p = 0; p <= s.length(); p++) {
            assertEquals(searchBefore(s, p), clauses.before(s, p), () -> "before in '" + s + "'");
            assertEquals(searchAfter(s, p), clauses.after(s, p), () -> "after in '" + s + "'");
        }
    }

    /** The reading before the table, for texts whose lower case keeps their length. */
    private static int searchBefore(String s, int position) {
        String lower = lowerOrAsIs(s).substring(0, position);
        int best = 0;
        for (String br : BREAKS) {
            int at = lower.lastIndexOf(br);
            if (at >= 0) {
                best = Math.max(best, at + br.length());
            }
        }
        return best;
    }

    private static int searchAfter(String s, int position) {
        String lower = lowerOrAsIs(s);
        int best = s.length();
        for (String br : BREAKS) {
            int at = lower.indexOf(br, position);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

    private static String lowerOrAsIs(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.length() == s.length() ? lower : s;
    }
}
