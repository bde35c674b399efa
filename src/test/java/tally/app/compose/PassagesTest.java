package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Passage;

/** The passages offered when no figure answers: no lone question, no second copy of the same words. */
class PassagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How many North Koreans are believed to have died in Ukraine?                 | true
            '  How many were captured?  '                                                  | true
            Seoul says 300 died. How many more will follow?                                | false
            Zelensky asked: how many more must die? He did not give a figure.             | false
            Some 300 North Korean soldiers died, the NIS said.                             | false
            Is it 3,000 or 1,100? The two sources differ.                                   | false
            """)
    void aParagraphThatIsOneQuestionIsNoPassage(String text, boolean question) {
        assertEquals(question, Passages.onlyAQuestion(text));
    }

    @Test
    void aHeadingQuestionAndASecondCopyAreLeftOutAndTheRestKeepTheirOrder() {
        CorpusIndex index = new Fixed(List.of(passage("a.txt", "How many North Koreans have died?"),
                passage("a.txt", "Seoul says 300 North Korean soldiers died."),
                passage("b.txt", "Seoul  says 300 North Korean soldiers died."),
                passage("c.txt", "Kyiv says 3,000 were killed or wounded."),
                passage("d.txt", "Nothing else.")));
        assertEquals(List.of("a.txt", "c.txt"), Passages.best(index, "died", 2).stream().map(Passage::file).toList());
    }

    @Test
    void aLineThePageRepeatsIsShownOnceAndItsCopiesElsewhereAreLeftOut() {
        String headline = "War in Ukraine: 3,000 North Korean soldiers were killed or wounded, according to Kyiv";
        CorpusIndex index = new Fixed(List.of(passage("a.txt", headline + "\n" + headline),
                passage("a.txt", headline),
                passage("b.txt", "Kyiv says 3,000."),
                passage("c.txt", "Seoul says 1,100. " + headline)));
        List<Passage> best = Passages.best(index, "killed", 3);
        assertEquals(List.of(headline, "Kyiv says 3,000.", "Seoul says 1,100. " + headline),
                best.stream().map(Passage::text).toList(), "a passage that holds more than one shown is kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seoul says 300 died. Seoul says 300 died.                     | Seoul says 300 died.
            Seoul says 300 died. Seoul says 300 died. Seoul says 300 died. | Seoul says 300 died.
            Seoul says 300 died. Seoul says 300 died, Kyiv says.           | Seoul says 300 died. Seoul says 300 died, Kyiv says.
            300 300 300 300 300                                            | 300 300 300 300 300
            a a                                                            | a
            Kyiv says 3,000. Seoul says 1,100.                             | Kyiv says 3,000. Seoul says 1,100.
            """)
    void aPassageThatIsOneLineRepeatedIsShownOnceAndOthersAreUnchanged(String text, String shown) {
        assertEquals(shown, Passages.once(passage("a.txt", text)).text());
    }

    private static Passage passage(String file, String text) {
        return new Passage(file, null, null, null, text, 1f);
    }

    private record Fixed(List<Passage> all) implements CorpusIndex {
        @Override
        public AnalyzedCorpus corpus() {
            return new AnalyzedCorpus(List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
            return "v";
        }

        @Override
        public List<Claim> claims(FigureQuery query) {
            return List.of();
        }

        @Override
        public List<Passage> passages(String text, int limit) {
            return all.stream().limit(limit).toList();
        }

        @Override
        public void close() {
        }
    }
}
