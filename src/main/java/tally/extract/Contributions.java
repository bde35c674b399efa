package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Troops a side puts to work for another rather than "sends": "plans to back the rebuilding with 5,000 military
 * builders", "6,000 troops will help with demining". The verbs are {@code figureFrames.supportVerbs}. Two frames,
 * both found in dev articles of round 17: the figure is the instrument of a verb of support ("back ... with"), so it
 * sizes a force lent (deployed, and planned when a plan governs the clause); or the figure's troops are the subject
 * of a verb of support under a modal ("will help"), a force still to come (planned). Past help ("6,000 troops helped
 * with demining") is left to the clause's own cues.
 */
final class Contributions {

    /** How far before the figure's "with" its verb of support may stand: the verb's object between them. */
    private static final int OBJECT_REACH = 50;
    /** "back the reconstruction with": the verb's object, a few words with no clause break, then "with". */
    private static final Pattern OBJECT_THEN_WITH = Pattern.compile("(?i)(?:\\s+[\\p{L}'-]+){0,5}\\s+with\\s+$");
    /** "will help", "are set to help", "would also assist": a modal group right after the figure's noun phrase. */
    private static final Pattern MODAL_GROUP = Pattern.compile("(?i)\\s+(?:will|would|could|may|might|shall|are to"
            + "|are set to|are due to|are expected to|are going to)(?:\\s+(?:also|soon|then|now|\\w+ly))?\\s+(?:be\\s+)?$");
    private static final int MODAL_REACH = 40;

    private final PhraseMatcher supportVerbs;

    Contributions(List<String> supportVerbs) {
        this.supportVerbs = new PhraseMatcher(supportVerbs);
    }

    /**
     * The figure (from {@code at}, where its qualifier and additive start) is the instrument of a verb of support:
     * "back the reconstruction with 5,000 workers".
     */
    boolean lentWith(String s, int at) {
        return supportVerbs.find(s, Math.max(0, at - OBJECT_REACH), at).stream()
                .anyMatch(h -> OBJECT_THEN_WITH.matcher(s.substring(h.end(), at)).matches());
    }

    /**
     * The verb of support the figure is the instrument of follows a modal: "will replenish its losses with 6,000 fresh
     * troops" is a force still to come, "replenished its losses with" one sent (round 39).
     */
    boolean lentToCome(String s, int at) {
        return supportVerbs.find(s, Math.max(0, at - OBJECT_REACH), at).stream()
                .anyMatch(h -> OBJECT_THEN_WITH.matcher(s.substring(h.end(), at)).matches()
                        && MODAL_BEFORE.matcher(s).region(Math.max(0, h.start() - MODAL_REACH), h.start()).find());
    }

    /** "will", "is set to", "are expected to", "could soon": a modal group right before a verb. */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(?:will|would|could|may|might|shall"
            + "|(?:is|are)(?:\\s+(?:set|due|going|expected|planning|preparing))?\\s+to|plans?\\s+to|intends?\\s+to)"
            + "(?:\\s+(?:also|soon|then|now|\\w+ly))?\\s+$");

    /** The figure's troops (noun phrase ending at {@code phraseEnd}) will do a verb of support: "6,000 troops will help". */
    boolean helpToCome(String s, int phraseEnd) {
        int to = Math.min(s.length(), phraseEnd + MODAL_REACH);
        return supportVerbs.find(s, phraseEnd, to).stream()
                .anyMatch(h -> MODAL_GROUP.matcher(s.substring(phraseEnd, h.start())).matches());
    }
}
