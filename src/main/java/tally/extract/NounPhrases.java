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
    /** The comma or dot at {@code i} stands between two digits: a separator inside a number ("9,000", "1.5"). */
    static boolean insideNumber(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * The full stop of an initial inside the sentence ("109 N. Korean troops", "300 U.S. troops"): a capital letter
     * standing alone as a word, or after another initial. The sentence has been split already, so a stop there is an
     * abbreviation's, not the sentence's end.
     */
    static boolean initialsStop(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isUpperCase(s.charAt(i - 1))
                && (i == 1 || Character.isWhitespace(s.charAt(i - 2)) || s.charAt(i - 2) == '.');
    }

    static int end(String s, int from) {
        int words = 0;
        int i = from;
        while (i < s.length() && words <= NOUN_WINDOW_WORDS) {
            char c = s.charAt(i);
            boolean inNumber = (c == ',' || c == '.') && insideNumber(s, i); // "of the 9,000 soldiers"
            boolean initial = c == '.' && initialsStop(s, i); // "N. Korean troops": no end of the phrase
            if (!inNumber && !initial && (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '?' || c == '!')) {
                break;
            }
            // round 46: a clause of time opening right after the number ("Russian losses rose to 38,000 after North
            // Korean troops arrived") holds another phrase, whose noun the number does not count
            if (i == from && Character.isWhitespace(c) && TIME_CLAUSE.matcher(s).region(i, s.length()).lookingAt()) {
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

    /** How far a bracket right after a number may run before it closes: "200 (North Korean soldiers)". */
    private static final int BRACKET_REACH = 40;

    /**
     * Where the noun phrase after a number ends, as {@link #end}, but through a bracket that opens right after the
     * number and is a noun phrase saying whose troops the number counts, or what thing it counts instead: "nearly 200
     * (North Korean soldiers) came", "3,000 (artillery shells)" (an editor's or a translator's insertion that names
     * the referent). A bracket of anything else ("300 (a guess)", "300 (soldiers)", with no side named), one with a
     * number of its own ("200 (2024)") or one that names a part ("50,000 (including North Korean soldiers)") ends the
     * phrase as any bracket does.
     */
    int endThroughBracket(String s, int from) {
        int open = from;
        while (open < s.length() && s.charAt(open) == ' ') {
            open++;
        }
        if (open >= s.length() || open == from || s.charAt(open) != '(' && s.charAt(open) != '[') {
            return end(s, from);
        }
        char closing = s.charAt(open) == '(' ? ')' : ']';
        int close = s.indexOf(closing, open + 1);
        if (close < 0 || close - open > BRACKET_REACH || !namesWhatIsCounted(s, open + 1, close)) {
            return end(s, from);
        }
        return close + 1 < s.length() && s.charAt(close + 1) == ' ' ? end(s, close + 1) : close + 1;
    }

    /** A bracket's words are a noun phrase whose head is a thing, or troops of a side it names. */
    private boolean namesWhatIsCounted(String s, int from, int to) {
        if (holdsDigit(s, from, to) || ASIDE_OPENING.matcher(s).region(from, to).lookingAt()) {
            return false;
        }
        if (endsWithHit(lex.nonTroopUnits, s, from, to)) {
            return true;
        }
        return endsWithHit(lex.troopNouns, s, from, to)
                && (!lex.topic.find(s, from, to).isEmpty() || !lex.otherNationality.find(s, from, to).isEmpty());
    }

    /**
     * "50,000 troops (including North Korean soldiers)", "(mostly conscripts)": a bracket that opens with a word of
     * inclusion or of part speaks of some of the men, it does not name what the number counts.
     */
    private static final Pattern ASIDE_OPENING = Pattern.compile("(?i)\\s*(?:including|incl|among|of|mostly|mainly"
            + "|chiefly|largely|partly|from|with|plus|and|or|excluding|except|not|some|many|most|all|half|both)\\b");

    /** The bracket's words end in a word of {@code words}: it is a noun phrase with that head. */
    private static boolean endsWithHit(PhraseMatcher words, String s, int from, int to) {
        int end = to;
        while (end > from && s.charAt(end - 1) == ' ') {
            end--;
        }
        int last = end;
        return words.find(s, from, to).stream().anyMatch(h -> h.end() == last);
    }

    /** "3,000 (including 200 officers)", "7,000 (of its 11,000 soldiers)": a bracket with a number of its own is an aside. */
    private static boolean holdsDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "\\s+(?:after|since|before|while|when|until|once|because|following|amid)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern VERB_AFTER_NOUN = Pattern.compile(
            "\\s+(?:had|have|has|were|was|are|is|been|will|would|could|may|might|who|which|that"
                    + "|in|with|at|on|for|to|by|near|during|alongside|beside|next|against|into|after|since|from|of|while|as|among"
                    + "|across|inside)\\b",
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

    int skipOf(String s, int from) {
        // '"thousands" of soldiers': a figure set in quotation marks is still the head of its "of" phrase; "600 out of
        // 15,000 soldiers" is a partitive as "600 of" is
        int at = from < s.length() && QUOTES.indexOf(s.charAt(from)) >= 0 ? from + 1 : from;
        // "another 10,000 or so of their comrades": an approximation after the number (figureFrames.approximateTails)
        // stands before its "of"
        for (String tail : lex.approximateTails) {
            if (s.regionMatches(true, at, tail, 0, tail.length())) {
                at += tail.length();
                break;
            }
        }
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
