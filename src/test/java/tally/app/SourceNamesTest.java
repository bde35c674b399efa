package tally.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.reply.Replies;
import tally.app.answer.Who;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;

/**
 * Round 63: one resolver for a source a member types outside a question ({@code chart --claimant}, {@code /figures
 * claimant:}, {@code /timeline claimant:}), read as {@code ask} reads one. Before, each took an id (or a part of a
 * name) only: "Seoul", "the Ukrainian president" and "Zelenski" were unknown claimants there, though ask read them.
 */
class SourceNamesTest {

    private final TallyEngine engine = new TallyEngine(() -> index(), TestConfig.DIRECTORY, TestConfig.LEXICON);

    @Test
    void aPartyAnAliasAMisspeltNameAndAnIdAreReadAsAskReadsThem() {
        Who seoul = engine.source("Seoul").orElseThrow();
        assertEquals("south_korea", seoul.partyId());
        assertEquals("zelensky", engine.source("the Ukrainian president").orElseThrow().claimant().id());
        assertEquals("zelensky", engine.source("Zelenski").orElseThrow().claimant().id());
        assertEquals("nis", engine.source(" NIS ").orElseThrow().claimant().id());
        assertEquals("pentagon", engine.source("the Pentagon").orElseThrow().claimant().id());
        assertTrue(engine.source("Napoleon").isEmpty());
        assertTrue(engine.source("  ").isEmpty());
    }

    @Test
    void aPartysFiguresAreThoseOfEachOfItsClaimants() {
        List<Claim> seoul = engine.figures(FigureQuery.all(), engine.source("Seoul").orElseThrow());
        assertEquals(Set.of(NIS_DEPLOYED, NIS_VIA_PARK, NIS_PLANNED), Set.copyOf(seoul));
        List<Claim> kyivKilled = engine.figures(new FigureQuery(Set.of(Metric.KILLED_OR_WOUNDED), null, null),
                engine.source("Kyiv").orElseThrow());
        assertTrue(kyivKilled.containsAll(List.of(ZELENSKY_DEC, ZELENSKY_JAN, BUDANOV_LOST)), kyivKilled.toString());
        assertFalse(kyivKilled.contains(US_HUNDREDS), kyivKilled.toString());
    }

    @Test
    void theFiguresReplyNamesTheSourceItRead() {
        Replies replies = new Replies(engine, 10, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        String title = replies.figures(null, "Seoul", null).page(0).title();
        assertEquals("Claims · by South Korea", title);
        assertTrue(replies.figures(null, "Napoleon", null).problem());
    }
}
