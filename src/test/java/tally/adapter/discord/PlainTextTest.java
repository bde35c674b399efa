package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.reply.Replies;

/** The plain-text form of a reply, for channels where Tally may not embed. */
class PlainTextTest {
    private final Replies replies = new Replies(new FakeTally(), 10, Ticker.systemTicker());

    @Test
    void aQuotedSentenceStaysWithItsClaimAndLinksShowTheirAddressWithoutAPreview() {
        List<String> pages = PlainText.pages(replies.source("001_yonhap.txt"));
        assertEquals(1, pages.size());
        String page = pages.get(0);
        // its title ("NIS: about 300 North Korean troops killed") opens with a figure, so the heading is the file name
        assertTrue(page.startsWith("**001\\_yonhap.txt**\n"), page);
        assertTrue(page.contains("**about 300** — South Korea's National Intelligence Service · claimed 13 Jan 2025 · "
                + "Yonhap, 2025-01-13 <https://en.yna.co.kr/view/AEN20250113>\n> “About 300 North Korean soldiers"), page);
        assertTrue(page.endsWith("-# " + Replies.CLAIMS_CAVEAT), page);
    }

    /**
     * Newcomer trial, round 67: /help cites no article, so its caveat does not speak of "the articles cited"; it still
     * says the figures are unverified. Near-miss: a list of claims keeps the caveat that names its articles.
     */
    @Test
    void helpSaysTheFiguresAreUnverifiedWithoutNamingArticlesItDoesNotCite() {
        String page = PlainText.pages(replies.help()).get(0);
        assertTrue(page.endsWith("-# " + Replies.HELP_CAVEAT), page);
        assertTrue(page.contains("unverified") && !page.contains("articles cited"), page);
        assertTrue(PlainText.pages(replies.source("001_yonhap.txt")).get(0).contains("articles cited"));
    }

    @Test
    void aLongReplyIsCutBetweenEntriesAndEveryPageCarriesTheTitleCaveatAndItsNumber() {
        List<String> pages = PlainText.pages(replies.ask("how many troops were sent"));
        assertTrue(pages.size() > 2, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.length() <= 2000, page.length() + " characters");
            assertTrue(page.startsWith("**Figures claimed**\n"));
            assertTrue(page.endsWith(FakeTally.CAVEAT + " · page " + (i + 1) + " of " + pages.size()), page);
            for (String line : page.split("\n")) {
                assertTrue(!line.startsWith("• ") || line.contains(" · claimed "), "an entry cut in two: " + line);
            }
        }
        assertTrue(pages.get(1).contains("**North Korean troops sent to Russia (continued)**"), "a section carried over says so: " + pages.get(1));
    }
}
