package tally.app.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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

    /** One sentence that ends in a question mark: no sentence before it ends with a full stop or an exclamation. */
    static boolean onlyAQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") && !t.substring(0, t.length() - 1).matches("(?s).*[.!]\\s+\\S.*");
    }

    private static String squashed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
