package tally.adapter.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRefused.Reason;

/**
 * Fetches one link for a moderator, refusing anything but a public web page. Tally resolves each host itself and
 * checks every address (a name that resolves to any private address is refused), OkHttp connects only to the
 * addresses checked, and a last check on the connected socket runs before a byte of the request is sent. Redirects
 * are followed by hand, each new address checked the same way, at most {@link WebSettings#maxRedirects()}. The whole
 * fetch has one deadline; the body is read up to {@link WebSettings#maxBytes()} (after decompression) and refused
 * beyond. No proxy, no cookies, no credentials.
 */
final class SafeFetcher {

    static final String USER_AGENT = "TallyBot/0.1 (adds a news article a moderator linked; +https://github.com/)";

    private final WebSettings settings;
    private final AddressGuard guard;
    private final LongSupplier nanoTime;
    private final OkHttpClient client;

    SafeFetcher(WebSettings settings, Resolver resolver, LongSupplier nanoTime) {
        this(settings, settings.allowPrivateAddresses() ? AddressGuard.TEST_SERVER_ONLY : AddressRules::whyRefused,
                resolver, nanoTime);
    }

    /** With a policy of the test's own, e.g. one that refuses only 127.0.0.2, to check redirects hop by hop. */
    SafeFetcher(WebSettings settings, AddressGuard.Policy policy, Resolver resolver, LongSupplier nanoTime) {
        this.settings = settings;
        this.guard = new AddressGuard(policy, resolver);
        this.nanoTime = nanoTime;
        this.client = new OkHttpClient.Builder()
                .proxy(Proxy.NO_PROXY)
                .dns(guard.dns())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(guard.connectedCheck())
                .build();
    }

    /** @throws ArticleRefused with the reason the link was not fetched */
    Fetched fetch(String link) {
        HttpUrl url = parse(link);
        long deadline = nanoTime.getAsLong() + settings.fetchTimeout().toNanos();
        List<String> redirects = new ArrayList<>();
        while (true) {
            guard.checkLiteral(url);
            long left = deadline - nanoTime.getAsLong();
            if (left <= 0) {
                throw timeout();
            }
            Request request = new Request.Builder().url(url).header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1").get().build();
            OkHttpClient hop = client.newBuilder().callTimeout(Duration.ofNanos(left)).build();
            try (Response response = hop.newCall(request).execute()) {
                if (response.isRedirect()) {
                    url = nextHop(url, response, redirects);
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw new ArticleRefused(Reason.UNREACHABLE, "The server answered " + response.code()
                            + (response.message().isBlank() ? "" : " " + response.message()) + " for " + url + ".");
                }
                ResponseBody body = response.body();
                MediaType type = body.contentType();
                byte[] bytes = readCapped(body, url);
                return new Fetched(link, redirects, type == null ? null : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT),
                        type == null || type.charset() == null ? charsetParameter(type) : type.charset().name(), bytes);
            } catch (ArticleRefused e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw translate(e, url);
            }
        }
    }

    private HttpUrl nextHop(HttpUrl from, Response response, List<String> redirects) {
        String location = response.header("Location");
        HttpUrl next = location == null ? null : from.resolve(location);
        if (next == null) {
            throw new ArticleRefused(Reason.REDIRECTS, "The page at " + from + " redirects to "
                    + (location == null ? "nowhere (no Location)" : "'" + abbreviate(location) + "'")
                    + ", which is not an http or https address.");
        }
        if (redirects.size() >= settings.maxRedirects()) {
            throw new ArticleRefused(Reason.REDIRECTS, "The link redirects more than " + settings.maxRedirects()
                    + " times (last to " + next + "); give the article's final address.");
        }
        redirects.add(next.toString());
        return next;
    }

    private static HttpUrl parse(String link) {
        String trimmed = link.strip();
        String scheme = trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleRefused(Reason.BAD_ADDRESS, "Only http and https links can be added"
                    + (scheme.isEmpty() || !trimmed.contains("://") ? " (give the full address, starting with https://)" : ", not " + scheme + ":")
                    + ".");
        }
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            throw new ArticleRefused(Reason.BAD_ADDRESS, "'" + abbreviate(trimmed) + "' is not a valid web address.");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new ArticleRefused(Reason.BAD_ADDRESS, "Links with a user name or password are not fetched.");
        }
        return url;
    }

    private byte[] readCapped(ResponseBody body, HttpUrl url) throws IOException {
        long max = settings.maxBytes();
        if (body.contentLength() > max) {
            throw tooLarge(url, body.contentLength());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = body.byteStream()) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (out.size() + (long) n > max) {
                    throw tooLarge(url, -1);
                }
                out.write(chunk, 0, n);
            }
        }
        return out.toByteArray();
    }

    private ArticleRefused tooLarge(HttpUrl url, long declared) {
        return new ArticleRefused(Reason.TOO_LARGE, "The page at " + url + " is larger than " + settings.maxBytes()
                + " bytes" + (declared > 0 ? " (" + declared + ")" : "") + "; Tally reads pages up to that size.");
    }

    private ArticleRefused timeout() {
        return new ArticleRefused(Reason.TIMEOUT, "The page did not arrive within " + settings.fetchTimeout().toSeconds()
                + " s; try again later or attach the page as a file.");
    }

    private ArticleRefused translate(Exception e, HttpUrl url) {
        Optional<AddressGuard.Refused> refused = AddressGuard.in(e);
        if (refused.isPresent()) {
            return new ArticleRefused(Reason.FORBIDDEN_ADDRESS, refused.get().getMessage(), e);
        }
        if (e instanceof InterruptedIOException) {
            return new ArticleRefused(Reason.TIMEOUT, timeout().getMessage(), e);
        }
        if (e instanceof UnknownHostException) {
            return new ArticleRefused(Reason.UNREACHABLE, "No such host: " + url.host() + ".", e);
        }
        if (e instanceof ConnectException) {
            return new ArticleRefused(Reason.UNREACHABLE, "Could not connect to " + url.host() + ":" + url.port() + ".", e);
        }
        if (e instanceof SSLException) {
            return new ArticleRefused(Reason.UNREACHABLE, "The secure connection to " + url.host() + " failed ("
                    + e.getMessage() + ").", e);
        }
        return new ArticleRefused(Reason.UNREACHABLE, "Fetching " + url + " failed: " + e.getMessage(), e);
    }

    private static @Nullable String charsetParameter(@Nullable MediaType type) {
        return type == null ? null : type.parameter("charset");
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
