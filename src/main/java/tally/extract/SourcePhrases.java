package tally.extract;

import static tally.extract.NounPhraseBounds.INSIDE;
import static tally.extract.NounPhraseBounds.afterDate;
import static tally.extract.NounPhraseBounds.afterPrepositionalObject;
import static tally.extract.NounPhraseBounds.allProper;
import static tally.extract.NounPhraseBounds.capitalisedModifier;
import static tally.extract.NounPhraseBounds.hyphenTail;
import static tally.extract.NounPhraseBounds.inside;
import static tally.extract.NounPhraseBounds.listEnd;
import static tally.extract.NounPhraseBounds.listStart;
import static tally.extract.NounPhraseBounds.participle;
import static tally.extract.NounPhraseBounds.phraseStart;
import static tally.extract.NounPhraseBounds.possessor;
import static tally.extract.NounPhraseBounds.preposition;
import static tally.extract.NounPhraseBounds.reducedRelative;

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
    /** Prepositions that attach a phrase to a source noun: "a spokesperson for", "the head of", "officials at". */
    private static final Set<String> PP_HEAD = Set.of("for", "of", "at", "from", "in", "with", "to", "on");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("ADV", "AUX", "PART");
    /** A quantifier floated after its subject: "sources all say", "the two agencies both estimate". */
    private static final Set<String> FLOATING = Set.of("all", "both", "each");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose");
    /** Verbs of a relative clause that cite someone: "a report that cites intelligence officials" names its source. */
    private static final Set<String> CITING = Set.of("cites", "cited", "citing", "quotes", "quoted", "quoting");
    /**
     * Relative pronouns that open a clause with no commas round it inside a subject: "officials who spoke on condition
     * of anonymity", "a Telegram channel that offers war-related intelligence", "a channel which covers the war".
     */
    private static final Set<String> RESTRICTIVE = Set.of("who", "which", "that");
    /** Words that open a relay set off by commas between a subject and its verb. */
    static final Set<String> RELAYING = Set.of("citing", "quoting");
    /**
     * Words between a source and its preposition that place it or say what it knows: "a group based in Seoul",
     * "officials stationed in Kyiv", "sources familiar with the matter" (round 41); round 45: near a party or told of
     * a matter, "people close to Zelensky", "sources briefed on the assessment", whose object never speaks.
     */
    private static final Set<String> PLACED = Set.of("based", "located", "stationed", "headquartered", "operating",
            "familiar", "close", "closest", "near", "briefed");

    private final SourceHeads sourceHeads;
    private final Set<String> adverbialNouns;

    /**
     * @param properNames one-word names that are sources however the tagger reads them (the lexicon's topic terms)
     * @param informationHeads nouns that carry someone else's word ("estimates from South Korea", "figures by the
     *                         NIS"): the phrase after their "from", "by" or "of" is the source
     */
    SourcePhrases(List<String> heads, List<String> bodyHeads, List<String> properNames, List<String> informationHeads,
                  Set<String> adverbialNouns) {
        this.sourceHeads = new SourceHeads(heads, bodyHeads, properNames, informationHeads);
        this.adverbialNouns = adverbialNouns;
    }

    SourcePhrases(CompiledLexicon lex) {
        this(lex.sourceHeads, lex.bodyHeads, lex.topicWords, lex.informationHeads, lex.speakerAdverbialNouns);
    }

    private static final Set<String> OF_SOURCE = Set.of("from", "by", "of");

    /** The source phrase ending just before token {@code verb} (adverbs and auxiliaries between are skipped). */
    @Nullable Phrase before(TaggedSentence s, int verb) {
        return before(s, verb, false);
    }

    /** @param antecedent the phrase is what a relative pronoun stands for, so it may be a preposition's object */
    private @Nullable Phrase before(TaggedSentence s, int verb, boolean antecedent) {
        Phrase direct = rightBefore(s, verb, antecedent);
        if (direct != null && !antecedent && objectInRelativeClause(s, direct.from())) {
            return beforeRestrictiveClause(s, verb);
        }
        return direct != null || antecedent ? direct : beforeRestrictiveClause(s, verb);
    }

    /**
     * "A South Korean lawmaker who recently visited Kyiv said", "a diplomat who travelled to Seoul said": the phrase
     * right before the verb follows a verb (and perhaps its preposition) of a relative clause with no comma round it,
     * so it is that verb's object, and the subject stands before "who" (round 37).
     */
    private static boolean objectInRelativeClause(TaggedSentence s, int from) {
        int k = from - 1;
        if (k > 0 && (s.get(k).is("ADP") || s.get(k).is("PART"))) {
            k--;
        }
        if (k < 1 || !s.get(k).is("VERB") || CITING.contains(s.get(k).word().toLowerCase(Locale.ROOT))) {
            return false; // "a report that cites intelligence officials said": the cited object is the source
        }
        for (int j = k - 1; j > 0 && from - j <= RELATIVE_REACH; j--) {
            String word = s.get(j).word();
            if (word.equals(",") || word.equals(";")) {
                return false;
            }
            if (RELATIVE.contains(word.toLowerCase(Locale.ROOT))
                    || RESTRICTIVE.contains(word.toLowerCase(Locale.ROOT)) && relativeOpens(s, j)) {
                return s.get(j - 1).nominal();
            }
        }
        return false;
    }

    /**
     * "A senior Ukrainian official who is familiar with the troop movements said", "Officials who spoke on condition
     * of anonymity said": the subject stands before a relative clause with no commas round it ("who" within
     * {@link #RELATIVE_REACH} tokens, no comma between it and the verb).
     */
    private @Nullable Phrase beforeRestrictiveClause(TaggedSentence s, int verb) {
        for (int k = verb - 1; k > 0 && verb - k <= RELATIVE_REACH; k--) {
            String word = s.get(k).word();
            if (word.equals(",") || word.equals(";")) {
                return null;
            }
            if (RESTRICTIVE.contains(word.toLowerCase(Locale.ROOT)) && s.get(k - 1).nominal() && relativeOpens(s, k)) {
                return rightBefore(s, k, false);
            }
        }
        return null;
    }

    private static final int RELATIVE_REACH = 15;

    /**
     * "who", "which", or a "that" whose clause has no subject of its own: a verb (or an adverb and a verb) comes right
     * after it ("a channel that offers"); "told lawmakers on Monday that it estimates" opens a content, not a
     * relative clause.
     */
    private static boolean relativeOpens(TaggedSentence s, int k) {
        if (!s.get(k).word().equalsIgnoreCase("that")) {
            return true;
        }
        int next = k + 1;
        if (next < s.size() && s.get(next).is("ADV")) {
            next++;
        }
        return next < s.size() && (s.get(next).is("VERB") || s.get(next).is("AUX"));
    }

    private @Nullable Phrase rightBefore(TaggedSentence s, int verb, boolean antecedent) {
        int end = verb - 1;
        while (end >= 0 && (SKIP_BEFORE_VERB.contains(s.get(end).tag()) && !s.get(end).word().equals("'s")
                || FLOATING.contains(s.get(end).word().toLowerCase(Locale.ROOT)) && end > 0 && s.get(end - 1).nominal())) {
            end--;
        }
        int adverbial = adverbialStart(s, end);
        if (adverbial > 0) {
            return rightBefore(s, adverbial, antecedent);
        }
        // "Governor Alexander Hinstein, who stated that": the relative pronoun stands for the phrase before its comma.
        if (end >= 2 && RELATIVE.contains(s.get(end).word().toLowerCase(Locale.ROOT)) && s.get(end - 1).word().equals(",")) {
            return before(s, end - 1, true);
        }
        // "Hinstein, who spoke on Monday, said": the subject stands before the relative clause set off by commas.
        if (end >= 3 && s.get(end).word().equals(",")) {
            for (int k = end - 1; k > 0 && end - k < 25; k--) {
                String next = s.get(k + 1).word().toLowerCase(Locale.ROOT);
                // "The newspaper, citing unidentified sources, reported": the subject stands before the relay too.
                if (s.get(k).word().equals(",") && (RELATIVE.contains(next) || RELAYING.contains(next)
                        || participle(s, k + 1))) {
                    return before(s, k, antecedent);
                }
                if (s.get(k).word().equals(",")) {
                    return apposed(s, k, end);
                }
            }
        }
        if (end < 0 || !(s.get(end).nominal() || hyphenTail(s.get(end)))) {
            return null;
        }
        int start = afterDate(s, listStart(s, phraseStart(s, end), end), end);
        int listed = afterPrepositionalObject(s, start, end);
        if (listed > start && !antecedent) {
            return sourceHeads.phrase(s, listed, end);
        }
        // "a spokesperson for the Ukrainian navy said": the noun before the preposition heads the subject;
        // "clashes with Ukrainian forces reported": the object of a preposition alone is not the verb's subject.
        if (antecedent) {
            return sourceHeads.phrase(s, start, end); // "comments by X, who stated": X stated
        }
        if (start > 1 && preposition(s.get(start - 1))) {
            return headBeforePreposition(s, start, end);
        }
        if (start > 0 && preposition(s.get(start - 1))) {
            return null;
        }
        return sourceHeads.phrase(s, start, end);
    }

    /** Words a time or occasion phrase may hold between its preposition and its head: "for the first time". */
    private static final Set<String> ADVERBIAL_FILLERS = Set.of("DET", "ADJ", "NUM", "PRON", "NOUN");
    /** How many words such a phrase may hold before its head. */
    private static final int ADVERBIAL_REACH = 5;

    /**
     * Round 63: where a phrase of time or occasion that ends at token {@code end} starts, when it stands between a
     * subject and its verb ("Pyongyang on Friday admitted", "A senior official in Kyiv for the first time said", "Moscow
     * for its part said"): a preposition, at most {@value #ADVERBIAL_REACH} determiners, adjectives, numbers,
     * possessives, common nouns ("a press briefing") or words of a hyphenated modifier, and a head of
     * {@code speakerAdverbialNouns}; a proper noun keeps the phrase ("at the Pentagon briefing" may name the source).
     * The source's words had run on over it ("Pyongyang on Friday", stated as fact). -1 when {@code end} ends no such
     * phrase.
     */
    private int adverbialStart(TaggedSentence s, int end) {
        if (end < 2 || !adverbialNouns.contains(s.get(end).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = end - 1; k >= 1 && end - k <= ADVERBIAL_REACH + 1; k--) {
            TaggedSentence.Token t = s.get(k);
            if (t.is("ADP")) {
                return k;
            }
            // "a closed-door briefing": a compound modifier is its words and their hyphen
            boolean compound = t.word().equals("-") || k + 1 < end && s.get(k + 1).word().equals("-");
            if (!ADVERBIAL_FILLERS.contains(t.tag()) && !compound) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject read backwards ends in a preposition's object ({@code start} to {@code end}): the noun before the
     * preposition heads it ("a spokesperson for the Ukrainian navy"), or an information noun's "from", "by" or "of"
     * makes the object the source ("estimates from South Korea"); else it names none.
     */
    private @Nullable Phrase headBeforePreposition(TaggedSentence s, int start, int end) {
        int headEnd = start - 2;
        // "a defector group based in Seoul said", "a defector living in Seoul said": a participle between the
        // head and its preposition.
        if (headEnd > 0 && !s.get(headEnd).nominal() && (PLACED.contains(s.get(headEnd).word().toLowerCase(Locale.ROOT))
                || reducedRelative(s.get(headEnd))) && s.get(headEnd - 1).nominal()) {
            headEnd--;
        }
        int headStart = phraseStart(s, headEnd);
        if (s.get(headEnd).nominal() && sourceHeads.informationHead(s.get(headEnd))
                && OF_SOURCE.contains(s.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            return sourceHeads.phrase(s, start, end); // "Estimates from South Korea suggest": South Korea speaks
        }
        if (!s.get(headEnd).nominal() || !PP_HEAD.contains(s.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Phrase head = outerHead(s, headStart, sourceHeads.phrase(s, headStart, headEnd));
        return head == null ? null : new Phrase(head.from(), end, s.words(head.from(), end), head.kind(),
                head.start(), s.get(end).end(), head.headEnd());
    }

    /**
     * A name and its title set off by commas before the verb (round 41, from sentences written for the wordings
     * outlets use): "Andriy Kovalyk, a spokesman for the border guard, said" (a name, then an apposition opening with
     * an article) and "A spokesman for the navy, Dmytro Pletenchuk, said" (a source phrase, then a name alone): the
     * person named speaks; so too a full name and ", of" or ", from" a body (round 66: "Andriy Kovalenko, of Ukraine's
     * security council, said"). Anything else between the commas ("In Kursk, fighting went on, officials said") names none.
     *
     * @param open  the comma that opens the apposition
     * @param close the comma right before the verb
     */
    private @Nullable Phrase apposed(TaggedSentence s, int open, int close) {
        if (open < 1 || close - open < 2) {
            return null;
        }
        Phrase first = rightBefore(s, open, false);
        if (first == null || first.to() != open - 1) {
            return null;
        }
        if ((s.get(open + 1).is("DET") || possessor(s, open + 1)) && allProper(s, first.from(), first.to())
                && sourceHeads.holdsHead(s, open + 2, close - 1)) {
            return new Phrase(first.from(), first.to(), first.words(), Claimant.Kind.PERSON, first.start(), first.end(),
                    first.end());
        }
        if (OF_BODY.contains(s.get(open + 1).word()) && first.to() > first.from() && allProper(s, first.from(), first.to())
                && namesABody(s, open + 2, close - 1)) {
            // round 66: "Andriy Kovalenko, of Ukraine's security council, said": a full name, then where they serve
            return new Phrase(first.from(), first.to(), first.words(), Claimant.Kind.PERSON, first.start(), first.end(),
                    first.end());
        }
        if (allProper(s, open + 1, close - 1) && !allProper(s, first.from(), first.to())) {
            return new Phrase(open + 1, close - 1, s.words(open + 1, close - 1), Claimant.Kind.PERSON,
                    s.get(open + 1).start(), s.get(close - 1).end(), s.get(close - 1).end());
        }
        return null;
    }

    /** What opens an apposition that says where a named person serves: ", of the Democratic Party,". Lower case. */
    private static final java.util.Set<String> OF_BODY = java.util.Set.of("of", "from");

    /** Whether the words hold a capitalised name and no verb: "Ukraine's National Security Council", "the Party". */
    private static boolean namesABody(TaggedSentence s, int from, int to) {
        boolean capital = false;
        for (int k = from; k <= to; k++) {
            if (s.get(k).is("VERB") || s.get(k).is("AUX")) {
                return false;
            }
            capital |= Character.isUpperCase(s.get(k).word().charAt(0));
        }
        return capital;
    }

    /**
     * "the head of a group of defectors", "a group of defectors based in Seoul", "a spokesman for a group based in
     * Seoul": a source head before a preposition of {@code PP_HEAD} heads the phrase in turn (two levels at most), so
     * the speaker is the head, not the group or the people it names.
     *
     * @param from     the first token of the innermost head found
     * @param innermost that head as a source phrase, or null when it names no source ("defectors")
     */
    private @Nullable Phrase outerHead(TaggedSentence s, int from, @Nullable Phrase innermost) {
        Phrase head = innermost;
        int headFrom = from;
        for (int level = 0; level < 2; level++) {
            int adposition = headFrom - 1;
            if (adposition < 1 || !s.get(adposition).is("ADP")
                    || !PP_HEAD.contains(s.get(adposition).word().toLowerCase(Locale.ROOT))
                    || !s.get(adposition - 1).nominal()) {
                break;
            }
            int start = phraseStart(s, adposition - 1);
            Phrase outer = sourceHeads.phrase(s, start, adposition - 1);
            if (outer == null) {
                break;
            }
            head = outer;
            headFrom = start;
        }
        return head;
    }

    /**
     * "after recent intelligence reports suggesting that ...", "amid Western assessments indicating ...": a noun of
     * information right before a participle of report is the participle's subject, though a preposition governs it;
     * modified, it is a source in its own words (round 33). Bare, "with estimates suggesting", it names none.
     *
     * @param participle the token of a reporting verb ending in "-ing"
     */
    @Nullable Phrase reportBefore(TaggedSentence s, int participle) {
        int head = participle - 1;
        if (head < 1 || !s.get(participle).word().endsWith("ing") || !s.get(head).is("NOUN")
                || !sourceHeads.informationHead(s.get(head))) {
            return null;
        }
        int start = phraseStart(s, head);
        if (start == head || s.get(start).is("NUM")) {
            return null;
        }
        return new Phrase(start, head, s.words(start, head), Claimant.Kind.GROUP, s.get(start).start(),
                s.get(head).end(), s.get(head).end());
    }

    /** The source phrase starting at token {@code from}. */
    @Nullable Phrase after(TaggedSentence s, int from) {
        if (from >= s.size() || !(inside(s, from) || capitalisedModifier(s, from)) || s.get(from).is("PART")) {
            return null;
        }
        int end = from;
        while (end + 1 < s.size() && inside(s, end + 1)) {
            end++;
        }
        end = listEnd(s, from, end);
        while (end > from && !s.get(end).nominal()) {
            end--;
        }
        if (!s.get(end).nominal()) {
            return null;
        }
        // "according to estimates from South Korea": the estimates are South Korea's word.
        if (sourceHeads.informationHead(s.get(end)) && end + 2 < s.size()
                && OF_SOURCE.contains(s.get(end + 1).word().toLowerCase(Locale.ROOT))) {
            Phrase inner = after(s, end + 2);
            if (inner != null) {
                return inner;
            }
        }
        Phrase read = sourceHeads.phrase(s, from, end);
        return read == null ? null : withPlace(s, read);
    }

    /**
     * "citing two sources familiar with the matter", "according to a source close to the Kremlin" (round 45): a place
     * or what the source knows, after its head, stays in the phrase, so the source keeps its own words and the party
     * it is near is never taken for it (its head stays where it was).
     */
    private static Phrase withPlace(TaggedSentence s, Phrase read) {
        int k = read.to() + 1;
        if (k + 2 >= s.size() || !PLACED.contains(s.get(k).word().toLowerCase(Locale.ROOT))
                || !preposition(s.get(k + 1))) {
            return read;
        }
        int end = k + 1;
        while (end + 1 < s.size() && INSIDE.contains(s.get(end + 1).tag()) && !s.get(end + 1).is("PART")) {
            end++;
        }
        while (end > k + 1 && !s.get(end).nominal()) {
            end--;
        }
        return end == k + 1 ? read : new Phrase(read.from(), end, s.words(read.from(), end), read.kind(), read.start(),
                s.get(end).end(), read.headEnd());
    }
}
