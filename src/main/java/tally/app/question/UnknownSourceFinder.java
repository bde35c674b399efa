package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantDirectory.Mention;

/**
 * Finds a source a question names that the claimant directory does not know ("What did the Mossad say", "according
 * to the Washington Post"). A cue's source slot is read as a short noun phrase: the words after a "before" cue or
 * before an "after" cue (skipping the "'s" of "the Mossad's estimate"), up to a slot-ending word, punctuation or
 * another cue; a content or topic word ("casualty", "North Korean") ends the phrase too. Without this, an unknown
 * source was read as no source, and every claimant's figures were offered as its answer. Words of the lexicon only:
 * no rule here is about a particular question.
 */
final class UnknownSourceFinder {

    /** An unknown source: the question's own words for it, and where they stand in the cleaned question. */
    record Found(String words, int start, int end) {
    }

    private record Token(int start, int end, String lower) {
    }

    /** A source's name is short; a longer run of words is a clause, not a name. */
    private static final int MAX_SLOT_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Punctuation between two words ends a name; a dot inside an abbreviation ("U.S.") does not. */
    private static final Pattern BREAK = Pattern.compile("[,;:?!\"“”()\\[\\]{}…/]|\\.\\s|\\.$|\\s-\\s");
    /** What may join the words of a name; anything else ("@", "#", emoji) ends it, so a reply never repeats it. */
    private static final Pattern JOINS = Pattern.compile("[\\s'.&-]*");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final ClaimantDirectory directory;
    /** Whose names the question may use: the directory's, and those in other languages. */
    private final ClaimantFinder known;
    private final List<Phrases.Phrase> cuesBefore;
    private final List<Phrases.Phrase> cuesAfter;
    private final List<Phrases.Phrase> content;
    private final Set<String> slotEnds;
    private final Set<String> notNames;
    private final Set<String> partyVoices;

    /** @param content phrases of what is counted (metrics, force and troop nouns, topic words): never a name */
    UnknownSourceFinder(ClaimantDirectory directory, ClaimantFinder known, QuestionLexicon lexicon,
                        List<Phrases.Phrase> content) {
        this.directory = directory;
        this.known = known;
        this.cuesBefore = lexicon.claimantCues().before().stream().map(Phrases::compile).toList();
        this.cuesAfter = lexicon.claimantCues().after().stream().map(Phrases::compile).toList();
        this.content = List.copyOf(content);
        this.slotEnds = QuestionText.lowered(lexicon.claimantCues().slotEnds());
        this.notNames = QuestionText.lowered(lexicon.claimantCues().notNames());
        this.partyVoices = QuestionText.lowered(lexicon.claimantCues().partyVoices());
    }

