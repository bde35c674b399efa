package tally.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds whole-word occurrences of a list of phrases in one pass: the phrases are compiled into a single alternation,
 * longest first, so the longest phrase at a place wins and a sentence is scanned once however long the lexicon.
 * Short upper-case acronyms ("NIS", "US", "POW") match only in upper case, so "us" in running text names nobody.
 */
public final class PhraseMatcher {

    /** One occurrence: the phrase as written in config (lower-cased) and where it stands. */
    public record Hit(String phrase, int start, int end) {
    }

    private final Pattern pattern;
    private final boolean empty;

    public PhraseMatcher(Collection<String> phrases) {
        List<String> sorted = phrases.stream().filter(p -> !p.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        empty = sorted.isEmpty();
        String alternation = sorted.stream()
                .map(p -> isAcronym(p) ? Pattern.quote(p) : "(?i:" + Pattern.quote(p) + ")")
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (empty ? "(?!)" : alternation) + ")(?![\\p{L}\\p{N}])");
    }

    public List<Hit> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Occurrences that lie wholly inside [from, to). */
    public List<Hit> find(CharSequence text, int from, int to) {
        if (empty || from >= to) {
            return List.of();
        }
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        List<Hit> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new Hit(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return hits;
    }

    public boolean containsIn(CharSequence text, int from, int to) {
        if (empty || from >= to) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), to));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.find();
    }

    static boolean isAcronym(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
