package tally.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word occurrences of a list of phrases. Phrases are bucketed by their first character and tried longest
 * first at each word start, so the longest phrase at a place wins and a scan costs a few comparisons per word however
 * long the lexicon (a regex alternation of hundreds of phrases tries every one of them at every character).
 * Short upper-case acronyms ("NIS", "US", "POW") match only in upper case, so "us" in running text names nobody.
 */
public final class PhraseMatcher {

    /** One occurrence: the phrase as written in config (lower-cased) and where it stands. */
    public record Hit(String phrase, int start, int end) {
    }

    /** {@code second} is the phrase's second character in lower case (or -1), checked before any full comparison. */
    private record Entry(String phrase, String key, boolean caseSensitive, int second) {
    }

    private static final Entry[] NONE = new Entry[0];

    /**
     * The phrases that start with one character, split again by their second (lower case): a place in the text is
     * compared only with phrases whose first two characters it has, longest first, then with one-letter phrases.
     */
    private static final class Bucket {
        final Entry[][] bySecond = new Entry[128][];
        final Map<Integer, Entry[]> otherSecond = new HashMap<>();
        Entry[] singles = NONE;

        Entry[] candidates(int second) {
            Entry[] found = second >= 0 && second < 128 ? bySecond[second] : otherSecond.get(second);
            return found == null ? NONE : found;
        }
    }

    /** Candidates by the lower-cased first character: ASCII in an array, anything else in a map. */
    private final Bucket[] ascii = new Bucket[128];
    private final Map<Character, Bucket> other = new HashMap<>();

    public PhraseMatcher(Collection<String> phrases) {
        Map<Character, List<Entry>> buckets = new HashMap<>();
        phrases.stream().filter(p -> !p.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(p -> {
                    int second = p.length() > 1 ? Character.toLowerCase(p.charAt(1)) : -1;
                    Entry e = new Entry(p.toLowerCase(Locale.ROOT), p, isAcronym(p), second);
                    buckets.computeIfAbsent(Character.toLowerCase(p.charAt(0)), k -> new ArrayList<>()).add(e);
                });
        buckets.forEach((c, list) -> {
            Bucket b = new Bucket();
            Map<Integer, List<Entry>> bySecond = new HashMap<>();
            List<Entry> singles = new ArrayList<>();
            for (Entry e : list) {
                if (e.second() < 0) {
                    singles.add(e);
                } else {
                    bySecond.computeIfAbsent(e.second(), k -> new ArrayList<>()).add(e);
                }
            }
            bySecond.forEach((second, entries) -> {
                if (second < 128) {
                    b.bySecond[second] = entries.toArray(NONE);
                } else {
                    b.otherSecond.put(second, entries.toArray(NONE));
                }
            });
            b.singles = singles.toArray(NONE);
            if (c < 128) {
                ascii[c] = b;
            } else {
                other.put(c, b);
            }
        });
    }

    public List<Hit> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Occurrences that lie wholly inside [from, to), left to right, never overlapping. */
    public List<Hit> find(CharSequence text, int from, int to) {
        return scan(text.toString(), from, to, false);
    }

    public boolean containsIn(CharSequence text, int from, int to) {
        return !scan(text.toString(), from, to, true).isEmpty();
    }

    /** Most scans find nothing, so the list is made only on the first hit. */
    private List<Hit> scan(String text, int from, int to, boolean firstOnly) {
        List<Hit> hits = List.of();
        int end = Math.min(to, text.length());
        int i = Math.max(0, from);
        while (i < end) {
            Entry match = wordStart(text, i) ? longestAt(text, i, end) : null;
            if (match != null) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(4);
                }
                hits.add(new Hit(match.phrase(), i, i + match.key().length()));
                if (firstOnly) {
                    return hits;
                }
                i += match.key().length();
            } else {
                i++;
            }
        }
        return hits;
    }

    private Entry longestAt(String text, int at, int end) {
        char first = Character.toLowerCase(text.charAt(at));
        Bucket bucket = first < 128 ? ascii[first] : other.get(first);
        if (bucket == null) {
            return null;
        }
        int second = at + 1 < text.length() ? Character.toLowerCase(text.charAt(at + 1)) : -1;
        Entry match = firstMatch(bucket.candidates(second), text, at, end);
        return match != null ? match : firstMatch(bucket.singles, text, at, end);
    }

    private static Entry firstMatch(Entry[] candidates, String text, int at, int end) {
        for (Entry e : candidates) {
            int stop = at + e.key().length();
            if (stop <= end && text.regionMatches(!e.caseSensitive(), at, e.key(), 0, e.key().length())
                    && (stop == text.length() || !isWordChar(text.charAt(stop)))) {
                return e;
            }
        }
        return null;
    }

    private static boolean wordStart(String text, int i) {
        return i == 0 || !isWordChar(text.charAt(i - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isAcronym(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
