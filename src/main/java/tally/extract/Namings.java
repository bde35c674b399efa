package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;
import tally.model.Claimant;
import tally.model.EditDistance;

/**
 * A source the directory does not list, read against what the article has said before it:
 * <ul>
 * <li>a role with no name ("The leader said", "the head of state said", from the lexicon's person pronouns) is the
 * person the article spoke of last, marked uncertain;</li>
 * <li>a misspelt name of a listed person the article has already named ("Zeelenskyy said" after "Volodymyr
 * Zelenskyy"): one letter added, dropped, changed or two swapped, in a word of six letters or more, is that person,
 * marked uncertain with the words as written;</li>
 * <li>the surname of a person the article has named in full ("Shoigu said" after "a visit by Russian Security Council
 * Secretary Sergei Shoigu"): the source takes that fullest naming, the run of capitalised words that ends in the
 * surname (not one that opens a sentence, where "Yesterday Shoigu" would be read as a name), or else a Korean naming
 * that starts with it ("Cho" after "NIS director Cho Tae-yong").</li>
 * </ul>
 */
final class Namings {

    private static final int MIN_MISSPELT = 6;
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]+");
    /** "the security chief", "The agency": "the" and one to three lower-case words, no name, no preposition. */
    private static final Pattern APPOSITION_AFTER = Pattern.compile(",\\s+(?:a|an|the|who)\\s");
    /**
     * A rank or honorific and one capitalised word ("Secretary Austin", "Gen. Ryder", "Rep. Park"): the word may be a
     * listed person's short name, which alone is read only once the article has named them in full.
     */
    private static final Pattern TITLED_SURNAME = Pattern.compile(
            "(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Adm|Rep|Sen|Sgt|Capt|Pres)\\.?|General|Secretary|Minister|Representative"
            + "|Senator|President|Admiral|Colonel|Lawmaker|Chairman)\\s+(\\p{Lu}[\\p{L}'-]+)");
    private static final Pattern TITLE_ALONE = Pattern.compile("[Tt]he(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3}");

    /** Whether a source's words are a definite title alone ("the agency", "The security chief"): no name of its own. */
    static boolean titleAlone(String words) {
        return TITLE_ALONE.matcher(words).matches();
    }

    private final ClaimantDirectory directory;
    private final tally.config.PhraseMatcher personRoles;

    /** @param personRoles the lexicon's person pronouns, among them roles ("the president", "the leader") */
    Namings(ClaimantDirectory directory, tally.config.PhraseMatcher personRoles) {
        this.directory = directory;
        this.personRoles = personRoles;
    }

    /**
     * @param before the article's text before the sentence that holds the figure
     * @return the attribution with its claimant resolved, or {@code who} unchanged
     */
    Attribution resolve(Attribution who, CharSequence before, Discourse discourse) {
        Claimant c = who.claimant();
        Claimant person = discourse.personReferent();
        if (c.known() && !c.listed() && person != null && person.kind() == Claimant.Kind.PERSON && role(c.name())) {
            // "The leader said", "the head of state said": a role with no name is the person the article spoke of
            return new Attribution(person, who.relay(), who.anchor(), who.verb(), who.nameEnd())
                    .doubted("claimant from a previous sentence", c.name());
        }
        if (c.known() && !c.listed() && who.certainty().certain() && TITLE_ALONE.matcher(c.name()).matches()) {
            // "the security chief says", "The intelligence agency also told lawmakers" (round 45): a definite title
            // with no name points back at whoever an earlier sentence named, which these words alone do not say
            return who.doubted("the source is named by a title alone, pointing back", c.name());
        }
        Claimant titled = c.known() && !c.listed() ? titledShortName(c.name()) : null;
        if (titled != null) {
            // round 45: "Secretary Austin said" with no full naming before is most likely the listed person, but the
            // article never said so: shown as worded
            return new Attribution(titled, who.relay(), who.anchor(), who.verb(), who.nameEnd())
                    .doubted("a listed person's surname with a title, never named in full", c.name());
        }
        if (!c.known() || c.listed() || !ONE_NAME.matcher(c.name()).matches()) {
            return who;
        }
        Claimant listed = misspelt(c.name(), discourse);
        if (listed != null) {
            return new Attribution(listed, who.relay(), who.anchor(), who.verb(), who.nameEnd())
                    .doubted("the name is spelt unlike any listed alias", c.name());
        }
        String full = fullNaming(c.name(), before);
        Claimant speaker = full == null ? c : Claimant.unlisted(full, c.kind());
        Claimant cited = who.relay() == null ? citedEarlier(c.name(), before) : null;
        if (cited != null) {
            // "Rep. Yu, citing a briefing by Budanov, said ..." then "Yu said ...": Yu still passes on Budanov's word
            return new Attribution(cited, speaker, who.anchor(), who.verb(), who.nameEnd())
                    .doubted("source the same speaker cited in an earlier sentence", c.name());
        }
        return full == null ? who
                : new Attribution(speaker, who.relay(), who.anchor(), who.verb(), who.nameEnd(), who.certainty());
    }

    /**
     * The listed source a person named by {@code surname} cited in the latest earlier sentence where both stand
     * ("Yu, citing a briefing by X", "citing X, Yu told", "Yu was citing intelligence given to him by X"): the last
     * listed name of the phrase after "citing", up to its first comma or clause break, as a noun phrase's head is its
     * last word ("Ukraine's defence intelligence chief Budanov" is Budanov).
     */
    private @Nullable Claimant citedEarlier(String surname, CharSequence before) {
        // Only the last few paragraphs are read: lower-casing the whole text before every such claim would be
        // quadratic in a long article, and a citation that far back is no longer the reader's context.
        String text = before.subSequence(Math.max(0, before.length() - CITATION_REACH), before.length()).toString();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf(CITING);
        while (at >= 0) {
            int start = sentenceStart(text, at);
            int end = sentenceEnd(text, at);
            int phraseEnd = phraseEnd(text, at + CITING.length(), end);
            int named = namedAt(text, start, at, surname);
            // the first "citing" after the name is the person's own ("Yu, citing X, ..., the agency reports, citing Y")
            boolean ownCitation = named >= 0 && lower.indexOf(CITING, named) == at;
            if (ownCitation || namedAt(text, phraseEnd, end, surname) >= 0) {
                List<ClaimantDirectory.Mention> cited = directory.claimants(text.substring(at + CITING.length(), phraseEnd));
                if (!cited.isEmpty()) {
                    return directory.require(cited.get(cited.size() - 1).id());
                }
            }
            at = at == 0 ? -1 : lower.lastIndexOf(CITING, at - 1);
        }
        return null;
    }

    private static final String CITING = "citing ";
    /** How many characters before the sentence a citation is looked for in. */
    private static final int CITATION_REACH = 6_000;
    private static final List<String> PHRASE_BREAKS = List.of(",", " when ", " during ", " on ", " who ", " that ");

    /** Where the name first stands in [from, to), or -1. */
    private static int namedAt(String text, int from, int to, String surname) {
        if (from >= to) {
            return -1;
        }
        Matcher m = SurnamePatterns.WORD.of(surname).matcher(text).region(from, to);
        return m.find() ? m.end() : -1;
    }

    static int phraseEnd(String text, int from, int sentenceEnd) {
        int end = sentenceEnd;
        for (String b : PHRASE_BREAKS) {
            int i = text.indexOf(b, from);
            while (i >= 0 && i < end && text.startsWith(RELATIVE_AFTER, i + b.length())) {
                i = text.indexOf(b, i + b.length()); // "intelligence on which he was briefed by X": X's, not a date
            }
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    /**
     * A preposition before "which" opens a relative clause on the cited noun ("citing intelligence on which he was
     * briefed by Budanov"), whose agent is the source (round 37); "citing the NIS on Monday" still ends at "on".
     */
    private static final String RELATIVE_AFTER = "which ";

    /** A sentence ends at a line break or at ". " before a capital where the word before the stop is no title. */
    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean endsSentence(String text, int i) {
        if (text.charAt(i) != '.' || i + 2 >= text.length() || text.charAt(i + 1) != ' '
                || !Character.isUpperCase(text.charAt(i + 2))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return i - w > 3 || i - w > 0 && Character.isLowerCase(text.charAt(w));
    }

    private boolean role(String words) {
        String w = words.strip();
        return w.contains(" ") && personRoles.find(w).stream().anyMatch(h -> h.start() == 0 && h.end() == w.length());
    }

    private @Nullable Claimant misspelt(String word, Discourse discourse) {
        if (word.length() < MIN_MISSPELT) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (ClaimantsConfig.Entry e : directory.entries()) {
            if (e.kind() != Claimant.Kind.PERSON || !discourse.introduced.contains(e.id())) {
                continue;
            }
            for (String name : namesOf(e)) {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.length() >= MIN_MISSPELT && n.charAt(0) == w.charAt(0) && !w.equals(n) && EditDistance.withinOne(w, n)) {
                    return directory.require(e.id());
                }
            }
        }
        return null;
    }

    /** Each alias's last word ("Zelenskyy" of "Volodymyr Zelenskyy") and the short names. */
    private static List<String> namesOf(ClaimantsConfig.Entry e) {
        List<String> names = new ArrayList<>();
        for (String alias : e.aliases()) {
            String[] words = alias.split("\\s+");
            names.add(words[words.length - 1]);
        }
        if (e.shortNames() != null) {
            names.addAll(e.shortNames());
        }
        return names;
    }

    /** The listed person a title and one short name ("Secretary Austin") name, or null. */
    private @Nullable Claimant titledShortName(String name) {
        Matcher m = TITLED_SURNAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        List<ClaimantDirectory.Mention> found = directory.shortNamesAnywhere(name);
        return found.size() == 1 && found.get(0).start() == m.start(1) && found.get(0).end() == name.length()
                ? directory.require(found.get(0).id()) : null;
    }

    private static @Nullable String fullNaming(String surname, CharSequence before) {
        Matcher m = SurnamePatterns.FULL_NAMING.of(surname).matcher(before);
        String best = null;
        while (m.find()) {
            String prefix = before.subSequence(0, m.start()).toString().stripTrailing();
            boolean opensSentence = prefix.isEmpty() || ".!?\"\u201C\u201D:".indexOf(prefix.charAt(prefix.length() - 1)) >= 0
                    || before.subSequence(prefix.length(), m.start()).toString().contains("\n");
            String run = m.group().strip();
            // "Mykhailo Makaruk, a member of the unit, confirmed" (round 45): a run opening a sentence is a name when
            // an apposition follows it, where "Yesterday Shoigu said" has none
            boolean named = !opensSentence || APPOSITION_AFTER.matcher(before).region(m.end(), before.length()).lookingAt();
            if (named && (best == null || run.length() > best.length())) {
                best = run;
            }
        }
        return best == null ? surnameFirst(surname, before) : best.replaceAll("\\s+", " ");
    }

    /**
     * "Cho" after "NIS director Cho Tae-yong": a Korean name puts the surname first, then a given name of two
     * syllables joined by a hyphen. The first such naming before the sentence is the source's full name.
     */
    private static @Nullable String surnameFirst(String surname, CharSequence before) {
        Matcher m = SurnamePatterns.SURNAME_FIRST.of(surname).matcher(before);
        return m.find() ? m.group() : null;
    }
}
