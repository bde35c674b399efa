package tally.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Zelensky said the killed and wounded now exceed 3,000. He spoke after Seoul said its estimates put the number at
 * about 1,100.": an estimate verb ({@code estimateVerbs}) whose object is a noun that only points back at a number
 * ({@code figureFrames.restatedNouns}: "the number", "the toll"), with the figure after "at" or "to be", gives another
 * estimate of the number the sentence before spoke of, and counts what that number counted. Written for round 16,
 * where such estimates, with no casualty word of their own, were dropped.
 */
final class RestatedNumbers {

    /** How far before the figure the verb may stand: "put the number" and a qualifier. */
    private static final int REACH = 90;

    private final Pattern frame;

    /**
     * Round 65: a word that only says which estimate it is ("the latest number", "the total figure"); another side's
     * name is none, since a restated number takes the number before's troops whatever its words say.
     */
    private static final String MODIFIER = "(?:(?:latest|new|current|overall|official|updated|final|total|whole|entire"
            + "|real|actual)\\s+)?";

    RestatedNumbers(List<String> estimateVerbs, List<String> restatedNouns, List<String> forceNouns) {
        String determiner = "(?:the|that|this|its|their)\\s+";
        // round 65: the troops or their number as a pronoun ("put them at", "has put it at") and the force's size ("put
        // the size of the force at") point back as the nouns do
        String object = "(?:" + determiner + MODIFIER + Alternatives.anyOf(restatedNouns) + "|them|it|" + determiner
                + "size\\s+of\\s+" + determiner + Alternatives.anyOf(forceNouns) + ")";
        frame = Pattern.compile("(?i)\\b" + Alternatives.anyOf(estimateVerbs) + "\\s+" + object
                + "\\s+(?:at|to\\s+be)\\s+$");
    }

    /**
     * Round 65: a verb of estimating or counting whose object is the number itself ("Seoul estimates about 11,000",
     * "Kyiv counts some 11,000"), right after the troops were spoken of; not "an estimated 11,000", an adjective.
     */
    private static final Pattern DIRECT = Pattern.compile("(?i)(?<!\\b(?:an|the)\\s)\\b(?:estimates|estimated|counts"
            + "|counted|reckons|reckoned)\\s+$");

    /** The figure whose words start at {@code wordsStart} (its qualifier included) is what the frame's verb estimates. */
    boolean restates(String s, int wordsStart) {
        int from = Math.max(0, wordsStart - REACH);
        return wordsStart > 0 && (frame.matcher(s).region(from, wordsStart).find()
                || DIRECT.matcher(s).region(from, wordsStart).useTransparentBounds(true).find());
    }
}
