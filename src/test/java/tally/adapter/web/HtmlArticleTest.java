package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleSource;
import tally.model.Article;

/** HTML pages of varied real-world shapes, written for these tests, read into corpus articles. */
class HtmlArticleTest {

    @Test
    void aJsonLdNewsArticleFillsTheHeaderFromItsStructuredData() {
        ArticleDraft draft = Pages.upload("jsonld-news.html");
        Article a = draft.article();
        assertEquals("Seoul says North Korean casualties mount in Kursk", a.title());
        assertEquals("The Harbour Ledger", a.outlet());
        // The page's own day in its own time zone (23:40 at UTC-5), not converted to another day.
        assertEquals(LocalDate.of(2024, 12, 19), a.published().date());
        assertFalse(a.published().inferred());
        assertEquals("https://ledger.example.com/world/2024/12/19/seoul-north-korean-casualties", a.url());
        assertEquals("en", a.language());
        assertTrue(draft.notes().contains("published date from JSON-LD datePublished"), draft.notes().toString());
        assertTrue(draft.notes().contains("address from the canonical link"), draft.notes().toString());
        assertEquals("2024-12-19-seoul-says-north-korean-casualties-mount-in-kursk", draft.stem());
    }

    @Test
    void theBodyIsTheArticleTextWithoutNavigationAdsCommentsOrScripts() {
        String body = Pages.upload("jsonld-news.html").article().body();
        assertTrue(body.contains("South Korea's National Intelligence Service said on Thursday that at least 100 North"
                + " Korean soldiers had been killed in fighting in Russia's Kursk region"), body);
        assertTrue(body.contains("None of the figures could be independently verified."), body);
        for (String clutter : new String[] {"Newsletters", "figurines", "10,000 North Korean soldiers died",
                "20,000 subscribers", "Pyongyang sent 50,000", "Privacy", "color: red"}) {
            assertFalse(body.contains(clutter), "kept clutter '" + clutter + "':\n" + body);
        }
    }

    @Test
    void paragraphsStaySeparateAndSentencesStayWordForWord() {
        String body = Pages.upload("jsonld-news.html").article().body();
        assertTrue(body.contains("briefing.\n\nThe spy agency also said"), body);
        assertFalse(body.contains("  "), "runs of spaces are one space");
    }

    @Test
    void openGraphOnlyGivesTitleOutletDateAndAnAddressResolvedOnlyWhenItIsAbsolute() {
        ArticleDraft draft = Pages.upload("opengraph-only.html");
        Article a = draft.article();
        assertEquals("Zelensky: North Korean losses in Kursk reach 3,000", a.title());
        assertEquals("Eastern Front Weekly", a.outlet());
        assertEquals(LocalDate.of(2024, 12, 23), a.published().date());
        // og:url is relative and an uploaded file has no address to resolve it against: left out, and said so.
        assertNull(a.url());
        assertTrue(draft.notes().contains("no address on the page (canonical link, og:url)"), draft.notes().toString());
        assertTrue(a.body().contains("more than 3,000 North Korean soldiers had been killed or wounded"), a.body());
        assertFalse(a.body().contains("15,000 readers"), a.body());
    }

    @Test
    void aPageThatStatesNothingLeavesTheHeaderOutAndSaysSo() {
        ArticleDraft draft = Pages.upload("no-metadata.html");
        Article a = draft.article();
        assertNull(a.title());
        assertNull(a.outlet());
        assertNull(a.url());
        assertNull(a.published(), "no date is made up");
        assertTrue(draft.notes().contains("no title on the page"), draft.notes().toString());
        assertTrue(draft.notes().contains("no site name on the page (og:site_name, publisher)"), draft.notes().toString());
        assertTrue(draft.notes().contains(
                "no publication date on the page: Tally will infer one from the text and mark it inferred"));
        assertTrue(draft.text().startsWith("retrieved-from: no-metadata.html\nretrieved: 2026-11-30\n---\n"), draft.text());
        assertTrue(draft.stem().matches("article-[0-9a-f]{12}"), draft.stem());
        assertTrue(a.body().startsWith("Ukraine's military intelligence agency said about 12,000"), a.body());
    }

