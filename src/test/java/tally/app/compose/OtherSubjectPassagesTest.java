package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.TallyEngine;
import tally.app.answer.Answer;
import tally.app.question.TestConfig;
import tally.corpus.CorpusLoader;
import tally.extract.RuleBasedExtraction;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Passage;

/**
 * Round 67: a question about something Tally does not cover is offered only passages that speak of it, end to end
 * over a small corpus of our own sentences. "How many Russian soldiers were killed?" had been offered North Korean
 * losses "in the Russian border region", which matched only on "Russian".
 */
class OtherSubjectPassagesTest {

    private static final String RUSSIAN_LOSSES = "Moscow's own count put the Russian soldiers killed near Sudzha at 400.";
    private static final String NORTH_KOREAN_LOSSES = "Some 900 North Korean soldiers were killed or wounded in the"
            + " Russian border region of Bryansk, the general staff said.";
    private static final String ALONGSIDE = "Units from Pyongyang, fighting alongside the Russian army, were killed in"
            + " large numbers, a monitor said.";
    private static final String RUSSIAN_CAPTURED = "Kyiv said its brigade captured 300 Russian soldiers near Sumy.";

    @TempDir
    Path folder;

    /** An engine over one article per paragraph list given, each a body of paragraphs. */
    private TallyEngine engine(String... bodies) throws IOException {
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(folder.resolve("article" + i + ".txt"), "title: Test\noutlet: Test Wire\npublished: 2025-02-0"
                    + (i + 1) + "\nlanguage: en\n---\n" + bodies[i] + "\n");
        }
        AnalyzedCorpus corpus = RuleBasedExtraction.fromConfig(TestConfig.CONFIG)
                .analyze(new CorpusLoader().load(folder).articles());
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(corpus, "own");
        return new TallyEngine(() -> index, TestConfig.DIRECTORY, TestConfig.LEXICON,
                Clock.fixed(Instant.parse("2025-03-12T12:00:00Z"), ZoneOffset.UTC));
    }

    private static List<String> passages(Answer answer) {
        return answer.passages().stream().map(Passage::text).map(String::strip).toList();
    }

    @Test
    void northKoreanLossesInARussianRegionAreNoPassageAboutRussianSoldiers() throws IOException {
        Answer answer = engine(NORTH_KOREAN_LOSSES + "\n\n" + ALONGSIDE, RUSSIAN_CAPTURED)
                .ask("How many Russian soldiers were killed?");
        assertEquals(List.of(), passages(answer));
        assertTrue(answer.note().endsWith("Nor did Tally find a passage in the articles that speaks of it."),
                answer.note());
    }

    @Test
    void aPassageAboutRussianLossesIsOfferedAndNorthKoreasAreNot() throws IOException {
        Answer answer = engine(NORTH_KOREAN_LOSSES + "\n\n" + ALONGSIDE, RUSSIAN_LOSSES)
                .ask("How many Russian soldiers were killed?");
        assertEquals(List.of(RUSSIAN_LOSSES), passages(answer));
        assertTrue(answer.note().endsWith("These passages from the articles mention it:"), answer.note());
    }

    @Test
    void anotherForcesCapturesAreNoPassageAboutNorthKoreanCaptures() throws IOException {
        Answer answer = engine(NORTH_KOREAN_LOSSES, RUSSIAN_CAPTURED).ask("How many North Korean soldiers were captured?");
        assertEquals(List.of(), passages(answer));
        assertTrue(answer.note().endsWith("Nor did Tally find a passage in the articles that speaks of it."),
                answer.note());
    }
}
