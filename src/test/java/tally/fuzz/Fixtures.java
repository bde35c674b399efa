package tally.fuzz;

import java.nio.file.Path;
import java.util.List;
import tally.adapter.gen.CorpusGenerator;
import tally.adapter.gen.TruthFile;
import tally.app.port.ClaimExtraction;
import tally.app.question.QuestionLexicon;
import tally.app.question.QuestionParser;
import tally.config.ClaimantDirectory;
import tally.extract.RuleBasedExtraction;

/** Shared, expensive inputs of the fuzz tests, built once. */
final class Fixtures {

    static final int HUGE_CHARS = 10 * 1024 * 1024;

    private static ClaimantDirectory lexicon;
    private static ClaimExtraction extraction;
    private static QuestionParser questions;
    private static String huge;
    private static List<String> reporting;

    private Fixtures() {
    }

    /** The real config/claimants.json. */
    static synchronized ClaimantDirectory lexicon() {
        if (lexicon == null) {
            lexicon = ClaimantDirectory.load(Path.of("config"));
        }
        return lexicon;
    }

    /** The extractor Tally runs, on the real config/. */
    static synchronized ClaimExtraction extraction() {
        if (extraction == null) {
            extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
        }
        return extraction;
    }

    /** The question parser Tally runs, on the real config/. */
    static synchronized QuestionParser questionParser() {
        if (questions == null) {
            questions = new QuestionParser(QuestionLexicon.load(Path.of("config")), lexicon(),
                    new tally.extract.QuestionVerbs());
        }
        return questions;
    }

    /** Every sentence that states a claim in 200 generated articles, verbatim (the truth file's sentences). */
    static synchronized List<String> reportingSentences() {
        if (reporting == null) {
            reporting = new CorpusGenerator(7).generate(200).stream()
                    .flatMap(a -> a.truth().claims().stream().map(TruthFile.Claim::sentence))
                    .distinct().toList();
        }
        return reporting;
    }

    /** A generated article of at least 10 MB: realistic text, claims and noise, header included. */
    static synchronized String hugeArticle() {
        if (huge == null) {
            huge = new CorpusGenerator(2026).hugeArticle(HUGE_CHARS);
        }
        return huge;
    }
}
