package tally.fuzz;

import java.nio.file.Path;
import tally.adapter.gen.CorpusGenerator;
import tally.config.ClaimantDirectory;

/** Shared, expensive inputs of the fuzz tests, built once. */
final class Fixtures {

    static final int HUGE_CHARS = 10 * 1024 * 1024;

    private static ClaimantDirectory lexicon;
    private static String huge;

    private Fixtures() {
    }

    /** The real config/claimants.json. */
    static synchronized ClaimantDirectory lexicon() {
        if (lexicon == null) {
            lexicon = ClaimantDirectory.load(Path.of("config"));
        }
        return lexicon;
    }

    /** A generated article of at least 10 MB: realistic text, claims and noise, header included. */
    static synchronized String hugeArticle() {
        if (huge == null) {
            huge = new CorpusGenerator(2026).hugeArticle(HUGE_CHARS);
        }
        return huge;
    }
}
