package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * The noun phrase a number counts: where it ends (at punctuation, a verb or a preposition), its head noun, and the
 * "members of the regiment" form. Kept apart from {@link FigureReader} because it is about phrase shape only.
 */
final class NounPhrases {

    /** How far after the number its noun may stand ("3,000 North Korean special forces soldiers"). */
    private static final int NOUN_WINDOW_WORDS = 6;

    private final CompiledLexicon lex;

    NounPhrases(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * The noun of "3,000 North Korean soldiers" stands within a few words, before any punctuation, verb or
     * preposition: in "1,000 had been injured" there is no noun, and in "casualties in clashes with Ukrainian troops"
     * the noun is "casualties".
     */
    static int end(String s, int from) {
        int words = 0;
        int i = from;
        while (i < s.length() && words <= NOUN_WINDOW_WORDS) {
            char c = s.charAt(i);
            boolean inNumber = (c == ',' || c == '.') && i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)); // "of the 9,000 soldiers"
            if (!inNumber && (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '?' || c == '!')) {
                break;
            }
            if (Character.isWhitespace(c) && i > from && !Character.isWhitespace(s.charAt(i - 1))) {
                words++;
                if (VERB_AFTER_NOUN.matcher(s).region(i, s.length()).lookingAt()) {
                    break;
                }
            }
            i++;
        }
        return i;
    }

    private static final Pattern VERB_AFTER_NOUN = Pattern.compile(
            "\\s+(?:had|have|has|were|was|are|is|been|will|would|could|may|might|who|which|that"
                    + "|in|with|at|on|for|to|by|near|during|alongside|against|into|after|since|from|of|while|as|among|across|inside)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "members of the regiment", "elements of the North Korean army": a member noun followed by a unit; or the unit's
     * own members ("the regiment's members", "the unit's members").
     */
    PhraseMatcher.@Nullable Hit memberOfUnit(String s, int from, int npEnd) {
        PhraseMatcher.Hit member = firstHit(lex.memberNouns, s, from, npEnd);
        if (member == null) {
            return null;
        }
        PhraseMatcher.Hit owner = lastHit(lex.unitNouns, s, from, member.start());
        if (owner != null && POSSESSIVE.matcher(s).region(owner.end(), member.start()).matches()) {
            return new PhraseMatcher.Hit(member.phrase(), owner.start(), member.end()); // "the regiment's members"
        }
        if (!s.startsWith(" of ", member.end())) {
            return null;
        }
        int unitWindow = Math.min(s.length(), member.end() + 45);
        PhraseMatcher.Hit unit = firstHit(lex.unitNouns, s, member.end(), unitWindow);
        return unit == null ? null : new PhraseMatcher.Hit(member.phrase(), member.start(), unit.end());
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?\\s+");

    static int skipOf(String s, int from) {
        // '"thousands" of soldiers': a figure set in quotation marks is still the head of its "of" phrase; "600 out of
        // 15,000 soldiers" is a partitive as "600 of" is
        int at = from < s.length() && QUOTES.indexOf(s.charAt(from)) >= 0 ? from + 1 : from;
        String rest = s.substring(at, Math.min(s.length(), at + 8)).toLowerCase(Locale.ROOT);
        return rest.startsWith(" of ") ? at + 3 : rest.startsWith(" out of ") ? at + 7 : from;
    }

    private static final String QUOTES = "\"'\u201D\u2019";

    static boolean startsWithAny(PhraseMatcher matcher, String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '%') {
            return true;
        }
        for (PhraseMatcher.Hit hit : matcher.find(s, i, Math.min(s.length(), i + 25))) {
            if (hit.start() == i) {
                return true;
            }
        }
        return false;
    }

    /** The head of "two wounded North Korean soldiers" is its last noun; "wounded" only describes them. */
    static PhraseMatcher.@Nullable Hit lastHit(PhraseMatcher matcher, String s, int from, int to) {
        List<PhraseMatcher.Hit> hits = matcher.find(s, from, to);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    static PhraseMatcher.@Nullable Hit firstHit(PhraseMatcher matcher, String s, int from, int to) {
        List<PhraseMatcher.Hit> hits = matcher.find(s, from, to);
        return hits.isEmpty() ? null : hits.get(0);
    }
}
