package tally.adapter.bench;

import java.nio.file.Path;
import tally.app.TallyEngine;
import tally.app.port.ClaimExtraction;
import tally.app.question.QuestionLexicon;
import tally.config.ClaimantDirectory;
import tally.extract.RuleBasedExtraction;
import tally.index.IndexStore;

/** The benchmark measures what Tally runs: the rule-based extractor, the persisted Lucene index, the engine. */
public final class StandardWiring {

    private StandardWiring() {
    }

    /** Reads config/ once; the returned wiring opens any corpus with it. */
    public static Wiring fromConfig(Path configDir) {
        ClaimExtraction extraction = RuleBasedExtraction.fromConfig(configDir);
        ClaimantDirectory directory = ClaimantDirectory.load(configDir);
        QuestionLexicon lexicon = QuestionLexicon.load(configDir);
        return new Wiring((corpus, data) -> IndexStore.open(corpus, data, extraction),
                index -> new TallyEngine(() -> index, directory, lexicon), null);
    }
}
