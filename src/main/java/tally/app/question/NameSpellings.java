package tally.app.question;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;
import tally.model.EditDistance;

/**
 * A person's name as a member misspells it ("Zelenskyj", "Budanow", "Lloyd Austen"): a word of six letters or more,
 * one edit from a word of a listed person's alias and equal to no alias word, is read as that word before sources are
 * read, as the measures' long words are read with one typo ({@link Phrases}). Only the words of people's own names
 * (their entry's name before the comma of a title): a word any body's or party's alias has is a common word
 * ("Korean", "Defense"), and an English word is seldom one edit from a given name or a surname. The first letter
 * must be right, as for the measures. Thread-safe.
 */
final class NameSpellings {

    private static final int MIN_LETTERS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}{" + MIN_LETTERS + ",}");

    /** An alias word as the alias writes it ("Zelensky") and whose name it is. */
    private record Spelling(String word, String claimantId) {
    }

    /** Each alias word, lower case, to its spelling ("zelensky" to "Zelensky" of zelensky). */
    private final Map<String, Spelling> words = new LinkedHashMap<>();
    private final Set<String> common;

    NameSpellings(ClaimantDirectory directory) {
        // a word of a body's or a party's alias is a common word ("Korean", "Defense"), whoever else's name has it
        Set<String> common = new HashSet<>();
        directory.entries().stream().filter(e -> e.kind() != Claimant.Kind.PERSON)
                .flatMap(e -> e.aliases().stream()).forEach(alias -> common.addAll(lowerWords(alias)));
        directory.config().parties().forEach(p -> p.aliases().forEach(alias -> common.addAll(lowerWords(alias))));
        directory.entries().stream().filter(e -> e.kind() == Claimant.Kind.PERSON).forEach(e -> {
            // the person's own name, before the comma of their title ("Lloyd Austin, US Defense Secretary"): never a
            // title's words ("President", "leader")
            Matcher m = WORD.matcher(e.name().split(",")[0]);
            while (m.find()) {
                String lower = m.group().toLowerCase(Locale.ROOT);
                if (!common.contains(lower)) {
                    words.putIfAbsent(lower, new Spelling(m.group(), e.id()));
                }
            }
        });
        this.common = Set.copyOf(common);
    }

    private static List<String> lowerWords(String alias) {
        return Arrays.stream(alias.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The question with each misspelt name word written as the alias has it; the question itself when none is. */
    String corrected(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            String fixed = words.containsKey(lower) || common.contains(lower) ? null : nearest(lower);
            if (fixed != null) {
                out = out == null ? new StringBuilder(question.length()) : out;
                out.append(question, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return out == null ? question : out.append(question, last, question.length()).toString();
    }

    /**
     * An alias word one edit away with the same first letter ("Zelenskyj" is one from "Zelenskyy" and "Zelenskij",
     * both Zelensky's); null when there is none, or when words of two people are ("Lee" and "Lea" would be).
     */
    private @Nullable String nearest(String lower) {
        Spelling found = null;
        for (Map.Entry<String, Spelling> e : words.entrySet()) {
            String word = e.getKey();
            if (word.charAt(0) == lower.charAt(0) && Math.abs(word.length() - lower.length()) <= 1
                    && EditDistance.withinOne(word, lower)) {
                if (found != null && !found.claimantId().equals(e.getValue().claimantId())) {
                    return null;
                }
                found = found == null ? e.getValue() : found;
            }
        }
        return found == null ? null : found.word();
    }
}
