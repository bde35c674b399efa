package tally.adapter.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void massMentionsAreBrokenSoTheyCannotPing() {
        String quoted = Markdown.quote("hello @everyone and @Here");
        assertFalse(quoted.contains("@everyone"));
        assertFalse(quoted.toLowerCase().contains("@here"));
        assertEquals("hello @everyone and @Here", TextRenderer.plain(quoted), "a reader sees the same words");
    }

    @Test
    void userRoleAndChannelMentionsAreNeutralised() {
        String quoted = Markdown.quote("ask <@123> or <@!45> or <@&678> in <#999>");
        for (String token : new String[] {"<@123>", "<@!45>", "<@&678>", "<#999>"}) {
            assertFalse(quoted.contains(token), token + " survived in " + quoted);
        }
        assertEquals("ask <@123> or <@!45> or <@&678> in <#999>", TextRenderer.plain(quoted));
    }

    @Test
    void markdownInQuotesShowsLiterally() {
        assertEquals("\\*\\*bold\\*\\* \\_x\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| \\[a\\](b) \\> q", Markdown.quote("**bold** _x_ ~~s~~ `c` ||spoiler|| [a](b) > q"));
    }

    @Test
    void numbersKeepTheirWording() {
        assertEquals("more than 3,000", Markdown.quote("more than 3,000"));
        assertEquals("10,000-12,000", Markdown.quote("10,000-12,000"));
    }

    @Test
    void linksOnlyForHttpUrls() {
        assertEquals("[Yonhap](https://en.yna.co.kr/x)", Markdown.link("Yonhap", "https://en.yna.co.kr/x"));
        assertEquals("Yonhap", Markdown.link("Yonhap", "javascript:alert(1)"));
    }

    @Test
    void shorteningCutsAtAWordAndMarksIt() {
        String shortened = Markdown.shorten("one two three four five", 12);
        assertTrue(shortened.length() <= 12 && shortened.endsWith("…"), shortened);
        assertEquals("one two…", shortened);
    }
}
