package tally.app.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.config.ClaimantDirectory;
import tally.model.Metric;

/**
 * Reads a free-text question into what it asks. Never throws on any input and does bounded work: the text is capped
 * at {@link QuestionText#MAX_CHARS} and every scan is linear in its words. Thread-safe.
 */
public final class QuestionParser {

    private record MetricPhrase(Metric metric, Phrases.Phrase phrase) {
    }

    private final List<MetricPhrase> words;
    private final List<MetricPhrase> contextWords;
    private final Metric genericMetric;
    private final List<Phrases.Phrase> quantityWords;
    private final List<Phrases.Phrase> nouns;
    private final int genericWindow;
    private final List<Phrases.Phrase> topicWords;
    private final ClaimantFinder claimants;

    public QuestionParser(QuestionLexicon lexicon, ClaimantDirectory directory) {
        List<MetricPhrase> strong = new ArrayList<>();
        List<MetricPhrase> context = new ArrayList<>();
        for (Map.Entry<Metric, QuestionLexicon.MetricWords> e : lexicon.byMetric().entrySet()) {
            e.getValue().words().forEach(w -> strong.add(new MetricPhrase(e.getKey(), Phrases.compile(w))));
            e.getValue().contextWords().forEach(w -> context.add(new MetricPhrase(e.getKey(), Phrases.compile(w))));
        }
        strong.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        context.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        this.words = List.copyOf(strong);
        this.contextWords = List.copyOf(context);
        this.genericMetric = Metric.byId(lexicon.generic().metric()).orElseThrow();
        this.quantityWords = lexicon.generic().quantityWords().stream().map(Phrases::compile).toList();
        this.nouns = lexicon.generic().nouns().stream().map(Phrases::compile).toList();
        this.genericWindow = lexicon.generic().window();
        this.topicWords = lexicon.topicWords().stream().map(Phrases::compile).toList();
        this.claimants = new ClaimantFinder(directory, lexicon);
    }

    /**
     * @param reference the date that "last month" or "in December" is relative to: the newest publication date in
     *                  the corpus, so answers do not drift with the wall clock; null when the corpus has no dates
     */
    public ParsedQuestion parse(String question, @Nullable LocalDate reference) {
        QuestionText text = QuestionText.of(question);
        List<String> w = text.words();
        ClaimantFinder.Found who = claimants.find(text.cleaned());
        boolean topic = who != null || Phrases.anyMatch(topicWords, w);
        Set<Metric> metrics = metrics(words, w, true);
        if (metrics.isEmpty() && topic) {
            metrics = metrics(contextWords, w, false);
        }
        if (metrics.isEmpty() && topic && generic(w)) {
            metrics = EnumSet.of(genericMetric);
        }
        Period period = PeriodParser.parse(text.lower(), reference);
        boolean onTopic = topic || !metrics.isEmpty();
        if (!onTopic) {
            return new ParsedQuestion(Set.of(), null, null, period, false);
        }
        return new ParsedQuestion(metrics, who == null ? null : who.claimant(), who == null ? null : who.partyId(),
                period, true);
    }

    /** Longest phrase first; a word used by one phrase is not reused, so "killed or wounded" is not also "killed". */
    private static Set<Metric> metrics(List<MetricPhrase> phrases, List<String> w, boolean typos) {
        Set<Metric> found = EnumSet.noneOf(Metric.class);
        boolean[] used = new boolean[w.size()];
        for (MetricPhrase mp : phrases) {
            int n = mp.phrase().size();
            for (int i = 0; i + n <= w.size(); i++) {
                if (!anyUsed(used, i, n) && Phrases.matchesAt(mp.phrase(), w, i)) {
                    found.add(mp.metric());
                    Arrays.fill(used, i, i + n, true);
                }
            }
        }
        if (typos) {
            for (int i = 0; i < w.size(); i++) {
                for (MetricPhrase mp : phrases) {
                    if (!used[i] && Phrases.matchesWithTypo(mp.phrase(), w.get(i))) {
                        found.add(mp.metric());
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

    /** "how many (North Korean) troops": a quantity word followed closely by a noun for soldiers. */
    private boolean generic(List<String> w) {
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
