package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Figures a source denies (round 29, a newcomer's trial): "Pyongyang denied reports that 1,000 of its soldiers had
 * been captured", "Moscow denied that its allies were in Kursk, calling the claim of 12,000 troops a fabrication",
 * "reports of 12,000 troops, which Moscow dismissed". A verb of the lexicon's {@code denialVerbs} whose object is a
 * statement (a content noun of the lexicon, "that ..." or a gerund: "denied sending") governs the figures after it in
 * its clause; a passive "was denied by" or a relative ", which ... denied" governs the figure before it. Such a figure
 * is never the denier's claim and never a plain one: the extractor keeps whoever made it and doubts the claimant with
 * the denier's words, which a reply shows in its place. A negated verb ("neither confirmed nor denied", "did not deny")
 * denies nothing, and a denial in a clause of its own (", but", ";", a relative clause) governs nothing outside it,
 * nor what the denier goes on to say in its own words (", saying ...").
 */
final class Denials {

    static final String REASON = "the figure is one the source denies";
    /** Round 62: the reason when the source withholds its confirmation (config {@code withheldConfirmations}). */
    static final String WITHHELD = "the source would not confirm the figure";
    /** The longest denial-and-figure span shown as the source's words, in characters. */
    static final int SHOWN = 160;

    /** The denier's words and where they stand in the sentence, [from, to). */
    record Denial(String words, int from, int to, String reason) {

        /** "The Kremlin rejected claims that ...": a claimant named in the denier's words is the denier. */
        boolean names(Attribution who) {
            return who.nameEnd() > from && who.nameEnd() <= to;
        }

        /**
         * Whoever made the figure at [start, end) of {@code s}, doubted with the source's words from the denial to the
         * figure ("Pyongyang denied reports that 1,000"); never the denier. The denier's words alone ("as worded:
         * 'Pyongyang denied'" beside 1,000) read as if the denier gave the figure (trial 6). Words longer than
         * {@link #SHOWN} keep the denier's alone.
         */
        Attribution apply(Attribution who, String s, int start, int end) {
            Attribution maker = names(who) ? Attribution.NONE : who;
            String span = s.substring(Math.min(from, start), Math.max(to, end)).strip();
            return maker.doubted(reason, span.length() <= SHOWN ? span : words);
        }
    }

    private final PhraseMatcher verbs;
    private final java.util.Set<String> withheld;
    private final PhraseMatcher contentNouns;

    /**
     * @param verbs        the lexicon's {@code denialVerbs} and {@code withheldConfirmations}, together
     * @param withheld     its {@code withheldConfirmations} ("declined to confirm"), lower case: denials with a reason
     *                     of their own
     * @param contentNouns nouns of a statement ("reports", "claims") that may be a denial's object
     */
    Denials(PhraseMatcher verbs, java.util.Set<String> withheld, PhraseMatcher contentNouns) {
        this.verbs = verbs;
        this.withheld = withheld;
        this.contentNouns = contentNouns;
    }

    private String reason(PhraseMatcher.Hit v) {
        return withheld.contains(v.phrase()) ? WITHHELD : REASON;
    }

    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never|nor|n't|neither)\\s+(?:\\w+\\s+)?$");
    private static final Pattern THAT_OR_GERUND = Pattern.compile("(?i)\\s+(?:that\\b|(?:having\\s+)?\\w+ing\\b)");
    private static final Pattern PASSIVE_BY = Pattern.compile("(?i)\\s+by\\b");
    private static final Pattern POINTS_BACK = Pattern.compile("(?i),\\s*(?:which|a\\s+(?:claim|report|figure)\\b)");
    private static final Pattern WORDS_END = Pattern.compile("[,.;:!?\"\u201C\u201D]");

    /** The denial that governs a figure at [start, end), or null when none does. */
    @Nullable Denial governing(String s, int start, int end) {
        List<PhraseMatcher.Hit> hits = verbs.find(s);
        for (int i = hits.size() - 1; i >= 0; i--) {
            PhraseMatcher.Hit v = hits.get(i);
            if (negated(s, v)) {
                continue;
            }
            if (v.end() <= start && governsAfter(s, v, start)) {
                return wordsBefore(s, v);
            }
            if (v.start() >= end && governsBefore(s, v, end)) {
                return wordsAfter(s, v, wordsStart(s, v, end));
            }
        }
        return null;
    }

    private static boolean negated(String s, PhraseMatcher.Hit v) {
        return NEGATED.matcher(s).region(Math.max(0, v.start() - 24), v.start()).find();
    }

    private boolean governsAfter(String s, PhraseMatcher.Hit v, int figureStart) {
        boolean statement = THAT_OR_GERUND.matcher(s).region(v.end(), figureStart).lookingAt()
                || contentNouns.containsIn(s, v.end(), Math.min(figureStart, v.end() + 40));
        return statement && !CueScope.newClauseBetween(s, v.end(), figureStart)
                && !CueScope.acrossRelativeClause(s, v.start(), figureStart)
                && !OWN_WORDS_AFTER.matcher(s).region(v.end(), figureStart).find();
    }

    /**
     * Round 58 (trial 13): "rejected Seoul's count of 600 dead, saying at least 1,500 had been killed": a participle of
     * saying set off by a comma after the denied words opens the denier's own statement, which the denial does not
     * govern.
     */
    private static final Pattern OWN_WORDS_AFTER = Pattern.compile(
            "(?i),\\s+(?:saying|adding|insisting|claiming|arguing|stating|noting|estimating|asserting|putting)\\b");

    private static boolean governsBefore(String s, PhraseMatcher.Hit v, int figureEnd) {
        if (CueScope.newClauseBetween(s, figureEnd, v.start())) {
            return false;
        }
        boolean passive = Predicates.endsLikePassive(s, figureEnd, v.start())
                && PASSIVE_BY.matcher(s).region(v.end(), s.length()).lookingAt();
        return passive || POINTS_BACK.matcher(s).region(figureEnd, v.start()).find();
    }

    /** Where the words for a denial after the figure start: ", a claim Moscow dismissed" from "a claim", else the verb. */
    private static int wordsStart(String s, PhraseMatcher.Hit v, int figureEnd) {
        Matcher back = POINTS_BACK.matcher(s).region(figureEnd, v.start());
        int at = v.start();
        while (back.find()) {
            at = back.start() + 1;
        }
        return at;
    }

    /** "Russia's defence ministry denied": the verb and its subject, from the last mark before it. */
    private Denial wordsBefore(String s, PhraseMatcher.Hit v) {
        int from = 0;
        Matcher mark = WORDS_END.matcher(s).region(0, v.start());
        while (mark.find()) {
            from = mark.end();
        }
        return new Denial(s.substring(from, v.end()).strip(), from, v.end(), reason(v));
    }

    /** "denied by the Kremlin", "which Moscow dismissed": from {@code from} to the next mark after the verb. */
    private Denial wordsAfter(String s, PhraseMatcher.Hit v, int from) {
        Matcher mark = WORDS_END.matcher(s).region(v.end(), s.length());
        int to = mark.find() ? mark.start() : s.length();
        return new Denial(s.substring(from, to).strip(), from, to, reason(v));
    }
}
