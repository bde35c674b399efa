package tally.extract;

/**
 * The phrase that follows a cue before the date of its statement: the place or medium it was made in ("posted on the
 * social media platform X on Sunday") or the source statement it names ("according to the latest figures released on
 * Monday"). The lexicon's publishingVerbs, speechVerbs and informationHeads name the source statements; {@link
 * DatesAfterCue} asks whether a date after the cue is the statement's.
 */
final class CuePhrases {

    private final CompiledLexicon lex;

    CuePhrases(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * "according to the latest figures released on Monday by the army", "citing estimates the agency's analysts issued
     * in late August": after the cue, its source is a statement noun (the lexicon's informationHeads) modified by a
     * clause whose participle (one of the publishingVerbs or speechVerbs, in "-ed") the date follows at once: the date
     * is when that statement came out, which dates the claim however long the noun phrase (newcomer's trial, round
     * 30). Nothing else may stand between: no comma, "that", quotation or number ("figures showing 300 were killed
     * on Monday" dates the content).
     */
    boolean datesTheSourceStatement(String s, int verbEnd, DateMention d) {
        if (d.start() <= verbEnd || d.start() - verbEnd > SOURCE_STATEMENT_REACH) {
            return false;
        }
        String between = s.substring(verbEnd, d.start());
        java.util.regex.Matcher participle = PARTICIPLE_BEFORE_DATE.matcher(between);
        if (STATEMENT_BREAK.matcher(between).find() || !participle.find()) {
            return false;
        }
        String verb = participle.group(1).toLowerCase(java.util.Locale.ROOT);
        int verbAt = verbEnd + participle.start(1);
        boolean publishes = lex.publishingVerbs.contains(verb)
                || lex.speechVerbs.find(s, verbAt, verbAt + verb.length()).stream().anyMatch(h -> h.start() == verbAt);
        return publishes && java.util.Arrays.stream(between.substring(0, participle.start(1)).split("[^\\p{L}'’]+"))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).anyMatch(lex.informationHeads::contains);
    }

    /**
     * The longest run from the cue to the date of its source's statement: " to a report the Joint Chiefs of Staff of
     * South Korea published on ".
     */
    private static final int SOURCE_STATEMENT_REACH = 80;
    /** The participle in "-ed" right before the date, perhaps with "on", "in" or "as of" between. */
    private static final java.util.regex.Pattern PARTICIPLE_BEFORE_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b([a-z]+ed)\\s+(?:(?:on|in|as of)\\s+)?$");
    /** What ends a source's noun phrase before the date: a comma, "that", a quotation mark, a number. */
    private static final java.util.regex.Pattern STATEMENT_BREAK = java.util.regex.Pattern.compile(
            "[,;:\"\\d]|\\bthat\\b");

    /**
     * "which Zelensky posted on the social media platform X on Sunday", "said in an interview with a Korean daily on
     * Monday": one phrase of place or medium opened by a preposition stands between the cue and its date, and nothing
     * else (no comma, quotation, number, "that" or other clause word: "posted on X that troops in Sudzha on Sunday
     * ..." dates the content). Such a phrase may run past {@link DatesAfterCue#closelyAfter}'s few words.
     */
    static boolean afterTheCuesPlace(String s, int verbEnd, DateMention d) {
        int gap = d.start() - verbEnd;
        return gap > 0 && gap <= PLACE_REACH && PLACE_OF_CUE.matcher(s.substring(verbEnd, d.start())).matches();
    }

    /** The longest place or medium phrase between a cue and its date: " on the social media platform X ". */
    private static final int PLACE_REACH = 45;
    /** " on the social media platform X ", " in an interview with a Korean daily ": a preposition and plain words. */
    private static final java.util.regex.Pattern PLACE_OF_CUE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:on|in|at|via|to)\\s+(?:(?!(?:that|and|but|which|who|where|when|while|after|before|as|if|"
                    + "whether|because|since)\\b)[\\w'’.-]+\\s+){1,7}");
}
