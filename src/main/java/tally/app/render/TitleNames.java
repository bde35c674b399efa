package tally.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article's title as the name a reply shows it by, cut before its first figure. A headline often states a figure
 * with its source left for later ("3,000 North Korean soldiers were killed or wounded, according to Zelensky"), and a
 * headline cut to fit a line, or an untitled article's first sentence standing in, can keep the figure and lose the
 * source: shown after "reported by", it would state as fact what the article attributes. So a name keeps only the
 * words before the first number (digits, or a numeral or vague quantity word), with the qualifier that led up to it
 * dropped ("at least", "some"); with fewer than {@value #MIN_WORDS} words left it is no name at all, and the caller
 * shows the file name instead.
 */
final class TitleNames {

    private static final int MIN_WORDS = 3;

    /** Words that are a figure by themselves or its start ("several thousand", "dozens of"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "several", "scores",
            "tens", "half", "few");

    /** Words left dangling before a cut figure: its qualifier, or an article or preposition. */
    private static final Set<String> LEAD_INS = Set.of("at", "least", "most", "more", "than", "about", "around",
            "nearly", "almost", "some", "up", "to", "over", "under", "approximately", "roughly", "estimated", "an",
            "a", "the", "of", "by", "another", "additional", "further", "as", "many", "fewer", "less", "only", "just",
            "exceeds", "exceed", "tops", "top", "reach", "reaches", "hits", "hit", "rises", "rise");

    private TitleNames() {
    }

    /** The title's words before its first figure, with an ellipsis when cut; null when too few words are left. */
    static @Nullable String beforeFirstFigure(String title) {
        String[] words = title.strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (isFigure(w)) {
                while (!kept.isEmpty() && LEAD_INS.contains(bare(kept.get(kept.size() - 1)))) {
                    kept.remove(kept.size() - 1);
                }
                return kept.size() < MIN_WORDS ? null : stripTrailingMarks(String.join(" ", kept)) + "\u2026";
            }
            kept.add(w);
        }
        return title.strip();
    }

    private static boolean isFigure(String word) {
        return word.chars().anyMatch(Character::isDigit) || NUMBER_WORDS.contains(bare(word));
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String stripTrailingMarks(String s) {
        return s.replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "");
    }
}
