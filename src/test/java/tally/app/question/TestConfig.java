package tally.app.question;

import java.nio.file.Path;
import tally.config.ClaimantDirectory;

/** The real config/ files, shared by the question, compose, render and CLI tests. */
public final class TestConfig {

    public static final Path CONFIG = Path.of("config");
    public static final ClaimantDirectory DIRECTORY = ClaimantDirectory.load(CONFIG);
    public static final QuestionLexicon LEXICON = QuestionLexicon.load(CONFIG);

    private TestConfig() {
    }
}
