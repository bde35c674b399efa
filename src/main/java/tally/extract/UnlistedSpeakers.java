package tally.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * A person the directory does not list who speaks without giving a figure ("Jones said on a CSIS podcast"), so that
 * the "he added" of a following sentence or quotation is that person rather than nobody, or somebody named earlier.
 * Read from the words alone, cheaply: a capitalised name of one to three words right before a reporting verb, not a
 * determiner, pronoun, country or seat of power (config {@code otherSideNames}) or the topic (config
 * {@code topicTerms}). The name is completed from its first fuller mention earlier in the article ("Seth Jones").
 */
final class UnlistedSpeakers {

    static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:^|[\\s\"\u201C(])((?:\\p{Lu}[\\p{L}'-]+\\s+){0,2}\\p{Lu}[\\p{L}'-]+)\\s+(?:also\\s+|further\\s+)?$");
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "it", "they", "we", "i", "you", "the", "a", "an",
            "this", "that", "these", "those", "but", "and", "yet", "so", "then", "meanwhile", "however", "earlier",
            "later", "also", "officials", "sources", "reports", "media");

    private final CompiledLexicon lex;
    private final EnglishTagger tagger;
    private final Set<String> titles;

    UnlistedSpeakers(CompiledLexicon lex, EnglishTagger tagger) {
        this.lex = lex;
        this.tagger = tagger;
        this.titles = CompiledLexicon.lowerCased(lex.sourceHeads);
    }

    /**
     * @param s          the sentence, which gives no figure
     * @param bodyBefore the article's text before the sentence, where a fuller form of the name is looked for
     * @return the speaker as an unlisted person, or null when no such name stands before a reporting verb
     */
    @Nullable Claimant speakerOf(String s, CharSequence bodyBefore) {
        Attribution who = speaker(s, bodyBefore);
        return who == null ? null : who.claimant();
    }

    /** As {@link #speakerOf}, anchored at the reporting verb, so a date beside that verb dates the statement. */
    @Nullable Attribution speaker(String s, CharSequence bodyBefore) {
        for (PhraseMatcher.Hit verb : lex.speechVerbs.find(s)) {
            int windowStart = Math.max(0, verb.start() - 60);
            String window = s.substring(windowStart, verb.start());
            if (!endsWithCapitalisedWord(window)) {
                continue;
            }
            Matcher m = NAME_BEFORE.matcher(window);
            if (!m.find()) {
                continue;
            }
            String name = withoutTitle(m.group(1));
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(first) || lex.otherSides.containsIn(name, 0, name.length())
                    || lex.topic.containsIn(name, 0, name.length())) {
                continue;
            }
            if (windowStart + m.start(1) == 0 && !name.contains(" ")
                    && !properNoun(tagger.tag(s.substring(0, verb.end())), 0)) {
                // "Latest reports from the NIS show": a capital that only opens the sentence names nobody. Only the
                // words up to the verb are tagged: this sentence gives no figure, so nothing else asks for its tags,
                // and tagging all of it for one word took a sixth of the extraction's samples (JFR, generated corpus)
                continue;
            }
            return new Attribution(Claimant.unlisted(fuller(name, bodyBefore), Claimant.Kind.PERSON), null,
                    verb.start(), verb.phrase(), verb.start());
        }
        return null;
    }

    /**
     * "Chief of the General Staff Valery Gerasimov informed", "President Vladimir Putin said": the words of a title
     * or body (config {@code sourceHeads}) at the front of the run are not the name, which is what follows them.
     */
    private String withoutTitle(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length - 1 && titles.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static boolean properNoun(TaggedSentence tagged, int offset) {
        int token = tagged.tokenAt(offset);
        return token < tagged.size() && tagged.get(token).is("PROPN");
    }

    /** "Jones" after "Seth Jones, president of ...": the first mention with a given name before the surname. */
    private static String fuller(String name, CharSequence bodyBefore) {
        if (name.contains(" ") || !contains(bodyBefore, name)) {
            return name; // the look-up below compiles a pattern: most names are not in the text before
        }
        Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}'.-]+\\s+){1,2})" + Pattern.quote(name) + "\\b").matcher(bodyBefore);
        return m.find() ? m.group(1) + name : name;
    }

    /** Whether {@code word} stands in {@code text} at {@code at} (no copy of the text is made to compare). */
    private static boolean sameAt(CharSequence text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(CharSequence text, String word) {
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (text.charAt(i) == word.charAt(0) && sameAt(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@link #NAME_BEFORE} needs at the window's end (a capitalised word, then space, perhaps "also" or "further"),
     * checked first: the pattern is anchored at the end, so the regex engine tries it from every character of the window.
     */
    static boolean endsWithCapitalisedWord(String window) {
        int end = WindowEnds.trimEnd(window, window.length());
        if (end == window.length()) {
            return false; // the pattern needs a space after the name
        }
        int start = WindowEnds.wordStart(window, end, UnlistedSpeakers::inName);
        String word = window.substring(start, end);
        if (word.equals("also") || word.equals("further")) {
            end = WindowEnds.trimEnd(window, start);
            start = WindowEnds.wordStart(window, end, UnlistedSpeakers::inName);
        }
        return start < end && Character.isUpperCase(window.charAt(start));
    }

    /** A character of a name as {@link #NAME_BEFORE} reads one: a letter, an apostrophe or a hyphen. */
    private static boolean inName(int c) {
        return Character.isLetter(c) || c == '\'' || c == '-';
    }
}
