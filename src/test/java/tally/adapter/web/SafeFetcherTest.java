package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRefused.Reason;

/**
 * The fetcher against a server on 127.0.0.1, with the private-address check off (a test setting) where the test is
 * about limits and redirects, and on where it is about addresses. No test reaches past this machine: names are
 * resolved by a fixed table, and a refused address is refused before any connection.
 */
class SafeFetcherTest {

    private final LocalWeb web = new LocalWeb();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        web.close();
    }

    private static SafeFetcher fetcher(WebSettings settings, Map<String, String> names) {
        return new SafeFetcher(settings, host -> {
            String address = names.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address));
        }, System::nanoTime);
    }

    private static SafeFetcher open() {
        return fetcher(WebSettings.DEFAULTS.allowingPrivateAddressesForTests(), Map.of("news.test", "127.0.0.1"));
    }

    private static WebSettings limits(long maxBytes, Duration timeout, int redirects) {
        return new WebSettings(maxBytes, timeout, redirects, Duration.ofSeconds(10), 30_000, true);
    }

    @Test
    void aPageIsFetchedWithItsTypeAndCharset() {
        web.page("/a", "text/html; charset=ISO-8859-1", "<p>hi</p>".getBytes(StandardCharsets.ISO_8859_1));
        Fetched page = open().fetch(web.url("/a"));
        assertEquals("text/html", page.mediaType());
        assertEquals("ISO-8859-1", page.charset());
        assertArrayEquals("<p>hi</p>".getBytes(StandardCharsets.ISO_8859_1), page.body());
        assertEquals(web.url("/a"), page.finalAddress());
    }

    @Test
    void aNameIsResolvedByTallyAndRedirectsAreFollowedAndRecorded() {
        web.redirect("/old", 301, "/mid").redirect("/mid", 302, "http://news.test:" + web.port() + "/new")
                .html("/new", "<p>moved</p>");
        Fetched page = open().fetch(web.url("/old"));
        assertEquals(List.of(web.url("/mid"), "http://news.test:" + web.port() + "/new"), page.redirects());
        assertEquals("<p>moved</p>", new String(page.body(), StandardCharsets.UTF_8));
    }

    @Test
    void tooManyRedirectsAreRefused() {
        web.redirect("/loop", 302, "/loop");
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> fetcher(limits(1_000_000, Duration.ofSeconds(10), 3), Map.of()).fetch(web.url("/loop")));
        assertEquals(Reason.REDIRECTS, e.reason());
        assertTrue(e.getMessage().startsWith("The link redirects more than 3 times"), e.getMessage());
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        web.redirect("/file", 302, "file:///etc/passwd");
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> open().fetch(web.url("/file")));
        assertEquals(Reason.REDIRECTS, e.reason());
        assertTrue(e.getMessage().contains("not an http or https address"), e.getMessage());
    }

    @Test
    void aLinkToThisMachineIsRefusedBeforeConnecting() {
        SafeFetcher checked = fetcher(WebSettings.DEFAULTS, Map.of());
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> checked.fetch(web.url("/anything")));
        assertEquals(Reason.FORBIDDEN_ADDRESS, e.reason());
        assertEquals("Tally does not fetch from this machine (loopback 127.0.0.0/8): 127.0.0.1.", e.getMessage());
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedWithTheAddressNamed() {
        SafeFetcher checked = fetcher(WebSettings.DEFAULTS, Map.of("intranet.test", "10.1.2.3"));
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> checked.fetch("https://intranet.test/page"));
        assertEquals(Reason.FORBIDDEN_ADDRESS, e.reason());
        assertEquals("Tally does not fetch from a private network (10.0.0.0/8): intranet.test is 10.1.2.3.", e.getMessage());
    }

    @Test
    void everyRedirectIsCheckedAgainByNameAndByLiteral() {
        // A policy that stands in for "public" (127.0.0.1) and "private" (127.0.0.2): both on this machine.
        AddressGuard.Policy onlyDotOne = a -> a.getHostAddress().equals("127.0.0.1") ? java.util.Optional.empty()
                : java.util.Optional.of("a test's forbidden range");
        SafeFetcher checked = new SafeFetcher(WebSettings.DEFAULTS, onlyDotOne, host -> List.of(InetAddress.getByName(
                host.equals("inside.test") ? "127.0.0.2" : "127.0.0.1")), System::nanoTime);
        web.html("/fine", "<p>fine</p>")
                .redirect("/to-name", 302, "http://inside.test:" + web.port() + "/fine")
                .redirect("/to-literal", 307, "http://127.0.0.2:" + web.port() + "/fine")
                .redirect("/to-allowed", 302, "http://outside.test:" + web.port() + "/fine");
        assertEquals("<p>fine</p>", new String(checked.fetch(web.url("/to-allowed")).body(), StandardCharsets.UTF_8));
        for (String path : List.of("/to-name", "/to-literal")) {
            ArticleRefused e = assertThrows(ArticleRefused.class, () -> checked.fetch(web.url(path)));
            assertEquals(Reason.FORBIDDEN_ADDRESS, e.reason(), path);
            assertTrue(e.getMessage().contains("127.0.0.2"), e.getMessage());
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String link : List.of("ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "gopher://x")) {
            ArticleRefused e = assertThrows(ArticleRefused.class, () -> open().fetch(link));
            assertEquals(Reason.BAD_ADDRESS, e.reason(), link);
        }
        ArticleRefused bare = assertThrows(ArticleRefused.class, () -> open().fetch("example.org/news"));
        assertTrue(bare.getMessage().contains("starting with https://"), bare.getMessage());
        ArticleRefused credentials = assertThrows(ArticleRefused.class, () -> open().fetch("https://u:p@news.test/"));
        assertEquals(Reason.BAD_ADDRESS, credentials.reason());
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedWhetherOrNotItSaysItsLength() {
        byte[] big = new byte[5_000];
        web.page("/declared", "text/html", big);
        web.handle("/chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(big);
                }
            } catch (java.io.IOException closedByTheFetcher) {
                // expected once the fetcher stops reading
            }
        });
        SafeFetcher small = fetcher(limits(4_000, Duration.ofSeconds(10), 5), Map.of());
        for (String path : List.of("/declared", "/chunked")) {
            ArticleRefused e = assertThrows(ArticleRefused.class, () -> small.fetch(web.url(path)));
            assertEquals(Reason.TOO_LARGE, e.reason(), path);
        }
    }

    @Test
    void aServerThatNeverFinishesIsCutAtTheTimeLimit() {
        web.handle("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try {
                exchange.getResponseBody().write("<p>".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        ArticleRefused e = assertThrows(ArticleRefused.class,
                () -> fetcher(limits(1_000_000, Duration.ofSeconds(1), 5), Map.of()).fetch(web.url("/slow")));
        assertEquals(Reason.TIMEOUT, e.reason());
    }

    @Test
    void anErrorStatusIsReportedWithTheStatus() {
        web.handle("/gone", exchange -> LocalWeb.send(exchange, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> open().fetch(web.url("/gone")));
        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().startsWith("The server answered 404"), e.getMessage());
    }

    @Test
    void anUnknownHostIsReported() {
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> open().fetch("https://nowhere.test/a"));
        assertEquals(Reason.UNREACHABLE, e.reason());
        assertEquals("No such host: nowhere.test.", e.getMessage());
    }

    @Test
    void theLiteralAddressInALinkIsCheckedWithoutResolving() {
        AtomicInteger lookups = new AtomicInteger();
        SafeFetcher checked = new SafeFetcher(WebSettings.DEFAULTS, host -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByName("127.0.0.1"));
        }, System::nanoTime);
        for (String link : List.of("http://127.0.0.1/", "http://[::1]/", "http://[::ffff:192.168.1.1]/",
                "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://0.0.0.0/",
                // Shorthand forms of 127.0.0.1, which Java (and so OkHttp) reads as that address.
                "http://2130706433/", "http://127.1/")) {
            ArticleRefused e = assertThrows(ArticleRefused.class, () -> checked.fetch(link));
            assertEquals(Reason.FORBIDDEN_ADDRESS, e.reason(), link);
        }
        assertEquals(0, lookups.get());
    }
}
