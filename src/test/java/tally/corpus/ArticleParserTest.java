package tally.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tally.model.Article;

class ArticleParserTest {

    @Test
    void randomBytesNeverThrowAndAlwaysGiveAnArticleOrAProblem() {
        Random random = new Random(20241224);
        String[] pieces = {"title: ", "published: ", "2024-02-30", "---", "\n", "\r\n", "\uFEFF", ": ", "a", " ",
            "\u20ac", "Last Updated:", "key-x: v"};
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder();
                for (int j = random.nextInt(40); j > 0; j--) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                }
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0 && random.nextBoolean()) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            ArticleParser.Parsed parsed = ArticleParser.parse("r.txt", bytes);
            assertTrue(parsed.article() != null ^ parsed.problem() != null);
            if (parsed.article() != null) {
                assertTrue(!parsed.article().body().isBlank());
            }
        }
    }

    private static Article article(String text) {
        ArticleParser.Parsed parsed = ArticleParser.parse("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertNotNull(parsed.article(), () -> String.valueOf(parsed.problem()));
        return parsed.article();
    }

    /**
     * ESC sequences (whole: "[2J" and "]0;pwned" are the terminal's, not the article's), BEL, C1 controls and direction
     * overrides would act on a terminal: gone, the words kept.
     */
    @Test
    void terminalControlsAndDirectionOverridesAreNeutralisedInTitleAndBody() {
        Article a = article("title: \u001b]0;pwned\u0007Budanov says \u202e8,000\u202c remain\n"
                + "outlet: Kyiv\u009b Post\n---\n"
                + "\u001b[2JNearly 8,000\u2067 North Korean\u0000 troops\u000cremain\u0085in Kursk.\rHe said so.\n");
        assertEquals("Budanov says 8,000 remain", a.title());
        assertEquals("Kyiv Post", a.outlet());
        assertEquals("Nearly 8,000 North Korean troops remain in Kursk. He said so.\n", a.body());
    }

    /** Line breaks (Windows ones too), tabs, direction marks, joiners and other scripts are text: kept as written. */
    @Test
    void lineBreaksTabsDirectionMarksAndJoinersAreKeptAsWritten() {
        String body = "Nearly 8,000\ttroops remain.\r\n\r\n\u05e9\u05dc\u05d5\u05dd\u200f 3,000 \u200e"
                + "\ud83d\udc68\u200d\ud83d\udc69 \u00a0\u00e9t\u00e9 \uc548\ub155\r\n";
        Article a = article("title: \u0421\u0435\u0443\u043b \u200eKursk\r\n---\r\n" + body);
        assertEquals("\u0421\u0435\u0443\u043b \u200eKursk", a.title());
        assertEquals(body, a.body());
    }

    /** Trial 12: a Latin-1 file is refused with how to convert it. Near-miss: the same text as UTF-8 is an article. */
    @Test
    void latin1TextSaysHowToConvertIt() {
        String text = "title: Caf\u00e9\n---\nNearly 8,000 North Korean troops remain.\n";
        ArticleParser.Parsed latin1 = ArticleParser.parse("l.txt", text.getBytes(StandardCharsets.ISO_8859_1));
        assertNotNull(latin1.problem());
        assertTrue(latin1.problem().toString().contains("not valid UTF-8 (first bad byte at offset 10); save it as"
                + " UTF-8, for example, if it is Latin-1: iconv -f latin1 -t utf-8 in.txt > out.txt"),
                latin1.problem().toString());
        assertNull(ArticleParser.parse("u.txt", text.getBytes(StandardCharsets.UTF_8)).problem());
    }

    /** Bytes that are valid UTF-8 but no text (7-bit binary): refused as not text, not kept as a garbage article. */
    @Test
    void validUtf8ThatIsMostlyControlCharactersIsNotText() {
        byte[] bytes = new byte[2700];
        new Random(27).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (bytes[i] & 0x7f);
        }
        ArticleParser.Parsed parsed = ArticleParser.parse("junk.txt", bytes);
        assertNotNull(parsed.problem(), "an article: " + parsed.article());
        assertEquals("junk.txt: not text: too many of its characters are control or unprintable characters "
                + "(binary data?)", parsed.problem().toString());
    }

    /**
     * Trial 9: a web page saved as .txt was read with its markup, and its tags became the quotes of its claims. Near-miss:
     * an article whose text speaks of a tag ("the <html> page") or quotes one later is text.
     */
    @Test
    void aWebPageSavedAsTextIsAProblemThatSaysHowToAddItButTextThatMentionsTagsIsAnArticle() {
        for (String page : java.util.List.of("<!DOCTYPE html>\n<html><body>300 killed</body></html>\n",
                "title: Kursk\n---\n  <html lang=\"en\"><p>300 killed</p></html>\n",
                "<!-- saved -->\n<html>\n<p>300 killed</p>\n")) {
            ArticleParser.Parsed parsed = ArticleParser.parse("page.txt", page.getBytes(StandardCharsets.UTF_8));
            assertNotNull(parsed.problem(), "an article: " + parsed.article());
            assertTrue(parsed.problem().toString().contains("is an HTML page, not its text; add the page with 'tally "
                    + "article add PAGE.html'"), parsed.problem().toString());
        }
        for (String text : java.util.List.of("The <html> page said 300 were killed.\n",
                "title: Kursk\n---\n300 were killed.\n<html> tags were left in the feed.\n")) {
            ArticleParser.Parsed parsed = ArticleParser.parse("text.txt", text.getBytes(StandardCharsets.UTF_8));
            assertNotNull(parsed.article(), () -> String.valueOf(parsed.problem()));
        }
    }

    /**
     * A misspelled header key loses its value (here the date), so it is a warning naming the file, line and key with
     * the nearest known key; the article still loads.
     */
    @Test
    void aMisspelledHeaderKeyIsAWarningWithTheNearestKeyAndTheArticleStillLoads() {
        ArticleParser.Parsed parsed = ArticleParser.parse("typo.txt", ("title: Kursk\npublihsed: 2025-01-10\n"
                + "ouline: x\n---\nNearly 8,000 North Korean troops remain.\n").getBytes(StandardCharsets.UTF_8));
        assertNotNull(parsed.article(), () -> String.valueOf(parsed.problem()));
        assertEquals("Kursk", parsed.article().title());
        assertEquals(null, parsed.article().published());
        assertEquals(java.util.List.of(
                "typo.txt:2: unknown header key 'publihsed' (did you mean 'published'?); its value is not used, the "
                        + "article is loaded without it",
                "typo.txt:3: unknown header key 'ouline' (the nearest known key is 'outlet'); its value is not used, "
                        + "the article is loaded without it"),
                parsed.warnings().stream().map(Object::toString).toList());
        assertTrue(parsed.warnings().stream().allMatch(tally.model.LoadProblem::warning));
    }

    /** The near miss: every key Tally knows, in any case, draws no warning. */
    @Test
    void everyKnownHeaderKeyDrawsNoWarning() {
        ArticleParser.Parsed parsed = ArticleParser.parse("ok.txt", ("Title: Kursk\noutlet: Kyiv Post\n"
                + "url: https://example.org/a\npublished: 2025-01-10\nlanguage: en\nauthor: A. Writer\n"
                + "note: date from the byline\nretrieved-from: https://example.org/a\nretrieved: 2026-11-30\n---\n"
                + "Nearly 8,000 North Korean troops remain.\n").getBytes(StandardCharsets.UTF_8));
        assertNotNull(parsed.article(), () -> String.valueOf(parsed.problem()));
        assertEquals(java.util.List.of(), parsed.warnings());
        assertEquals(java.time.LocalDate.of(2025, 1, 10), parsed.article().published().date());
    }
}
