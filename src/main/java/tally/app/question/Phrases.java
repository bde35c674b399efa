package tally.app.question;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tally.model.EditDistance;

/**
 * Matches lexicon phrases against the words of a question. A phrase is a sequence of words; a trailing {@code *}
 * lets its last word match any word it starts (Cyrillic and Korean endings), and a {@code *} after an inner word lets
 * that word match any word it starts ("южнокорейск* разведк*": every case of both words). Single words of six letters or more also
 * match with one typo, provided the first letter is right: cheap, and "soliders" or "casualites" still count.
 */
final class Phrases {

    /** {@code prefix}: the last word matches any word it starts; {@code innerPrefixes}: which other words do. */
    record Phrase(List<String> words, boolean prefix, java.util.Set<Integer> innerPrefixes) {
        Phrase(List<String> words, boolean prefix) {
            this(words, prefix, java.util.Set.of());
        }

        int size() {
            return words.size();
        }
    }

    private static final int FUZZY_MIN_LENGTH = 6;

    private Phrases() {
    }

    static Phrase compile(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        boolean prefix = lower.endsWith("*");
        List<String> words = QuestionText.words(prefix ? lower.substring(0, lower.length() - 1) : lower);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("phrase has no words: '" + text + "'");
        }
        java.util.Set<Integer> inner = new java.util.HashSet<>();
        String[] parts = lower.split("\\s+");
        for (int k = 0; k < parts.length - 1 && parts.length == words.size(); k++) {
            if (parts[k].endsWith("*")) {
                inner.add(k);
            }
        }
        return new Phrase(words, prefix, java.util.Set.copyOf(inner));
    }

    /** Longest phrases first, so "killed or wounded" is tried before "killed". */
    static final Comparator<Phrase> LONGEST_FIRST = Comparator.comparingInt(Phrase::size).reversed()
            .thenComparing(p -> String.join(" ", p.words()).length(), Comparator.reverseOrder());

    /** Whether one of {@code phrases} starts at {@code from} or at most {@code window} words after it. */
    static boolean anyStartsWithin(List<Phrase> phrases, List<String> words, int from, int window) {
        for (int j = from; j < Math.min(words.size(), from + window + 1); j++) {
            int at = j;
            if (phrases.stream().anyMatch(p -> matchesAt(p, words, at))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} matches exactly at word {@code at}. */
    static boolean matchesAt(Phrase phrase, List<String> words, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String want = phrase.words().get(k);
            String have = words.get(at + k);
            boolean last = k == phrase.size() - 1;
            boolean open = last ? phrase.prefix() : phrase.innerPrefixes().contains(k);
            if (!(have.equals(want) || open && have.startsWith(want))) {
                return false;
            }
        }
        return true;
    }

    /** One typo (insert, delete, substitute or swap) in a long single word; the first letter must be right. */
    static boolean matchesWithTypo(Phrase phrase, String word) {
        if (phrase.size() != 1 || phrase.prefix()) {
            return false;
        }
        String want = phrase.words().get(0);
        return want.length() >= FUZZY_MIN_LENGTH
                && Math.abs(want.length() - word.length()) <= 1
                && want.charAt(0) == word.charAt(0)
                && EditDistance.withinOne(want, word);
    }

    /** Whether any phrase matches anywhere, exactly or (for long single words) with one typo. */
    static boolean anyMatch(List<Phrase> phrases, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (Phrase p : phrases) {
                if (matchesAt(p, words, i) || matchesWithTypo(p, words.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a one-word phrase matches word {@code at}: the closed lists of auxiliaries, copulas and verbs that mark
     * where a clause turns ("have", "were", "by") are single words, and a longer phrase there would mark nothing.
     */
    static boolean oneWordAt(List<Phrase> phrases, List<String> words, int at) {
        for (Phrase p : phrases) {
            if (p.size() == 1 && matchesAt(p, words, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any phrase matches exactly somewhere in {@code words}. */
    static boolean anyMatchExact(List<Phrase> phrases, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (Phrase p : phrases) {
                if (matchesAt(p, words, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
