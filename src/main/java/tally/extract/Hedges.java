package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * The words by which a sentence hedges its own figure ({@code hedges} in config/extraction.json): "UK Defence
 * Intelligence said North Korea had probably suffered around 4,000 casualties" gives "probably". Only the figure's own
 * clause is read, from the break before it to the break after it (a comma or semicolon that is no thousands
 * separator, a colon, a dash), so a hedge in an aside about something else ("Seoul, which is probably right, said
 * 300 died") is not the figure's. The words are returned as the sentence has them, for a reply to show; Tally does not
 * judge how sure a source is, it shows what the source said.
 */
final class Hedges {

    /** Where a clause breaks: a comma or semicolon not between digits, a colon, a dash set off by spaces. */
    private static final Pattern BREAK = Pattern.compile("(?<!\\d)[,;]|[,;](?!\\d)|:|\\s[\u2013\u2014-]\\s|[\u2014]");

    private final PhraseMatcher words;

    Hedges(PhraseMatcher words) {
        this.words = words;
    }

    /** The sentence's own hedge of the figure at {@code [start, end)} of {@code s}, or null when its clause has none. */
    @Nullable String of(String s, int start, int end) {
        int from = 0;
        int to = s.length();
        Matcher m = BREAK.matcher(s);
        while (m.find()) {
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        List<PhraseMatcher.Hit> hits = words.find(s, from, to);
        return hits.isEmpty() ? null : s.substring(hits.get(0).start(), hits.get(0).end());
    }
}
