package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tally.app.TallyEngine;
import tally.app.answer.Answer;
import tally.app.question.TestConfig;
import tally.corpus.CorpusLoader;
import tally.extract.RuleBasedExtraction;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Passage;
import tally.model.Source;

/**
 * The faithfulness rule end to end, over the real seed and development articles and the real extractor: whatever
 * is asked, every digit sequence in the reply comes from a source sentence, a shown passage, the question, or a date
 * or file name.
 */
class SeedCorpusFaithfulnessTest {

    private static final List<String> QUESTIONS = List.of(
            "How many North Korean soldiers have died?",
            "How many North Korean troops were sent to Russia?",
            "What are North Korea's casualties according to Zelensky?",
            "What does South Korea say?",
            "How many were captured?",
            "How many more troops will Pyongyang send?",
            "How many died in December 2024?",
            "How many were wounded since January?",
            "HUR figures",
            "How many of the 12345 soldiers died in 1999?",
            "What's the weather in Paris?");

    @Test
    void everyNumberInEveryReplyComesFromTheSources() {
        CorpusLoader loader = new CorpusLoader();
        List<Article> articles = new ArrayList<>(loader.load(Path.of("corpus")).articles());
        articles.addAll(loader.load(Path.of("src/test/resources/tally/extract/dev-articles")).articles());
        AnalyzedCorpus corpus = RuleBasedExtraction.fromConfig(TestConfig.CONFIG).analyze(articles);
        assertFalse(corpus.claims().isEmpty());
        InMemoryCorpusIndex index = new InMemoryCorpusIndex(corpus, "seed");
        TallyEngine engine = new TallyEngine(() -> index, TestConfig.DIRECTORY, TestConfig.LEXICON);
        TextRenderer renderer = new TextRenderer();
        List<Answer> answers = new ArrayList<>(QUESTIONS.stream().map(engine::ask).toList());
        answers.add(engine.summary());
        for (Answer answer : answers) {
            String text = renderer.render(answer);
            List<String> allowed = allowed(answer, corpus);
            Matcher digits = Pattern.compile("\\d+").matcher(text);
            while (digits.find()) {
                String run = digits.group();
                assertTrue(allowed.stream().anyMatch(a -> a.contains(run)),
                        () -> "'" + run + "' comes from no source:\n" + text);
            }
            assertTrue(text.contains("unverified"));
        }
    }

    private static List<String> allowed(Answer answer, AnalyzedCorpus corpus) {
        List<String> allowed = new ArrayList<>(List.of(answer.question()));
        for (Claim c : corpus.claims()) {
            allowed.add(c.claimDate().display());
            for (Source s : c.sources()) {
                allowed.add(s.quote());
                allowed.add(s.file());
                allowed.add(s.outletOrFile());
                allowed.add(s.published() == null ? "" : s.published().date().toString());
            }
        }
        for (Passage p : answer.passages()) {
            allowed.add(p.text());
            allowed.add(p.file());
            allowed.add(p.published() == null ? "" : p.published().date().toString());
        }
        if (answer.parsed().period() != null) {
            allowed.add(answer.parsed().period().from() + " " + answer.parsed().period().to());
        }
        return allowed;
    }
}
