package tally.app.question;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;

/**
 * A source's acronym as a member types it: "according to the nis", "what did the jcs say", "the N.I.S.". The source
 * list matches acronyms in upper case only, because in an article "us" or "it" in running text names nobody; in a
 * question typed in lower case the acronyms of the list are written back as the list has them before sources are read.
 * Words of {@code claimantCues.notAcronyms} ("us") stay as typed: they are English words too. Thread-safe.
 */
final class Acronyms {

    /** A run of letters, with dots between or after them ("nis", "n.i.s."), standing alone. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])\\p{L}(?:\\.?\\p{L}){1,4}\\.?(?![\\p{L}\\p{N}])");
    /** As {@code PhraseMatcher}: an alias of at most five letters, all upper case, is an acronym. */
    private static final int MAX_LETTERS = 5;

    private final Map<String, String> byFolded = new HashMap<>();

    Acronyms(ClaimantDirectory directory, List<String> notAcronyms) {
        ClaimantsConfig config = directory.config();
        Set<String> excluded = QuestionText.lowered(notAcronyms);
        Stream.concat(config.claimants().stream().flatMap(e -> Stream.concat(e.aliases().stream(),
                        e.shortNames().stream())), config.parties().stream().flatMap(p -> p.aliases().stream()))
                .filter(Acronyms::isAcronym)
                .filter(a -> !excluded.contains(folded(a)))
                .forEach(a -> byFolded.putIfAbsent(folded(a), a));
    }

    /** The question with each lower-case or dotted acronym of the list written as the list has it. */
    String restore(String question) {
        if (byFolded.isEmpty()) {
            return question;
        }
        Matcher m = TOKEN.matcher(question);
        StringBuilder out = new StringBuilder(question.length());
        while (m.find()) {
            String alias = byFolded.get(folded(m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(alias == null ? m.group() : alias));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isAcronym(String alias) {
        String letters = alias.replace(".", "");
        return letters.length() >= 2 && letters.length() <= MAX_LETTERS
                && letters.chars().allMatch(Character::isLetter)
                && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT)); // Korean has no case: no acronym
    }

    private static String folded(String token) {
        return token.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
