package tally.extract;

/**
 * A date after the attribution's cue dates the statement only when it stands in the cue's own words: right after its
 * verb or the place or medium of the statement, in a trailing participle of the speaker ("speaking on Dec. 12"),
 * after an estimate the claimant made, after an occasion cue, or after the participle of its source's statement
 * ("figures released on Monday"); further on it is the content's. The lexicon's speakerParticiples, estimateVerbs,
 * occasionCues, informationHeads and publishingVerbs name these; {@link StatementDate} weighs what these say.
 */
final class DatesAfterCue {

    private final CompiledLexicon lex;
    private final CuePhrases phrases;

    DatesAfterCue(CompiledLexicon lex) {
        this.lex = lex;
        this.phrases = new CuePhrases(lex);
    }

    /**
     * "Kim said that nine soldiers were killed, speaking on Dec. 12 at a ceremony": a date in a trailing participle
     * clause of the speaker (after the speech verb, opened by a comma and one of the lexicon's speakerParticiples, the
     * date within a few words of it with no comma between) dates the statement. So does a trailing phrase that names
     * the statement itself (round 32: "..., in a statement on Monday", "..., during a briefing for reporters on
     * Monday": "in", "during" or "at" and one of the lexicon's contentNouns or eventNouns before the date), while
     * "..., in an attack on Monday" names an event of the content. Returns where the participle or phrase starts, or
     * -1 when the date is not in such a clause.
     */
    int speakerParticiple(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        int comma = s.lastIndexOf(", ", d.start());
        if (comma < verbEnd || d.start() - comma > PARTICIPLE_REACH) {
            return -1;
        }
        int from = comma + 2;
        if (lex.speakerParticiples.find(s, from, d.start()).stream().anyMatch(h -> h.start() == from)) {
            return from;
        }
        boolean namesStatement = STATEMENT_PREPOSITION.matcher(s).region(from, d.start()).lookingAt()
                && !(lex.contentNouns.find(s, from, d.start()).isEmpty()
                        && lex.eventNouns.find(s, from, d.start()).isEmpty());
        return namesStatement ? from : -1;
    }

