package tally.app.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tally.app.answer.Period;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.app.port.CorpusIndex;
import tally.model.Passage;

/**
 * The passages an answer offers when no figure answers it: the index's best paragraphs, less two kinds that answer
 * nothing. A paragraph that is one question ("How many North Koreans are believed to have died in Ukraine?", an
 * article's section heading) only asks again what the member asked; and the same words from a second article (a wire
 * story copied, a headline repeated), or words already inside a passage offered, say nothing new (trial 10 was offered
 * both).
 */
final class Passages {

    /** How many more the index is asked for than are kept, so that what is dropped leaves enough. */
    private static final int HEADROOM = 2;

    private Passages() {
    }

    /** Up to {@code limit} of the best passages for {@code query} that {@code keep} accepts, best first. */
    static List<Passage> best(CorpusIndex index, String query, int limit, Predicate<Passage> keep) {
        List<Passage> out = new ArrayList<>();
        // the squashed words of each passage kept: one whose words stand inside any of them (the same words too) is a copy
        List<String> shown = new ArrayList<>();
        for (Passage found : index.passages(query, limit * HEADROOM)) {
            if (out.size() == limit) {
                break;
            }
            Passage p = once(found);
            String words = squashed(p.text());
            if (!onlyAQuestion(p.text()) && keep.test(p) && shown.stream().noneMatch(s -> s.contains(words))) {
                shown.add(words);
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The passage with a line the page printed two or more times in a row shown once (a scraped page that repeats its
     * headline: "X X" was offered beside "X", seen by the lead in round 65). The words shown are still the article's own.
     */
    static Passage once(Passage p) {
        String text = p.text().replaceAll("\\s+", " ").strip();
        for (int copies = 2; copies <= MAX_COPIES; copies++) {
            int unit = (text.length() - (copies - 1)) / copies;
            if (unit > 0 && unit * copies + copies - 1 == text.length() && repeats(text, unit, copies)) {
                return new Passage(p.file(), p.outlet(), p.title(), p.published(), text.substring(0, unit), p.score());
            }
        }
        return p;
    }

    /** How many copies of one line in a row are looked for; a linear check each, so a hostile paragraph costs little. */
    private static final int MAX_COPIES = 4;

    private static boolean repeats(String text, int unit, int copies) {
        for (int i = 1; i < copies; i++) {
            int at = i * (unit + 1);
            if (text.charAt(at - 1) != ' ' || !text.regionMatches(at, text, 0, unit)) {
                return false;
            }
        }
        return true;
    }

    static List<Passage> best(CorpusIndex index, String query, int limit) {
        return best(index, query, limit, p -> true);
    }

    /** Passages offered, and whether they all come from outside the question's period (none was inside it). */
    record Offered(List<Passage> passages, boolean outsidePeriod) {
        /**
         * How the note introduces them, {@code what} saying what they do ("may be relevant"): " These passages from the
         * articles may be relevant:", or, when they are from outside the period, first that none found is from it.
         */
        String introduce(String what, @org.jspecify.annotations.Nullable Period period) {
            return outsidePeriod && period != null ? " No passage found comes from an article published " + period.text()
                    + "; these passages, from articles published at other times, " + what + ":"
                    : " These passages from the articles " + what + ":";
        }
    }

    /** How many times the limit is searched when a period may set passages aside. */
    private static final int PERIOD_HEADROOM = 8;

    /**
     * As {@link #best(CorpusIndex, String, int, Predicate)}, honouring the question's period (round 63: "per Seoul in
     * December 2024" was offered October's and January's passages as if they spoke of December): the passages of
     * articles published in the period (or at a date unknown), best first; only when there is none, the best of other
     * times, said to be so.
     */
    static Offered best(CorpusIndex index, String query, int limit, Predicate<Passage> keep,
                        @org.jspecify.annotations.Nullable Period period) {
        if (period == null) {
            return new Offered(best(index, query, limit, keep), false);
        }
        List<Passage> found = best(index, query, limit * PERIOD_HEADROOM, keep);
        // a passage of an article whose publication date is unknown is not known to be outside (the reply says its date
        // is unknown); one of another date is
        List<Passage> inside = found.stream().filter(p -> p.published() == null
                || period.overlaps(ClaimDate.day(p.published().date(), DateBasis.REPORT_DATE))).limit(limit).toList();
        if (!inside.isEmpty()) {
            return new Offered(inside, false);
        }
        return new Offered(found.stream().limit(limit).toList(), !found.isEmpty());
    }

    /** One sentence that ends in a question mark: no sentence before it ends with a full stop or an exclamation. */
    static boolean onlyAQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") && !t.substring(0, t.length() - 1).matches("(?s).*[.!]\\s+\\S.*");
    }

    private static String squashed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
