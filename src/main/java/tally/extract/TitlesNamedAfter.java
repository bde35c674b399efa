package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * Round 65: a source named by a title alone that the article gives a person right after. "..., according to Moscow's
 * top security official. The announcement came during a visit by Russian Security Council Secretary Sergei Shoigu";
 * "..., the security chief says" over a lead that names "Russian top security official Sergei Shoigu". The title's
 * own words (less its determiner or possessive, its head from {@code sourceHeads} and its words of rank from
 * {@code rankWords}) stand again in the later sentence, then a head and a name of capitalised words: the source is
 * that person. The title and the name are tied by a shared word alone, so the claimant is marked uncertain with
 * {@link #REASON} and shown as the title.
 */
final class TitlesNamedAfter {

    /** Why a source named by its title takes the name of a person in a later sentence. */
    static final String REASON = "the title of a person the article names in a later sentence";

    /** How far after the figure's sentence the person may be named: the next sentence or two. */
    static final int REACH = 600;
    /** How many words may stand between the title's word and the head before the name. */
    private static final int GAP = 3;

    /** "the security chief", "Moscow's top security official": "the" or a possessive name, then lower-case words. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?:[Tt]he|\\p{Lu}[\\p{L}-]*'s)((?:\\s+\\p{Ll}[\\p{Ll}-]*){1,4})");
    /** A word, or one mark of punctuation, which ends a title. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}'-]+|[^\\s\\p{L}]");

    private final ClaimantDirectory directory;
    private final Set<String> heads;
    private final Set<String> ranks;

    TitlesNamedAfter(ClaimantDirectory directory, Set<String> heads, Set<String> ranks) {
        this.directory = directory;
        this.heads = heads;
        this.ranks = ranks;
    }

    /** @param after the article's text after the figure's sentence, at least {@link #REACH} characters of it */
    Attribution refine(Attribution who, CharSequence after) {
        if (!who.known() || who.claimant().listed()) {
            return who;
        }
        Matcher d = DESCRIPTION.matcher(who.claimant().name());
        if (!d.matches()) {
            return who;
        }
        List<String> keys = new ArrayList<>();
        for (String w : d.group(1).strip().split("\\s+")) {
            if (!heads.contains(w) && !ranks.contains(w)) {
                keys.add(w);
            }
        }
        if (keys.isEmpty()) {
            return who;
        }
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(after.subSequence(0, Math.min(after.length(), REACH)));
        while (t.find()) {
            tokens.add(t.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (keys.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                String name = personAfter(tokens, i + 1);
                if (name != null) {
                    List<ClaimantDirectory.Mention> listed = directory.claimants(name);
                    Claimant person = listed.size() == 1 ? directory.require(listed.get(0).id())
                            : Claimant.unlisted(name, Claimant.Kind.PERSON);
                    return new Attribution(person, who.relay(), who.anchor(), who.verb(), who.nameEnd())
                            .doubted(REASON, who.claimant().name());
                }
            }
        }
        return who;
    }

    /**
     * From {@code from}: at most {@link #GAP} words, a head ("Secretary", "official"), then two or three capitalised
     * words that end the naming; the name they make, or null.
     */
    private @Nullable String personAfter(List<String> tokens, int from) {
        for (int h = from; h < Math.min(tokens.size(), from + GAP + 1); h++) {
            String word = tokens.get(h);
            if (!Character.isLetter(word.charAt(0))) {
                return null;
            }
            if (!heads.contains(word.toLowerCase(Locale.ROOT)) || h + 1 < tokens.size()
                    && heads.contains(tokens.get(h + 1).toLowerCase(Locale.ROOT))) {
                continue; // "Council Secretary Ivan Petrov": the head is the last of the title's heads
            }
            int end = h + 1;
            while (end < tokens.size() && end - h <= 3 && Character.isUpperCase(tokens.get(end).charAt(0))) {
                end++;
            }
            int words = end - h - 1;
            boolean ends = end >= tokens.size() || !Character.isUpperCase(tokens.get(end).charAt(0));
            return words >= 2 && ends ? String.join(" ", tokens.subList(h + 1, end)) : null;
        }
        return null;
    }
}
