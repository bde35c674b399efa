package tally.app.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * story copied, a headline repeated) say nothing new (trial 10 was offered both).
 */
final class Passages {

    /** How many more the index is asked for than are kept, so that what is dropped leaves enough. */
    private static final int HEADROOM = 2;

    private Passages() {
    }

    /** Up to {@code limit} of the best passages for {@code query} that {@code keep} accepts, best first. */
    static List<Passage> best(CorpusIndex index, String query, int limit, Predicate<Passage> keep) {
        List<Passage> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Passage p : index.passages(query, limit * HEADROOM)) {
            if (out.size() == limit) {
                break;
            }
            if (!onlyAQuestion(p.text()) && keep.test(p) && seen.add(squashed(p.text()))) {
                out.add(p);
            }
        }
        return out;
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
