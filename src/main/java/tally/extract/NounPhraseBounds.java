package tally.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a noun phrase of tagged tokens starts and ends, read before a verb or after a cue: which tokens continue it
 * ({@link #inside}: modifiers, "and" or a hyphen joining nominal parts, a split possessive, the parts of a name the tagger
 * misread), lists joined by commas only when a conjunction closes them, a fronted date left out, and the token tests the
 * source phrases use (preposition, participle, possessor, all proper). Moved out of {@link SourcePhrases} (round 61).
 */
final class NounPhraseBounds {

    static final Set<String> INSIDE = Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART");

    private static final Set<String> LIST_PART = Set.of("ADJ", "PROPN");

    /**
     * Months and weekdays: capitalised, so read as names, but never a source (round 48; "May" and "August" are names
     * too, so they stay out).
     */
    static final Set<String> CALENDAR_NAMES = Set.of("january", "february", "march", "april", "june",
            "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /**
     * Round 58: a participle that opens a reduced relative clause after its noun ("a defector living in Seoul", "an
     * analyst writing for a think tank", "officials speaking in Kyiv"): the noun before it is the subject, and the
     * preposition's object only says where or for whom, as with {@link SourcePhrases#PLACED}.
     */
    static boolean reducedRelative(TaggedSentence.Token t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        return t.is("VERB") && word.length() > 4 && (word.endsWith("ing") || word.endsWith("ed"));
    }

    /**
     * A preposition before a noun phrase; the tagger may read "to" there as the infinitive's particle, and "an adviser
     * to Zelensky", "people close to Budanov" (round 45) name whom the source is near, never the source.
     */
    static boolean preposition(TaggedSentence.Token t) {
        return t.is("ADP") || t.word().equalsIgnoreCase("to");
    }

    /**
     * "A Ukrainian official, speaking on condition of anonymity, said" (round 41): a participle set off by commas
     * between the subject and its verb, like a relative clause, leaves the subject before it.
     */
    static boolean participle(TaggedSentence s, int i) {
        return s.get(i).is("VERB") && s.get(i).word().endsWith("ing");
    }

    /** A name and its "'s" open the phrase at {@code i}: "Ukraine's army chief", "South Korea's defence minister". */
    static boolean possessor(TaggedSentence s, int i) {
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
     * "sent 9,000 troops to Russia, US, Japanese and Ukrainian officials said": a list read backwards from the verb
     * took in the object of the preposition before it; that object ends the clause of the figure at its comma, and
     * the list of the subject starts after it. Only when a conjunction still closes the list after the comma.
     *
     * @return the token after the object's comma, or {@code start} when the phrase is no such list
     */
    static int afterPrepositionalObject(TaggedSentence s, int start, int end) {
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
     * "citing Ukrainian military officials": the tagger may misread a capitalised modifier that opens the phrase (as
     * a preposition); a capitalised word of letters before a word of the phrase still opens it.
     */
    static boolean capitalisedModifier(TaggedSentence s, int i) {
        String w = s.get(i).word();
        return i + 1 < s.size() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && (s.get(i + 1).is("ADJ") || s.get(i + 1).is("NOUN") || s.get(i + 1).is("PROPN"));
    }

    /**
     * "South Korean, Ukrainian and Western sources": a comma joins the parts of a list only when a conjunction
     * closes the list; otherwise the phrase read forwards ends at its first comma.
     */
    static int listEnd(TaggedSentence s, int from, int end) {
        if (openComma(s, from, end) < 0) {
            return end;
        }
        for (int i = from; i <= end; i++) {
            if (s.get(i).word().equals(",")) {
                return i - 1;
            }
        }
        return end;
    }

    /** The last comma of [from, end] when no conjunction follows it (the list is not closed), else -1. */
    private static int openComma(TaggedSentence s, int from, int end) {
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
        return conjunctionAfter ? -1 : lastComma;
    }

    /** The same read backwards: "In Seoul, South Korean officials said" starts after the comma. */
    static int listStart(TaggedSentence s, int start, int end) {
        int comma = openComma(s, start, end);
        return comma < 0 ? start : comma + 1;
    }

    /**
     * "On November 4 the United States confirmed": a date fronted with no comma after it, whose capitals the phrase
     * took in, is not part of the speaker's name; the phrase starts after it (after its preposition, month or weekday
     * and numbers), when a month or weekday was among them.
     */
    static int afterDate(TaggedSentence s, int start, int end) {
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
    static int phraseStart(TaggedSentence s, int end) {
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
    static boolean inside(TaggedSentence s, int i) {
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
    static boolean lowerAfterHyphen(TaggedSentence s, int i) {
        return i > 1 && s.get(i - 1).word().equals("-") && Character.isLowerCase(s.get(i).word().charAt(0))
                && Character.isUpperCase(s.get(i - 2).word().charAt(0));
    }

    static boolean hyphenTail(TaggedSentence.Token t) {
        return t.word().length() > 1 && t.word().charAt(0) == '-' && Character.isLetter(t.word().charAt(1));
    }

    static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    static boolean anyProper(TaggedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.get(i).is("PROPN")) {
                return true;
            }
        }
        return false;
    }

    static boolean allProper(TaggedSentence s, int from, int to) {
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
