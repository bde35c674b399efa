package tally.extract;

import static tally.extract.NounPhraseBounds.CALENDAR_NAMES;
import static tally.extract.NounPhraseBounds.allProper;
import static tally.extract.NounPhraseBounds.anyProper;
import static tally.extract.NounPhraseBounds.hyphenTail;
import static tally.extract.NounPhraseBounds.isLetters;
import static tally.extract.NounPhraseBounds.lowerAfterHyphen;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.extract.SourcePhrases.Phrase;
import tally.model.Claimant;

/**
 * Whether a noun phrase names a source, by its head: a source noun of the lexicon ("official", "agency",
 * "think tank"), a proper noun or a name the lexicon knows, a named party's report ("an ISW assessment"), or a
 * coordination whose first part names one; and what kind of party it is (an official body by its head, a person when
 * every word is a name, else a group). Months and weekdays never speak. Moved out of {@link SourcePhrases} (round 61).
 */
final class SourceHeads {

    /** Words that set a month or weekday after a name: "Kirby last Friday", "the ministry on Monday". */
    private static final Set<String> CALENDAR_LEADS = Set.of("last", "next", "this", "on", "early", "late", "mid",
            "since", "in", "by", "until");

    private final Set<String> heads;
    private final Set<String> bodyHeads;
    private final Set<String> properNames;
    private final Set<String> informationHeads;

    /** The lexicon's lists, as {@link SourcePhrases#SourcePhrases(List, List, List, List)} documents them. */
    SourceHeads(List<String> heads, List<String> bodyHeads, List<String> properNames, List<String> informationHeads) {
        this.heads = CompiledLexicon.lowerCased(heads);
        this.bodyHeads = CompiledLexicon.lowerCased(bodyHeads);
        this.properNames = CompiledLexicon.lowerCased(properNames);
        this.informationHeads = CompiledLexicon.lowerCased(informationHeads);
    }

    /**
     * The token is a source noun of the lexicon by its lemma or word, or ends one of its compound nouns with the words
     * before it, as written: "think tank", "think-tank" (which the tokenizer may split at the hyphen).
     */
    private boolean isHead(TaggedSentence s, int i) {
        TaggedSentence.Token t = s.get(i);
        if (heads.contains(t.lemma()) || heads.contains(t.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int from = i - 1; from >= Math.max(0, i - 2); from--) {
            if (heads.contains(s.words(from, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A source noun of the lexicon among the tokens ("a lawmaker of the ruling party"). */
    boolean holdsHead(TaggedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isHead(s, i)) {
                return true;
            }
        }
        return false;
    }

    boolean informationHead(TaggedSentence.Token t) {
        return informationHeads.contains(t.lemma()) || informationHeads.contains(t.word().toLowerCase(Locale.ROOT));
    }

    @Nullable Phrase phrase(TaggedSentence s, int from, int to) {
        int headIndex = to;
        while (headIndex > from && (hyphenTail(s.get(headIndex)) || s.get(headIndex).word().equals("-")
                || lowerAfterHyphen(s, headIndex))) {
            headIndex--;
        }
        TaggedSentence.Token head = s.get(headIndex);
        if (CALENDAR_NAMES.contains(head.word().toLowerCase(Locale.ROOT))) {
            // "soldiers held by Ukraine since January have told": a month or a weekday speaks for no one; "said by
            // spokesman John Kirby last Friday": the name before it and its "last" or "on" still does
            int k = headIndex - 1;
            while (k >= from && CALENDAR_LEADS.contains(s.get(k).word().toLowerCase(Locale.ROOT))) {
                k--;
            }
            return k >= from && k < headIndex - 1 ? phrase(s, from, k) : null;
        }
        String lemma = head.lemma();
        boolean sourceNoun = isHead(s, headIndex);
        // The tagger reads a sentence-initial "Pyongyang" as a common noun; a name the lexicon knows is a name.
        boolean proper = head.is("PROPN") || properNames.contains(head.word().toLowerCase(Locale.ROOT))
                || Character.isUpperCase(head.word().charAt(0)) && head.start() > 0;
        // "a Financial Times report", "an ISW assessment": a named party's report is that party's word.
        boolean namedReport = informationHead(head) && anyProper(s, from, headIndex - 1);
        if (!sourceNoun && !proper && !namedReport && !firstConjunctNames(s, from, headIndex)) {
            return null;
        }
        if (from == headIndex && !proper && informationHead(head)) {
            return null; // "with estimates suggesting ...": bare estimates are nobody's word, so name no source
        }
        // "two sources familiar with the matter" (round 45): a number word counting the sources opens their phrase;
        // a figure in digits never does ("the 10,000 the US says")
        if (s.get(from).is("NUM") && !(sourceNoun && from < headIndex && isLetters(s.get(from).word()))
                || s.get(from).word().equals("'s")) {
            return null;
        }
        Claimant.Kind kind = bodyHeads.contains(lemma) ? Claimant.Kind.OFFICIAL_BODY
                : sourceNoun || !allProper(s, from, to) ? Claimant.Kind.GROUP : Claimant.Kind.PERSON;
        int end = s.get(to).end();
        String words = s.words(from, to);
        String last = s.get(to).word();
        if (to == s.size() - 1 && last.length() > 1 && last.indexOf('.') == last.length() - 1) {
            // the tokenizer keeps a sentence's closing full stop on a short capital word ("by the NIS."): not the
            // name's, unlike the stops inside an abbreviation ("the U.S.")
            end--;
            words = words.substring(0, words.length() - 1);
        }
        return new Phrase(from, to, words, kind, s.get(from).start(), end, end);
    }

    /**
     * "the U.S. and its allies", "Seoul and its partners", "the US, South Korea, and others": the first part of a
     * coordination is a name, so the whole names a source, though the last noun ("allies", "others") alone would not.
     * The serial comma before the "and" is passed over to the name before it.
     */
    private boolean firstConjunctNames(TaggedSentence s, int from, int head) {
        for (int i = from + 1; i < head; i++) {
            if (s.get(i).word().equalsIgnoreCase("and")) {
                int last = s.get(i - 1).word().equals(",") && i - 2 >= from ? i - 2 : i - 1;
                TaggedSentence.Token before = s.get(last);
                return before.is("PROPN") || heads.contains(before.lemma())
                        || heads.contains(before.word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
