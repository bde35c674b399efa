package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/**
 * The noun phrase that names a source, read from tags: the subject before a reporting verb ("a senior US defence
 * official said"), the phrase after "according to", "citing" or a passive "by". A phrase is a source when its head is
 * a proper noun or a source noun of the lexicon ("official", "agency", "spokesperson"); pronouns never are (they refer
 * back, and the discourse resolves them). Coordinations stay whole: "South Korean and Western intelligence agencies".
 */
final class SourcePhrases {

    /** A source phrase: token range [from, to], its words, the kind of party it names, its character span and where its head noun ends. */
    record Phrase(int from, int to, String words, Claimant.Kind kind, int start, int end, int headEnd) {
        Claimant claimant() {
            return Claimant.unlisted(words, kind);
        }
    }

    private static final Set<String> INSIDE = Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART");
    /** Prepositions that attach a phrase to a source noun: "a spokesperson for", "the head of", "officials at". */
    private static final Set<String> PP_HEAD = Set.of("for", "of", "at", "from", "in", "with");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("ADV", "AUX", "PART");

    private final Set<String> heads;
    private final Set<String> bodyHeads;
    private final Set<String> properNames;

    /** @param properNames one-word names that are sources however the tagger reads them (the lexicon's topic terms) */
    SourcePhrases(List<String> heads, List<String> bodyHeads, List<String> properNames) {
        this.heads = Set.copyOf(heads.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.bodyHeads = Set.copyOf(bodyHeads.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.properNames = Set.copyOf(properNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    /** The source phrase ending just before token {@code verb} (adverbs and auxiliaries between are skipped). */
    @Nullable Phrase before(TaggedSentence s, int verb) {
        int end = verb - 1;
        while (end >= 0 && SKIP_BEFORE_VERB.contains(s.get(end).tag()) && !s.get(end).word().equals("'s")) {
            end--;
        }
        if (end < 0 || !(s.get(end).nominal() || hyphenTail(s.get(end)))) {
            return null;
        }
        int start = end;
        while (start > 0 && inside(s, start - 1)) {
            start--;
        }
        // "a spokesperson for the Ukrainian navy said": the noun before the preposition heads the subject;
        // "clashes with Ukrainian forces reported": the object of a preposition alone is not the verb's subject.
        if (start > 1 && s.get(start - 1).is("ADP")) {
            int headEnd = start - 2;
            int headStart = headEnd;
            while (headStart > 0 && inside(s, headStart - 1)) {
                headStart--;
            }
            if (!s.get(headEnd).nominal() || !PP_HEAD.contains(s.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Phrase head = phrase(s, headStart, headEnd);
            return head == null ? null : new Phrase(headStart, end, s.words(headStart, end), head.kind(),
                    head.start(), s.get(end).end(), head.headEnd());
        }
        if (start > 0 && s.get(start - 1).is("ADP")) {
            return null;
        }
        return phrase(s, start, end);
    }

    /** The source phrase starting at token {@code from}. */
    @Nullable Phrase after(TaggedSentence s, int from) {
        if (from >= s.size() || !inside(s, from) || s.get(from).is("PART")) {
            return null;
        }
        int end = from;
        while (end + 1 < s.size() && inside(s, end + 1)) {
            end++;
        }
        while (end > from && !s.get(end).nominal()) {
            end--;
        }
        return s.get(end).nominal() ? phrase(s, from, end) : null;
    }

    /** "and" or "-" joins two nominal parts of one phrase; anything in INSIDE continues it. */
    private static boolean inside(TaggedSentence s, int i) {
        TaggedSentence.Token t = s.get(i);
        // The tagger reads a split-off possessive and the tail of "Sung-kyung" as punctuation; both stay in the phrase.
        if ((t.word().equals("'s") || t.word().equals("'")) && i > 0 && s.get(i - 1).nominal()
                || t.word().length() > 1 && t.word().charAt(0) == '-' && Character.isLetter(t.word().charAt(1))) {
            return true;
        }
        if (INSIDE.contains(t.tag())) {
            return !t.is("PART") || t.word().startsWith("'");
        }
        // "Kim Yo Jong": the tagger may read one part of a name as something else; a capitalised word between names
        // is part of the name.
        if (Character.isUpperCase(t.word().charAt(0)) && t.word().chars().allMatch(Character::isLetter)
                && (i > 0 && s.get(i - 1).is("PROPN") || i + 1 < s.size() && s.get(i + 1).is("PROPN"))) {
            return true;
        }
        boolean joiner = t.is("CCONJ") && t.word().equalsIgnoreCase("and") || t.word().equals("-");
        return joiner && i > 0 && i + 1 < s.size() && INSIDE.contains(s.get(i - 1).tag())
                && INSIDE.contains(s.get(i + 1).tag());
    }

    private static boolean hyphenTail(TaggedSentence.Token t) {
        return t.word().length() > 1 && t.word().charAt(0) == '-' && Character.isLetter(t.word().charAt(1));
    }

    private @Nullable Phrase phrase(TaggedSentence s, int from, int to) {
        int headIndex = to;
        while (headIndex > from && hyphenTail(s.get(headIndex))) {
            headIndex--;
        }
        TaggedSentence.Token head = s.get(headIndex);
        String lemma = head.lemma();
        boolean sourceNoun = heads.contains(lemma) || heads.contains(head.word().toLowerCase(Locale.ROOT));
        // The tagger reads a sentence-initial "Pyongyang" as a common noun; a name the lexicon knows is a name.
        boolean proper = head.is("PROPN") || properNames.contains(head.word().toLowerCase(Locale.ROOT))
                || Character.isUpperCase(head.word().charAt(0)) && head.start() > 0;
        if (!sourceNoun && !proper) {
            return null;
        }
        if (s.get(from).is("NUM") || s.get(from).word().equals("'s")) {
            return null;
        }
        Claimant.Kind kind = bodyHeads.contains(lemma) ? Claimant.Kind.OFFICIAL_BODY
                : sourceNoun || !allProper(s, from, to) ? Claimant.Kind.GROUP : Claimant.Kind.PERSON;
        return new Phrase(from, to, s.words(from, to), kind, s.get(from).start(), s.get(to).end(), s.get(to).end());
    }

    private static boolean allProper(TaggedSentence s, int from, int to) {
        int proper = 0;
        for (int i = from; i <= to; i++) {
            if (s.get(i).is("PROPN") || Character.isUpperCase(s.get(i).word().charAt(0)) && !s.get(i).is("DET")) {
                proper++;
            } else if (!s.get(i).word().startsWith("-")) {
                return false;
            }
        }
        return proper >= 2;
    }
}
