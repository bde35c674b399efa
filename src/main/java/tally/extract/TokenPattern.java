package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tally.config.ExtractionLexicon;

/**
 * A rule over tagged tokens, kept as data in config/extraction.json ({@code tokenRules}): a sequence of steps, each
 * constraining one token by its word, its tag or whether its lemma is a reporting cue, and possibly optional. In the
 * spirit of spaCy's Matcher and Stanford's TokensRegex, but only as much as Tally's rules need.
 */
final class TokenPattern {

    /** A step compiled once: its words and tags as sets. */
    private record Step(Set<String> words, Set<String> tags, boolean cue, boolean optional) {
    }

    private final List<Step> steps;

    TokenPattern(List<ExtractionLexicon.TokenStep> steps) {
        this.steps = steps.stream().map(t -> new Step(Set.copyOf(t.words()), Set.copyOf(t.tags()), t.cue(),
                t.optional())).toList();
    }

    /** The end (exclusive token index) of a match starting at token {@code at}, or -1. */
    int matchAt(TaggedSentence s, int at, Set<String> cueLemmas) {
        return match(s, at, 0, cueLemmas);
    }

    private int match(TaggedSentence s, int at, int step, Set<String> cueLemmas) {
        if (step == steps.size()) {
            return at;
        }
        Step st = steps.get(step);
        if (at < s.size() && accepts(st, s.get(at), cueLemmas)) {
            int end = match(s, at + 1, step + 1, cueLemmas);
            if (end >= 0) {
                return end;
            }
        }
        return st.optional() ? match(s, at, step + 1, cueLemmas) : -1;
    }

    /** Every match, left to right, as [start, end) token ranges. */
    List<int[]> findAll(TaggedSentence s, Set<String> cueLemmas) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            int end = matchAt(s, i, cueLemmas);
            if (end > i) {
                found.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return found;
    }

    private static boolean accepts(Step step, TaggedSentence.Token t, Set<String> cueLemmas) {
        if (!step.words().isEmpty() && !step.words().contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (!step.tags().isEmpty() && !step.tags().contains(t.tag())) {
            return false;
        }
        return !step.cue() || cueLemmas.contains(t.lemma());
    }
}
