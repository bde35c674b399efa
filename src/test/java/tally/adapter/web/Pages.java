package tally.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticleSource;

/** The test pages (written for these tests, under src/test/resources/tally/adapter/web/pages) and a fixed clock. */
final class Pages {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private Pages() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebArticleReader reader() {
        return reader(WebSettings.DEFAULTS);
    }

    static WebArticleReader reader(WebSettings settings) {
        return new WebArticleReader(settings, host -> {
            throw new java.net.UnknownHostException("tests resolve no names: " + host);
        }, CLOCK, System::nanoTime);
    }

    static ArticleDraft upload(String name) {
        return reader().read(new ArticleSource.Upload(name, bytes(name)));
    }
}
