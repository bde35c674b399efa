package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private static final Set<String> LIST_PART = Set.of("ADJ", "PROPN");
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

    /**
     * Months and weekdays: capitalised, so read as names, but never a source (round 48; "May" and "August" are names
     * too, so they stay out).
     */
    private static final Set<String> CALENDAR_NAMES = Set.of("january", "february", "march", "april", "june",
            "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Words that set a month or weekday after a name: "Kirby last Friday", "the ministry on Monday". */
    private static final Set<String> CALENDAR_LEADS = Set.of("last", "next", "this", "on", "early", "late", "mid",
            "since", "in", "by", "until");

    private final Set<String> heads;
    private final Set<String> bodyHeads;
    private final Set<String> properNames;
    private final Set<String> informationHeads;

    /**
     * @param properNames one-word names that are sources however the tagger reads them (the lexicon's topic terms)
     * @param informationHeads nouns that carry someone else's word ("estimates from South Korea", "figures by the
     *                         NIS"): the phrase after their "from", "by" or "of" is the source
     */
    SourcePhrases(List<String> heads, List<String> bodyHeads, List<String> properNames, List<String> informationHeads) {
        this.heads = CompiledLexicon.lowerCased(heads);
        this.bodyHeads = CompiledLexicon.lowerCased(bodyHeads);
        this.properNames = CompiledLexicon.lowerCased(properNames);
        this.informationHeads = CompiledLexicon.lowerCased(informationHeads);
    }

    SourcePhrases(CompiledLexicon lex) {
        this(lex.sourceHeads, lex.bodyHeads, lex.topicWords, lex.informationHeads);
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
            return phrase(s, listed, end);
        }
        // "a spokesperson for the Ukrainian navy said": the noun before the preposition heads the subject;
        // "clashes with Ukrainian forces reported": the object of a preposition alone is not the verb's subject.
        if (antecedent) {
            return phrase(s, start, end); // "comments by X, who stated": X stated
        }
        if (start > 1 && preposition(s.get(start - 1))) {
            int headEnd = start - 2;
            // "a defector group based in Seoul said", "a defector living in Seoul said": a participle between the
            // head and its preposition.
            if (headEnd > 0 && !s.get(headEnd).nominal() && (PLACED.contains(s.get(headEnd).word().toLowerCase(Locale.ROOT))
                    || reducedRelative(s.get(headEnd))) && s.get(headEnd - 1).nominal()) {
                headEnd--;
            }
            int headStart = phraseStart(s, headEnd);
            if (s.get(headEnd).nominal() && informationHead(s.get(headEnd))
                    && OF_SOURCE.contains(s.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                return phrase(s, start, end); // "Estimates from South Korea suggest": South Korea speaks
            }
            if (!s.get(headEnd).nominal() || !PP_HEAD.contains(s.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Phrase head = outerHead(s, headStart, phrase(s, headStart, headEnd));
            return head == null ? null : new Phrase(head.from(), end, s.words(head.from(), end), head.kind(),
                    head.start(), s.get(end).end(), head.headEnd());
        }
        if (start > 0 && preposition(s.get(start - 1))) {
            return null;
        }
        return phrase(s, start, end);
    }

    /**
     * Round 58: a participle that opens a reduced relative clause after its noun ("a defector living in Seoul", "an
     * analyst writing for a think tank", "officials speaking in Kyiv"): the noun before it is the subject, and the
     * preposition's object only says where or for whom, as with {@link #PLACED}.
     */
    private static boolean reducedRelative(TaggedSentence.Token t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        return t.is("VERB") && word.length() > 4 && (word.endsWith("ing") || word.endsWith("ed"));
    }

    /**
     * A preposition before a noun phrase; the tagger may read "to" there as the infinitive's particle, and "an adviser
     * to Zelensky", "people close to Budanov" (round 45) name whom the source is near, never the source.
     */
    private static boolean preposition(TaggedSentence.Token t) {
        return t.is("ADP") || t.word().equalsIgnoreCase("to");
    }

    /**
     * A name and its title set off by commas before the verb (round 41, from sentences written for the wordings
     * outlets use): "Andriy Kovalyk, a spokesman for the border guard, said" (a name, then an apposition opening with
     * an article) and "A spokesman for the navy, Dmytro Pletenchuk, said" (a source phrase, then a name alone): the
     * person named speaks. Anything else between the commas ("In Kursk, fighting went on, officials said") names none.
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
                && holdsHead(s, open + 2, close - 1)) {
            return new Phrase(first.from(), first.to(), first.words(), Claimant.Kind.PERSON, first.start(), first.end(),
                    first.end());
        }
        if (allProper(s, open + 1, close - 1) && !allProper(s, first.from(), first.to())) {
            return new Phrase(open + 1, close - 1, s.words(open + 1, close - 1), Claimant.Kind.PERSON,
                    s.get(open + 1).start(), s.get(close - 1).end(), s.get(close - 1).end());
        }
        return null;
    }

    /**
     * "A Ukrainian official, speaking on condition of anonymity, said" (round 41): a participle set off by commas
     * between the subject and its verb, like a relative clause, leaves the subject before it.
     */
    private static boolean participle(TaggedSentence s, int i) {
        return s.get(i).is("VERB") && s.get(i).word().endsWith("ing");
    }

    /** A name and its "'s" open the phrase at {@code i}: "Ukraine's army chief", "South Korea's defence minister". */
    private static boolean possessor(TaggedSentence s, int i) {
        for (int k = i; k < s.size() && k - i < 3; k++) {
            if (s.get(k).word().equals("'s")) {
                return k > i;
            }
            if (!Character.isUpperCase(s.get(k).word().charAt(0))) {
                return false;
            }
        }
        return false;
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
    private boolean holdsHead(TaggedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isHead(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sent 9,000 troops to Russia, US, Japanese and Ukrainian officials said": a list read backwards from the verb
     * took in the object of the preposition before it; that object ends the clause of the figure at its comma, and
     * the list of the subject starts after it. Only when a conjunction still closes the list after the comma.
     *
     * @return the token after the object's comma, or {@code start} when the phrase is no such list
     */
    private static int afterPrepositionalObject(TaggedSentence s, int start, int end) {
        if (start < 1 || !s.get(start - 1).is("ADP")) {
            return start;
        }
        for (int i = start + 1; i < end; i++) {
            if (s.get(i).word().equals(",")) {
                boolean object = s.get(i - 1).is("PROPN") || s.get(i - 1).is("NOUN");
                for (int k = i + 1; object && k < end; k++) {
                    if (s.get(k).is("CCONJ")) {
                        return i + 1;
                    }
                }
                return start;
            }
        }
        return start;
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
            Phrase outer = phrase(s, start, adposition - 1);
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
                || !informationHead(s.get(head))) {
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
        if (informationHead(s.get(end)) && end + 2 < s.size()
                && OF_SOURCE.contains(s.get(end + 1).word().toLowerCase(Locale.ROOT))) {
            Phrase inner = after(s, end + 2);
            if (inner != null) {
                return inner;
            }
        }
        Phrase read = phrase(s, from, end);
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

    /**
     * "citing Ukrainian military officials": the tagger may misread a capitalised modifier that opens the phrase (as
     * a preposition); a capitalised word of letters before a word of the phrase still opens it.
     */
    private static boolean capitalisedModifier(TaggedSentence s, int i) {
        String w = s.get(i).word();
        return i + 1 < s.size() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && (s.get(i + 1).is("ADJ") || s.get(i + 1).is("NOUN") || s.get(i + 1).is("PROPN"));
    }

    private boolean informationHead(TaggedSentence.Token t) {
        return informationHeads.contains(t.lemma()) || informationHeads.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "South Korean, Ukrainian and Western sources": a comma joins the parts of a list only when a conjunction
     * closes the list; otherwise the phrase read forwards ends at its first comma.
     */
    private static int listEnd(TaggedSentence s, int from, int end) {
        int lastComma = -1;
        boolean conjunctionAfter = false;
        for (int i = from; i <= end; i++) {
            if (s.get(i).word().equals(",")) {
                lastComma = i;
                conjunctionAfter = false;
            } else if (s.get(i).is("CCONJ")) {
                conjunctionAfter = true;
            }
        }
        if (lastComma < 0 || conjunctionAfter) {
            return end;
        }
        for (int i = from; i <= end; i++) {
            if (s.get(i).word().equals(",")) {
                return i - 1;
            }
        }
        return end;
    }

    /** The same read backwards: "In Seoul, South Korean officials said" starts after the comma. */
    private static int listStart(TaggedSentence s, int start, int end) {
        int lastComma = -1;
        boolean conjunctionAfter = false;
        for (int i = start; i <= end; i++) {
            if (s.get(i).word().equals(",")) {
                lastComma = i;
                conjunctionAfter = false;
            } else if (s.get(i).is("CCONJ")) {
                conjunctionAfter = true;
            }
        }
        return lastComma < 0 || conjunctionAfter ? start : lastComma + 1;
    }

    /**
     * "On November 4 the United States confirmed": a date fronted with no comma after it, whose capitals the phrase
     * took in, is not part of the speaker's name; the phrase starts after it (after its preposition, month or weekday
     * and numbers), when a month or weekday was among them.
     */
    private static int afterDate(TaggedSentence s, int start, int end) {
        int k = start;
        boolean dated = false;
        while (k < end) {
            String w = s.get(k).word().toLowerCase(Locale.ROOT);
            if (CALENDAR.contains(w)) {
                dated = true;
            } else if (!(s.get(k).is("ADP") || s.get(k).is("NUM") || w.equals(","))) {
                break;
            }
            k++;
        }
        return dated ? k : start;
    }

    /**
     * The words of a fronted date: every month and weekday, "May" and "August" too (in "On May 4 the United States"
     * they are the date, not a name), and the short forms.
     */
    private static final Set<String> CALENDAR = Stream.concat(CALENDAR_NAMES.stream(),
            Stream.of("may", "august", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The first token of the noun phrase that ends at token {@code end}. An article after a noun or a number opens a
     * phrase of its own: in "the 10,000 the US says were sent" the subject of "says" is "the US" (a relative clause
     * with no pronoun), not the troops before it.
     */
    private static int phraseStart(TaggedSentence s, int end) {
        int start = end;
        while (start > 0 && inside(s, start - 1) && !(article(s.get(start)) && AFTER_NOUN.contains(s.get(start - 1).tag()))) {
            start--;
        }
        return start;
    }

    private static final Set<String> AFTER_NOUN = Set.of("NOUN", "PROPN", "NUM");

    private static boolean article(TaggedSentence.Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.is("DET") && (w.equals("the") || w.equals("a") || w.equals("an"));
    }

    /** "and" or "-" joins two nominal parts of one phrase; anything in INSIDE continues it. */
    private static boolean inside(TaggedSentence s, int i) {
        TaggedSentence.Token t = s.get(i);
        // The tagger reads a split-off possessive and the tail of "Sung-kyung" as punctuation; both stay in the phrase.
        if ((t.word().equals("'s") || t.word().equals("'")) && i > 0 && s.get(i - 1).nominal()
                || t.word().length() > 1 && t.word().charAt(0) == '-' && Character.isLetter(t.word().charAt(1))) {
            return true;
        }
        // The tokenizer may cut a hyphenated name the other way, "Gyeore-" and "eol", and tag the head as a verb: a
        // word ending in a hyphen glued to the next word is one word of the phrase ("pre- and post-war" is not glued).
        if (gluedHyphenHead(s, i)) {
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
        // "the U.S. and its allies": a possessive after "and" opens the second part of one coordinated phrase.
        if (possessiveAfterAnd(s, i)) {
            return true;
        }
        boolean joiner = t.is("CCONJ") && t.word().equalsIgnoreCase("and") || t.word().equals("-");
        if (t.word().equals(",") && i > 0 && i + 1 < s.size()) {
            // a list of modifiers, "South Korean, Ukrainian and ..." (kept only if a conjunction closes it)
            return LIST_PART.contains(s.get(i - 1).tag()) && LIST_PART.contains(s.get(i + 1).tag())
                    || serialComma(s, i);
        }
        return joiner && i > 0 && i + 1 < s.size()
                && (INSIDE.contains(s.get(i - 1).tag()) || s.get(i - 1).word().equals(",") && serialComma(s, i - 1))
                && (INSIDE.contains(s.get(i + 1).tag()) || possessiveAfterAnd(s, i + 1));
    }

    /** How many words a part of a serial list may have ("the US, South Korea, and others"). */
    private static final int LIST_PART_REACH = 3;

    /**
     * "The US, South Korea, and others say": the comma before the "and" that closes a list of names (the serial
     * comma) joins the list when another comma of the list stands a name or two before it. A lone ", and" after a
     * name ("sent troops to Kursk, and others say") opens a clause of its own and joins nothing.
     */
    private static boolean serialComma(TaggedSentence s, int comma) {
        if (comma + 2 >= s.size() || !s.get(comma + 1).word().equalsIgnoreCase("and")
                || !INSIDE.contains(s.get(comma + 2).tag()) || !LIST_PART.contains(s.get(comma - 1).tag())) {
            return false;
        }
        for (int k = comma - 1; k > 0 && comma - k <= LIST_PART_REACH; k--) {
            if (!LIST_PART.contains(s.get(k).tag()) && !s.get(k).is("NOUN")) {
                return false;
            }
            if (s.get(k - 1).word().equals(",")) {
                return k - 2 >= 0 && LIST_PART.contains(s.get(k - 2).tag());
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their");

    /** "its" or "their" right after "and", before a word of a noun phrase. */
    private static boolean possessiveAfterAnd(TaggedSentence s, int i) {
        return i > 1 && i + 1 < s.size() && POSSESSIVES.contains(s.get(i).word().toLowerCase(Locale.ROOT))
                && s.get(i - 1).word().equalsIgnoreCase("and") && INSIDE.contains(s.get(i - 2).tag())
                && INSIDE.contains(s.get(i + 1).tag()) && !s.get(i + 1).is("PART");
    }

    private static boolean gluedHyphenHead(TaggedSentence s, int i) {
        String w = s.get(i).word();
        return w.length() > 1 && w.charAt(w.length() - 1) == '-' && Character.isLetter(w.charAt(w.length() - 2))
                && i + 1 < s.size() && s.get(i + 1).start() == s.get(i).end();
    }

    /** "Dong - su": the lower-case tail of a name the tokenizer split at its hyphen, the hyphen standing alone. */
    private static boolean lowerAfterHyphen(TaggedSentence s, int i) {
        return i > 1 && s.get(i - 1).word().equals("-") && Character.isLowerCase(s.get(i).word().charAt(0))
                && Character.isUpperCase(s.get(i - 2).word().charAt(0));
    }

    private static boolean hyphenTail(TaggedSentence.Token t) {
        return t.word().length() > 1 && t.word().charAt(0) == '-' && Character.isLetter(t.word().charAt(1));
    }

    private @Nullable Phrase phrase(TaggedSentence s, int from, int to) {
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

    private static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    private static boolean anyProper(TaggedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.get(i).is("PROPN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allProper(TaggedSentence s, int from, int to) {
        int proper = 0;
        for (int i = from; i <= to; i++) {
            if (s.get(i).is("PROPN") || Character.isUpperCase(s.get(i).word().charAt(0)) && !s.get(i).is("DET")) {
                proper++;
            } else if (!s.get(i).word().startsWith("-") && !(i > from && s.get(i - 1).word().endsWith("-"))) {
                return false; // "Dong - su", "Doo- hwan": the tokenizer splits a Korean given name at its hyphen
            }
        }
        return proper >= 2;
    }
}
