package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
