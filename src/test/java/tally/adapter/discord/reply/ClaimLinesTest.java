package tally.adapter.discord.reply;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

class ClaimLinesTest {

    private static final Claimant NIS = new Claimant("nis", "South Korea's National Intelligence Service",
            Claimant.Kind.OFFICIAL_BODY);
    private static final Source FIRST = new Source("001.txt", "Wire", "t", null, Published.stated(LocalDate.of(2024, 12, 19)),
            "At least 100 were killed, a lawmaker said.", "at least 100", null);
    private static final Source SECOND = new Source("002.txt", "Daily", "t", null, Published.stated(LocalDate.of(2024, 12, 24)),
            "Approximately 100 were killed, the agency said.", "approximately 100", null);

    /**
     * Trial 8: one article's page (/source) headed a merged claim "approximately 100 / at least 100" though the article
     * words it only "at least 100". The line opens with the article's own wording and names the others as other
     * articles'. Near-miss: a claim every article words alike has no such note.
     */
    @Test
    void oneArticlesLineOpensWithItsOwnWordingAndNamesTheOthersAsOtherArticles() {
        Claim merged = new Claim(Metric.KILLED, new Figure(100L, 100L, "at least", "at least 100"), NIS, null,
                ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED), List.of(FIRST, SECOND));
        String line = ClaimLines.lineWithQuote(merged, FIRST);
        assertTrue(line.startsWith("• **at least 100** (other articles word it “approximately 100”) — "), line);
        assertFalse(line.contains("**approximately 100**"), line);
        Claim alone = new Claim(Metric.KILLED, new Figure(100L, 100L, "at least", "at least 100"), NIS, null,
                ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED), List.of(FIRST));
        assertTrue(ClaimLines.lineWithQuote(alone, FIRST).startsWith("• **at least 100** — "));
    }

    /**
     * Trial 9: an article that words the claim twice ("at least 100", later "more than 100") had its second wording
     * named as another article's on its own page, and shown under no article in the list of sources.
     */
    @Test
    void anArticlesSecondWordingIsItsOwnNotAnotherArticles() {
        Source firstAgain = new Source("001.txt", "Wire", "t", null, Published.stated(LocalDate.of(2024, 12, 19)),
                "More than 100 were killed, he added.", "more than 100", null);
        Claim merged = new Claim(Metric.KILLED, new Figure(100L, 100L, "at least", "at least 100"), NIS, null,
                ClaimDate.day(LocalDate.of(2024, 12, 19), DateBasis.STATED), List.of(FIRST, SECOND, firstAgain));
        String line = ClaimLines.lineWithQuote(merged, FIRST);
        assertTrue(line.startsWith("• **at least 100** / **more than 100** (other articles word it “approximately 100”)"
                + " — "), line);
        String sources = ClaimLines.sources(merged);
        assertTrue(sources.contains("as “at least 100” and “more than 100”"), sources);
        assertTrue(sources.contains("as “approximately 100”"), sources);
    }
}
