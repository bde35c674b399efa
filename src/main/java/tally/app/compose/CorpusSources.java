package tally.app.compose;

import java.util.Comparator;
import java.util.List;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.render.ArticleNames;
import tally.model.Article;

/**
 * The answer to "what are your sources?" ({@link tally.app.question.CorpusAsks}): that Tally reads only the news
 * articles of its corpus and what it shows of each figure, then the newest few articles by outlet and date, and where
 * every article is listed. It gives no count of its own: a reply's numbers are the sources' figures and dates.
 */
final class CorpusSources {

    /** Newest articles named; the rest are one command away. */
    static final int SHOWN = 5;

    static final String WHAT_TALLY_READS = "Tally answers only from the news articles in its corpus. For each figure it"
            + " shows who claims it, when, and the article that reports it, and it calls none of them right.";

    private CorpusSources() {
    }

    static Answer answer(String question, ParsedQuestion parsed, List<Article> articles) {
        List<String> newest = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.published() == null ? null : a.published().date(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Article::file))
                .limit(SHOWN).map(CorpusSources::named).toList();
        String note = WHAT_TALLY_READS + (newest.isEmpty() ? ""
                : " The newest: " + String.join("; ", newest) + " " + Answer.EVERY_ARTICLE + ".")
                + " Ask \"how many ...\" for the competing figures.";
        return new Answer(question, parsed, List.of(), List.of(), note, AnswerComposer.CAVEAT);
    }

    /** As a passage's article is named: a title is cut before its first figure, which it would state unattributed. */
    private static String named(Article article) {
        String name = ArticleNames.articleName(article.outlet(), article.headline());
        return (name == null ? article.file() : name) + " (" + ArticleNames.published(article.published()) + ")";
    }
}