    @Test
    void withNoSiteNameStatedATitleThatIsTheHeadingPlusASuffixLosesTheSuffixButNamesNoOutlet() {
        String page = "<html><head><title>Seoul revises its toll | The Pier Gazette</title></head><body><article>"
                + "<h1>Seoul revises its toll</h1><p>" + filler() + "</p></article></body></html>";
        ArticleDraft draft = read(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("Seoul revises its toll", draft.article().title());
        assertNull(draft.article().outlet(), "the suffix is not taken for the outlet: that would be a guess");
        String other = "<html><head><title>Seoul revises its toll - a closer look</title></head><body><article>"
                + "<h1>Pyongyang is silent</h1><p>" + filler() + "</p></article></body></html>";
        assertEquals("Seoul revises its toll - a closer look", read(other.getBytes(StandardCharsets.UTF_8)).article()
                .title(), "a title whose start is not the heading is kept whole");
    }

    @Test
    void aTimeElementInsideTheArticleGivesTheDateWhenAllOfThemAgree() {
        ArticleDraft draft = Pages.upload("time-element.html");
        assertEquals(LocalDate.of(2024, 11, 4), draft.article().published().date());
        assertTrue(draft.notes().contains("published date from <time> in the article"), draft.notes().toString());
        assertEquals("Pentagon estimate of North Korean deployment", draft.article().title());
    }

    @Test
    void timeElementsThatDisagreeGiveNoDate() {
        String page = "<html><body><article><p>Posted <time datetime=\"2024-11-04\">4 Nov</time>, updated "
                + "<time datetime=\"2024-11-06\">6 Nov</time>.</p><p>" + filler() + "</p></article></body></html>";
        ArticleDraft draft = read(page.getBytes(StandardCharsets.UTF_8));
        assertNull(draft.article().published());
    }

    @Test
    void conflictingDatesKeepTheMostTrustedAndNoteTheOther() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"2024-12-20T01:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-19\"}"
                + "</script></head><body><article><p>" + filler() + "</p></article></body></html>";
        ArticleDraft draft = read(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2024, 12, 19), draft.article().published().date());
        assertTrue(draft.notes().contains(
                "the page also states 2024-12-20 (article:published_time); kept 2024-12-19 (JSON-LD datePublished)"),
                draft.notes().toString());
    }

    @Test
    void anUnreadableDateIsIgnoredAndNamedNeverGuessed() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"Thursday evening\">"
                + "<script type=\"application/ld+json\">{not json</script></head><body><p>" + filler() + "</p></body></html>";
        ArticleDraft draft = read(page.getBytes(StandardCharsets.UTF_8));
        assertNull(draft.article().published());
        assertTrue(draft.notes().contains("unreadable date 'Thursday evening' in article:published_time (ignored)"),
                draft.notes().toString());
        assertTrue(draft.notes().contains("1 JSON-LD block on the page could not be read"), draft.notes().toString());
    }

    @Test
    void utf8BytesLabelledAsWindows1252AreReadAsUtf8() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Kyiv’s estimate</title></head><body><p>"
                + "Ukraine’s military intelligence agency said that “about 12,000” North Korean soldiers were in Kursk. "
                + filler() + "</p></body></html>";
        ArticleDraft draft = read(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("Kyiv’s estimate", draft.article().title());
        assertTrue(draft.article().body().contains("Ukraine’s military intelligence agency said that “about 12,000”"),
                draft.article().body());
        assertTrue(draft.notes().contains("the page says its charset is windows-1252 but its bytes are UTF-8; read as UTF-8"));
    }

    @Test
    void windows1252BytesWithoutALabelAreReadAsWindows1252() {
        String page = "<html><head><title>Kyiv’s estimate</title></head><body><p>Ukraine’s agency said “about 12,000”. "
                + filler() + "</p></body></html>";
        ArticleDraft draft = read(page.getBytes(Charset.forName("windows-1252")));
        assertEquals("Kyiv’s estimate", draft.article().title());
        assertTrue(draft.article().body().contains("Ukraine’s agency said “about 12,000”."), draft.article().body());
    }

    /** Any bytes decode as Windows-1252: 2.7 KB of binary junk named .html is refused in one line, not kept. */
    @Test
    void binaryJunkNamedHtmlIsRefusedAsNotAPage() {
        byte[] junk = new byte[2700];
        new java.util.Random(27).nextBytes(junk);
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> Pages.reader().read(new ArticleSource.Upload("junk.html", junk)));
        assertEquals(ArticleRefused.Reason.NOT_AN_ARTICLE, e.reason());
        assertEquals("junk.html is not a web page or text: too many of its characters are control or unprintable "
                + "characters (binary data?).", e.getMessage());
    }

    /**
     * The near miss: a real page in a legacy charset, its curly quotes at 0x80-0x9F, labelled ISO-8859-1 as many are,
     * with a stray control character or two, is read (as browsers do, as Windows-1252) and keeps its quotes.
     */
    @Test
    void aLegacyPageLabelledLatin1WithAStrayControlIsReadWithItsQuotes() {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Kyiv’s estimate</title></head><body><p>"
                + "Ukraine’s agency said “about 12,000”.\u0001 " + filler() + "\u0008</p></body></html>";
        ArticleDraft draft = read(page.getBytes(Charset.forName("windows-1252")));
        assertEquals("Kyiv’s estimate", draft.article().title());
        assertTrue(draft.article().body().contains("Ukraine’s agency said “about 12,000”."), draft.article().body());
    }

    @Test
    void aPageWithoutArticleTextIsRefusedWithWhatToDoInstead() {
        String page = "<html><head><title>Loading…</title><script>render()</script></head><body><div id=app></div>"
                + "<noscript>Please enable JavaScript to read about 3,000 soldiers.</noscript></body></html>";
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> read(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ArticleRefused.Reason.NOT_AN_ARTICLE, e.reason());
        assertTrue(e.getMessage().contains("attach"), e.getMessage());
    }

    @Test
    void anUnsupportedFileTypeIsRefused() {
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> Pages.reader().read(new ArticleSource.Upload("report.pdf", new byte[] {'%', 'P', 'D', 'F'})));
        assertEquals(ArticleRefused.Reason.UNSUPPORTED_TYPE, e.reason());
        assertEquals("Tally reads .txt, .html and .htm files, not 'report.pdf'.", e.getMessage());
    }

    @Test
    void theWrittenTextIsWhatTheCorpusParserReadsBack() {
        ArticleDraft draft = Pages.upload("jsonld-news.html");
        Article back = tally.corpus.ArticleParser.parse("x.txt", draft.text().getBytes(StandardCharsets.UTF_8)).article();
        assertEquals(draft.article().title(), back.title());
        assertEquals(draft.article().body(), back.body());
        assertEquals("no-metadata.html", Pages.upload("no-metadata.html").article().metadata().get("retrieved-from"));
    }

    static ArticleDraft read(byte[] page) {
        return Pages.reader().read(new ArticleSource.Upload("page.html", page));
    }

    static String filler() {
        return "The figures could not be independently verified, and neither Moscow nor Pyongyang has commented on "
                + "the reports, which come as fighting continues along the front line in the region. Officials in "
                + "Kyiv and Seoul have given estimates of their own in recent weeks, each drawn from different sources.";
    }

    @Test
    void thePageHeadlineGoesInTheTitleHeaderNotTheBody() {
        // trial 15: the h1 was the body's first line, where the extractor read its figure as one more claim
        for (String page : new String[] {"headline-in-article.html", "jsonld-news.html", "time-element.html"}) {
            ArticleDraft draft = Pages.upload(page);
            Article a = draft.article();
            String firstLine = a.body().strip().lines().findFirst().orElse("");
            assertFalse(firstLine.equalsIgnoreCase(a.title()), page + ": the headline opens the body too:\n" + a.body());
        }
        ArticleDraft draft = Pages.upload("headline-in-article.html");
        Article a = draft.article();
        assertEquals("Spy agency puts North Korean casualties at 3,300", a.title());
        assertFalse(a.body().contains("casualties at 3,300"), a.body());
        assertTrue(a.body().startsWith("A lawmaker relayed the briefing"), a.body());
        // the file as written reads back as the same article
        Article again = tally.corpus.ArticleParser.parse(draft.stem() + ".txt",
                draft.text().getBytes(StandardCharsets.UTF_8)).article();
        assertEquals(a.title(), again.title());
        assertEquals(a.body(), again.body());
        assertEquals(a.outlet(), again.outlet());
        assertEquals(a.published(), again.published());
    }
}
