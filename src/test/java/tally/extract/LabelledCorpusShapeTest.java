package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labelled corpus keeps the shape issue 7 asks of it, checked from each article's header lines alone (outlet,
 * address, publication date), so the sealed part's text and gold are never opened here: at least 60 articles from at
 * least 25 outlets, published October 2024 to 2026, each with its gold; a third sealed; no page in both parts (a page
 * in dev and in sealed would let rules written on dev score on sealed); and none of the articles the issue reserves for
 * an independent check. It prints counts only.
 */
class LabelledCorpusShapeTest {

    private static final Path LABELLED = Path.of("src/test/resources/tally/extract/labelled");
    private static final LocalDate FIRST = LocalDate.of(2024, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    /**
     * Issue 7's reserved articles as (outlet words, publication date or its start); an empty date reserves every
     * article of that outlet. Outlet words are matched inside the header's outlet, lower-cased, letters only.
     */
    private static final List<String[]> RESERVED = List.of(
            new String[] {"korea herald", "2024-11-06"}, new String[] {"west australian", "2024-12-27"},
            new String[] {"kbs world", "2025-01-13"}, new String[] {"moscow times", "2025-01-22"},
            new String[] {"joongang daily", "2025-03-27"}, new String[] {"millennium post", "2025-04-30"},
            new String[] {"menafn", "2025-07-13"}, new String[] {"kyiv independent", "2025-09-02"},
            new String[] {"liga", "2025-11-04"}, new String[] {"yeni safak", "2024-12-16"},
            new String[] {"yeni şafak", "2024-12-16"}, new String[] {"rbc", "2024-12-19"},
            new String[] {"online ua", "2025-01-07"}, new String[] {"korea times", "2025-01-13"},
            new String[] {"conflict watcher", ""}, new String[] {"blue news", "2025-01-24"},
            new String[] {"bluewin", "2025-01-24"}, new String[] {"al jazeera", "2025-02-06"},
            new String[] {"korea herald", "2025-03-04"}, new String[] {"kbs news", "2025-05-01"},
            new String[] {"kbs world", "2025-07-04"}, new String[] {"standard", "2025-09-02"},
            new String[] {"united24", "2025-11"}, new String[] {"trt world", "2025-12-13"});

    /** One article's header: its part (dev or sealed), file, outlet, address and publication date. */
    private record Header(String part, String file, String outlet, String url, LocalDate published) {
    }

    @Test
    void theLabelledCorpusHasTheSizeSpreadAndSplitTheIssueAsksAndNoReservedOrSharedPage() throws IOException {
        List<Header> dev = headers("dev");
        List<Header> sealed = headers("sealed");
        List<Header> all = new ArrayList<>(dev);
        all.addAll(sealed);
        Set<String> outlets = new HashSet<>();
        all.forEach(h -> outlets.add(words(h.outlet())));
        double sealedShare = (double) sealed.size() / all.size();
        System.out.printf("Labelled corpus shape: %d articles (dev %d, sealed %d, %.1f%% sealed) from %d outlets%n",
                all.size(), dev.size(), sealed.size(), 100 * sealedShare, outlets.size());

        assertTrue(all.size() >= 60, "at least 60 articles: " + all.size());
        assertTrue(outlets.size() >= 25, "at least 25 outlets: " + outlets.size());
        assertTrue(sealedShare >= 0.30 && sealedShare <= 0.36, "a third sealed: " + sealedShare);
        for (Header h : all) {
            assertTrue(!h.published().isBefore(FIRST) && !h.published().isAfter(LAST),
                    h.part() + "/" + h.file() + " published " + h.published() + ", outside October 2024 to 2026");
            assertTrue(!reserved(h), h.part() + "/" + h.file() + " is an article issue 7 reserves for an independent"
                    + " check (" + h.outlet() + ", " + h.published() + "): take it out of the corpus");
        }
        Map<String, String> byUrl = new HashMap<>();
        for (Header h : all) {
            String before = byUrl.put(h.url(), h.part() + "/" + h.file());
            assertEquals(null, before, "one page written twice: " + h.part() + "/" + h.file() + " and " + before);
        }
    }

    @Test
    void aReservedArticleIsKnownByItsOutletAndDateAndAnotherDayOfTheSameOutletIsNot() {
        assertTrue(reserved(header("The Korea Herald", "2024-11-06")));
        assertTrue(reserved(header("Yeni Şafak", "2024-12-16")));
        assertTrue(reserved(header("Conflict Watcher", "2025-06-30")), "every article of that outlet");
        assertTrue(reserved(header("United24 Media", "2025-11-17")), "any day of that month");
        assertTrue(!reserved(header("The Korea Herald", "2024-11-07")));
        assertTrue(!reserved(header("KBS World", "2024-10-18")));
        assertTrue(!reserved(header("United24 Media", "2025-12-01")));
    }

    private static Header header(String outlet, String date) {
        return new Header("dev", "x.txt", outlet, "https://example.org/x", LocalDate.parse(date));
    }

    private static boolean reserved(Header h) {
        String outlet = words(h.outlet());
        return RESERVED.stream().anyMatch(r -> (" " + outlet + " ").contains(" " + r[0] + " ")
                && h.published().toString().startsWith(r[1]));
    }

    /** "The Korea Herald" and "Korea Herald" alike: lower case, letters and digits, no leading "the". */
    private static String words(String outlet) {
        String w = outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return w.startsWith("the ") ? w.substring(4) : w;
    }

    /** Every article of a part, read up to its blank line; each must have its gold file beside it. */
    private static List<Header> headers(String part) throws IOException {
        Path dir = LABELLED.resolve(part);
        List<Header> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                assertTrue(Files.exists(dir.resolve(name.replace(".txt", ".gold.json"))), part + "/" + name + " has no gold");
                Map<String, String> fields = new HashMap<>();
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank() || line.equals("---")) {
                        break;
                    }
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        fields.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                    }
                }
                for (String key : List.of("outlet", "url", "published")) {
                    assertTrue(fields.containsKey(key), part + "/" + name + " has no " + key + " line");
                }
                out.add(new Header(part, name, fields.get("outlet"), fields.get("url"),
                        LocalDate.parse(fields.get("published").substring(0, 10))));
            }
        }
        return out;
    }
}
