package tally.adapter.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.Metric;

class PaginatorTest {
    private final Paginator paginator = new Paginator(ReplyPage.FIELD_COUNT_LIMIT);

    @Test
    void anOverlongClaimLineLosesSourcesNeverItsFigure() {
        String outlet = "An outlet with a very long name ".repeat(30);
        String line = ClaimLines.line(Claims.claim(Metric.KILLED, "more than 3,000", Claims.GUR, 3,
                Claims.source(outlet, "https://example.org/a", 3, "q"), Claims.source(outlet, "https://example.org/b", 4, "q")));
        assertTrue(line.length() > ReplyField.VALUE_LIMIT, "the case under test");
        EmbedPlan plan = paginator.paginate("t", "", List.of(new Section("Killed", List.of(line))), "unverified");
        String value = plan.page(0).fields().get(0).value();
        assertTrue(value.length() <= ReplyField.VALUE_LIMIT && value.endsWith("…"), value);
        assertTrue(value.startsWith("• **more than 3,000** — Ukraine's military intelligence (HUR)"), value);
    }

    @Test
    void fieldsPerPageAreCappedAndHeadingsSayContinued() {
        List<String> entries = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "entry " + i + " " + "x".repeat(300)).toList();
        EmbedPlan plan = new Paginator(3).paginate("t", "intro", List.of(new Section("Deployed", entries)), "unverified");
        assertTrue(plan.pages().stream().allMatch(p -> p.fields().size() <= 3));
        assertEquals("Deployed", plan.page(0).fields().get(0).name());
        assertEquals("Deployed (continued)", plan.page(0).fields().get(1).name());
        assertEquals("", plan.page(1).description(), "the introduction only on the first page");
        assertTrue(plan.page(plan.size() - 1).footer().endsWith("Page " + plan.size() + " of " + plan.size()));
    }

    @Test
    void anEmptyReplyIsOnePageWithItsFooter() {
        EmbedPlan plan = paginator.paginate("t", "nothing", List.of(), "unverified");
        assertEquals(1, plan.size());
        assertEquals("unverified", plan.page(0).footer());
    }
}
