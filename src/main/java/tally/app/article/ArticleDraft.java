package tally.app.article;

import java.util.List;
import java.util.Objects;
import tally.model.Article;

/**
 * An article read from its source but not yet in the corpus. {@code text} is exactly what will be written to the
 * corpus file (header, {@code ---}, body); {@code article} is that text as the corpus parser reads it (its file name
 * is provisional until the shelf picks the final one). {@code stem} is a file-name suggestion without extension.
 * {@code reachedBy} lists the addresses the article was fetched through (the link given, each redirect), which count
 * as its addresses when the corpus is checked for the same article.
 * {@code notes} say what the source did not state ("no publication date on the page: Tally will infer it") and how
 * what it did state was found ("published date from JSON-LD datePublished"), for the moderator to check.
 */
public record ArticleDraft(String stem, String text, Article article, List<String> notes, ArticleSource source,
                           List<String> reachedBy) {

    public ArticleDraft {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
        reachedBy = List.copyOf(reachedBy);
        if (!stem.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new IllegalArgumentException("a file stem is 1-80 lower-case letters, digits and dashes: " + stem);
        }
    }
}
