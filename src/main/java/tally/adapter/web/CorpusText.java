package tally.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A corpus file as Tally writes it: the header the README documents ({@code title}, {@code outlet}, {@code url},
 * {@code published}, {@code language}, only those the source stated) plus where and when it was retrieved, the
 * {@code ---} line, and the paragraphs separated by blank lines. Also the file name it suggests.
 */
final class CorpusText {

    private CorpusText() {
    }

    static String write(PageFacts facts, String retrievedFrom, LocalDate retrieved, List<String> paragraphs) {
        Map<String, @Nullable String> header = new LinkedHashMap<>();
        header.put("title", facts.title());
        header.put("outlet", facts.outlet());
        header.put("url", facts.url());
        header.put("published", facts.published() == null ? null : facts.published().toString());
        header.put("language", facts.language());
        header.put("retrieved-from", PageFacts.oneLine(retrievedFrom));
        header.put("retrieved", retrieved.toString());
        StringBuilder out = new StringBuilder();
        header.forEach((key, value) -> {
            if (value != null) {
                out.append(key).append(": ").append(value).append('\n');
            }
        });
        out.append("---\n");
        return out.append(String.join("\n\n", paragraphs)).append('\n').toString();
    }

    /**
     * A file name without extension: the publication day and the title's words in ASCII ("2024-12-19-north-korean-
     * troops-killed"), or {@code article-} and a hash of the text when the title has no Latin letters.
     */
    static String stem(@Nullable LocalDate published, @Nullable String title, String text) {
        String slug = slug(title == null ? "" : title, 60);
        if (slug.isEmpty()) {
            slug = "article-" + shortHash(text);
        }
        return published == null ? slug : published + "-" + slug;
    }

    static String slug(String words, int max) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > max) {
            int cut = ascii.lastIndexOf('-', max);
            ascii = ascii.substring(0, cut > max / 2 ? cut : max);
        }
        return ascii.replaceAll("-+$", "");
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
