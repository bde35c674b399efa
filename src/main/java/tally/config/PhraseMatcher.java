package tally.config;

import static tally.config.WordStarts.fold;
import static tally.config.WordStarts.isWordChar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word occurrences of a list of phrases. Phrases are bucketed by their first word (case folded), and the
 * words of a text are found and hashed once for all lexicons ({@link WordStarts}), so a scan costs one hash look-up
 * per word and a comparison with the few phrases that begin with that word, longest first; the longest phrase at a
 * place wins, however long the lexicon (a regex alternation of hundreds of phrases tries every one of them at every
 * character, and buckets by first letters still compared dozens of claimant aliases at every "the" and "South"). A
 * phrase that starts with a mark ("-strong") is bucketed by that mark.
 * Short upper-case acronyms ("NIS", "US", "POW") match only in upper case, so "us" in running text names nobody.
 */
public final class PhraseMatcher {

    /** One occurrence: the phrase as written in config (lower-cased) and where it stands. */
    public record Hit(String phrase, int start, int end) {
    }

    /**
     * {@code folded}: the key folded as {@link WordStarts#fold} folds text, to compare a place with it in one pass;
     * {@code firstWord}: the length of its first word, which the bucket it sits in has already matched.
     */
    private record Entry(String phrase, String key, boolean caseSensitive, String folded, int firstWord, boolean shadow) {
    }

    private static final Entry[] NONE = new Entry[0];

    /** Phrases by their folded first word, in an open-addressing table so that a look-up builds no string. */
    private final String[] words;
    /** Each slot's word's hash, compared before its characters: most words of a text are in no lexicon. */
    private final int[] hashes;
    private final Entry[][] byWord;
    private final int mask;
    /** Phrases that start with a mark, not a letter or digit, by that mark. */
    private final Map<Character, Entry[]> byMark = new HashMap<>();

    public PhraseMatcher(Collection<String> phrases) {
        this(phrases, List.of());
    }

    /**
     * A matcher whose {@code shadows} are matched as its phrases are, longest first, and never reported: a longer
     * phrase that holds a phrase and makes it mean something else ("fallen to 8,200" holds the death cue "fallen";
     * "including the wounded" names a group, not what the figure before it counts). Where a shadow stands, no phrase
     * inside it is found. Shadows are meant to be longer than the phrases they hide.
     */
    public PhraseMatcher(Collection<String> phrases, Collection<String> shadows) {
        Map<String, List<Entry>> buckets = new LinkedHashMap<>();
        Map<Character, List<Entry>> marks = new HashMap<>();
        java.util.Set<String> hiding = new java.util.HashSet<>(shadows);
        java.util.stream.Stream.concat(phrases.stream(), shadows.stream()).filter(p -> !p.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(p -> {
                    int wordEnd = wordEnd(p, 0);
                    Entry e = new Entry(p.toLowerCase(Locale.ROOT), p, isAcronym(p), folded(p, p.length()), wordEnd,
                            hiding.contains(p));
                    if (wordEnd == 0) {
                        marks.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(e);
                    } else {
                        buckets.computeIfAbsent(folded(p, wordEnd), k -> new ArrayList<>()).add(e);
                    }
                });
        marks.forEach((mark, list) -> byMark.put(mark, list.toArray(NONE)));
        int size = Integer.highestOneBit(Math.max(4, buckets.size() * 3)) << 1;
        words = new String[size];
        hashes = new int[size];
        byWord = new Entry[size][];
        mask = size - 1;
        buckets.forEach((word, list) -> {
            int slot = word.hashCode() & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            hashes[slot] = word.hashCode();
            byWord[slot] = list.toArray(NONE);
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
        WordStarts places = WordStarts.of(text);
        int free = Math.max(0, from);
        for (int k = places.firstAtOrAfter(free); k < places.count && places.starts[k] < end; k++) {
            int at = places.starts[k];
            if (at < free || places.ends[k] != at && words[places.hashes[k] & mask] == null) {
                continue; // most words begin no phrase of the lexicon: an empty slot says so before any call
            }
            Entry match = longestAt(places, at, end, candidates(places, k));
            if (match != null && match.shadow()) {
                free = at + match.key().length();
            } else if (match != null) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(4);
                }
                hits.add(new Hit(match.phrase(), at, at + match.key().length()));
                if (firstOnly) {
                    return hits;
                }
                free = at + match.key().length();
            }
        }
        return hits;
    }

    private Entry[] candidates(WordStarts places, int k) {
        int at = places.starts[k];
        if (places.ends[k] == at) {
            return byMark.isEmpty() ? NONE : byMark.getOrDefault(places.text.charAt(at), NONE);
        }
        return phrasesOf(places.hashes[k], places.folded, at, places.ends[k]);
    }

    /**
     * The longest candidate that stands whole at {@code at}. The word boundary after it is checked first and the first
     * word, which the bucket matched, is not compared again: most candidates of a common first word ("the", "South")
     * fail at once, and this comparison was a tenth of ingest's CPU.
     */
    private static Entry longestAt(WordStarts places, int at, int end, Entry[] candidates) {
        String text = places.text;
        for (Entry e : candidates) {
            int stop = at + e.key().length();
            if (stop <= end && (stop == text.length() || !isWordChar(text.charAt(stop)))
                    && (e.caseSensitive() ? text.startsWith(e.key(), at) : restFolded(e, places.folded, at))) {
                return e;
            }
        }
        return null;
    }

    /** Whether text from {@code at} folds to the entry's key after its first word (the bucket's, matched already). */
    private static boolean restFolded(Entry e, char[] text, int at) {
        String folded = e.folded();
        for (int i = e.firstWord(); i < folded.length(); i++) {
            if (folded.charAt(i) != text[at + i]) {
                return false;
            }
        }
        return true;
    }

    /** The phrases whose first word is folded[from, to), which hashes (as String.hashCode) to hash. */
    private Entry[] phrasesOf(int hash, char[] folded, int from, int to) {
        for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameFolded(words[slot], folded, from, to)) {
                return byWord[slot];
            }
        }
        return NONE;
    }

    private static boolean sameFolded(String word, char[] folded, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != folded[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static String folded(String s, int end) {
        StringBuilder b = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isAcronym(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
