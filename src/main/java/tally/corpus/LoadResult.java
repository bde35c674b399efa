package tally.corpus;

import java.util.List;
import tally.model.Article;
import tally.model.LoadProblem;

/** The articles that loaded, in file-name order, and why each other file did not. */
public record LoadResult(List<Article> articles, List<LoadProblem> problems) {
    public LoadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
