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
    private static final int REACH = 60;

    private final Pattern frame;

    RestatedNumbers(List<String> estimateVerbs, List<String> restatedNouns) {
        frame = Pattern.compile("(?i)\\b" + Alternatives.anyOf(estimateVerbs) + "\\s+(?:the|that|this|its|their)\\s+"
                + Alternatives.anyOf(restatedNouns) + "\\s+(?:at|to\\s+be)\\s+$");
    }

    /** The figure whose words start at {@code wordsStart} (its qualifier included) is what the frame's verb estimates. */
    boolean restates(String s, int wordsStart) {
        return wordsStart > 0 && frame.matcher(s).region(Math.max(0, wordsStart - REACH), wordsStart).find();
    }
}
