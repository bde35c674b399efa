package tally.app.question;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;
import tally.config.JsonFiles;

/** The real config/ files, shared by the question, compose and CLI tests. */
public final class TestConfig {

    public static final Path CONFIG = Path.of("config");
    public static final ClaimantDirectory DIRECTORY = directory();
    public static final QuestionLexicon LEXICON = QuestionLexicon.load(CONFIG);

    private TestConfig() {
    }

    /**
     * claimants.json leaves the optional "memberOf" out, which the strict reader rejects at the time of writing; the
     * lenient copy reads it as null so these tests depend on the claimant data, not on that reader setting.
     */
    private static ClaimantDirectory directory() {
        try {
            ClaimantsConfig config = JsonFiles.STRICT.copy()
                    .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                    .readValue(CONFIG.resolve("claimants.json").toFile(), ClaimantsConfig.class);
            return new ClaimantDirectory(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
