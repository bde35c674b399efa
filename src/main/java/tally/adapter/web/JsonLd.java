package tally.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's schema.org article as JSON-LD, if it has one: the first object typed as a kind of article (NewsArticle,
 * Article, ReportageNews, BlogPosting ...), looked for in every {@code application/ld+json} script, inside arrays and
 * {@code @graph}. Scripts that are not valid JSON are skipped and counted.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SCRIPT_CHARS = 1_000_000;
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNews",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting");

    private final @Nullable JsonNode article;
    private final int unreadable;

    private JsonLd(@Nullable JsonNode article, int unreadable) {
        this.article = article;
        this.unreadable = unreadable;
    }

    static JsonLd of(Document page) {
        List<JsonNode> candidates = new ArrayList<>();
        int unreadable = 0;
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                unreadable++;
                continue;
            }
            try {
                collect(JSON.readTree(data), candidates, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                unreadable++;
            }
        }
        JsonNode article = candidates.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        return new JsonLd(article, unreadable);
    }

    /** Scripts that were not valid JSON (or too large), so a missing field may be there after all. */
    int unreadable() {
        return unreadable;
    }

    @Nullable String headline() {
        return text(article, "headline");
    }

    @Nullable String datePublished() {
        return text(article, "datePublished");
    }

    @Nullable String publisher() {
        JsonNode p = article == null ? null : article.get("publisher");
        if (p != null && p.isArray() && !p.isEmpty()) {
            p = p.get(0);
        }
        if (p == null) {
            return null;
        }
        return p.isTextual() ? blankToNull(p.asText()) : text(p, "name");
    }

    @Nullable String url() {
        String url = text(article, "url");
        if (url != null) {
            return url;
        }
        JsonNode main = article == null ? null : article.get("mainEntityOfPage");
        if (main == null) {
            return null;
        }
        return main.isTextual() ? blankToNull(main.asText()) : text(main, "@id");
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? blankToNull(value.asText()) : null;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