    /** "in", "during", "at": the preposition that opens a trailing phrase naming the statement. */
    private static final java.util.regex.Pattern STATEMENT_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)(?:in|during|at)\\s");

    /** How far a date may stand after its speaker participle: "speaking to reporters in Seoul on Dec. 12". */
    private static final int PARTICIPLE_REACH = 45;

    /**
     * "the military raised the estimated casualties to 4,000 last month", "the NIS had put the toll at 1,100 soldiers
     * killed on Dec. 23": the figure is the object, through "at" or "to", of an estimate verb (the lexicon's
     * estimateVerbs) that the claimant governs (the verb is the attribution's own cue, or follows the claimant's name
     * within a few words, in the figure's own clause), and the date follows the figure's noun closely: it dates the estimate, which is the claim.
     * "the NIS said North Korea raised its force to 15,000 last month" is North Korea's act, dated as the content.
     */
    boolean datesTheEstimate(String s, Attribution who, int figure, int figureEnd, DateMention d) {
        if (figure < 0 || d.start() < figureEnd || who.nameEnd() < 0 || who.nameEnd() > figure) {
            return false;
        }
        String after = s.substring(figureEnd, d.start());
        if (after.length() > ESTIMATE_NOUN_REACH || after.contains(",") || after.contains(" that ")) {
            return false;
        }
        String clause = s.substring(Math.max(who.nameEnd(), s.lastIndexOf(", ", figure) + 1), figure);
        java.util.regex.Matcher object = OBJECT_OF_ESTIMATE.matcher(clause);
        if (!object.find()) {
            return false;
        }
        int clauseStart = figure - clause.length();
        return lex.estimateVerbs.find(s, clauseStart, clauseStart + object.start()).stream()
                .anyMatch(h -> h.start() == who.anchor() || h.start() >= who.nameEnd()
                        && AUXILIARIES.matcher(s.substring(who.nameEnd(), h.start())).matches());
    }

    /** What may stand between the claimant's name and its own estimate verb: "has", "had earlier", "later". */
    private static final java.util.regex.Pattern AUXILIARIES = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:(?:has|have|had|also|later|earlier|again|then|since|now|\\w+ly)\\s+){0,3}");

    /** "at" or "to" and at most three words (a qualifier: "to about", "at more than") before the figure. */
    private static final java.util.regex.Pattern OBJECT_OF_ESTIMATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:at|to)\\s+(?:[\\w-]+\\s+){0,3}$");
    /** The figure's noun between it and the date: "1,100 North Korean soldiers killed on Dec. 23". */
    private static final int ESTIMATE_NOUN_REACH = 40;

    /**
     * "Zelensky made the assertion by video before an extraordinary sitting of the European Parliament in Brussels,
     * Belgium, on the 19th": the cue (one of the lexicon's occasionCues) names the statement and takes no content, so a
     * date after it in the same clause (no "that", no coordination, no quotation between) is the statement's.
     */
    boolean datesTheOccasion(String s, Attribution who, DateMention d) {
        if (d.start() <= who.anchor() || lex.occasionCues.find(s, who.anchor(), Math.min(s.length(), who.anchor() + 30))
                .stream().noneMatch(h -> h.start() == who.anchor())) {
            return false;
        }
        String between = s.substring(who.anchor(), d.start());
        return !between.contains(" that ") && between.indexOf('"') < 0
                && !DatesBeforeCue.COORDINATION.matcher(between).find();
    }

    /**
     * A date after the speech verb dates the claim only when it follows the verb closely ("said on Monday",
     * "estimated on June 15"); one further on belongs to what was said ("said that losses in December exceeded...").
     */
    boolean followsVerb(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        if (d.start() < verbEnd || closelyAfter(s, verbEnd, d) || CuePhrases.afterTheCuesPlace(s, verbEnd, d)
                || phrases.datesTheSourceStatement(s, verbEnd, d) || afterTheAsidesVerb(s, who, d)
                || afterTheRelativesVerb(s, who, d) || afterTheAudiencesPlace(s, who, verbEnd, d)) {
            return true;
        }
        // "according to an assessment the Kremlin released on 28 October": the date follows the name's own verb.
        return who.nameEnd() >= 0 && d.start() >= who.nameEnd() && s.substring(who.nameEnd(), d.start()).length() <= 25
                && closelyAfter(s, who.nameEnd(), d);
    }

    /**
     * Round 49: "Zelensky told reporters in Budapest on Thursday": a verb of telling (the lexicon's audienceVerbs), its
     * audience in one or two words, then one phrase of place before the date; the date is the telling's. A clause word
     * in the audience ("told reporters that in Kursk on Sunday ...") makes the rest the content.
     */
    private boolean afterTheAudiencesPlace(String s, Attribution who, int verbEnd, DateMention d) {
        if (who.verb() == null || !lex.audienceVerbs.containsIn(who.verb(), 0, who.verb().length())) {
            return false;
        }
        java.util.regex.Matcher audience = TOLD_AUDIENCE.matcher(s).region(verbEnd, d.start());
        return audience.lookingAt() && CuePhrases.afterTheCuesPlace(s, audience.end(), d);
    }

    /** " reporters", " the committee": an audience of one plain word (after "the"), no clause word. */
    private static final java.util.regex.Pattern TOLD_AUDIENCE = java.util.regex.Pattern.compile("(?i)\\s+(?:the\\s+)?"
            + "(?!(?:that|and|but|which|who|where|when|while|after|before|as|if|whether|because|since|on|in|at)\\b)"
            + "\\p{L}[\\p{L}-]*(?=\\s+(?:on|in|at|via|to)\\s)");

    /**
     * "The Washington Post, citing US officials, reported on Saturday that ...", "Reuters, citing Ukrainian
     * intelligence, said on Friday that ...": the cited source's aside closes with a comma, the relay's own verb (one of
     * the lexicon's speechVerbs) follows at once, and a date right after that verb dates the statement the relay
     * reports, as a date right after the claimant's own verb does. A date in the content ("reported that 300 were
     * killed on Friday") stays the content's.
     */
    private boolean afterTheAsidesVerb(String s, Attribution who, DateMention d) {
        if (who.nameEnd() < 0 || d.start() <= who.nameEnd() || !s.startsWith(", ", who.nameEnd())) {
            return false;
        }
        int verbFrom = who.nameEnd() + 2;
        return lex.speechVerbs.find(s, verbFrom, d.start()).stream()
                .anyMatch(h -> h.start() == verbFrom && closelyAfter(s, h.end(), d));
    }

    /**
     * "The NIS told a parliamentary committee on Monday that ...", "Zelensky told the leaders of the Group of Seven on
     * Monday that ...": the date stands between the cue and the "that" that opens its content, with only the cue's
     * audience or place between (plain words: no comma, quotation, number, auxiliary, clause word or lower-case verb
     * in -ed), so it modifies the cue however long the audience's name. "said North Korean troops had reached Kursk on
     * Monday" (no "that" after the date) and "said the troops deployed on Monday that ..." hold another verb's date.
     */
    boolean beforeItsContent(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        int gap = d.start() - verbEnd;
        return gap > 0 && gap <= AUDIENCE_REACH && s.startsWith(" that ", d.end())
                && AUDIENCE.matcher(s.substring(verbEnd, d.start())).matches();
    }

    /** The longest audience or place between a cue and its date: " members of the parliamentary committee on ". */
    private static final int AUDIENCE_REACH = 80;
    /** Plain words: no comma, quotation, number, auxiliary, clause word or lower-case verb in -ed. */
    private static final java.util.regex.Pattern AUDIENCE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:(?!(?:that|and|but|or|which|who|where|when|while|after|before|as|if|whether|because|since|is|are|"
                    + "was|were|be|been|has|have|had|will|would|could|may|might|can|did|does|do)\\b|(?-i:\\p{Ll}+ed)\\b)"
                    + "[\\p{L}'’.-]+\\s+){1,10}");

    /**
     * "according to the NIS, which briefed lawmakers on Monday, ...", "..., said Zelensky, who spoke to reporters on
     * Monday": a relative clause on the claimant's name (a comma and "which" or "who" right after it, then one of the
     * lexicon's speechVerbs or occasionCues) tells when the claimant spoke, so a date right after that verb dates the
     * statement, as a date right after the claimant's own verb does. A relative clause of another verb ("Zelensky, who
     * visited the front on Monday") or one that says what was said ("which said that ... on Monday") is not this.
     */
    private boolean afterTheRelativesVerb(String s, Attribution who, DateMention d) {
        if (who.nameEnd() < 0 || d.start() <= who.nameEnd()) {
            return false;
        }
        java.util.regex.Matcher relative = RELATIVE.matcher(s).region(who.nameEnd(), d.start());
        if (!relative.lookingAt()) {
            return false;
        }
        int verbFrom = relative.end();
        return java.util.stream.Stream.concat(lex.speechVerbs.find(s, verbFrom, d.start()).stream(),
                        lex.occasionCues.find(s, verbFrom, d.start()).stream())
                .anyMatch(h -> h.start() == verbFrom && closelyAfter(s, h.end(), d));
    }

    /** ", which ", ", who ": a relative clause opened right after the claimant's name. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile("(?i),\\s+(?:which|who)\\s+");

    /** A date within a few words after {@code from}, no comma or "that" between: "said on Monday". */
    static boolean closelyAfter(String s, int from, DateMention d) {
        if (d.start() < from) {
            return false;
        }
        String between = s.substring(from, d.start());
        return between.length() <= 25 && !between.contains(" that") && !between.contains(",");
    }
}
