package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleSource;

/**
 * Pages written to hurt: scripts full of numbers, a page too large, too many elements, markup nested past reason,
 * broken tags, and random bytes. Each gives an article or a refusal that says why; nothing else escapes, nothing hangs.
 */
class HostilePageTest {

    /** A hang detector, not a speed test. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void numbersInScriptsStylesAndTemplatesNeverReachTheArticle() {
        String page = "<html><head><script>var t='5,000 North Korean soldiers killed';</script>"
                + "<style>p:after{content:'7,000 North Korean troops'}</style></head><body><article>"
                + "<template><p>9,000 North Korean soldiers wounded</p></template>"
                + "<script type=\"text/x-template\"><p>11,000 North Korean soldiers captured</p></script>"
                + "<p>" + HtmlArticleTest.filler() + "</p><noscript>13,000 soldiers</noscript></article></body></html>";
        String body = HtmlArticleTest.read(page.getBytes(StandardCharsets.UTF_8)).article().body();
        for (String n : new String[] {"5,000", "7,000", "9,000", "11,000", "13,000"}) {
            assertFalse(body.contains(n), n + " leaked into: " + body);
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[(int) WebSettings.DEFAULTS.maxBytes() + 1];
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> Pages.reader().read(new ArticleSource.Upload("big.html", big)));
        assertEquals(ArticleRefused.Reason.TOO_LARGE, e.reason());
        // the limit named is article add's own, and where it is set: the corpus folder reads larger files
        assertTrue(e.getMessage().contains("article add takes pages and files up to "
                + WebSettings.DEFAULTS.maxBytes() + " bytes (maxBytes in config/articles.json)"), e.getMessage());
    }

    @Test
    void tooManyElementsIsRefusedUnlessThePageMarksItsArticle() {
        StringBuilder clutter = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            clutter.append("<div><a href=\"/x").append(i).append("\">link ").append(i).append("</a></div>");
        }
        WebSettings small = settings(Duration.ofSeconds(10), 300);
        String noArticle = "<html><body>" + clutter + "<p>" + HtmlArticleTest.filler() + "</p></body></html>";
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> Pages.reader(small)
                .read(new ArticleSource.Upload("p.html", noArticle.getBytes(StandardCharsets.UTF_8))));
        assertEquals(ArticleRefused.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("The page has 80"), e.getMessage());

        String marked = "<html><body>" + clutter + "<article><p>" + HtmlArticleTest.filler() + "</p></article></body></html>";
        ArticleDraft draft = Pages.reader(small).read(new ArticleSource.Upload("p.html", marked.getBytes(StandardCharsets.UTF_8)));
        assertTrue(draft.article().body().startsWith("The figures could not"), draft.article().body());
    }

    @Test
    void readabilityIsStoppedAtItsDeadline() {
        // A clock that moves a second per look: the deadline passes during scoring, deterministically.
        AtomicLong now = new AtomicLong();
        WebArticleReader reader = new WebArticleReader(settings(Duration.ofSeconds(5), 30_000), host -> {
            throw new java.net.UnknownHostException(host);
        }, Pages.CLOCK, () -> now.addAndGet(1_000_000_000L));
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> reader.read(new ArticleSource.Upload("p.html", Pages.bytes("jsonld-news.html"))));
        assertEquals(ArticleRefused.Reason.TIMEOUT, e.reason());
    }

    @Test
    void markupNestedFiftyThousandDeepEndsInAnArticleOrARefusal() {
        String deep = "<html><body>" + "<div>x ".repeat(50_000) + "</div>".repeat(50_000) + "</body></html>";
        WebSettings quick = settings(Duration.ofSeconds(3), 30_000);
        assertTimeoutPreemptively(HANG, () -> {
            try {
                Pages.reader(quick).read(new ArticleSource.Upload("deep.html", deep.getBytes(StandardCharsets.UTF_8)));
            } catch (ArticleRefused refused) {
                assertTrue(refused.reason() == ArticleRefused.Reason.TIMEOUT
                        || refused.reason() == ArticleRefused.Reason.TOO_LARGE, refused.getMessage());
            }
        });
    }

    @Test
    void brokenMarkupStillGivesItsText() {
        String page = "<p>" + HtmlArticleTest.filler() + "<b><i>unclosed <table><tr><td>cell</div></span>"
                + "<p>Second paragraph &amp; an entity &#x2014; and a stray &bogus; one.</p></html></html><p>after";
        ArticleDraft draft = HtmlArticleTest.read(page.getBytes(StandardCharsets.UTF_8));
        assertTrue(draft.article().body().contains("The figures could not be independently verified"));
        assertTrue(draft.article().body().contains("Second paragraph & an entity — and a stray &bogus; one."),
                draft.article().body());
    }

    @Property
    void anyBytesGiveAnArticleOrARefusal(@ForAll("pages") byte[] page) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                ArticleDraft draft = Pages.reader().read(new ArticleSource.Upload("fuzz.html", page));
                assertFalse(draft.article().body().isBlank());
            } catch (ArticleRefused expected) {
                assertFalse(expected.getMessage().isBlank());
            }
            try {
                Pages.reader().read(new ArticleSource.Upload("fuzz.txt", page));
            } catch (ArticleRefused expected) {
                assertEquals(ArticleRefused.Reason.NOT_AN_ARTICLE, expected.reason());
            }
        });
    }

    @Provide
    Arbitrary<byte[]> pages() {
        Arbitrary<String> pieces = Arbitraries.of("<p>", "</p>", "<div class=\"comment\">", "</div>", "<article>",
                "<script>", "</script>", "<meta property=\"article:published_time\" content=\"", "\">", "<title>",
                "<time datetime=\"2024-13-45\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
                "<!--", "-->", "<![CDATA[", "<table><tr><td>", "&#x0;", "&#xD800;", "\u0000", "\uFEFF", "\u202E",
                " North Korean soldiers were killed, officials said. ", "3,000", "<br>", "<h1>", "<", ">", "\"", "'",
                "<meta charset=\"utf-16\">", "<html lang=\"\">", "<link rel=canonical href=\"javascript:alert(1)\">");
        Arbitrary<String> soup = pieces.list().ofMaxSize(200).map(l -> String.join("", l));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        return Arbitraries.oneOf(soup.map(s -> s.getBytes(StandardCharsets.UTF_8)), randomBytes,
                soup.map(s -> s.getBytes(StandardCharsets.UTF_16LE)));
    }

    private static WebSettings settings(Duration readTimeout, int maxElements) {
        WebSettings d = WebSettings.DEFAULTS;
        return new WebSettings(d.maxBytes(), d.fetchTimeout(), d.maxRedirects(), readTimeout, maxElements, false);
    }
}
