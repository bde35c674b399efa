package tally.adapter.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tally.config.ConfigException;
import tally.config.JsonFiles;

/**
 * Limits on reading articles from the web, from {@code config/articles.json} (optional: without it the defaults
 * below hold). {@code allowPrivateAddresses} is never read from a file: only tests turn the private-address check
 * off, and then only for their own server on 127.0.0.1 (every other address is checked as always).
 *
 * @param maxBytes largest page or file read, in bytes; a larger one is refused, never cut (default 5,000,000)
 * @param fetchTimeout the whole fetch, redirects included (default 20 s)
 * @param maxRedirects redirects followed, each one checked like the link itself (default 5)
 * @param readTimeout time to find the main text of a page (default 10 s)
 * @param maxElements elements a page may have after scripts and styles are dropped (default 30,000)
 */
public record WebSettings(long maxBytes, Duration fetchTimeout, int maxRedirects, Duration readTimeout,
                          int maxElements, boolean allowPrivateAddresses) {

    public static final String FILE = "articles.json";
    public static final WebSettings DEFAULTS =
            new WebSettings(5_000_000, Duration.ofSeconds(20), 5, Duration.ofSeconds(10), 30_000, false);

    public WebSettings {
        if (maxBytes < 1_000 || maxBytes > 50_000_000) {
            throw new IllegalArgumentException("maxBytes must be between 1000 and 50000000, got " + maxBytes);
        }
        if (fetchTimeout.isNegative() || fetchTimeout.isZero() || fetchTimeout.toSeconds() > 300) {
            throw new IllegalArgumentException("fetchTimeoutSeconds must be between 1 and 300, got " + fetchTimeout.toSeconds());
        }
        if (maxRedirects < 0 || maxRedirects > 10) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 10, got " + maxRedirects);
        }
        if (readTimeout.isNegative() || readTimeout.isZero() || readTimeout.toSeconds() > 120) {
            throw new IllegalArgumentException("readTimeoutSeconds must be between 1 and 120, got " + readTimeout.toSeconds());
        }
        if (maxElements < 100 || maxElements > 200_000) {
            throw new IllegalArgumentException("maxElements must be between 100 and 200000, got " + maxElements);
        }
    }

    /**
     * Reads {@code configDir/articles.json}, or the defaults when it does not exist.
     * @throws ConfigException naming the file (and line) of an unknown key, a wrong type or a value out of range
     */
    public static WebSettings load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULTS;
        }
        Stored stored = JsonFiles.read(file, Stored.class);
        try {
            return stored.settings();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** The same limits with the private-address check off: for tests against a server on 127.0.0.1 only. */
    public WebSettings allowingPrivateAddressesForTests() {
        return new WebSettings(maxBytes, fetchTimeout, maxRedirects, readTimeout, maxElements, true);
    }

    /** The file's shape: every key optional, unknown keys refused (JsonFiles is strict). */
    record Stored(@Nullable Long maxBytes, @Nullable Integer fetchTimeoutSeconds, @Nullable Integer maxRedirects,
                  @Nullable Integer readTimeoutSeconds, @Nullable Integer maxElements) {
        WebSettings settings() {
            WebSettings d = DEFAULTS;
            return new WebSettings(maxBytes != null ? maxBytes : d.maxBytes(),
                    fetchTimeoutSeconds != null ? Duration.ofSeconds(fetchTimeoutSeconds) : d.fetchTimeout(),
                    maxRedirects != null ? maxRedirects : d.maxRedirects(),
                    readTimeoutSeconds != null ? Duration.ofSeconds(readTimeoutSeconds) : d.readTimeout(),
                    maxElements != null ? maxElements : d.maxElements(), false);
        }
    }
}
