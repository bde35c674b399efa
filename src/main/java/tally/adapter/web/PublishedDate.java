package tally.adapter.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page states, from (in this order of trust) JSON-LD {@code datePublished},
 * {@code article:published_time}, {@code itemprop=datePublished}, {@code DC.date.issued}, {@code <time pubdate>} and
 * the {@code <time>} elements inside {@code <article>} when they all give one day. Only the day part of an ISO 8601
 * date is read, as the page writes it (in its own time zone); anything else is named as unreadable, never guessed.
 */
final class PublishedDate {

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");

    private PublishedDate() {
    }

    /** The publication day the page states, by the order of trust above, with notes on what it found. */
    static @Nullable LocalDate of(Document page, JsonLd ld, List<String> notes) {
        Map<String, @Nullable String> stated = new LinkedHashMap<>();
        stated.put("JSON-LD datePublished", ld.datePublished());
        stated.put("article:published_time", PageFacts.meta(page, "article:published_time"));
        stated.put("itemprop=datePublished", itemprop(page));
        stated.put("DC.date.issued", PageFacts.firstNonNull(PageFacts.meta(page, "dc.date.issued"), PageFacts.meta(page, "dcterms.issued")));
        stated.put("<time pubdate>", PageFacts.attr(page.selectFirst("time[pubdate][datetime]"), "datetime"));
        stated.put("<time> in the article", articleTime(page));
        LocalDate chosen = null;
        String from = null;
        for (Map.Entry<String, @Nullable String> e : stated.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            LocalDate day = isoDay(e.getValue());
            if (day == null) {
                notes.add("unreadable date '" + PageFacts.abbreviate(e.getValue()) + "' in " + e.getKey() + " (ignored)");
            } else if (chosen == null) {
                chosen = day;
                from = e.getKey();
                notes.add("published date from " + from);
            } else if (!day.equals(chosen)) {
                notes.add("the page also states " + day + " (" + e.getKey() + "); kept " + chosen + " (" + from + ")");
            }
        }
        if (chosen == null) {
            notes.add("no publication date on the page: Tally will infer one from the text and mark it inferred");
        }
        return chosen;
    }

    /** A {@code <time datetime>} inside the page's {@code <article>}, only when all of them give one day. */
    private static @Nullable String articleTime(Document page) {
        Element article = page.selectFirst("article");
        if (article == null) {
            return null;
        }
        String day = null;
        String raw = null;
        for (Element time : article.select("time[datetime]")) {
            LocalDate d = isoDay(time.attr("datetime"));
            if (d == null) {
                continue;
            }
            if (day != null && !day.equals(d.toString())) {
                return null;
            }
            day = d.toString();
            raw = time.attr("datetime");
        }
        return raw;
    }

    private static @Nullable String itemprop(Document page) {
        Element e = page.selectFirst("[itemprop=datePublished]");
        if (e == null) {
            return null;
        }
        return PageFacts.firstNonNull(PageFacts.blankToNull(e.attr("datetime")), PageFacts.blankToNull(e.attr("content")), PageFacts.blankToNull(e.text()));
    }

    static @Nullable LocalDate isoDay(String value) {
        Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return day.getYear() < 1990 || day.getYear() > 2100 ? null : day;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
