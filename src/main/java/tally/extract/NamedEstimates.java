package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "US estimates were lower, at about 1,200", "Seoul's figures are higher, at 3,000": a statement noun (config
 * {@code informationHeads}) that a name modifies, as the subject of "be", is the source of the figure in its
 * complement; it speaks as a verb's subject would. An unnamed "estimates were lower" names no one, and a figure
 * before the verb or past a clause break is not the complement's.
 */
final class NamedEstimates {

    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    /** How many tokens may stand between "be" and the figure of its complement ("lower , at about"). */
    private static final int COMPLEMENT_REACH = 6;

    private final Set<String> heads;
    private final SourcePhrases phrases;

    NamedEstimates(CompiledLexicon lex, SourcePhrases phrases) {
        this.heads = SourcePhrases.lower(lex.informationHeads);
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
