package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleSource;

/** A link read into an article: by what the server says it serves, with the addresses it was reached by. */
class LinkArticleTest {

    private final LocalWeb web = new LocalWeb();
    private final WebArticleReader reader = new WebArticleReader(WebSettings.DEFAULTS.allowingPrivateAddressesForTests(),
            Pages.CLOCK);

    @AfterEach
    void stop() {
        web.close();
    }

    private ArticleDraft read(String path) {
        return reader.read(new ArticleSource.Link(web.url(path)));
    }

    @Test
    void aPageWithoutACanonicalAddressGetsTheAddressItWasFetchedFromAfterRedirects() {
        web.redirect("/short", 301, "/news/2024/pentagon").page("/news/2024/pentagon", "text/html",
                Pages.bytes("time-element.html"));
        ArticleDraft draft = read("/short");
        assertEquals(web.url("/news/2024/pentagon"), draft.article().url());
        assertEquals(List.of(web.url("/short"), web.url("/news/2024/pentagon")), draft.reachedBy());
        assertTrue(draft.notes().contains("address: the page names none, so the address it was fetched from"));
        assertEquals(LocalDate.of(2024, 11, 4), draft.article().published().date());
    }

    @Test
    void aRelativeOpenGraphAddressIsResolvedAgainstThePage() {
        web.page("/weekly/story", "text/html; charset=utf-8", Pages.bytes("opengraph-only.html"));
        assertEquals(web.url("/news/zelensky-north-korean-losses"), read("/weekly/story").article().url());
    }

    @Test
    void plainTextWithoutAHeaderIsKeptAndGivenTheAddress() {
        String text = "Ukraine's military intelligence agency said about 12,000 North Korean troops were in Russia.\n";
        web.page("/wire.txt", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        ArticleDraft draft = read("/wire.txt");
        assertEquals("url: " + web.url("/wire.txt") + "\nretrieved-from: " + web.url("/wire.txt")
                + "\nretrieved: 2026-11-30\n---\n" + text, draft.text());
        assertEquals(text, draft.article().body());
    }

    @Test
    void plainTextWithAHeaderOfItsOwnIsKeptAsItIs() {
        String text = "title: Wire copy\npublished: 2024-12-19\n---\nThe agency said 100 soldiers were killed.\n";
        web.page("/wire2.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, read("/wire2.txt").text());
    }

    @Test
    void anythingButAPageOrTextIsRefused() {
        web.page("/report.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> read("/report.pdf"));
        assertEquals(ArticleRefused.Reason.UNSUPPORTED_TYPE, e.reason());
        assertEquals("The link serves application/pdf, not a web page or text; Tally reads HTML pages and plain text.",
                e.getMessage());
    }
}
