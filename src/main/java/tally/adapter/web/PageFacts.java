package tally.adapter.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself, for the article's header: title, outlet, publication date, canonical address and
 * language, each from the page's own metadata, in a fixed order of trust, with a note saying where it was found or
 * that it is not there. Nothing is guessed: a date is only taken as the page writes it (the day part of an ISO 8601
 * date, in the page's own time zone), and an address only when it is an absolute http(s) address the page or the
 * fetch gives.
 */
record PageFacts(@Nullable String title, @Nullable String outlet, @Nullable LocalDate published, @Nullable String url,
                 @Nullable String language, List<String> notes) {

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

    PageFacts {
        notes = List.copyOf(notes);
    }

    /** @param fetchedFrom the address the page was served from, or null for an uploaded file */
    static PageFacts of(Document page, @Nullable String fetchedFrom) {
        List<String> notes = new ArrayList<>();
        JsonLd ld = JsonLd.of(page);
        if (ld.unreadable() > 0) {
            notes.add(tally.model.Plural.count(ld.unreadable(), "JSON-LD block") + " on the page could not be read");
        }
        // The outlet is read first (a <title> ends with it), but noted after the title, in the order a header lists them.
        List<String> outletNotes = new ArrayList<>();
        String outlet = first(outletNotes, "outlet", "no site name on the page (og:site_name, publisher)",
                "og:site_name", meta(page, "og:site_name"), "JSON-LD publisher", ld.publisher());
        String heading = text(page.selectFirst("h1"));
        String title = first(notes, "title", "no title on the page",
                "og:title", meta(page, "og:title"), "JSON-LD headline", ld.headline(),
                "<title>", withoutSiteName(page.title(), outlet, heading), "<h1>", heading);
        notes.addAll(outletNotes);
        LocalDate published = PublishedDate.of(page, ld, notes);
        String url = address(notes, page, ld, fetchedFrom);
        return new PageFacts(title, outlet, published, url, language(page), notes);
    }

    private static @Nullable String address(List<String> notes, Document page, JsonLd ld, @Nullable String fetchedFrom) {
        Map<String, @Nullable String> stated = new LinkedHashMap<>();
        stated.put("canonical link", attr(page.selectFirst("link[rel~=(?i)^canonical$][href]"), "href"));
        stated.put("og:url", meta(page, "og:url"));
        stated.put("JSON-LD url", ld.url());
        for (Map.Entry<String, @Nullable String> e : stated.entrySet()) {
            String absolute = absoluteWebAddress(e.getValue(), fetchedFrom);
            if (absolute != null) {
                notes.add("address from the " + e.getKey());
                return absolute;
            }
        }
        if (fetchedFrom != null) {
            notes.add("address: the page names none, so the address it was fetched from");
            return fetchedFrom;
        }
        notes.add("no address on the page (canonical link, og:url)");
        return null;
    }

    private static @Nullable String absoluteWebAddress(@Nullable String value, @Nullable String base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String language(Document page) {
        String lang = firstNonNull(blankToNull(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang")),
                meta(page, "og:locale"));
        Matcher m = lang == null ? null : LANGUAGE.matcher(lang.strip());
        return m != null && m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The first stated value, noting where it came from, or a note that it is missing. */
    private static @Nullable String first(List<String> notes, String field, String missing, @Nullable String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = oneLine(pairs[i + 1]);
            if (value != null) {
                notes.add(field + " from " + pairs[i]);
                return value;
            }
        }
        notes.add(missing);
        return null;
    }

    /**
     * "Troops killed - Example News" -> "Troops killed" when the suffix is the outlet's name, or, with no outlet stated,
     * when what comes before the separator is the page's own {@code <h1>}: the rest is then the site's name, which a
     * title must not carry, though it is not taken as the outlet (that would be a guess).
     */
    private static @Nullable String withoutSiteName(String title, @Nullable String outlet, @Nullable String heading) {
        String t = oneLine(title);
        String h = oneLine(heading);
        if (t == null) {
            return null;
        }
        for (String sep : SEPARATORS) {
            if (outlet != null && t.endsWith(sep + outlet) && t.length() > sep.length() + outlet.length()) {
                return t.substring(0, t.length() - sep.length() - outlet.length()).strip();
            }
            if (outlet == null && h != null && t.startsWith(h + sep) && t.length() > h.length() + sep.length()) {
                return h;
            }
        }
        return t;
    }

    static @Nullable String meta(Document page, String name) {
        for (Element m : page.select("meta[content]")) {
            String key = firstNonNull(blankToNull(m.attr("property")), blankToNull(m.attr("name")));
            if (key != null && key.equalsIgnoreCase(name)) {
                return blankToNull(m.attr("content"));
            }
        }
        return null;
    }

    static @Nullable String attr(@Nullable Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static @Nullable String text(@Nullable Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    /** One line, whitespace collapsed, control characters dropped: a header value cannot hold a line break. */
    static @Nullable String oneLine(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String line = s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll("[\\s\\p{Z}]+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    @SafeVarargs
    static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String abbreviate(String s) {
        String line = oneLine(s);
        line = line == null ? "" : line;
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
