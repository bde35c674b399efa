package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list of config/extraction.json as one regex alternation, for rules whose structure (spaces, order, optional
 * words) is a pattern but whose words are lexicon: built once when the lexicon is compiled, never per sentence.
 */
final class Alternatives {

    private Alternatives() {
    }

    /** "(?:\Qincluding\E|\Qamong them\E)": each phrase taken literally; case follows the enclosing pattern's flags. */
    static String anyOf(List<String> phrases) {
        return phrases.stream().map(String::strip).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
