package tally.app.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.model.Claimant;

/**
 * The words a question uses for a source the directory does not list ("the Washington Post"), matched against the
 * source's own words in the articles: whole words in any case, a leading article ignored, so "the Washington Post"
 * finds "Washington Post" and "a senior US defence official" finds "senior US defence official", while "Post" never
 * finds "Postal Service".
 */
record SourceWords(String asked, List<String> words) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> ARTICLES = List.of("the", "a", "an");

    SourceWords {
        words = List.copyOf(words);
    }

    static SourceWords of(String asked) {
        List<String> words = words(asked);
        while (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return new SourceWords(asked, words);
    }

    /** Whether an unlisted source's own words contain these words, in order and whole. */
    boolean name(Claimant who) {
        return !who.listed() && who.known() && contains(who.name());
    }

    /** Whether a name is these words and no more, a leading article aside ("The Kyiv Independent" for "Kyiv Independent"). */
    boolean isWhole(String name) {
        List<String> have = words(name);
        while (have.size() > 1 && ARTICLES.contains(have.get(0))) {
            have.remove(0);
        }
        return have.equals(words);
    }

    /** Whether a text (a passage, a name) has these words, in order and whole. */
    boolean contains(String text) {
        List<String> have = words(text);
        for (int i = 0; i + words.size() <= have.size(); i++) {
            if (have.subList(i, i + words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    /** The whole words of a text, lower case (letters and digits; punctuation and spaces divide them). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
