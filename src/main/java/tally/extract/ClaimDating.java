package tally.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.ClaimDate;
import tally.model.DateBasis;

/**
 * When a claim was made, read TimeML-style: the date expression tied to the attribution ("said on Monday", "on
 * December 16, the ministry said"), resolved against the article's date; a stated date always wins, so "earlier" or
 * "previously" elsewhere in the sentence never erases it, and a past perfect keeps its explicit date. With no date:
 * the date the same claimant last spoke in the article (marked uncertain when the claimant itself was not read for
 * sure), else the report's own date (basis report date) unless the sentence says the claim is older ("had said",
 * "previously") or sets it before or after an event it does not date ("Before the footage surfaced, the NIS said",
 * "estimated later"), or stands under a background heading ("Background:", "Recall"), which leaves it unknown.
 */
final class ClaimDating {

    /** A claim date and how sure it is. */
    record Dated(ClaimDate date, Certainty.Field certainty) {
    }

    private final CompiledLexicon lex;
    private final StatementDate statementDate;
    private final EarlierStatements earlierStatements;

    ClaimDating(CompiledLexicon lex) {
        this.lex = lex;
        this.statementDate = new StatementDate(lex);
        this.earlierStatements = new EarlierStatements(lex);
    }

    /**
     * @param lead the sentence opens the article: its present perfect ("the NIS has told lawmakers") is the news of
     *             the day, while later in the article one is an earlier, undated statement ("CNN has reported")
     */
    Dated date(String s, List<DateMention> dateMentions, @Nullable DateMention chosen, Attribution who,
               @Nullable LocalDate reported, Discourse discourse, boolean lead, int figure) {
        if (reported != null && !discourse.inBackground && presentClauseBefore(s, who, figure)) {
            return new Dated(ClaimDate.day(reported, DateBasis.REPORT_DATE), Certainty.Field.SURE);
        }
        if (chosen != null) {
            ClaimDate counted = fromPreviousStatement(chosen, discourse);
            if (counted != null) {
                return new Dated(counted, Certainty.Field.SURE);
            }
            ClaimDate resolved = chosen.resolve(reported);
            if (resolved != null) {
                if (resolved.basis() == DateBasis.STATED && StatementDate.opensTheStatement(s, chosen, who)) {
                    discourse.sceneDateNow = resolved;
                }
                return new Dated(resolved, Certainty.Field.SURE);
            }
        }
        Dated measured = earlierStatements.measuredBefore(s, dateMentions, who, reported);
        if (measured != null) {
            return measured;
        }
        ClaimDate scene = sceneOfTheParagraph(s, dateMentions, who, discourse, lead, figure);
        if (scene != null) {
            // another sentence's date, read as this one's occasion: a guess, shown as such
            return new Dated(scene, Certainty.Field.doubt("date of the scene the paragraph's first sentence sets", null));
        }
        if (discourse.inBackground) {
            return new Dated(ClaimDate.UNKNOWN, Certainty.Field.SURE); // recalled under "Background:", undated
        }
        // An older statement leaves the date unknown; a figure in the article's own voice ("Earlier, the North had
        // deployed 15,000") is the article's statement, made when it was published.
        if (earlierStatements.reported(s, dateMentions, who, lead)) {
            discourse.earlierStatementNow = who.claimant().id();
            return new Dated(ClaimDate.UNKNOWN, Certainty.Field.SURE);
        }
        if (earlierStatements.inAnEarlierReport(s, figure)
                || !who.known() && earlierStatements.earlierHearsay(s, dateMentions)
                || !presentTense(s, who) && AsOfDates.longBefore(s, reported)) {
            return new Dated(ClaimDate.UNKNOWN, Certainty.Field.SURE);
        }
        if (continuesEarlierStatement(s, who, discourse)) {
            return new Dated(ClaimDate.UNKNOWN, Certainty.Field.SURE);
        }
        // "the agency believes": a cue in the present tense speaks as of the report, whenever the claimant spoke before
        ClaimDate earlier = who.known() && !presentTense(s, who) ? discourse.dateOf(who) : null;
        if (earlier != null) {
            // the date this source's statement was given in the article; when the source itself was only inferred ("He
            // added ..." from a previous sentence), the date leans on that inference too, and on dev it was wrong 3 times
            // of 9
            return new Dated(earlier, who.certainty().certain() ? Certainty.Field.SURE
                    : Certainty.Field.doubt("date of the source's earlier statement in the article", null));
        }
        if (reported != null) {
            return new Dated(ClaimDate.day(reported, DateBasis.REPORT_DATE), Certainty.Field.SURE);
        }
        return new Dated(ClaimDate.UNKNOWN, Certainty.Field.SURE);
    }

    /**
     * "Last month the NIS said 300 were killed. Zelensky put the toll at 4,000.", "On November 4 the US confirmed
     * 10,000 ... Ryder also said ...": the sentence before, in the same paragraph, opened with the date of its
     * statement, and this one, with no date of its own, goes on in the past tense: it reports the same occasion, so
     * it takes that date (also under a background heading, where the scene is dated). A present-tense cue ("Zelensky
     * says") speaks as of the report, and an older statement ("had said", "previously") stays undated. Null when none.
     */
    private @Nullable ClaimDate sceneOfTheParagraph(String s, List<DateMention> dateMentions, Attribution who,
                                                    Discourse discourse, boolean lead, int figure) {
        ClaimDate scene = discourse.sceneDateBefore;
        if (scene == null || !dateMentions.isEmpty() || who.anchor() < 0 || presentTense(s, who)
                || earlierStatements.reported(s, dateMentions, who, lead)
                || earlierStatements.inAnEarlierReport(s, figure)) {
            return null;
        }
        return scene;
    }

