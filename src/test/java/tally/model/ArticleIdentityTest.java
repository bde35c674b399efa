package tally.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.example.org/news/a/,              http://example.org/news/a",
        "https://example.org/news/a#comments,          https://EXAMPLE.org/news/a",
        "https://example.org:443/news/a?utm_source=x,  https://example.org/news/a",
        "https://example.org/a?id=7&fbclid=z&gclid=q,  https://example.org/a?id=7",
    })
    void theseAddressesAreTheSameArticle(String one, String other) {
        assertEquals(ArticleIdentity.addressKey(one), ArticleIdentity.addressKey(other));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.org/a?id=7,        https://example.org/a?id=8",
        "https://example.org/a,             https://example.org/b",
        "https://example.org:8443/a,        https://example.org/a",
        "https://news.example.org/a,        https://example.org/a",
    })
    void theseAreNot(String one, String other) {
        assertNotEquals(ArticleIdentity.addressKey(one), ArticleIdentity.addressKey(other));
    }

    @Test
    void onlyWebAddressesCount() {
        assertNull(ArticleIdentity.addressKey("file:///etc/passwd"));
        assertNull(ArticleIdentity.addressKey("not an address"));
    }

    @Test
    void theSameTextIsTheSameArticleWhateverItsWhitespace() {
        ArticleIdentity one = ArticleIdentity.of(article(null, "Seoul said 100 were killed.\n\nNo one verified it."));
        ArticleIdentity other = ArticleIdentity.of(article(null, "  Seoul said 100\u00a0were killed. No one verified it.\n"));
        ArticleIdentity different = ArticleIdentity.of(article(null, "Seoul said 200 were killed. No one verified it."));
        assertTrue(one.sameArticleAs(other));
        assertFalse(one.sameAddressAs(other));
        assertFalse(one.sameArticleAs(different));
    }

    @Test
    void anyAddressItWasReachedByCounts() {
        ArticleIdentity stored = ArticleIdentity.of(article("https://example.org/final", "one text"));
        ArticleIdentity fetched = ArticleIdentity.of(article(null, "another text"), "https://t.example/abc",
                "https://www.example.org/final/");
        assertTrue(stored.sameArticleAs(fetched));
        assertTrue(stored.sameAddressAs(fetched));
    }

    /**
     * Round 64 wrote the whitespace regex out as a loop; on random texts of letters, every kind of space the regex
     * knows (ASCII's six, no-break, thin, line and paragraph separators) and near misses it does not (a zero-width
     * space, the file separator, a surrogate pair), the loop gives what the regex gave.
     */
    @Test
    void theWrittenOutSpaceRunsAreTheRegexs() {
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u2009', '\u3000',
            '\u2028', '\u2029', '\u200B', '\u001C', '\u0085', '\uFEFF', '\uD83D', '\uDE00', '\u00e9'};
        java.util.Random random = new java.util.Random(64);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertEquals(t.replaceAll("[\\s\\p{Z}]+", " "), ArticleIdentity.oneSpaceRuns(t), () -> t.chars()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    private static Article article(String url, String body) {
        return new Article("a.txt", null, null, url, null, null, Map.of(), body, 1);
    }
}
