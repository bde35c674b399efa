package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Intent;
import tally.app.answer.NumberAsked;
import tally.app.answer.ParsedQuestion;
import tally.app.compose.AnswerComposer;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;

/**
 * Round 64 (trial 18): "who said 11,000 were sent?" listed the 12 newest of 43 claims, all from June 2025 on, and
 * never the NIS, Zelensky, HUR or the Pentagon, who said it in 2024, nor that any were left out.
 */
class CheckedClaimsTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);
    private final TextRenderer renderer = new TextRenderer();

    private String whoSaid11000(List<Claim> claims) {
        ParsedQuestion check = new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true)
                .withIntent(Intent.CHECK, new NumberAsked(11000, "11,000"));
        return renderer.render(composer.compose("who said 11,000 were sent?", check, index(claims)));
    }

    @Test
    void whoSaidItFirstIsListedAndTheRestAreCounted() {
        List<Claim> claims = new ArrayList<>();
        // the first to say it: the NIS in October 2024, the Pentagon in November
        claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "some 11,000"), "nis", null, day(2024, 10, 23),
                DEVDISCOURSE, 0)));
        claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "about 11,000"), "pentagon", null,
                day(2024, 11, 4), DEVDISCOURSE, 0)));
        // then twenty newer reports of it, from no named source, and a later one of the NIS
        for (int d = 1; d <= 20; d++) {
            claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "11,000"), null, null, day(2025, 6, d),
                    EUROMAIDAN, 0)));
        }
        claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "nearly 11,000"), "nis", null, day(2025, 7, 1),
                EUROMAIDAN, 0)));
        String text = whoSaid11000(claims);
        List<String> listed = text.lines().dropWhile(l -> !l.startsWith("These claims state 11,000"))
                .skip(1).takeWhile(l -> l.startsWith("- ")).toList();
        assertEquals(CheckedClaims.LIMIT + 1, listed.size(), text);
        assertTrue(listed.get(0).contains("some 11,000 — South Korea's National Intelligence Service"), text);
        assertTrue(listed.get(1).contains("about 11,000 — The Pentagon"), text);
        assertTrue(listed.get(2).contains("claimant unknown — claimed 1 Jun 2025"), text);
        assertEquals("- … and 11 more claims by the claimants above (`figures` lists every claim)",
                listed.get(CheckedClaims.LIMIT), text);
    }

    @Test
    void eachNamedClaimantComesBeforeAnyClaimantsSecondAndTheLinesRunOldestFirst() {
        List<Claim> claims = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "11,000"), "nis", null, day(2024, 11, d),
                    DEVDISCOURSE, 0)));
        }
        claims.add(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "about 11,000"), "zelensky", null,
                day(2025, 1, 9), PRAVDA, 0)));
        String text = whoSaid11000(claims);
        List<String> listed = text.lines().dropWhile(l -> !l.startsWith("These claims state 11,000"))
                .skip(1).takeWhile(l -> l.startsWith("- ")).toList();
        assertTrue(listed.get(CheckedClaims.LIMIT - 1).contains("about 11,000 — Volodymyr Zelensky"), text);
        assertTrue(listed.get(0).contains("claimed 1 Nov 2024"), text);
        assertEquals("- … and 3 more claims by the claimants above (`figures` lists every claim)",
                listed.get(CheckedClaims.LIMIT), text);
    }

    @Test
    void aListNotCutShortSaysNothingMore() {
        String text = whoSaid11000(List.of(own(claim(Metric.DEPLOYED, fig(11000L, 11000L, "some 11,000"), "nis",
                null, day(2024, 10, 23), DEVDISCOURSE, 0))));
        assertTrue(text.contains("These claims state 11,000 for North Korean troops sent to Russia:\n- "), text);
        assertTrue(!text.contains("… and"), text);
    }
}
