package tally.index;

import tally.model.ClaimOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Passage;

/**
 * The reference implementation of {@link CorpusIndex}: plain lists, scanned on every call. Fine for tests and tiny
 * corpora; the Lucene index must behave the same (see the contract test).
 */
public final class InMemoryCorpusIndex implements CorpusIndex {

    private final AnalyzedCorpus corpus;
    private final String version;

    public InMemoryCorpusIndex(AnalyzedCorpus corpus, String version) {
        this.corpus = corpus;
        this.version = version;
    }

    @Override
    public AnalyzedCorpus corpus() {
        return corpus;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Claim> claims(FigureQuery query) {
        return corpus.claims().stream()
                .filter(query::matches)
                .sorted(ClaimOrder.NEWEST_FIRST)
                .toList();
    }

    @Override
    public List<Passage> passages(String text, int limit) {
        Set<String> wanted = words(text);
        if (wanted.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Passage> scored = new ArrayList<>();
        for (Article a : corpus.articles()) {
            for (String paragraph : Paragraphs.split(a.body())) {
                Set<String> have = words(paragraph);
                have.retainAll(wanted);
                if (!have.isEmpty()) {
                    scored.add(new Passage(a.file(), a.outlet(), a.headline(), a.published(), paragraph, have.size()));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Passage::score).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.removeIf(w -> w.length() < 3 || STOP.contains(w));
        return words;
    }

    private static final Set<String> STOP = Set.of("the", "and", "how", "many", "what", "who", "was", "were", "have",
            "has", "been", "for", "with", "that", "this", "does", "did", "are", "from", "about");

    @Override
    public void close() {
        // nothing held
    }
}
