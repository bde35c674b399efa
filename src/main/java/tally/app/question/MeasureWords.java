package tally.app.question;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tally.model.Metric;

/**
 * Whether a passage of an article speaks of a measure, by the words a question names it with ({@code metrics.*.words}
 * and {@code umbrellas.*.words} of config/questions.json: "captured", "prisoners of war", "casualties"). A reply that
 * has no figure for the measure asked offers passages instead, and a passage about another measure ("3,000 were killed
 * or wounded" under "how many were captured?") would stand where its answer should. Only a metric's own words count:
 * its context words ("fighting") name it only in a question already on the topic. An umbrella's words ("casualties",
 * "losses") speak of all its measures together, so they count only when every one of them is asked: a passage on
 * "the casualties included high-ranking officials" does not speak of the captured alone (the lead's trial, round 66:
 * such passages were offered under "how many were captured?" on the bundled corpus, which never mentions a capture).
 * A word with a typo does not count either: an article's text is edited, a chat question is not.
 */
public final class MeasureWords {

    /** No words: every passage speaks of every measure (tests that do not load the lexicon). */
    public static final MeasureWords NONE = new MeasureWords(Map.of(), List.of());

    private record UmbrellaWords(Set<Metric> metrics, List<Phrases.Phrase> phrases) {
    }

    private final Map<Metric, List<Phrases.Phrase>> byMetric;
    private final List<UmbrellaWords> umbrellas;

    private MeasureWords(Map<Metric, List<Phrases.Phrase>> byMetric, List<UmbrellaWords> umbrellas) {
        this.byMetric = byMetric;
        this.umbrellas = umbrellas;
    }

    public static MeasureWords of(QuestionLexicon lexicon) {
        Map<Metric, List<Phrases.Phrase>> out = new EnumMap<>(Metric.class);
        lexicon.byMetric().forEach((metric, words) -> words.words().forEach(w -> add(out, metric, w)));
        List<UmbrellaWords> umbrellas = lexicon.umbrellas().stream().map(u -> new UmbrellaWords(
                u.metrics().stream().map(id -> Metric.byId(id).orElseThrow()).collect(Collectors.toUnmodifiableSet()),
                u.words().stream().map(Phrases::compile).toList())).toList();
        return new MeasureWords(Map.copyOf(out), umbrellas);
    }

    private static void add(Map<Metric, List<Phrases.Phrase>> out, Metric metric, String word) {
        out.computeIfAbsent(metric, m -> new ArrayList<>()).add(Phrases.compile(word));
    }

    /** Whether words were loaded, so that a passage {@link #names} a measure because it speaks of it. */
    public boolean loaded() {
        return !byMetric.isEmpty();
    }

    /**
     * Whether {@code text} names one of {@code measures} by a whole word or phrase of the lexicon, in any case; true when
     * no measure is asked or no words are loaded.
     */
    public boolean names(String text, Set<Metric> measures) {
        if (measures.isEmpty() || byMetric.isEmpty()) {
            return true;
        }
        List<String> words = QuestionText.words(text.toLowerCase(Locale.ROOT));
        for (Metric metric : measures) {
            if (anyAt(byMetric.getOrDefault(metric, List.of()), words)) {
                return true;
            }
        }
        return umbrellas.stream().anyMatch(u -> measures.containsAll(u.metrics()) && anyAt(u.phrases(), words));
    }

    /**
     * Whether {@code measures} hold every measure of an umbrella ("losses", "casualties"): a question that asks so
     * broadly asks what a source says of the war's toll at all, not of one count.
     */
    public boolean coversAnUmbrella(Set<Metric> measures) {
        return umbrellas.stream().anyMatch(u -> measures.containsAll(u.metrics()));
    }

    private static boolean anyAt(List<Phrases.Phrase> phrases, List<String> words) {
        return Phrases.anyStartsWithin(phrases, words, 0, words.size());
    }
}
