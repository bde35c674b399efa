package tally.app.compose;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tally.app.question.QuestionLexicon;
import tally.config.ClaimantDirectory.Mention;

/**
 * Whether a party's name in a passage names it as a source or only as a place. "Ukraine" in "the war in Ukraine" and
 * "Kyiv" in "an ally of Kyiv" are places: a reply that offers such passages as ones that "name that source" tells the
 * reader something the article never said. A party is named as a source when a cue follows it, with no punctuation
 * between ("Kyiv said", "Seoul's estimate"), after at most a few of its voices and an auxiliary ("Ukraine's military
 * intelligence has published"), or when a cue comes right before it ("according to Kyiv"). The words are
 * {@code claimantCues} in config/questions.json ({@code after} for cues, {@code partyVoices}, {@code sidesAfter} for
 * the auxiliaries, {@code before}), the same words that make a party a source in a question.
 */
public final class SourceMentions {

    /** No cue words: every mention counts, as before this class. */
    public static final SourceMentions ANY = new SourceMentions(Set.of(), Set.of(), Set.of(), List.of());

    private static final Pattern NEXT_WORDS = Pattern.compile("\\G(?:['\u2019]s\\b)?\\s+([\\p{L}]+)");
    private static final int MAX_VOICES = 3;
    /**
     * Words of negation after the auxiliary, before the cue: "Pyongyang has neither confirmed nor denied", "North Korea
     * has never confirmed" name North Korea as a source as "North Korea has confirmed" does (trial 8: "Did North Korea
     * confirm any deaths?" found no passage that names it). Grammar words, not a lexicon a moderator would tune.
     */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "neither", "yet");
    /**
     * Adverbs of time before the cue ("a North Korean official has since stated", "Seoul has also said", "the Pentagon
     * initially said": any word in -ly counts too). Grammar words, as the negations are.
     */
    private static final Set<String> ADVERBS = Set.of("since", "also", "now", "already", "again", "later", "earlier",
            "then", "still", "just", "once");

    private final Set<String> cues;
    private final Set<String> voices;
    private final Set<String> auxiliaries;
    private final List<List<String>> before;

    private SourceMentions(Set<String> cues, Set<String> voices, Set<String> auxiliaries, List<List<String>> before) {
        this.cues = cues;
        this.voices = voices;
        this.auxiliaries = auxiliaries;
        this.before = before;
    }

    public static SourceMentions of(QuestionLexicon lexicon) {
        QuestionLexicon.Cues words = lexicon.claimantCues();
        List<List<String>> before = words.before().stream().map(SourceWords::words).toList();
        return new SourceMentions(lower(words.after()), lower(words.partyVoices()), lower(words.sidesAfter()), before);
    }

    /** Whether this mention of a party in {@code text} names it as a source (always, when no cue words are set). */
    boolean asSource(String text, Mention party) {
        if (cues.isEmpty() && before.isEmpty()) {
            return true;
        }
        return cueFollows(text, party.end()) || closesAnApposition(text, party) || cueBefore(text, party.start());
    }

    /**
     * A name that closes an apposition, between commas after the noun it names, before the verb ("the army's
     * commander-in-chief, Oleksandr Syrsky, declared that ..."): the comma after it ends the apposition, not the
     * clause, so a cue right after that comma is the name's own verb. Without the comma before it ("Zelensky, Biden and
     * Macron met") the comma after a name starts a list or an aside, and only the aside rule reads past it.
     */
    private boolean closesAnApposition(String text, Mention party) {
        int before = party.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',' && text.startsWith(",", party.end())
                && cueFollowsAt(text, party.end() + 1);
    }

    /**
     * An aside between commas right after a name, before its verb ("Zelensky, in his nightly address, said"): a few
     * words with no number and no other clause's stop in them.
     */
    private static final Pattern ASIDE = Pattern.compile("\\G,(?:\\s+[\\p{L}'\u2019-]+){1,6},");

    /**
     * Voices, then an auxiliary, then a cue, word after word with only spaces between ("'s" may open the run), or
     * after a short aside between commas.
     */
    private boolean cueFollows(String text, int end) {
        Matcher aside = ASIDE.matcher(text).region(end, text.length());
        if (aside.lookingAt() && cueFollowsAt(text, aside.end())) {
            return true;
        }
        return cueFollowsAt(text, end);
    }

    private boolean cueFollowsAt(String text, int end) {
        Matcher m = NEXT_WORDS.matcher(text).region(end, text.length());
        m.useTransparentBounds(true);
        int voicesSeen = 0;
        boolean auxiliarySeen = false;
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (cues.contains(word)) {
                return true;
            }
            if (!auxiliarySeen && voices.contains(word) && voicesSeen < MAX_VOICES) {
                voicesSeen++;
            } else if (!auxiliarySeen && auxiliaries.contains(word)) {
                auxiliarySeen = true;
            } else if (!NEGATIONS.contains(word) && !ADVERBS.contains(word) && !word.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    private boolean cueBefore(String text, int start) {
        List<String> previous = SourceWords.words(text.substring(Math.max(0, start - 40), start));
        return before.stream().anyMatch(cue -> endsWith(previous, cue));
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean endsWith(List<String> words, List<String> cue) {
        return !cue.isEmpty() && words.size() >= cue.size()
                && words.subList(words.size() - cue.size(), words.size()).equals(cue);
    }
}
