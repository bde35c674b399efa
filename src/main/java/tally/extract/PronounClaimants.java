package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * Who a pronoun cue stands for ("he said", "according to him", "it added", "the agency said", "by his
 * count"): the person or body the article named in the sentences before, resolved against the {@link Discourse}; always
 * doubted, since the claimant is carried from a previous sentence. Moved out of {@link AttributionFinder} (round 61).
 */
final class PronounClaimants {

    /** "He also said", "she further noted": adverbs between the pronoun and its verb. */
    static final Pattern TRAILING_ADVERBS = Pattern.compile("(?i)(?:\\s*\\b(?:also|further|then|later|again|additionally|separately|previously|earlier|once more))+\\s*$");

    /** "the " and each body head, joined once: {@link #definiteBody} runs for every pronoun cue. */
    private final List<String> theBodyHeads;
    private final CompiledLexicon lex;

    PronounClaimants(CompiledLexicon lex) {
        this.lex = lex;
        this.theBodyHeads = lex.bodyHeads.stream().map(h -> "the " + h).toList();
    }

    private static final java.util.Set<String> TRAILING_ADVERB_ENDS = java.util.Set.of("also", "further", "then", "later",
            "again", "additionally", "separately", "previously", "earlier", "more");

    /**
     * Whether the window's last letters are one of {@link #TRAILING_ADVERBS}' words: the pattern is anchored at the end,
     * so the regex engine tries it from every character of the window, and for most speech verbs nothing is there.
     */
    static boolean endsWithAdverb(String window) {
        int end = WindowEnds.trimEnd(window, window.length());
        int start = WindowEnds.wordStart(window, end, Character::isLetter);
        return end - start >= 4 && end - start <= 12
                && TRAILING_ADVERB_ENDS.contains(window.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** The claimant a pronoun cue of the sentence stands for, else one a possessive frame names, else none. */
    Attribution find(String s, Discourse discourse) {
        for (PhraseMatcher.Hit verb : lex.speechVerbs.find(s)) {
            String window = s.substring(Math.max(0, verb.start() - 40), verb.start());
            String before = endsWithAdverb(window) ? TRAILING_ADVERBS.matcher(window).replaceFirst(" ") : window;
            // "..., saying they had turned out to be easy targets": a participle's own subject is the clause's before
            // it, so a pronoun after it opens what was said and names no speaker ("said he" is inverted; "saying he" not)
            String after = verb.phrase().endsWith("ing") ? "" : s.substring(verb.end(), Math.min(s.length(), verb.end() + 16));
            Claimant person = discourse.personReferent();
            if (person != null && person.kind() != Claimant.Kind.PERSON && namesARole(before, after)) {
                person = discourse.lastPerson; // "the leader said" is a person, though "he said" may be a body's spokesman
            }
            if (person != null && (endsWithWord(lex.personPronouns, before) || pronounAfter(lex.personPronouns, verb, after))) {
                Attribution inner = innerBody(s, verb, person, discourse);
                if (inner != null) {
                    return inner;
                }
                return new Attribution(person, null, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb,
                                endsWithWord(lex.personPronouns, before)));
            }
            Claimant body = definiteBody(before, after) && discourse.lastOfficialBody != null
                    ? discourse.lastOfficialBody
                    : singular(before, after) && discourse.lastSingularBody != null
                    ? discourse.lastSingularBody : discourse.lastBody;
            if (body != null && (endsWithWord(lex.bodyPronouns, before) || pronounAfter(lex.bodyPronouns, verb, after))) {
                return new Attribution(body, null, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb,
                                endsWithWord(lex.bodyPronouns, before)));
            }
        }
        return possessiveFrame(s, discourse);
    }

    /**
     * Round 60: "By his count, 3,000 ...", "In its assessment, 11,000 ...", "..., by his count.": a statement noun (the
     * lexicon's informationHeads) owned by a pronoun, framing the clause as "by Budanov's count" does, or opening the
     * sentence as the subject of a speech verb ("His figures show ..."), names the person or body of the sentences
     * before; doubted, as "according to him" is.
     */
    private Attribution possessiveFrame(String s, Discourse discourse) {
        if (s.indexOf("his ") < 0 && s.indexOf("her ") < 0 && s.indexOf("its ") < 0 && !s.startsWith("His ")
                && !s.startsWith("Her ") && !s.startsWith("Its ")) {
            return Attribution.NONE;
        }
        java.util.regex.Matcher m = POSSESSIVE_FRAME.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4; // a frame ("By his count,") or a subject ("His figures show")
            if (!lex.informationHeads.contains(m.group(g + 2).toLowerCase(java.util.Locale.ROOT))
                    || g == 4 && lex.speechVerbs.find(s, m.end(), Math.min(s.length(), m.end() + 20)).stream()
                            .noneMatch(v -> v.start() == m.end())) {
                continue;
            }
            boolean person = !m.group(g + 1).equalsIgnoreCase("its");
            Claimant who = person ? discourse.personReferent()
                    : discourse.lastSingularBody != null ? discourse.lastSingularBody : discourse.lastBody;
            if (who != null) {
                return new Attribution(who, null, m.start(g), null)
                        .doubted("claimant from a previous sentence", s.substring(m.start(g), m.end(g + 2)));
            }
        }
        return Attribution.NONE;
    }

    private static final Pattern POSSESSIVE_FRAME = Pattern.compile(
            "(?:^|,\\s*)((?i:by|in)\\s+)((?i:his|her|its))\\s+(?:(?:own|latest|new|updated)\\s+)?(\\p{L}+)\\s*(?:[,:]|\\.?$)"
            + "|^()((?i:his|her|its))\\s+(?:(?:own|latest|new|updated)\\s+)?(\\p{L}+)\\s+(?=\\p{Ll})");

    /**
     * "He added that the agency estimated some 10,000" (round 48, whole articles): a definite body ("the agency", "the
     * ministry") reporting inside what the person says is the source the person passes on, as it is when the body is
     * named ("He added that the NIS estimated"); both are carried from earlier sentences, so the claimant is doubted.
     */
    private @Nullable Attribution innerBody(String s, PhraseMatcher.Hit outer, Claimant person, Discourse discourse) {
        Claimant body = discourse.lastOfficialBody;
        if (body == null || body.equals(person)) {
            return null;
        }
        for (PhraseMatcher.Hit verb : lex.speechVerbs.find(s, outer.end(), s.length())) {
            String window = s.substring(Math.max(outer.end(), verb.start() - 40), verb.start());
            if (endsWithWord(lex.bodyPronouns, window) && definiteBody(window, "")) {
                return new Attribution(body, person, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb, true));
            }
        }
        return null;
    }

    static final Pattern IT_BEFORE = Pattern.compile("(?i)\\bit\\s*$");
    static final Pattern IT_AFTER = Pattern.compile("(?i)^\\s*it\\b");

    /**
     * "it said", "said it": the pronoun is singular, so it stands for one body, never a group named in the plural.
     * The patterns run only where the window ends or starts with "it": tried from every character of the window, the
     * end-anchored one was a few per cent of all extraction.
     */
    private static boolean singular(String before, String after) {
        return endsWithIt(before) && IT_BEFORE.matcher(before).find()
                || startsWithIt(after) && IT_AFTER.matcher(after).find();
    }

    /** Whether the window, trailing white space aside, ends in the word "it" (any case). */
    static boolean endsWithIt(String window) {
        return WindowEnds.endsWithWord(window, 0, window.length(), "it");
    }

    /** Whether the window, leading white space aside, starts with the letters "it" (any case). */
    static boolean startsWithIt(String window) {
        int start = 0;
        while (start < window.length() && Character.isWhitespace(window.charAt(start))) {
            start++;
        }
        return window.regionMatches(true, start, "it", 0, 2);
    }

    /** "the agency said", "said the ministry": a description that names an official body, not a group. */
    private boolean definiteBody(String before, String after) {
        String near = (before + " " + after).toLowerCase(java.util.Locale.ROOT);
        for (String head : theBodyHeads) {
            if (near.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "he added", "According to him", "the agency said": the words that stand for the claimant, as the sentence has
     * them: the words before the verb up to it when the pronoun precedes it, else the verb and the next word or two.
     */
    private static String pronounWords(String s, PhraseMatcher.Hit verb, boolean pronounBefore) {
        if (pronounBefore) {
            int from = verb.start();
            int words = 0;
            while (from > 0 && words < 2) {
                from--;
                if (from == 0 || s.charAt(from - 1) == ' ' && s.charAt(from) != ' ') {
                    words++;
                }
            }
            return s.substring(from, verb.end()).replaceAll("^\\W+", "").strip();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s+(?:the\\s+)?\\w+").matcher(s).region(verb.end(),
                s.length());
        return s.substring(verb.start(), m.lookingAt() ? m.end() : verb.end()).strip();
    }

    private static boolean endsWithWord(PhraseMatcher words, String text) {
        return words.find(text).stream().anyMatch(h -> text.substring(h.end()).isBlank());
    }

    /** The pronoun before or after the verb is a role of several words ("the leader", "the head of state"). */
    private boolean namesARole(String before, String after) {
        return lex.personPronouns.find(before).stream().anyMatch(h -> h.phrase().contains(" ")
                && before.substring(h.end()).isBlank())
                || lex.personPronouns.find(after).stream().anyMatch(h -> h.phrase().contains(" ")
                && after.substring(0, h.start()).isBlank());
    }

    /**
     * Round 62: the pronoun right after a speech verb names its speaker as the verb's object when the cue ends in a
     * preposition ("according to him", "as per them"), and as the inverted subject otherwise ("said he", "said the
     * minister"), in the subject's case only: "said his unit killed 40", "told him that" open what was said or name the
     * audience, so the sentence's own speaker stands (it had been replaced by the person of the sentences before). The
     * object and possessive forms are grammar, kept here.
     */
    private static boolean pronounAfter(PhraseMatcher words, PhraseMatcher.Hit verb, String after) {
        boolean prepositional = PREPOSITION_LAST.matcher(verb.phrase()).find();
        return words.find(after).stream().anyMatch(h -> after.substring(0, h.start()).isBlank()
                && (prepositional || !NOT_SUBJECTS.contains(h.phrase().toLowerCase(java.util.Locale.ROOT))));
    }

    private static final Pattern PREPOSITION_LAST = Pattern.compile("\\b(?:to|of|per|by)$");

    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("him", "her", "his", "them", "its",
            "their");
}
