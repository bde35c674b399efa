package tally.app.question;

import java.util.List;
import java.util.Set;

/**
 * What a "how many" question names as counted before its verb, read by word order alone. After a quantity phrase
 * ("how many", "number of") come the counted words, then an auxiliary, a copula or a word such as "by" that starts the
 * rest of the clause: "how many <b>villages</b> have the North Korean troops taken", "how many <b>Ukrainian
 * soldiers</b> have North Koreans killed", "how many were killed by ...".
 *
 * @param unknown the counted words when none of them is a word Tally knows (a metric, a force, a troop noun, another
 *                unit of count): "villages". Empty when the question names no counted words or names known ones.
 * @param auxAt   the index of the inverting auxiliary that ends the counted words ("have" in "how many villages have
 *                the North Korean troops taken"), so that the force right after it is the doer; -1 when the question
 *                does not invert
 * @param start   the index of the first counted word ("money" in "how much money does Russia pay per soldier"); -1
 *                when the question names none this reading can trust
 * @param end     the index after the last counted word
 */
record CountedHead(List<String> unknown, int auxAt, int start, int end) {

    static final CountedHead NONE = new CountedHead(List.of(), -1, -1, -1);

    /** Counted words are at most this many: a longer run is not a noun phrase this order-only reading can trust. */
    static final int MAX_WORDS = 3;

    CountedHead {
        unknown = List.copyOf(unknown);
    }

    /** A word is known content when a lexicon phrase of what Tally counts or names starts at it. */
    interface Known {
        boolean at(List<String> words, int index);
    }

    /**
     * @param quantity    phrases that ask for a count ({@code generic.quantityWords})
     * @param inverting   auxiliaries that invert a question ({@code subjects.invertingAuxiliaries})
     * @param stops       words that end the counted words without inverting: copulas, "by", "in", verbs of what
     *                    befalls the subject ({@code predicateBefore}, {@code notSubjectBefore}, {@code subjectVerbs})
     * @param leading     words skipped before the counted words ("the", "more", "of")
     */
    static CountedHead find(List<String> w, List<Phrases.Phrase> quantity, List<Phrases.Phrase> inverting,
                            List<Phrases.Phrase> stops, Set<String> leading, Known known) {
        int start = quantityEnd(w, quantity);
        if (start < 0) {
            return NONE;
        }
        while (start < w.size() && leading.contains(w.get(start))) {
            start++;
        }
        boolean anyKnown = false;
        for (int i = start; i < w.size() && i <= start + MAX_WORDS; i++) {
            if (Phrases.oneWordAt(inverting, w, i)) {
                return new CountedHead(anyKnown ? List.of() : w.subList(start, i), i, start, i);
            }
            if (Phrases.oneWordAt(stops, w, i)) {
                return new CountedHead(anyKnown ? List.of() : w.subList(start, i), -1, start, i);
            }
            anyKnown |= known.at(w, i);
        }
        return NONE;
    }

    private static int quantityEnd(List<String> w, List<Phrases.Phrase> quantity) {
        for (int i = 0; i < w.size(); i++) {
            for (Phrases.Phrase q : quantity) {
                if (Phrases.matchesAt(q, w, i)) {
                    return i + q.size();
                }
            }
        }
        return -1;
    }
}
