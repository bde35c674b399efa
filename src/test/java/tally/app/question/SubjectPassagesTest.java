package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.model.Metric;

/**
 * {@link SubjectPassages}: a passage offered under a question about something Tally does not cover speaks of what was
 * asked in one sentence, and one offered under a question with no figure for its measure speaks of North Korea's.
 * The passages are our own sentences, written for these tests.
 */
class SubjectPassagesTest {

    private static final QuestionParser PARSER = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY);
    private static final SubjectPassages PASSAGES = SubjectPassages.of(TestConfig.LEXICON,
            MeasureWords.of(TestConfig.LEXICON));

    @ParameterizedTest(name = "{0} / [{1}] -> {2}")
    @CsvSource(delimiter = '#', textBlock = """
            How many Russian soldiers were killed? # Moscow's own figures put the Russian soldiers killed near Sudzha at 400. # true
            How many Russian soldiers were killed? # The governor said Russian losses grew after the bridge fell. Some 200 Russian troops died. # true
            How many Russians died? # Kyiv claims that 1,200 Russian servicemen died in the week. # true
            How many Russian soldiers were killed? # Some 900 North Korean soldiers were killed or wounded in the Russian border region of Bryansk. # false
            How many Russian soldiers were killed? # Troops from Pyongyang, fighting alongside the Russian army, were killed in large numbers. # false
            How many Russian soldiers were killed? # Russian troops were killed beside 50 North Korean soldiers, the officer said. # false
            How many Russian soldiers were killed? # Conscripts fighting alongside the Russian army were killed in large numbers. # false
            How many Russian soldiers were killed? # Shelling in the Russian region of Belgorod killed 30 people overnight. # false
            How many Russian soldiers were killed? # Russian soldiers were killed there. Pyongyang said nothing about it. # true
            How many Russian soldiers were killed? # About 5,000 Russian soldiers were sent to the border. Losses were heavy. # false
            How many Russian soldiers were killed? # Ukraine struck a Russian depot that held shells, killing two guards. # false
            What are Ukrainian losses? # Independent analysts put Ukrainian losses in the region at several thousand. # true
            What are Ukrainian losses? # North Korean losses mounted as Ukrainian drones struck their columns. # false
            How many Russian troops were deployed to Kursk? # Moscow deployed 3,000 more Russian troops to the salient, officials said. # true
            How many Russian troops were deployed to Kursk? # About 8,000 North Korean soldiers were deployed to support the Russian army. # false
            How many villages have the North Korean troops taken? # The army said the North Korean units had taken three villages by Friday. # true
            How many villages have the North Korean troops taken? # North Korean units suffered 40 casualties in several villages near the border. # false
            How many villages have the North Korean troops taken? # The brigade fought near the villages of the district for a week. # false
            How many shells has North Korea sent to Russia? # Pyongyang has shipped millions of artillery shells to Moscow, analysts say. # true
            How many North Korean engineers went to Russia? # A thousand North Korean engineers were sent to rebuild the town. # true
            """)
    void aPassageSpeaksOfWhatWasAskedInOneSentence(String question, String passage, boolean expected) {
        ParsedQuestion parsed = PARSER.parse(question, null);
        assertFalse(parsed.subject().covered(), question);
        assertEquals(expected, PASSAGES.speaksOf(passage, parsed.subject(), parsed.metrics()));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '#', textBlock = """
            captured # Ukraine says it has captured two North Korean soldiers in the region. # true
            captured # Kyiv says its forces captured 300 Russian soldiers last month. # false
            captured # The Russian soldiers captured there were exchanged. Pyongyang's troops held on. # false
            killed # Russian officers said 70 North Korean troops were killed by drones. # true
            killed # Some 200 Russian troops died in the shelling of the depot. # false
            """)
    void aPassageWithNoFigureForTheMeasureSpeaksOfNorthKoreanTroops(String metric, String passage, boolean expected) {
        assertEquals(expected, PASSAGES.speaksOfTheseTroops(passage, Set.of(Metric.byId(metric).orElseThrow())));
    }

    @Test
    void withNoLexiconThePassageHoldsTheQuestionsWords() {
        Subject russian = new Subject(Subject.Kind.OTHER, List.of("Russian forces"), List.of("russian"));
        assertTrue(SubjectPassages.NONE.speaksOf("In the Russian region of Kursk.", russian, Set.of()));
        assertFalse(SubjectPassages.NONE.speaksOf("In Kursk.", russian, Set.of()));
        assertTrue(SubjectPassages.NONE.speaksOfTheseTroops("Two were captured.", Set.of(Metric.CAPTURED)));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(67);
        String alphabet = "russiankortheldwg .,!?'\u2019\u201d\"-0123456789";
        List<Subject> subjects = List.of(PARSER.parse("How many Russian soldiers were killed?", null).subject(),
                PARSER.parse("How many villages have the North Korean troops taken?", null).subject(),
                PARSER.parse("How many have North Korean troops killed?", null).subject(),
                new Subject(Subject.Kind.OTHER, List.of("something"), List.of()));
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Subject subject : subjects) {
                PASSAGES.speaksOf(text.toString(), subject, Set.of(Metric.KILLED));
                PASSAGES.speaksOf(text.toString(), subject, Set.of());
            }
            PASSAGES.speaksOfTheseTroops(text.toString(), Set.of(Metric.CAPTURED));
        }
    }
}
