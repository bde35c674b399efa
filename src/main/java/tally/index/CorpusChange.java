package tally.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.LoadProblem;
import tally.model.Plural;

/**
 * What a refresh changed, for the operator's log and {@code /status}: "2 articles added (a.txt, b.txt), 1 removed
 * (c.txt); 10,001 articles, 30,012 claims, 1 problem now". An article is edited when its file's content differs; a
 * publication date Tally inferred is not the file's content, so a date inferred afresh is no edit.
 */
record CorpusChange(List<String> added, List<String> removed, List<String> edited, int articles, int claims,
                    int problems, int warnings) {

    private static final int NAMES_SHOWN = 5;

    CorpusChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        edited = List.copyOf(edited);
    }

    static CorpusChange between(AnalyzedCorpus before, AnalyzedCorpus after) {
        Map<String, Article> old = new HashMap<>();
        before.articles().forEach(a -> old.put(a.file(), asStored(a)));
        List<String> added = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (Article a : after.articles()) {
            Article was = old.remove(a.file());
            if (was == null) {
                added.add(a.file());
            } else if (!was.equals(asStored(a))) {
                edited.add(a.file());
            }
        }
        List<String> removed = old.keySet().stream().sorted().toList();
        int warnings = warnings(after);
        return new CorpusChange(added, removed, edited, after.articles().size(), after.claims().size(),
                after.problems().size() - warnings, warnings);
    }

    /** Files that loaded with a warning (a header key misspelt): they are in the corpus, unlike a problem's file. */
    private static int warnings(AnalyzedCorpus corpus) {
        return (int) corpus.problems().stream().filter(LoadProblem::warning).count();
    }

    /**
     * "1 problem, 2 warnings" (no warnings, no words for them): files that did not load and files that loaded with a
     * warning, counted apart in every log line that counts them (trial 12 saw "1 problem" when the index was written
     * and "0 problems now" after it, for one misspelt key).
     */
    static String problemsAndWarnings(AnalyzedCorpus corpus) {
        int warnings = warnings(corpus);
        return problemsAndWarnings(corpus.problems().size() - warnings, warnings);
    }

    private static String problemsAndWarnings(int problems, int warnings) {
        return String.format(Locale.ROOT, "%,d %s", problems, Plural.noun(problems, "problem")) + (warnings == 0 ? ""
                : String.format(Locale.ROOT, ", %,d %s", warnings, Plural.noun(warnings, "warning")));
    }

    /** The change itself, without the totals; "no article changed" when only problems or claims moved. */
    String summary() {
        List<String> parts = new ArrayList<>();
        part(parts, added, "added");
        part(parts, removed, "removed");
        part(parts, edited, "edited");
        return parts.isEmpty() ? "no article added, removed or edited" : String.join(", ", parts);
    }

    /** One log line: the change and the totals now. */
    String describe() {
        return summary() + String.format(Locale.ROOT, "; %,d %s, %,d %s, %s now", articles,
                Plural.noun(articles, "article"), claims, Plural.noun(claims, "claim"),
                problemsAndWarnings(problems, warnings));
    }

    private static void part(List<String> parts, List<String> files, String what) {
        if (files.isEmpty()) {
            return;
        }
        String names = String.join(", ", files.subList(0, Math.min(NAMES_SHOWN, files.size())))
                + (files.size() > NAMES_SHOWN ? ", and " + (files.size() - NAMES_SHOWN) + " more" : "");
        parts.add(String.format(Locale.ROOT, "%,d %s %s (%s)", files.size(), Plural.noun(files.size(), "article"),
                what, names));
    }

    private static Article asStored(Article a) {
        return a.published() != null && a.published().inferred() ? a.withPublished(null) : a;
    }
}
