package tally.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The patterns {@link Namings} looks a surname up with, compiled once per surname rather than once per claim (round
 * 33: compiling them on every call was a known cost of reading a long article that names the same people often).
 * Each kind keeps at most {@link #LIMIT} surnames, so a long-running bot reading many articles stays bounded.
 */
enum SurnamePatterns {
    /** The surname as a whole word. */
    WORD(q -> "\\b" + q + "\\b"),
    /** A run of one to six capitalised words (or short abbreviations) that ends in the surname. */
    FULL_NAMING(q -> "((?:\\p{Lu}(?:[\\p{L}'-]*|\\p{L}{0,3}\\.)[ \\t]+){1,6})" + q + "\\b"),
    /** A Korean naming that opens with the surname: "Cho Tae-yong". */
    SURNAME_FIRST(q -> "\\b" + q + "[ \\t]+\\p{Lu}\\p{Ll}+-\\p{Ll}+\\b");

    /** Surnames kept per kind before the cache starts again. */
    private static final int LIMIT = 4_096;

    private final Function<String, String> regex;
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    SurnamePatterns(Function<String, String> regex) {
        this.regex = regex;
    }

    /** The pattern for {@code surname}, taken literally. */
    Pattern of(String surname) {
        Pattern p = compiled.get(surname);
        if (p != null) {
            return p;
        }
        if (compiled.size() >= LIMIT) {
            compiled.clear();
        }
        return compiled.computeIfAbsent(surname, s -> Pattern.compile(regex.apply(Pattern.quote(s))));
    }
}
