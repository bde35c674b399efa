package tally.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.answer.Answer;
import tally.app.render.TextRenderer;
import tally.corpus.CorpusLoader;
import tally.model.LoadProblem;

class TallyRuntimeTest {

    @TempDir
    Path tmp;
    final List<String> log = new ArrayList<>();

    @Test
    void aFileNameWithALineBreakDoesNotBreakThePlainTextAnswer() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        // an article without outlet whose first line opens with a figure ("Several thousand ..."): no title can name
        // it without stating that figure, so its passages are shown by its file name
        Files.copy(Path.of("corpus/004_acf073ee2454f50c.txt"), corpus.resolve("lee\nseong.txt"));
        try (TallyRuntime runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), log::add)) {
            String text = new TextRenderer().render(runtime.tally().ask("What do North Korean troops do near Plekhovo?"));

            assertTrue(text.contains("- lee\\nseong.txt (publication date unknown): "), text);
            for (String line : text.split("\n")) {
                assertFalse(line.startsWith("seong.txt"), "a figure's line was broken in two:\n" + text);
            }
        }
    }

    @Test
    void anEmptyCorpusAnswersWithAWarningNotSilently() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("empty"));
        try (TallyRuntime runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), log::add)) {
            Answer answer = runtime.tally().ask("How many North Korean soldiers were killed?");

            assertTrue(String.valueOf(answer.note()).contains("no articles"), answer.note());
            assertTrue(new TextRenderer().render(answer).contains("The corpus has no articles yet"));
            assertEquals(List.of(new LoadProblem(corpus.toString(), 0, CorpusLoader.EMPTY_FOLDER)),
                    runtime.tally().problems());
        }
    }

    @Test
    void aQuestionWhoseOwnVerbTallyKeepsNoFiguresForGetsNoSentFiguresAsItsAnswer() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/004_acf073ee2454f50c.txt"), corpus.resolve("a.txt"));
        try (TallyRuntime runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), log::add)) {
            Answer trained = runtime.tally().ask("How many North Korean soldiers were trained in Russia?");
            Answer there = runtime.tally().ask("How many North Korean soldiers are fighting in Russia?");

            // the runtime reads the question's verb with the extractor's tagger: without it, the troops sent answered
            assertTrue(trained.groups().isEmpty(), trained.groups()::toString);
            assertTrue(String.valueOf(trained.note()).contains("no figures for what \u201ctrained\u201d counts"),
                    trained.note());
            assertFalse(there.groups().isEmpty(), "a verb the sent figures answer keeps them");
        }
    }
}
