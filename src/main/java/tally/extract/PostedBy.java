package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tally.config.ClaimantDirectory;

/**
 * A figure shown in something a party put out: "This footage, published by Ukraine's special operations unit, carries
 * the claim that fifty ...", "In the pictures posted by President Zelenskyy, two North Korean captives are shown",
 * "The video clip, which President Zelensky posted on X on Sunday, showed ... two North Korean prisoners". The party
 * after one of the lexicon's publishingVerbs and "by" ("posted by", "published by"), or the subject of such a verb in
 * a relative clause ("which X posted"), before the figure, is its source. Read only when nothing else attributes the
 * figure, and only for a party the directory lists: "footage posted by users" names no one.
 */
final class PostedBy {

    /** How far before the figure the verb may stand. */
    private static final int REACH = 160;

    private final ClaimantDirectory directory;
    private final Set<String> verbs;

    PostedBy(ClaimantDirectory directory, Set<String> publishingVerbs) {
        this.directory = directory;
        this.verbs = publishingVerbs;
    }

    Attribution refine(String s, List<ClaimantDirectory.Mention> mentions, int figure, Attribution who) {
        if (who.known() || mentions.isEmpty()) {
            return who;
        }
        for (ClaimantDirectory.Mention m : mentions) {
            if (m.end() > figure || figure - m.end() > REACH) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - 40), m.start());
            // "posted by X", "published by President X": the verb and "by" right before the name (two words at most
            // between: an article, a title)
            int by = before.lastIndexOf(" by ");
            if (by > 0 && titleOnly(before.substring(by + 4))) {
                String[] words = before.substring(0, by).strip().split("\\s+");
                String verb = words[words.length - 1];
                if (verbs.contains(verb.toLowerCase(Locale.ROOT))) {
                    return attributed(m, m.start() - before.length() + by - verb.length(), verb);
                }
            }
            // "which X posted": a relative pronoun right before the name and the verb right after it
            String[] after = s.substring(m.end(), Math.min(s.length(), m.end() + 30)).strip().split("[\\s,]+");
            if (after.length > 2 && after[0].equals("of") && Character.isUpperCase(after[1].charAt(0))) {
                after = java.util.Arrays.copyOfRange(after, 2, after.length); // "Zelensky of Ukraine posted"
            }
            int relative = Math.max(before.lastIndexOf(" which "), before.lastIndexOf(" that "));
            if (relative >= 0 && titleOnly(before.substring(before.indexOf(' ', relative + 1) + 1))
                    && after.length > 0 && verbs.contains(after[0].toLowerCase(Locale.ROOT))) {
                return attributed(m, s.indexOf(after[0], m.end()), after[0]);
            }
        }
        return who;
    }

    /** At most two words and no punctuation: "the", "President", "Ukraine's". */
    private static boolean titleOnly(String between) {
        String t = between.strip();
        return t.isEmpty() || t.split("\\s+").length <= 2 && t.chars().noneMatch(c -> c == ',' || c == ';' || c == '"');
    }

    private Attribution attributed(ClaimantDirectory.Mention m, int verbAt, String verb) {
        return new Attribution(directory.require(m.id()), null, verbAt, verb, m.end());
    }
}
