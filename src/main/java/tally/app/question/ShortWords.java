package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words members shorten in a question ("UK intel", "SK intel"), each read as its long form before sources are read
 * ({@code claimantCues.shortWords} in config/questions.json), so a short name of a listed source resolves as its long
 * form does ("UK intelligence" is UK Defence Intelligence; trial 15 was told no source "UK intel" exists). Only whole
 * words, in any case. Thread-safe.
 */
final class ShortWords {

    private record Rule(Pattern word, String longForm) {
    }

    private final List<Rule> rules = new ArrayList<>();

    ShortWords(Map<String, String> shortWords) {
        shortWords.forEach((word, longForm) -> rules.add(new Rule(Pattern.compile(
                "(?<![\\p{L}\\p{N}'])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Matcher.quoteReplacement(longForm))));
    }

    String expanded(String question) {
        String text = question;
        for (Rule r : rules) {
            text = r.word().matcher(text).replaceAll(r.longForm());
        }
        return text;
    }
}
