package tally.extract;

/**
 * A date that stands before the attribution's cue: whether it opens the sentence and sets the scene of the statement
 * ("On June 17, Shoigu announced ...", "At a briefing on Tuesday, Budanov said ...") or belongs to a clause of its own
 * or to the content ("In January, X said 300 ..., and the JCS said", "..., 3,000 were killed in January, Budanov
 * said"). The lexicon's eventNouns name the occasions; {@link StatementDate} weighs what these say.
 */
final class DatesBeforeCue {

    private final CompiledLexicon lex;

    DatesBeforeCue(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * The date before the cue is not the statement's: it belongs to another clause joined before the cue's, to the
     * content before a closing attribution ({@link #inContent}), or to the content around a parenthetical cue
     * ({@link #parentheticalCue}).
     */
    static boolean notTheStatements(String s, DateMention d, Attribution who, int figure) {
        if (d.end() <= who.anchor() && COORDINATION.matcher(s.substring(d.end(), who.anchor())).find()) {
            return true; // "In January, X said 300 ..., and the JCS said": the date is the other clause's
        }
        return inContent(s, d, who, figure) || d.end() <= who.anchor() && parentheticalCue(s, who, figure);
    }

    /**
     * The date opens the sentence, or an occasion phrase before the speaker, and so dates the statement however far
     * from the cue it stands ({@link #fronted}, {@link #frontedOccasion}).
     */
    boolean setsTheScene(String s, DateMention d, Attribution who, int figure) {
        return fronted(s, d, who, figure) || frontedOccasion(s, d, who, figure);
    }

    /**
     * "On June 17, Sergei Shoigu, who had visited Pyongyang, announced that ...": a date fronted before the whole
     * sentence (it opens the sentence and a comma follows it) modifies the main clause, and when that clause is the
     * statement (the speech verb comes before the figure, and between the date and the verb stand only the speaker
     * and comma-set apposition or relative clauses: no other clause joined by "and", "but" or ";", no quotation, no
     * number) it dates the statement however long the speaker's description. A figure before the speech verb ("On
     * June 17, North Korea sent 6,000 troops, Shoigu said") is the content's, and so is the date.
     */
    private static boolean fronted(String s, DateMention d, Attribution who, int figure) {
        if (!opensTheSentence(s, d) || d.end() >= who.anchor() || figure >= 0 && figure < who.anchor()) {
            return false;
        }
        String rest = s.substring(d.end());
        if (!rest.startsWith(",")) {
            return false;
        }
        String subject = s.substring(d.end() + 1, who.anchor());
        return !SUBJECT_BREAK.matcher(subject).find();
    }

    /**
     * "Last month the NIS said ...", "On November 4 the United States confirmed ...": the chosen date opens the
     * sentence (only a list mark, "earlier" or a preposition before it) and stands before the attribution's cue, so it
     * sets the scene of the paragraph, not of one clause. {@link ClaimDating} lets the next sentence inherit it.
     */
    static boolean opensTheStatement(String s, DateMention d, Attribution who) {
        return who.anchor() > d.end() && opensTheSentence(s, d);
    }

    /**
     * "At the December 23 meeting of the Supreme Command, Zelensky said that ...", "At a briefing for reporters on
     * Tuesday, Budanov said ...", also after a short opening clause ("As Ukrinform reported, at the ..."): a phrase
     * opened by "at", "during" or "in" and headed by an occasion (the lexicon's eventNouns), set off by a comma before
     * the main clause's speaker and cue, names where the statement was made, so its date dates the statement when
     * the figure follows the cue (as for {@link #fronted}). "In the March 4 attack, 3,000 were killed, Budanov said"
     * is the content's: no occasion, and the figure comes first.
     */
    private boolean frontedOccasion(String s, DateMention d, Attribution who, int figure) {
        if (d.end() >= who.anchor() || figure >= 0 && figure < who.anchor()) {
            return false;
        }
        int comma = s.indexOf(", ", d.end());
        if (comma < 0 || comma >= who.anchor() || SUBJECT_BREAK.matcher(s.substring(comma + 1, who.anchor())).find()) {
            return false;
        }
        int open = s.lastIndexOf(", ", d.start());
        int phraseStart = open < 0 ? 0 : open + 2;
        if (open >= 0 && (open > OPENING_CLAUSE || s.substring(0, open).contains(" that ")
                || s.substring(0, open).indexOf('"') >= 0)) {
            return false;
        }
        java.util.regex.Matcher prep = OCCASION_PREPOSITION.matcher(s).region(phraseStart, d.start());
        return prep.lookingAt() && !lex.eventNouns.find(s, phraseStart, comma).isEmpty();
    }

    /** "At the", "during a", "in his": the preposition and determiner that open an occasion phrase. */
    private static final java.util.regex.Pattern OCCASION_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:at|during|in)\\b");
    /** The longest opening clause before a fronted occasion phrase: "As Ukrinform reported". */
    private static final int OPENING_CLAUSE = 40;

    /**
     * "Pyongyang dispatched 3,000 more troops in January and February, according to the JCS": when the content comes
     * first and the attribution after it (the figure stands before the speech verb), a date in the content, before
     * the comma that sets the attribution off, is when the content happened, not when the claimant spoke.
     */
    private static boolean inContent(String s, DateMention d, Attribution who, int figure) {
        if (figure < 0 || figure >= who.anchor() || d.end() > who.anchor()) {
            return false;
        }
        int attribution = who.nameEnd() >= 0 ? Math.min(who.anchor(), who.nameEnd()) : who.anchor();
        int boundary = s.lastIndexOf(", ", attribution);
        return boundary > figure && d.end() <= boundary;
    }

    /**
     * "In the March 4 attack near Sudzha, Budanov said, 3,000 were killed": the cue is set off by commas on both
     * sides inside the sentence and the figure follows it, so the sentence's own clause is the content ("In the March
     * 4 attack, 3,000 were killed") and a date before the cue is the content's, as when the cue closes the sentence.
     * "On March 4, Budanov said that 3,000 were killed" (no comma after the cue) and "On March 4, Budanov said,
     * according to Ukrinform, that ..." (a "that" clause after it) are statements: there the date is the statement's.
     */
    private static boolean parentheticalCue(String s, Attribution who, int figure) {
        if (who.verb() == null || figure < 0 || figure < who.anchor()) {
            return false;
        }
        int verbEnd = who.anchor() + who.verb().length();
        return verbEnd < s.length() && s.charAt(verbEnd) == ',' && s.lastIndexOf(", ", who.anchor()) >= 0
                && !s.substring(verbEnd, figure).contains(" that ");
    }

    /** Where one clause of a sentence ends and a coordinated one begins: ", and", ", but", ", while", ";". */
    static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "(?i)(?:,\\s*(?:and|but|while|whereas)\\b|;)");

    /**
     * The date opens the sentence: only {@link #OPENING}'s words stand before it, perhaps after a lead-in of plain
     * words closed by a colon (round 32: "What you should know: Back in September, ..."; "Background: On Monday, ...").
     */
    private static boolean opensTheSentence(String s, DateMention d) {
        int colon = s.lastIndexOf(": ", d.start());
        int from = colon > 0 && colon <= MAX_LEAD_IN && LEAD_IN.matcher(s.substring(0, colon)).matches() ? colon + 2 : 0;
        return d.start() - from <= MAX_OPENING && OPENING.matcher(s.substring(from, d.start())).matches();
    }

    /** The longest opening before a fronted date ("- Earlier during "): anything longer is not one. */
    private static final int MAX_OPENING = 24;
    /** The longest lead-in closed by a colon before an opening date. */
    private static final int MAX_LEAD_IN = 60;
    /** A lead-in of plain words: letters, spaces, apostrophes and hyphens. */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile("[\\p{L}'’ -]+");

    /**
     * What may stand before a date that opens a sentence: "On June 17,", "Earlier on Monday,", "Back in September,", a
     * list's "- On 11 January,".
     */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:[-\u2013\u2014\u2022*]\\s*)?(?:(?:back|earlier|later|early|late)\\s+)?(?:(?:on|in|during|at|by)\\s+)?");

    /**
     * What cannot stand between a fronted date and the speech verb it dates: another clause (", and"), a quote, a
     * number. A subject of two parties ("Zelenskyy and the Security Service of Ukraine announced") is one clause.
     */
    private static final java.util.regex.Pattern SUBJECT_BREAK = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:and|but|while|whereas)\\b|[;:\"\\d]");
}
