package tally.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;

/**
 * How far a cue reaches: which name can be the subject of a reporting verb, and which figure the verb can govern, read
 * from the sentence's punctuation and function words. Shared by {@link AttributionFinder} (names from the directory)
 * and {@link StructuralAttribution} (noun phrases from tags), so that both draw the same lines: a relative clause set
 * off by commas, a coordinated clause with an object of its own, a quotation, a fronted clause with a subject of its
 * own, a preposition of place, and "put" outside its frame "put ... at".
 */
final class CueScope {

    private CueScope() {
    }

    private static final Pattern PUT_FRAME = Pattern.compile("(?i)^[^.;:]{1,80}?\\sat\\s");

    /**
     * "put the toll at 4,000" reports an estimate; "put medals beside 101 portraits" does not. "put" is a cue only in
     * its frame "put ... at".
     */
    static boolean reportsAnEstimate(String s, String verb, int verbEnd) {
        String v = verb.toLowerCase(java.util.Locale.ROOT);
        return !(v.equals("put") || v.equals("puts")) || PUT_FRAME.matcher(s.substring(verbEnd)).find()
                || asItWasPut(s, verbEnd - verb.length(), verbEnd);
    }

    /** ", as the NIS put it,": "as", a subject of up to five words, "put it", then a comma or the sentence's end. */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)(?:^|[,(]\\s*)as\\s+(?:[\\p{L}'.-]+\\s+){1,5}$");
    private static final Pattern IT_AFTER = Pattern.compile("(?i)^\\s+it\\s*(?:[,.;)]|$)");

    /**
     * "North Korea has sent 3,000 more troops, as the NIS put it, to ..." (round 43): "put it" in a comment clause
     * opened by "as" says whose words the sentence gives, so it is a cue outside its frame "put ... at".
     */
    private static boolean asItWasPut(String s, int verbStart, int verbEnd) {
        return s.startsWith(" it", verbEnd) && IT_AFTER.matcher(s).region(verbEnd, s.length()).lookingAt()
                && AS_BEFORE.matcher(s).region(Math.max(0, verbStart - 50), verbStart).find();
    }

    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|at|near|inside|outside|across|into|close\\s+to|familiar\\s+with|briefed\\s+on|aware\\s+of"
                    + "|knowledge\\s+of)\\s+(?:the\\s+)?$");

    /**
     * "The head of a defector group based in Seoul said": a name after a preposition of place modifies another noun;
     * it is where someone is, not who speaks ("Seoul" here is not South Korea's government). "Sources close to the
     * Pentagon" (round 43) are near the body, not its voice; "people familiar with South Korean intelligence
     * assessments" (round 48) know of its word and speak their own.
     */
    static boolean placeOfAnother(String s, ClaimantDirectory.Mention m) {
        return m.start() > 0 && PLACE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 24), m.start())).find();
    }

    private static final Pattern HEAD_TO_BEFORE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+to\\s+(?:the\\s+)?$");

    /**
     * "An adviser to Zelensky said", "Kyiv's ambassador to Seoul said" (round 45): a name after a source noun and its
     * "to" is whom that source serves; the adviser speaks, in their own words, not the name.
     *
     * @param heads the lexicon's source nouns, lower case
     */
    static boolean servedByAnother(String s, ClaimantDirectory.Mention m, java.util.Set<String> heads) {
        if (m.start() < 4 || !s.regionMatches(true, Math.max(0, m.start() - 7), "to ", 0, 3)
                && !s.regionMatches(true, Math.max(0, m.start() - 3), "to ", 0, 3)) {
            return false;
        }
        Matcher before = HEAD_TO_BEFORE.matcher(s).region(Math.max(0, m.start() - 30), m.start());
        return before.find() && heads.contains(before.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Pattern STAFF_AT_BEFORE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+at\\s+(?:the\\s+)?$");

    /**
     * "Analysts at the ISW estimate that" (round 45): people at a body speak for it (round 43's spokesHeads), so "at"
     * after one of them is no place; the tagger reads "estimate" there as a noun, so the name itself must speak.
     *
     * @param staff the lexicon's spokesHeads of one word, lower case
     */
    static boolean staffOf(String s, ClaimantDirectory.Mention m, java.util.Set<String> staff) {
        Matcher before = STAFF_AT_BEFORE.matcher(s).region(Math.max(0, m.start() - 30), m.start());
        return before.find() && staff.contains(before.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "... in combat against the Ukrainian military," he said: a name inside a quotation is never the subject of a
     * verb outside it.
     */
    static boolean quotedApart(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        int[] quote = AttributionFinder.quoteAround(s, m.start());
        if (quote != null) {
            return !(quote[0] <= verb.start() && verb.start() < quote[1]);
        }
        // A quotation opened in an earlier sentence closes between the name and the verb: ', and ... losses," he said'.
        return CLOSING_QUOTE.matcher(s).region(m.end(), verb.start()).find();
    }

    /** A closing quotation mark: after the punctuation that ends the quoted words. */
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[,.!?]\\s*[\"\u201D]");

    /**
     * Where a clause coordinated with the one before begins: ", and", ", but", ";", ", while", a concession ",
     * although ...", or an absolute clause of its own, ", with the Pentagon press secretary saying that ...".
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)(?:,\\s*(?:and|but|while|whereas|yet|with|although|though|even\\s+though)\\b|;)");
    /**
     * The verb has a content or an object of its own: "confirmed the deployment", "said that ...", "said the figure",
     * "did not say whether ...".
     */
    private static final Pattern OBJECT_AFTER = Pattern.compile(
            "(?i)^\\s+(?:(?:only|also|later|then|separately)\\s+)?"
            + "(?:the|a|an|that|these|those|its|their|his|her|whether)\\b"
            // a content opened after the verb's own adjuncts, with no punctuation between: "said on Sunday that",
            // "told lawmakers that", "confirmed in a statement last week whether"; a pronoun pointing back at the
            // figure ("confirmed it to lawmakers that") keeps the cue on it
            + "|^\\s+(?!(?:it|this|so|them)\\b)(?:[\\p{L}\\d'-]+\\s+){1,5}(?:that|whether)\\b");

    /** Whether a coordinated clause of its own (", and", ", but", ";", ", while", ", although") begins in s[from, to). */
    static boolean newClauseBetween(String s, int from, int to) {
        return from < to && COORDINATION.matcher(s).region(from, to).find();
    }

    /**
     * "North Korea sent 11,000 troops, and Putin confirmed the deployment in April": a cue after the figure, in a
     * clause of its own joined by a coordinating conjunction, with an object or a content of its own, does not govern
     * the figure: Putin confirmed a deployment, not the number; nor does "..., with the Pentagon saying that if they
     * fight ...". "..., Putin confirmed." or "..., and Putin confirmed it" still do.
     */
    static boolean cueOfAnotherClause(String s, int figureStart, int verbStart, int verbEnd) {
        return verbStart > figureStart && COORDINATION.matcher(s.substring(figureStart, verbStart)).find()
                && OBJECT_AFTER.matcher(s.substring(Math.min(verbEnd, s.length()))).find();
    }

    /**
     * After the last comma before a verb: a noun phrase of its own, up to seven words, that does not open with a
     * pronoun, a conjunction, a preposition, an adverb of sequence or an auxiliary. It may open with a capital ("Russian media"), a
     * determiner ("the agency") or a lower-case modifier ("senior Russian security official Sergei Shoigu").
     */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "^\\s*(?!(?i:he|she|it|they|we|i|you|and|but|or|nor|so|also|however|meanwhile|then|later|earlier|in|on|at"
            + "|by|for|with|from|as|to|of|into|after|before|since|while|when|because|although|though|if|who|which"
            + "|that|where|according|reportedly|previously|again|not"
            // an auxiliary after the comma opens the verb group itself ("Petrenko, a spokesman for the NIS, has said")
            + "|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do)\\b)"
            + "[\\p{L}'.-]+(?:\\s+[\\p{L}'.-]+){0,6}\\s*$");

    /**
     * "After Shoigu met Kim Jong Un last week, Russian media said": a name inside a fronted clause is not the subject of
     * the verb after it when, past the clause's comma, the verb has a noun phrase of its own ("Russian media",
     * "senior Russian security official Sergei Shoigu").
     * "Kim Jong Un, North Korea's leader, said" (an apposition closed by a comma) still says Kim said it.
     */
    static boolean subjectOfItsOwn(String s, int nameEnd, int verbStart) {
        String between = s.substring(nameEnd, verbStart);
        int comma = between.lastIndexOf(',');
        return comma >= 0 && OWN_SUBJECT.matcher(between.substring(comma + 1)).matches();
    }

    /**
     * Whether {@code a} and {@code b} lie on different sides of a relative clause set off by commas (", which was
     * acknowledged by Putin in April,"): a cue inside one speaks of what the clause describes, not of a figure outside.
     */
    static boolean acrossRelativeClause(String s, int a, int b) {
        int[] span = relativeClauseAround(s, a);
        return span != null && !(span[0] <= b && b < span[1]);
    }

    /**
     * After a figure's clause, a noun set off by a comma and the clause that describes it: ", a move the Pentagon
     * condemned", ", a step that Seoul condemns". A determiner, one or two lower-case words (group 1 the last), then
     * "that", "which" or "the" opens the relative clause; ", a senior US official said" has none.
     */
    private static final Pattern APPOSED_NOUN_CLAUSE = Pattern.compile(
            ",\\s*(?:(?i:in|as)\\s+(?i:a|an|the|this|one)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\p{Ll}[\\p{L}-]*)\\s+"
            + "(?:(?i:that|which)\\s+(?:the\\s+)?|the\\s+)?"
            + "|(?i:a|an|the|this|one)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\p{Ll}[\\p{L}-]*)\\s+"
            + "(?:(?i:that|which)\\s+(?:the\\s+)?|the\\s+))$");

    /** ", in the words of the NIS", ", as one of the ...": a preposition where the pattern looked for the noun. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "for", "from", "to", "by", "with",
            "at", "on", "in", "per");
    /** ", in a post Zelensky shared", ", in a speech the president gave": what the name said the figure in. */
    private static final java.util.Set<String> SAID_IN = java.util.Set.of("post", "video", "interview", "speech",
            "address", "letter", "message", "tweet", "briefing", "remarks", "comments", "testimony", "note", "memo");

    /**
     * "North Korea sent 10,000 troops to Russia, a move the Pentagon condemned" (round 43): a name after the figure,
     * inside a relative clause on a noun set off after the figure's clause, speaks of what that noun describes (the
     * move, the step); its verb does not govern the figure, so the name is not its source. A noun of the figure itself
     * ("a figure the Pentagon gave", lexicon {@code informationHeads}, singular or plural) keeps its speaker.
     */
    static boolean inApposedNounClause(String s, int figureStart, int nameStart, java.util.Collection<String> figureNouns) {
        // a source phrase read from tags opens with its article ("the Pentagon"), a listed name after it
        int name = s.startsWith("the ", nameStart) ? nameStart + 4 : nameStart;
        int comma = s.lastIndexOf(',', name);
        if (comma <= figureStart || name - comma > 40) {
            return false;
        }
        Matcher m = APPOSED_NOUN_CLAUSE.matcher(s).region(comma, name);
        if (!m.matches()) {
            return false;
        }
        // round 60: ", in a move Zelensky condemned" as ", a move the Pentagon condemned" (round 43)
        String noun = m.group(1) != null ? m.group(1) : m.group(2);
        return !figureNouns.contains(noun) && !figureNouns.contains(noun + "s")
                && !(m.group(1) != null && (SAID_IN.contains(noun) || PREPOSITIONS.contains(noun)));
    }

    /**
     * "not", "never", "n't", "nor", "neither", then at most one word ("has not yet", "never officially"), then the verb;
     * or an inability (round 66: "was unable to confirm", "has not been able to verify", "failed to independently
     * confirm"), which states no more than "could not confirm" does.
     */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?i)(?:(?:\\bnot|\\bnever|n't|\\bnor|\\bneither)\\s+|(?:\\bunable|\\bfailed|\\bnot\\s+(?:been\\s+)?able)\\s+to\\s+)"
            + "(?:[\\p{L}-]+\\s+)?$");

    /**
     * "Moscow has never confirmed that 10,000 ...", "the Pentagon did not say that ..." (round 43): a negated cue
     * states nothing, so its subject is not the source of the figure in its content. The pattern runs only on the
     * few characters before a cue that hold a negation.
     */
    static boolean negatedCue(String s, int verbStart) {
        int from = Math.max(0, verbStart - 36);
        String window = s.substring(from, verbStart).toLowerCase(java.util.Locale.ROOT);
        return (window.contains("not") || window.contains("never") || window.contains("n't") || window.contains("nor")
                || window.contains("neither") || window.contains("unable") || window.contains("failed"))
                && NEGATION_BEFORE.matcher(window).find();
    }

    /**
     * ", which", ", who", ", whose"; since round 66 ", where" ("..., where Budanov says the fighting is fiercest"), a
     * clause on a place.
     */
    private static final Pattern RELATIVE_OPEN = Pattern.compile(
            "(?i),\\s*(?:which|who|whose|where)\\b");

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]");

    private static int @Nullable [] relativeClauseAround(String s, int position) {
        // The clause opens at a comma before the position: without one there is nothing to search for, and with one
        // the search starts there (the pattern begins with the comma, so no match is lost).
        int comma = s.indexOf(',');
        if (comma < 0 || comma >= position) {
            return null;
        }
        Matcher m = RELATIVE_OPEN.matcher(s).region(comma, s.length());
        m.useTransparentBounds(true);
        while (m.find() && m.start() < position) {
            int close = s.indexOf(',', m.end());
            int end = close < 0 ? s.length() : close;
            // a "where" clause inside a quotation closes with it: '"... to Kyiv, where they are talking," said Zelensky'
            boolean quoted = s.regionMatches(true, m.end() - 5, "where", 0, 5)
                    && QUOTE_MARK.matcher(s).region(m.end(), Math.min(end, Math.max(m.end(), position))).find();
            if (position < end && !quoted) {
                return new int[] {m.start(), end};
            }
        }
        return null;
    }

    /**
     * A cue may name its source after it ("..., said the NIS", "\u201d added Budanov") only where it follows what it
     * reports, set off by a comma, a colon or a closing quotation mark, or opens the sentence: in "the North sent
     * 12,000 troops and added more forces" the words after "added" are its object, not a speaker.
     */
    static boolean mayInvert(String s, int verbStart) {
        String before = s.substring(0, verbStart).stripTrailing();
        return before.isEmpty() || ",:;\"'\u201d\u2019".indexOf(before.charAt(before.length() - 1)) >= 0;
    }
}
