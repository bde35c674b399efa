package tally.extract;

import java.util.List;
import java.util.Locale;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Reading;
import tally.model.Metric;

/**
 * The words right before a number that belong to the figure: its qualifier ("at least", "about";
 * {@code qualifiers}), an additive ("another", "a further") and a lead-in ("totalling"; {@code leadIns}).
 */
final class Qualifiers {

    private final CompiledLexicon lex;

    Qualifiers(CompiledLexicon lex) {
        this.lex = lex;
    }

    static final List<String> ADDITIVE = List.of("another ", "a further ", "an additional ", "an extra ");

    Reading qualify(String s, Quantity q, Metric metric) {
        int textStart = q.start();
        String qualifier = null;
        if (!q.vague()) {
            for (PhraseMatcher.Hit hit : lex.qualifiers.find(s, Math.max(0, q.start() - 40), q.start())) {
                if (s.substring(hit.end(), q.start()).isBlank()) {
                    qualifier = lex.qualifierMeaning.get(hit.phrase());
                    textStart = hit.start();
                }
            }
        }
        if (qualifier == null && NumberValues.signOfMore(s, q)) {
            qualifier = "more than"; // "1,000-plus": the sign after the number is its qualifier
        } else if (qualifier == null && NumberValues.signOfRoughly(s, q)) {
            qualifier = "about"; // "3,000-odd troops"
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            int at = textStart - additive.length();
            if (at >= 0 && lower.startsWith(additive, at)) {
                textStart = at;
            }
        }
        return new Reading(metric, textStart, qualifier);
    }

    /**
     * "another 10,000", "a further roughly 2,000": an additive word right before the number or its qualifier; or
     * (round 53) one right after it, "3,000 more soldiers", "3,000 additional troops" (not "3,000 more than"); or (round
     * 56) one after a vague count's "of", "thousands of extra infantrymen".
     */
    boolean additive(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        return beforeAdditive(s, at) < at || ADDITIVE_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()
                || q.vague() && ADDITIVE_AFTER_OF.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    private static final java.util.regex.Pattern ADDITIVE_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:more|additional|extra)\\b(?!\\s+than\\b)");
    /** Round 56: after a vague count's "of", "thousands of extra infantrymen", "hundreds of additional troops". */
    private static final java.util.regex.Pattern ADDITIVE_AFTER_OF = java.util.regex.Pattern.compile(
            "(?i)\\s+of\\s+(?:additional|extra)\\b");

    /** "and wounded a further 50": where the additive before a number (and its qualifier) starts. */
    static int beforeAdditive(String s, int at) {
        String lower = s.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (lower.endsWith(additive) && (lower.length() == additive.length()
                    || !Character.isLetter(lower.charAt(lower.length() - additive.length() - 1)))) {
                return at - additive.length();
            }
        }
        return at;
    }

    /** "bring in another 30,000": an additive word between a lead-in and its number is part of the figure. */
    private static String withoutAdditive(String between) {
        String lower = between.toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (lower.endsWith(additive)) {
                return between.substring(0, between.length() - additive.length()) + " ";
            }
        }
        return between;
    }

    boolean leadInBefore(String s, int start) {
        int from = Math.max(0, start - 40);
        for (PhraseMatcher.Hit hit : lex.leadIns.find(s, from, start)) {
            String between = withoutAdditive(s.substring(hit.end(), start));
            if (between.isBlank() || lex.qualifiers.find(between).stream().anyMatch(h -> between.substring(h.end()).isBlank()
                    && between.substring(0, h.start()).isBlank())) {
                return true;
            }
        }
        return false;
    }
}
