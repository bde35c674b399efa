package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Whether a sentence refers back, by a pronoun, to the North Korea that was the subject of the sentence before: "It"
 * opening it or its content clause, or (round 65) troops owned by "its" or "their". Moved out of {@link
 * ArticleExtractor} (round 65), which asks it only right after such a sentence.
 */
final class TopicPronouns {

    private final CompiledLexicon lex;

    TopicPronouns(CompiledLexicon lex) {
        this.lex = lex;
    }

    /** The sentence's pronoun subject or possessive stands for the North Korea named as the subject before it. */
    boolean referBack(String s) {
        return opensWithPronoun(s) || ownedByTheTopic(s);
    }

    /**
     * "It has shipped thousands of soldiers": a one-word pronoun of the lexicon's body pronouns opens the sentence, or
     * (round 36) the content clause of its first speech verb ("Budanov said it had sent 12,000 soldiers").
     */
    private boolean opensWithPronoun(String s) {
        if (lex.bodyPronouns.find(s, 0, Math.min(s.length(), 6)).stream()
                .anyMatch(h -> h.start() == 0 && !h.phrase().contains(" "))) {
            return true;
        }
        List<PhraseMatcher.Hit> cues = lex.speechVerbs.find(s, 0, s.length());
        return !cues.isEmpty() && CLAUSE_PRONOUN.matcher(s).region(cues.get(0).end(), s.length()).lookingAt();
    }

    /**
     * Round 65: "North Korea's military is helping Russia. Around 11,000 of its personnel are in Kursk.": troops owned by
     * "its" or "their" with no other side, nationality or speaker named before them in the sentence belong to the
     * North Korea that was the subject of the sentence before, as "It" opening the sentence refers to it.
     */
    private boolean ownedByTheTopic(String s) {
        java.util.regex.Matcher m = POSSESSIVE.matcher(s);
        while (m.find()) {
            int nounFrom = m.end();
            boolean troops = lex.troopNouns.find(s, nounFrom, Math.min(s.length(), nounFrom + 30)).stream()
                    .anyMatch(h -> s.substring(nounFrom, h.start()).isBlank());
            if (troops) {
                return !lex.otherSides.containsIn(s, 0, m.start()) && !lex.otherNationality.containsIn(s, 0, m.start())
                        && lex.speechVerbs.find(s, 0, m.start()).isEmpty();
            }
        }
        return false;
    }

    private static final Pattern POSSESSIVE = Pattern.compile(
            "(?i)\\b(?:its|their)\\s+(?:own\\s+)?");

    /** A pronoun subject after a speech verb, its audience ("told reporters") and "that". */
    private static final Pattern CLAUSE_PRONOUN = Pattern.compile(
            "(?:\\s+[a-z]+){0,2}?\\s+(?:that\\s+)?(?:it|they)\\s+(?!said|says|added|told)");
}
