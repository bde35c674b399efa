package tally.extract;

import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Structures that tie a figure to troops named away from its number (round 16, from the labelled dev corpus): a part
 * named by a partitive pronoun opening the sentence ("Among them are 500 officers"), troops North Korea is the subject
 * of sending ("the 11,000 troops Pyongyang sent"), the older estimate a measure is compared with ("higher than earlier
 * estimates of 600"), the new size of troops a pronoun points back to ("raise their number to 15,000"), and a thing's
 * word inside a longer troop noun ("military construction workers"). The words are
 * the lexicon's (troopNouns, topicTerms, figureFrames); {@link FigureReader} decides what each one counts.
 */
final class FigureReferences {

    /** How far into its sentence the number of "Among them are ..." may stand. */
    private static final int OPENING_REACH = 40;
    /** How far before the number a comparison may start: "higher than the previous estimates of about". */
    private static final int COMPARISON_REACH = 70;

    private final CompiledLexicon lex;

    FigureReferences(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * "than earlier estimates of", "from a previous figure of", "up from its previous estimate of" (round 60, trial 15):
     * a word of comparison, a determiner or a possessive pronoun, an older estimate's
     * modifier and its noun, then "of" right before the number. The words are {@code figureFrames} comparisonWords,
     * earlierEstimateModifiers and comparedEstimateNouns; built once, when the lexicon is compiled.
     */
    static Pattern comparedEstimate(java.util.Map<String, java.util.List<String>> frames) {
        return Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("comparisonWords"))
                + "\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?"
                + "(?:" + Alternatives.anyOf(frames.get("earlierEstimateModifiers")) + "\\s+)?"
                + Alternatives.anyOf(frames.get("comparedEstimateNouns")) + "\\s+of\\s+$");
    }

    /**
     * Round 58: "its previous estimate of", "his prior figure of", "South Korea's earlier estimate of": a determiner or
     * possessor, one of earlierEstimateModifiers and one of comparedEstimateNouns, then "of" right before the number.
     * Built once, when the lexicon is compiled.
     */
    static Pattern olderEstimate(java.util.Map<String, java.util.List<String>> frames) {
        return Pattern.compile("(?i)(?:\\b(?:its|his|her|their|the|an?)|[\\p{L}.-]+['’]s)\\s+(?:own\\s+)?"
                + Alternatives.anyOf(frames.get("earlierEstimateModifiers")) + "\\s+"
                + Alternatives.anyOf(frames.get("comparedEstimateNouns")) + "\\s+of\\s+$");
    }

    /**
     * "Among them are", "Of these,": one of {@code figureFrames.partitiveOpeners}, a pronoun pointing back and "be";
     * the pronouns and "be" are grammar, kept here. Built once, when the lexicon is compiled.
     */
    static Pattern partOfThemOpens(java.util.Map<String, java.util.List<String>> frames) {
        return Pattern.compile("(?i)\\s*" + Alternatives.anyOf(frames.get("partitiveOpeners"))
                + "\\s+(?:them|these|those)\\s*,?\\s+(?:are|were)\\s+");
    }

    /**
     * "their number to", "its strength at": a possessive pronoun, one of {@code figureFrames.strengthNouns} and "to" or
     * "at"; the pronouns and prepositions are grammar, kept here. Built once, when the lexicon is compiled.
     */
    static Pattern theirNumber(java.util.Map<String, java.util.List<String>> frames) {
        return Pattern.compile("(?i)\\b(?:their|its)\\s+" + Alternatives.anyOf(frames.get("strengthNouns"))
                + "\\s+(?:to|at)\\s+$");
    }

    /**
     * "Among them are at least 500 officers", "Of these, 300 were officers": the sentence opens with a partitive
     * pronoun and "be" right before the number (or its qualifier).
     */
    boolean partOfThemOpens(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        return at < OPENING_REACH && lex.partOfThemOpens.matcher(s).region(0, at).matches();
    }

    /**
     * "the 11,000 troops North Korea sent to Russia", "the thousands of workers Pyongyang plans to send": North Korea
     * named right after the troops' noun, as the subject of a reduced relative clause whose verb is one of sending.
     */
    boolean sentByNorthKorea(String s, int nounEnd, boolean referBack) {
        int at = nounEnd + 1;
        if (at >= s.length() || s.charAt(nounEnd) != ' ') {
            return false;
        }
        return lex.topicReferences.find(s, at, Math.min(s.length(), at + 30), referBack).stream()
                .anyMatch(h -> h.start() == at && lex.frames.sending.sendingAfterSubject(s, h.end()));
    }

    /**
     * Round 44: "11,000 soldiers sent by Pyongyang are stationed in Kursk": the troops' noun, a participle of sending
     * and North Korea as its agent. It ties the troops to North Korea only: what they count is their own verb's.
     */
    boolean sentByNorthKoreaAsAgent(String s, int nounEnd, boolean referBack) {
        java.util.regex.Matcher m = SENT_BY.matcher(s).region(nounEnd, s.length());
        if (!m.lookingAt()) {
            return false;
        }
        int at = m.end();
        return lex.topicReferences.find(s, at, Math.min(s.length(), at + 30), referBack).stream()
                .anyMatch(h -> h.start() == at);
    }

    /** Round 58: "from" as well as "by" ("300 soldiers dispatched from North Korea"), and transferred or shipped ones. */
    private static final Pattern SENT_BY = Pattern.compile("(?i)\\s+(?:\\w+ly\\s+)?"
            + "(?:sent|deployed|dispatched|despatched|supplied|provided|mobili[sz]ed|transferred|shipped)\\s+(?:by|from)\\s+");

    /**
     * "That could raise their number to 15,000", "bringing its strength to about 4,000": the number is the new size of
     * the troops a pronoun points back to, right before it (past its qualifier).
     */
    boolean namesTheirNumber(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        return at >= 3 && (s.regionMatches(true, at - 3, "to ", 0, 3) || s.regionMatches(true, at - 3, "at ", 0, 3))
                && lex.theirNumber.matcher(s).region(Math.max(0, at - 30), at).find();
    }

    /**
     * "the new death toll, higher than earlier estimates of about 600", "up from a previous estimate of 600": where the
     * comparison that gives the number as an older estimate starts, or -1. The words before it say what it counts.
     */
    int comparisonStart(String s, Quantity q) {
        java.util.regex.Matcher m = beforeOf(lex.comparedEstimate, s, q);
        return m != null && m.find() ? m.start() : -1;
    }

    /**
     * {@code pattern} over the words before the number's qualifier, when "of" stands right before it; null when it does
     * not: most bare numbers follow no "of", and the pattern is tried only after one.
     */
    private java.util.regex.@org.jspecify.annotations.Nullable Matcher beforeOf(Pattern pattern, String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        if (at < 4 || !s.regionMatches(true, at - 4, " of ", 0, 4)) {
            return null;
        }
        return pattern.matcher(s).region(Math.max(0, at - COMPARISON_REACH), at);
    }

    /**
     * Round 60 (trial 15): "raised its estimate to 12,000 from 10,000", "reached 4,700, up from 3,000", "down from
     * 600": the number right after "from" (with "up" or "down" before it, or after a figure that follows "to") is
     * where a revision of the figure right before it started: an older estimate of the same measure.
     */
    boolean revisedFrom(String s, Quantity before, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        if (before.end() >= at) {
            return false;
        }
        java.util.regex.Matcher m = FROM_AFTER_FIGURE.matcher(s).region(before.end(), at);
        if (!m.matches()) {
            return false;
        }
        int revised = lex.frames.beforeQualifier(s, before.start());
        return m.group(1) != null || TO_BEFORE.matcher(s).region(Math.max(0, revised - 4), revised).find();
    }

    /** After the revised figure: a noun of up to three words, perhaps a comma, "up" or "down", then "from". */
    private static final Pattern FROM_AFTER_FIGURE = Pattern.compile(
            "(?i)(?:\\s+[\\p{L}-]+){0,3}?\\s*,?\\s*(?:(up|down)\\s+)?from\\s+");
    private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s+$");

    /**
     * Round 58 (trial 13): the number is an older estimate the sentence names as such ("up from its previous estimate
     * of 600", "revising his prior figure of 3,500", "disputed South Korea's earlier estimate of 300"): it was given
     * before the statement the sentence reports, on a day the sentence does not say.
     */
    boolean namedOlderEstimate(String s, Quantity q) {
        java.util.regex.Matcher m = beforeOf(lex.olderEstimate, s, q);
        return m != null && m.find();
    }

    /**
     * "military construction workers and deminers": a thing's word ("workers") inside a longer troop noun is that
     * noun's, so the phrase still counts troops.
     */
    boolean insideTroopNoun(String s, PhraseMatcher.Hit thing, int from, int to) {
        return lex.troopNouns.find(s, from, to).stream().anyMatch(h -> h.start() <= thing.start()
                && thing.end() <= h.end() && h.end() - h.start() > thing.end() - thing.start());
    }
}