    /** The first cued source that names no claimant and no party, or null. */
    @Nullable Found find(String cleaned) {
        if (slotEnds.isEmpty()) {
            return null;
        }
        List<Token> tokens = tokens(cleaned);
        List<String> words = tokens.stream().map(Token::lower).toList();
        List<Mention> mentions = null;
        for (int i = 0; i < tokens.size(); i++) {
            for (int direction : new int[] {+1, -1}) {
                int from = slotStart(cleaned, tokens, words, i, direction);
                if (from < 0 || from >= tokens.size()) {
                    continue;
                }
                if (mentions == null) {
                    mentions = Stream.concat(Stream.concat(known.claimantsIn(cleaned).stream(),
                            known.partiesIn(cleaned).stream()), directory.shortNamesAnywhere(cleaned).stream()).toList();
                }
                Found found = unknown(cleaned, tokens, words, from, direction, mentions);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Where a cue at word {@code i} has its slot: after a "before" cue, before an "after" cue; -1 when none. */
    private int slotStart(String cleaned, List<Token> tokens, List<String> words, int i, int direction) {
        List<Phrases.Phrase> cues = direction > 0 ? cuesBefore : cuesAfter;
        for (Phrases.Phrase cue : cues) {
            if (Phrases.matchesAt(cue, words, i)) {
                if (direction > 0) {
                    return i + cue.size();
                }
                // "the Mossad's estimate": the slot is the owner, before the "'s"
                boolean possessive = i >= 2 && words.get(i - 1).equals("s")
                        && gap(cleaned, tokens, i - 2, i - 1).strip().equals("'");
                return possessive ? i - 2 : i - 1;
            }
        }
        return -1;
    }

    /** The words of a slot, as first and last word indices: the name, and the whole phrase around it. */
    private record Slot(int nameLo, int nameHi, int phraseLo, int phraseHi) {
    }

    /**
     * Reads the slot from {@code from} outwards. The name is the words before any content word; the whole phrase runs
     * on to the first slot end. Null when the slot has no name.
     */
    private @Nullable Slot read(String cleaned, List<Token> tokens, List<String> words, int from, int direction) {
        int nameFar = -1;
        int phraseFar = -1;
        boolean nameOpen = true;
        for (int k = from, n = 0; k >= 0 && k < tokens.size() && n < MAX_SLOT_WORDS; k += direction, n++) {
            int left = Math.min(k, k - direction);
            String between = k != from ? gap(cleaned, tokens, left, left + 1) : "";
            if (BREAK.matcher(between).find() || !JOINS.matcher(between).matches() || endsSlot(words, k)) {
                break;
            }
            if (words.get(k).equals("s") && k > 0 && gap(cleaned, tokens, k - 1, k).strip().equals("'")) {
                // "according to the Mossad's figures" ends at the owner; in "the army's spokesman said" the owner
                // is part of the phrase but not of the name
                if (direction > 0) {
                    break;
                }
                nameOpen = false;
                continue;
            }
            nameOpen = nameOpen && !covered(content, words, k);
            nameFar = nameOpen ? k : nameFar;
            phraseFar = k;
        }
        if (nameFar < 0) {
            return null;
        }
        return new Slot(Math.min(from, nameFar), Math.max(from, nameFar), Math.min(from, phraseFar),
                Math.max(from, phraseFar));
    }

    /**
     * The slot's name when it is unknown. Leading articles and vague words are not part of it. A directory name
     * anywhere in the phrase but outside the name ("the Ukrainian army's spokesman") means the source is not unknown.
     */
    private @Nullable Found unknown(String cleaned, List<Token> tokens, List<String> words, int from, int direction,
                                    List<Mention> mentions) {
        Slot slot = read(cleaned, tokens, words, from, direction);
        if (slot == null) {
            return null;
        }
        int first = slot.nameLo();
        while (first <= slot.nameHi() && (DETERMINERS.contains(words.get(first)) || notNames.contains(words.get(first)))) {
            first++;
        }
        if (first > slot.nameHi()) {
            return null;
        }
        int nameStart = tokens.get(first).start();
        int nameEnd = tokens.get(slot.nameHi()).end();
        int phraseStart = tokens.get(slot.phraseLo()).start();
        int phraseEnd = tokens.get(slot.phraseHi()).end();
        List<Mention> inPhrase = mentions.stream().filter(m -> m.start() < phraseEnd && phraseStart < m.end()).toList();
        if (inPhrase.stream().anyMatch(m -> m.start() < nameStart || m.end() > nameEnd)
                || !inPhrase.isEmpty() && namesAKnownSource(cleaned, tokens, words, first, slot.nameHi(), inPhrase)) {
            return null;
        }
        // "the Washington Post": the article is kept in the words shown, and ignored when they are matched
        int shownFrom = first > slot.nameLo() && DETERMINERS.contains(words.get(first - 1)) ? first - 1 : first;
        return new Found(cleaned.substring(tokens.get(shownFrom).start(), nameEnd), nameStart, nameEnd);
    }

    /**
     * A claimant's own alias names that claimant, whatever words stand around it. A party's name ("Washington") names
     * the party only when the other words are the party's voice ("Ukrainian defence ministry"), not another name
     * that contains it ("the Washington Post", "the Kyiv Independent").
     */
    private boolean namesAKnownSource(String cleaned, List<Token> tokens, List<String> words, int first, int last,
                                      List<Mention> mentions) {
        for (Mention m : mentions) {
            String text = cleaned.substring(m.start(), m.end());
            if (directory.partyNamedBy(text).isEmpty()) {
                return true;
            }
        }
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            boolean inMention = mentions.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
            String w = words.get(k);
            if (!inMention && !DETERMINERS.contains(w) && !notNames.contains(w) && !partyVoices.contains(w)
                    && !w.equals("s")) {
                return false;
            }
        }
        return true;
    }

    /** A slot-ending word, a number, or the start of another cue. */
    private boolean endsSlot(List<String> words, int k) {
        String w = words.get(k);
        return slotEnds.contains(w) || w.chars().anyMatch(Character::isDigit)
                || covered(cuesBefore, words, k) || covered(cuesAfter, words, k);
    }

    /** Whether a phrase that matches somewhere around word {@code k} covers it ("kim jong un" covers "jong"). */
    private static boolean covered(List<Phrases.Phrase> phrases, List<String> words, int k) {
        for (Phrases.Phrase p : phrases) {
            for (int s = Math.max(0, k - p.size() + 1); s <= k; s++) {
                if (Phrases.matchesAt(p, words, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String gap(String cleaned, List<Token> tokens, int left, int right) {
        return cleaned.substring(tokens.get(left).end(), tokens.get(right).start());
    }

    private static List<Token> tokens(String cleaned) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(cleaned);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