    /** The sentence reports an older statement of a known claimant, on no date it gives ({@link EarlierStatements}). */
    boolean earlierStatement(String s, List<DateMention> dateMentions, Attribution who, boolean lead) {
        return earlierStatements.reported(s, dateMentions, who, lead);
    }

    /**
     * "Seoul's spy agency had assessed earlier that ... The NIS estimated that about 300 had been killed": the
     * sentence just before, in the same paragraph, reported an older, undated statement of the same claimant, and
     * this one goes on with it in the past tense (a present-tense cue, "the NIS believes", speaks as of the report).
     * The first sentence of the next paragraph goes on with it too when it does not name the claimant but refers back
     * to it ("// The agency estimated that about 300 were killed": dev gold, twice); one that names it ("// Pyongyang
     * plans ..., the NIS said") starts a statement of its own (dev gold: report date, twice).
     */
    private boolean continuesEarlierStatement(String s, Attribution who, Discourse discourse) {
        if (!who.known() || presentTense(s, who)) {
            return false;
        }
        String id = who.claimant().id();
        return id.equals(discourse.earlierStatementBefore)
                || !who.certainty().certain() && id.equals(discourse.earlierStatementAcross);
    }

    /**
     * "On the same day", "A day later", "two days later": the date of the statement dated just before in the article
     * (a claim's or a statement's with no figure), moved on by the expression's days when that date is a day; null
     * when the expression is not of that kind or nothing before is dated.
     */
    static @Nullable ClaimDate fromPreviousStatement(DateMention chosen, Discourse discourse) {
        ClaimDate before = discourse.lastClaimDate;
        if (chosen.kind() != DateMention.Kind.SAME_DAY || before == null) {
            return null;
        }
        if (chosen.offset() == 0) {
            return before;
        }
        return before.precision() == tally.model.DatePrecision.DAY && before.date() != null
                ? ClaimDate.day(before.date().plusDays(chosen.offset()), DateBasis.STATED) : null;
    }

    /**
     * A sentence, not a heading ("What's the story") or a dateline line ("01/12/2025 January 12, 2025"): it ends with a
     * full stop, a question or an exclamation mark, perhaps inside a closing quotation mark or bracket. The article's
     * lead is its first such sentence.
     */
    static boolean endsLikeASentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"')”’".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * "The NIS estimated this month that 300 were killed, and the agency believes the North plans to send another
     * 2,000": the figure stands in a clause joined after the cue's (", and", ", but", ";") whose own first words hold
     * a cue in the present tense (the lexicon's presentTenseCues), so it speaks as of the report, not on the date of
     * the first clause's statement. Within {@link #CLAUSE_OPENING} words of the join, so a present tense deep in the
     * content ("..., and that the North says 2,000 ...") stays the first statement's.
     */
    private boolean presentClauseBefore(String s, Attribution who, int figure) {
        if (who.anchor() < 0 || figure <= who.anchor()) {
            return false;
        }
        int join = Math.max(s.lastIndexOf(", and ", figure), Math.max(s.lastIndexOf(", but ", figure),
                s.lastIndexOf("; ", figure)));
        if (join <= who.anchor()) {
            return false;
        }
        List<String> words = java.util.Arrays.stream(s.substring(join, figure).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        if (words.size() > 1 && words.get(1).equals("that")) {
            return false; // ", and that the North says ...": more of the first statement's content
        }
        return words.stream().limit(CLAUSE_OPENING).anyMatch(lex.presentTenseCues::contains);
    }

    /** How many words after a clause's join its subject and cue may take: "and the country's spy agency believes". */
    private static final int CLAUSE_OPENING = 6;

    /** The attribution's cue is a verb in the present tense: "the agency believes", "Seoul estimates". */
    private boolean presentTense(String s, Attribution who) {
        return who.anchor() >= 0 && lex.presentTenseCues.contains(wordAt(s, who.anchor()));
    }

    /** The word that starts at {@code at} of {@code s}, lower case ("" when none does); a cue's verb, say. */
    static String wordAt(String s, int at) {
        int end = at;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(at, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The date expression that dates the attribution of a statement with no figure of its own, or null. */
    @Nullable DateMention chooseDate(String s, List<DateMention> dateMentions, Attribution who) {
        return statementDate.choose(s, dateMentions, who, -1, -1);
    }

    /**
     * The date expression that dates the attribution of the figure at [{@code figure}, {@code figureEnd}) of
     * {@code s}, or null (see {@link StatementDate}).
     */
    @Nullable DateMention chooseDate(String s, List<DateMention> dateMentions, Attribution who, int figure,
                                     int figureEnd) {
        return statementDate.choose(s, dateMentions, who, figure, figureEnd);
    }
}
