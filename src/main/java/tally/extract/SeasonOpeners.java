package tally.extract;

import java.util.regex.Pattern;

/**
 * A season opening the sentence and set off by a comma ("Last spring, the Pentagon estimated ...", "In the summer of
 * 2025, Seoul said ...") dates its main verb, the statement, to a season: earlier than the report, on no day or month
 * a claim date can hold (trial 14: such a claim took the report's date, and then stood as its claimant's newest figure
 * and the end of a revision). The claim's date is then unknown, as an older statement's is. A stated date in the
 * sentence still wins; a season later in the sentence ("300 were killed last spring, the NIS said") dates what the
 * figure counts, not when it was said.
 */
final class SeasonOpeners {

    /** A bare season before the comma ("Fall, the season of offensives, saw ...") is the sentence's subject. */
    private static final Pattern OPENS = Pattern.compile("(?i)^[\"\u201C'(\\s]*"
            + "(?!(?:spring|summer|autumn|fall|winter)\\s*,)(?:(?:in|during|over|by|through)\\s+)?"
            + "(?:the\\s+)?(?:(?:last|this|past|previous|early|late|mid-?)\\s*)?(?:spring|summer|autumn|fall|winter)"
            + "(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?\\s*,");

    private SeasonOpeners() {
    }

    /** Whether {@code sentence} opens with a season set off by a comma. */
    static boolean opens(String sentence) {
        return OPENS.matcher(sentence).lookingAt();
    }
}
