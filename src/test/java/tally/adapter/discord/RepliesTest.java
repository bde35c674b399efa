package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;
import tally.adapter.discord.reply.TextRenderer;
import tally.model.Metric;

class RepliesTest {
    private final FakeTally tally = new FakeTally();
    private final Replies replies = new Replies(tally, 10, () -> 0L);

    @Test
    void theSameQuestionWordedDifferentlyIsAnsweredFromTheCache() {
        replies.ask("How many were killed?");
        replies.ask("  how many were KILLED ");
        assertEquals(1, tally.asks.get());
    }

    @Test
    void aCorpusChangeInvalidatesCachedAnswers() {
        replies.ask("How many were killed?");
        tally.version = "v2";
        replies.ask("How many were killed?");
        assertEquals(2, tally.asks.get());
    }

    @Test
    void figuresLookupFiltersAndSaysUnverified() {
        String text = TextRenderer.render(replies.figures(Metric.CAPTURED, "zelensky", LocalDate.of(2024, 12, 1)));
        assertTrue(text.contains("two — Volodymyr Zelensky"), text);
        assertTrue(!text.contains("about 300") && text.contains("unverified"), text);
        assertTrue(text.contains("1 claim.") && !text.contains("1 claims"), "one claim is one claim: " + text);
    }

    /** Trial 10: an article with no title was headed by its file name and then named by it again. */
    @Test
    void sourcesNamesAnArticlesFileOnce() {
        tally.articles(List.of(new tally.app.ArticleInfo("000_e91d.txt", null, "Al Jazeera", null, null, 3),
                new tally.app.ArticleInfo("001_k.txt", "Kursk fighting goes on", "Reuters", null, null, 1)));
        String page = replies.sources().page(0).toString();
        assertEquals(1, page.split("e91d", -1).length - 1, page);
        assertTrue(page.contains("file 001\\_k.txt") || page.contains("file 001_k.txt"), page);
    }

    /** Trial 10: the console offers no suggestions, and "/source al jazeera" said only "no such article". */
    @Test
    void anOutletOrTheStartOfAFileNamesTheArticleItFitsAndSeveralAreListed() {
        assertFalse(replies.source("yonhap").problem(), "the outlet, case aside");
        assertTrue(replies.source("002").page(0).toString().contains("002"), "the start of a file name");
        tally.articles(List.of(new tally.app.ArticleInfo("000_a.txt", null, "Reuters", null, null, 1),
                new tally.app.ArticleInfo("001_b.txt", null, "Reuters", null, null, 1)));
        EmbedPlan several = replies.source("reuters");
        assertTrue(several.problem());
        assertTrue(several.page(0).description().contains("000\\_a.txt") && several.page(0).description()
                .contains("001\\_b.txt"), several.page(0).description());
        assertTrue(replies.source("0").problem(), "fits both");
    }

    @Test
    void unknownArticleIsAProblemThatSaysWhatToDo() {
        EmbedPlan plan = replies.source("nope.txt");
        assertTrue(plan.problem());
        assertTrue(plan.page(0).description().contains("/sources"));
    }

    @Test
    void sourceShowsEachClaimWithItsQuoteNeutralised() {
        String description = replies.source("001_yonhap.txt").page(0).fields().get(0).value();
        assertTrue(description.contains("**about 300**") && description.contains("told lawmakers"), description);
        assertTrue(!description.contains("@everyone") && !description.contains("<@&123>"), description);
    }

    /**
     * Trial 7: /source listed "• about 300 — ..." under "Claims in this article", so what a figure counted was only in
     * its quote; and an article named without ".txt", as "article remove" takes it, was no article. Each measure is now
     * a section headed by what it counts. Near-miss: a name that is no article, with or without ".txt", stays a problem.
     */
    @Test
    void sourceHeadsEachMeasuresClaimsByWhatTheyCountAndTakesTheNameWithoutTxt() {
        EmbedPlan plan = replies.source("001_yonhap");
        assertTrue(!plan.problem(), "named without .txt");
        assertEquals("North Korean troops killed", plan.page(0).fields().get(0).name());
        assertTrue(plan.page(0).fields().get(0).value().contains("**about 300**"));
        assertTrue(replies.source("nope").problem());
    }
}
