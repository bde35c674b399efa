package tally.model;

import java.util.List;

/**
 * A corpus after extraction: its articles (with publication dates inferred where the header had none), the merged
 * claims, and every problem met while loading, so one bad file never hides the others.
 */
public record AnalyzedCorpus(List<Article> articles, List<Claim> claims, List<LoadProblem> problems) {
    public AnalyzedCorpus {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }
}
