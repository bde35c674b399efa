package tally.app.port;

import java.util.List;
import tally.model.AnalyzedCorpus;
import tally.model.Article;

/** Port: turns loaded articles into merged claims (and infers missing publication dates). */
public interface ClaimExtraction {
    AnalyzedCorpus analyze(List<Article> articles);
}
