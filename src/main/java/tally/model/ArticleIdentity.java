package tally.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What makes two corpus files the same article: the same address, or the same text once whitespace is normalised.
 * Addresses are compared as a reader would: scheme (http or https), a leading {@code www.}, the default port, a
 * trailing slash, the fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) do not matter.
 */
public record ArticleIdentity(Set<String> addresses, String textHash) {

    public ArticleIdentity {
        addresses = Set.copyOf(addresses);
    }

    /** The article's own {@code url} plus any further addresses it was reached by (a link, a redirect). */
    public static ArticleIdentity of(Article article, String... otherAddresses) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, article.url());
        for (String a : otherAddresses) {
            addKey(keys, a);
        }
        return new ArticleIdentity(keys, textHash(article.body()));
    }

    /** True when the two share an address or their texts are the same. */
    public boolean sameArticleAs(ArticleIdentity other) {
        if (textHash.equals(other.textHash)) {
            return true;
        }
        for (String a : addresses) {
            if (other.addresses.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code other} matches by address (true) or only by text (false); meaningful after a match. */
    public boolean sameAddressAs(ArticleIdentity other) {
        return addresses.stream().anyMatch(other.addresses::contains);
    }

    private static void addKey(Set<String> keys, @Nullable String address) {
        String key = address == null ? null : addressKey(address);
        if (key != null) {
            keys.add(key);
        }
    }

    /** The comparable form of an http(s) address, or null when it is not one. */
    static @Nullable String addressKey(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + (defaultPort ? "" : ":" + port) + path + query(uri.getRawQuery());
    }

    private static String query(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String part : raw.split("&")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            String lower = name.toLowerCase(Locale.ROOT);
            if (!part.isEmpty() && !lower.startsWith("utm_") && !lower.equals("fbclid") && !lower.equals("gclid")) {
                kept.add(part);
            }
        }
        return kept.toString();
    }

    /** SHA-256 of the text in Unicode NFC with every run of whitespace (no-break spaces too) made one space, trimmed. */
    static String textHash(String text) {
        String normal = oneSpaceRuns(Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * {@code text.replaceAll("[\\s\\p{Z}]+", " ")} written out: every article of a corpus is hashed at each start, and
     * the regex (compiled on each call and run over the whole body) was most of that work (round 64's profile: 5% of a
     * one-shot ingest's CPU, on one core while the other waited). {@code \\s} is ASCII's six spaces and {@code \\p{Z}}
     * the separators, all in the BMP, so a char loop sees what the regex sees. {@code ArticleIdentityTest} holds the
     * two to the same output.
     */
    static String oneSpaceRuns(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a lone plain space is already what the run becomes
                }
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
