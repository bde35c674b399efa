package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "US estimates were lower, at about 1,200", "Seoul's figures are higher, at 3,000": a statement noun (config
 * {@code informationHeads}) that a name modifies, as the subject of "be", is the source of the figure in its
 * complement; it speaks as a verb's subject would. An unnamed "estimates were lower" names no one, and a figure
 * before the verb or past a clause break is not the complement's. So is such a noun as the object of "by" or "in" set
 * off at the head or the end of the clause ("By US estimates, ...", "In Lee's words, ...", "..., by Seoul's count."),
 * as "according to" would be; a possessor ("Lee's") is the source itself, an adjective or name ("US estimates") stays
 * with its noun as "according to US estimates" does.
 */
final class NamedEstimates {

    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    /** How many tokens may stand between "be" and the figure of its complement ("lower , at about"). */
    private static final int COMPLEMENT_REACH = 6;

    private final Set<String> heads;
    private final SourcePhrases phrases;

    NamedEstimates(CompiledLexicon lex, SourcePhrases phrases) {
        this.heads = CompiledLexicon.lowerCased(lex.informationHeads);
        this.adverbial = lex.framingPrepositions;
        this.phrases = phrases;
    }

    /** Whether a statement noun stands right before a form of "be": the cheap test on the words before tagging. */
    boolean mayHold(String s) {
        for (String be : BE) {
            int at = s.indexOf(" " + be + " ");
            while (at > 0) {
                int wordStart = s.lastIndexOf(' ', at - 1) + 1;
                if (heads.contains(s.substring(wordStart, at).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                at = s.indexOf(" " + be + " ", at + 1);
            }
        }
        return false;
    }

    /** "by", "in": prepositions whose named statement noun frames a clause (config {@code framingPrepositions}). */
    private final Set<String> adverbial;

    /** Whether "by" or "in" stands at most four words before a statement noun: the cheap test before tagging. */
    boolean mayFrame(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String head : heads) {
            int at = lower.indexOf(head);
            while (at >= 0) {
                int end = at + head.length();
                if ((end == lower.length() || !Character.isLetter(lower.charAt(end))) && at > 0
                        && !Character.isLetter(lower.charAt(at - 1)) && prepositionBefore(lower, at)) {
                    return true;
                }
                at = lower.indexOf(head, end);
            }
        }
        return false;
    }

    private boolean prepositionBefore(String lower, int at) {
        int from = at;
        for (int words = 0; words < 4 && from > 0; words++) {
            from = lower.lastIndexOf(' ', from - 2) + 1;
            String word = lower.substring(from, lower.indexOf(' ', from) < 0 ? lower.length() : lower.indexOf(' ', from));
            if (adverbial.contains(word)) {
                return true;
            }
            if (from == 0) {
                break;
            }
        }
        return false;
    }

    /**
     * Each named statement noun that is the object of "by" or "in" opening the sentence or set off by a comma before
     * it, and followed by a comma or the sentence's end: the source phrase (the possessor alone, when there is one)
     * with the token of its preposition.
     */
    List<Subject> framing(TaggedSentence s) {
        List<Subject> found = new ArrayList<>();
        for (int by = 0; by + 1 < s.size(); by++) {
            if (!adverbial.contains(s.get(by).word().toLowerCase(Locale.ROOT))
                    || by > 0 && !s.get(by - 1).word().equals(",")) {
                continue;
            }
            SourcePhrases.Phrase object = phrases.after(s, by + 1);
            if (object == null || object.from() != by + 1) {
                continue;
            }
            // "By Ukraine's tally": the tagger may read the noun as a verb, outside the phrase
            int head = object.to();
            while (!isHead(s, head) && head < object.to() + 2 && head + 1 < s.size() && (head == object.to()
                    || possessive(s.get(head).word()))) {
                head++;
            }
            if (!isHead(s, head) || !setOff(s, head + 1)) {
                continue;
            }
            SourcePhrases.Phrase whole = head == object.to() ? object : new SourcePhrases.Phrase(object.from(), head,
                    s.words(object.from(), head), object.kind(), object.start(), s.get(head).end(), s.get(head).end());
            if (named(s, whole)) {
                SourcePhrases.Phrase possessor = possessor(s, head, object);
                found.add(new Subject(by, possessor != null ? possessor : whole));
            }
        }
        return found;
    }

    private static boolean possessive(String word) {
        return word.equals("'s") || word.equals("\u2019s");
    }

    private boolean isHead(TaggedSentence s, int i) {
        return i < s.size() && (heads.contains(s.get(i).word().toLowerCase(Locale.ROOT)) || heads.contains(s.get(i).lemma()));
    }

    /** A comma, a colon or the sentence's closing stop follows the phrase. */
    private static boolean setOff(TaggedSentence s, int next) {
        if (next >= s.size()) {
            return true;
        }
        String w = s.get(next).word();
        return w.equals(",") || w.equals(":") || next + 1 == s.size() && w.equals(".");
    }

    /** "Lee's words": the words before the possessive, as a phrase of their own, or null when there is none. */
    private static SourcePhrases.@org.jspecify.annotations.Nullable Phrase possessor(TaggedSentence s, int head,
                                                                             SourcePhrases.Phrase p) {
        for (int i = p.from() + 1; i < head; i++) {
            if (possessive(s.get(i).word())) {
                TaggedSentence.Token last = s.get(i - 1);
                boolean name = true;
                for (int k = p.from(); k < i; k++) {
                    name &= Character.isUpperCase(s.get(k).word().charAt(0));
                }
                return new SourcePhrases.Phrase(p.from(), i - 1, s.words(p.from(), i - 1),
                        name ? tally.model.Claimant.Kind.PERSON : tally.model.Claimant.Kind.GROUP, p.start(),
                        last.end(), last.end());
            }
        }
        return null;
    }

    /** A source phrase with the token of its "be". */
    record Subject(int be, SourcePhrases.Phrase source) {
    }

    /** Each named statement noun before a "be" whose complement holds the figure at token {@code figure}. */
    List<Subject> subjects(TaggedSentence s, int figure) {
        List<Subject> found = new ArrayList<>();
        for (int be = 1; be < figure && be < s.size(); be++) {
            TaggedSentence.Token head = s.get(be - 1);
            if (!BE.contains(s.get(be).word().toLowerCase(Locale.ROOT)) || figure - be > COMPLEMENT_REACH
                    || !(heads.contains(head.word().toLowerCase(Locale.ROOT)) || heads.contains(head.lemma()))
                    || breakBetween(s, be, figure)) {
                continue;
            }
            SourcePhrases.Phrase source = head.nominal() ? phrases.before(s, be) : misreadHead(s, be - 1);
            if (source != null && named(s, source)) {
                found.add(new Subject(be, source));
            }
        }
        return found;
    }

    /**
     * "US estimates were": the tagger may read the noun as the verb of the name before it; the phrase is that name
     * and the noun.
     */
    private SourcePhrases.@org.jspecify.annotations.Nullable Phrase misreadHead(TaggedSentence s, int head) {
        SourcePhrases.Phrase name = phrases.before(s, head);
        if (name == null || name.to() != head - 1) {
            return null;
        }
        int end = s.get(head).end();
        return new SourcePhrases.Phrase(name.from(), head, s.words(name.from(), head), name.kind(), name.start(), end,
                end);
    }

    /** Whether token {@code i} is a form of "be": a word before it is no reporting verb ("US estimates were"). */
    static boolean beAt(TaggedSentence s, int i) {
        return i < s.size() && BE.contains(s.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** A name, a side's capitalised adjective or a possessive modifies the noun: "US estimates", "Seoul's figures". */
    private static boolean named(TaggedSentence s, SourcePhrases.Phrase p) {
        for (int i = p.from(); i < p.to(); i++) {
            TaggedSentence.Token t = s.get(i);
            // "Japanese estimates": a nationality is read as an adjective, but its capital names a side
            if (t.is("PROPN") || t.word().equals("'s") || t.start() > 0 && Character.isUpperCase(t.word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean breakBetween(TaggedSentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = s.get(i).word();
            if (w.equals(";") || s.get(i).is("CCONJ") || s.get(i).is("SCONJ") || s.get(i).is("VERB")) {
                return true;
            }
        }
        return false;
    }
}
