package tally.app.port;

import tally.app.article.ArticleDraft;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleSource;

/** Port: turns a link or an uploaded file into a draft corpus article (fetching safely, reading HTML). */
public interface ArticleReader {

    /**
     * Reads the source into a draft whose text the corpus parser accepts.
     *
     * @throws ArticleRefused with the reason the source cannot become an article (refused address, too large, not a
     *     web page or text file, no readable body ...)
     */
    ArticleDraft read(ArticleSource source);
}
