package tally.app.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Metric;

/**
 * The measures a question names by the lexicon's words (config/questions.json): a metric's own words
 * ("killed"), its context words, which name it only on a question already on the topic, and the generic "how many
 * (North Korean) troops", a quantity word followed within a window of words by a noun for soldiers.
 */
final class MetricPhrases {

    private record MetricPhrase(Set<Metric> metrics, Phrases.Phrase phrase) {
    }

    private final List<MetricPhrase> words;
    private final List<MetricPhrase> contextWords;
    private final Metric genericMetric;
    private final List<Phrases.Phrase> quantityWords;
    private final List<Phrases.Phrase> nouns;
    private final int genericWindow;

    MetricPhrases(QuestionLexicon lexicon) {
        List<MetricPhrase> strong = new ArrayList<>();
        List<MetricPhrase> context = new ArrayList<>();
        for (Map.Entry<Metric, QuestionLexicon.MetricWords> e : lexicon.byMetric().entrySet()) {
            Set<Metric> one = EnumSet.of(e.getKey());
            e.getValue().words().forEach(w -> strong.add(new MetricPhrase(one, Phrases.compile(w))));
            e.getValue().contextWords().forEach(w -> context.add(new MetricPhrase(one, Phrases.compile(w))));
        }
        for (QuestionLexicon.Umbrella u : lexicon.umbrellas()) {
            Set<Metric> all = EnumSet.noneOf(Metric.class);
            u.metrics().forEach(id -> all.add(Metric.byId(id).orElseThrow()));
            u.words().forEach(w -> strong.add(new MetricPhrase(all, Phrases.compile(w))));
            u.contextWords().forEach(w -> context.add(new MetricPhrase(all, Phrases.compile(w))));
        }
        strong.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        context.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        this.words = List.copyOf(strong);
        this.contextWords = List.copyOf(context);
        this.genericMetric = Metric.byId(lexicon.generic().metric()).orElseThrow();
        this.quantityWords = lexicon.generic().quantityWords().stream().map(Phrases::compile).toList();
        this.nouns = lexicon.generic().nouns().stream().map(Phrases::compile).toList();
        this.genericWindow = lexicon.generic().window();
    }

    /** The measure "how many troops" asks for when it names no other. */
    Metric genericMetric() {
        return genericMetric;
    }

    /** The measures the question's words name, a word with one typo included ("kiled"). */
    Set<Metric> named(List<String> w) {
        return metrics(words, w, true);
    }

    /** The measures the question's context words name ("losses"), read only on a question already on the topic. */
    Set<Metric> byContext(List<String> w) {
        return metrics(contextWords, w, false);
    }

    /** The measures of the longest metric phrase at word {@code at}, or null when none starts there. */
    PartOfAnother.@Nullable Named measureAt(List<String> w, int at) {
        for (MetricPhrase p : words) { // longest first
            if (Phrases.matchesAt(p.phrase(), w, at)) {
                return new PartOfAnother.Named(p.metrics(), p.phrase().size());
            }
        }
        return null;
    }

    /**
     * The phrases of the question's content (a metric, a force or troop noun): they describe what is counted. Phrases
     * of several words count too, so "body count" is content and its "count" no source's cue.
     */
    List<Phrases.Phrase> contentPhrases(QuestionLexicon lexicon) {
        List<Phrases.Phrase> content = new ArrayList<>();
        words.stream().map(MetricPhrase::phrase).forEach(content::add);
        contextWords.stream().map(MetricPhrase::phrase).forEach(content::add);
        lexicon.subjects().forceNouns().forEach(w -> content.add(Phrases.compile(w)));
        lexicon.subjects().troopNouns().forEach(w -> content.add(Phrases.compile(w)));
        lexicon.generic().nouns().forEach(w -> content.add(Phrases.compile(w)));
        return List.copyOf(content);
    }

    /** Longest phrase first; a word used by one phrase is not reused, so "killed or wounded" is not also "killed". */
    private static Set<Metric> metrics(List<MetricPhrase> phrases, List<String> w, boolean typos) {
        Set<Metric> found = EnumSet.noneOf(Metric.class);
        boolean[] used = new boolean[w.size()];
        for (MetricPhrase mp : phrases) {
            int n = mp.phrase().size();
            for (int i = 0; i + n <= w.size(); i++) {
                if (!anyUsed(used, i, n) && Phrases.matchesAt(mp.phrase(), w, i)) {
                    found.addAll(mp.metrics());
                    Arrays.fill(used, i, i + n, true);
                }
            }
        }
        if (typos) {
            for (int i = 0; i < w.size(); i++) {
                for (MetricPhrase mp : phrases) {
                    if (!used[i] && Phrases.matchesWithTypo(mp.phrase(), w.get(i))) {
                        found.addAll(mp.metrics());
                        used[i] = true;
                    }
                }
            }
        }
        return found;
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** "how many", "number of": the question asks for a count, even without a metric. */
    boolean quantity(List<String> w) {
        return Phrases.anyMatchExact(quantityWords, w);
    }

    /** "how many (North Korean) troops": a quantity word followed closely by a noun for soldiers. */
    boolean generic(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            for (Phrases.Phrase q : quantityWords) {
                if (Phrases.matchesAt(q, w, i)) {
                    int from = i + q.size();
                    int to = Math.min(w.size(), from + genericWindow + 1);
                    for (int j = from; j < to; j++) {
                        for (Phrases.Phrase noun : nouns) {
                            if (Phrases.matchesAt(noun, w, j)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
