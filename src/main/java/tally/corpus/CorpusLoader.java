package tally.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tally.model.Article;
import tally.model.LoadProblem;

/**
 * Loads a corpus folder. Every regular {@code *.txt} file directly inside it is one article, in file-name order;
 * each file that cannot be used is reported with its line and skipped, so one bad file never hides the others.
 */
public final class CorpusLoader {

    public static final String EMPTY_FOLDER =
            "the corpus folder holds no .txt articles, so there is nothing to answer from; put the articles there";

    /** @throws CorpusFolderException when the folder does not exist or cannot be listed */
    public LoadResult load(Path folder) {
        return load(CorpusSnapshot.read(folder));
    }

    /** An empty folder is reported as a problem of the folder itself (line 0): an answer from nothing is no answer. */
    public LoadResult load(CorpusSnapshot snapshot) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        if (snapshot.files().isEmpty()) {
            problems.add(new LoadProblem(snapshot.folder().toString(), 0, EMPTY_FOLDER));
        }
        for (CorpusFile f : snapshot.files()) {
            byte[] bytes = f.bytes();
            if (bytes == null) {
                problems.add(new LoadProblem(f.name(), 0, String.valueOf(f.readError())));
                continue;
            }
            ArticleParser.Parsed parsed = ArticleParser.parse(f.name(), bytes);
            if (parsed.article() != null) {
                articles.add(parsed.article());
            } else if (parsed.problem() != null) {
                problems.add(parsed.problem());
            }
        }
        return new LoadResult(articles, problems);
    }
}
