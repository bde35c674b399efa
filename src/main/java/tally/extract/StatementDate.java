package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which date expression of a sentence is the date of the statement, and which belong to what was said: read from the
 * clause around the attribution's cue (the lexicon's speakerParticiples, estimateVerbs and occasionCues name the
 * constructions that carry the statement's date further than a few words). A date the report of the figure gives
 * comes first ({@link RelayDates}), then the nearest date in the cue's reach, weighed by {@link DatesBeforeCue} and
 * {@link DatesAfterCue}. {@link ClaimDating} resolves the chosen expression and decides what an undated claim takes.
 */
final class StatementDate {

    /** How far from the attribution a date may stand and still be the date of the claim. */
    private static final int DATE_REACH = 60;
    private final RelayDates relays;
    private final DatesBeforeCue before;
    private final DatesAfterCue after;

    StatementDate(CompiledLexicon lex) {
        this.relays = new RelayDates(lex);
        this.before = new DatesBeforeCue(lex);
        this.after = new DatesAfterCue(lex);
    }

    /**
     * The date expression that dates the attribution of the figure at [{@code figure}, {@code figureEnd}) of
     * {@code s} (-1: no figure), or null.
     */
    @Nullable DateMention choose(String s, List<DateMention> dateMentions, Attribution named, int figure, int figureEnd) {
        Attribution who = withPersonalName(s, named);
        DateMention post = RelayDates.postSignature(s, dateMentions);
        if (post != null) {
            return post;
        }
        DateMention report = relays.reportOfTheFigure(s, dateMentions, figureEnd);
        if (report != null) {
            return report;
        }
        if (who.anchor() < 0) {
            return relays.relayDate(s, dateMentions, who, figure); // "..., a doctor told her, the Courier reported Monday"
        }
        int[] quote = AttributionFinder.quoteAround(s, who.anchor());
        int carriedQuoteEnd = carriedQuoteEnd(s);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dateMentions) {
            int[] dateQuote = AttributionFinder.quoteAround(s, d.start());
            if (dateQuote != null && (quote == null || dateQuote[0] != quote[0]) || d.end() <= carriedQuoteEnd) {
                continue; // inside a quotation the cue is not in: the quoted words' own date
            }
            int distance = distance(s, d, who, figure, figureEnd);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        DateMention relay = relays.relayDate(s, dateMentions, who, figure);
        return relay != null ? relay : relays.relaysOwnVerb(s, dateMentions, who, figure);
    }

    /**
     * How far {@code d} stands from the statement it would date, measured from what it dates (the cue, the
     * speaker's participle, the occasion, the estimate), or {@link Integer#MAX_VALUE} when it cannot date it or
     * stands out of reach.
     */
    private int distance(String s, DateMention d, Attribution who, int figure, int figureEnd) {
        if (DatesBeforeCue.notTheStatements(s, d, who, figure)) {
            return Integer.MAX_VALUE;
        }
        int afterName = who.nameEnd() >= 0 && d.start() >= who.nameEnd()
                ? Math.min(d.start() - who.nameEnd(), d.start() - who.anchor()) : d.start() - who.anchor();
        int distance = d.end() <= who.anchor() ? who.anchor() - d.end() : Math.max(0, afterName);
        int participle = d.start() > who.anchor() ? after.speakerParticiple(s, who, d) : -1;
        boolean occasion = after.datesTheOccasion(s, who, d);
        if (participle >= 0) {
            distance = d.start() - participle; // the participle's own date, however far from the speech verb
        } else if (occasion) {
            distance = d.start() - who.anchor(); // the statement's own occasion, however long its description
        } else if (after.datesTheEstimate(s, who, figure, figureEnd, d)) {
            distance = d.start() - figureEnd; // the estimate's own date, however far from the speech verb
        } else if (d.start() > who.anchor() && after.beforeItsContent(s, who, d)) {
            distance = 0; // the cue's own date, however long its audience's name
        } else if (d.start() > who.anchor() && !after.followsVerb(s, who, d)) {
            return Integer.MAX_VALUE;
        }
        int reach = occasion || before.setsTheScene(s, d, who, figure) ? s.length() : DATE_REACH;
        return distance <= reach ? distance : Integer.MAX_VALUE;
    }

    /**
     * "U.S. Secretary of State Antony Blinken put ...", "figures Ukrainian President Volodymyr Zelensky released on
     * ...", "Ukraine's military intelligence (HUR) put ...": the directory matched the claimant by a title or a short
     * name, and the capitalised words or bracketed abbreviation right after it (no comma) are still the claimant's
     * name, so the claimant's verb and its date are measured from the end of all of it (newcomer's trial, round 30).
     * A month or weekday is never part of a name.
     */
    private static Attribution withPersonalName(String s, Attribution who) {
        if (who.nameEnd() < 0) {
            return who;
        }
        java.util.regex.Matcher m = PERSONAL_NAME.matcher(s).region(who.nameEnd(), s.length());
        int end = m.lookingAt() ? m.end() : who.nameEnd();
        if (end == who.nameEnd() || who.anchor() >= who.nameEnd() && who.anchor() < end) {
            return who; // the cue itself stands there ("the NIS Monday said" is no name)
        }
        return new Attribution(who.claimant(), who.relay(), who.anchor(), who.verb(), end, who.certainty());
    }

    /**
     * Up to four capitalised words or a bracketed abbreviation after the name the directory matched: " Antony
     * Blinken", " Volodymyr Zelensky", " of Staff", " (HUR)".
     */
    private static final java.util.regex.Pattern PERSONAL_NAME = java.util.regex.Pattern.compile(
            "(?:\\s\\(\\p{Lu}[\\p{Lu}/]{1,9}\\)|\\s(?:of\\s)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)"
                    + "\\p{Lu}[\\p{L}'’.-]*){1,4}(?![\\p{L}\\d])");

    /**
     * "Today there are 120," a nurse told her husband: a quotation opened in the sentence before goes on to the
     * sentence's first quotation mark, which closes it (it follows the quoted words' punctuation, not a space), so a
     * date before that mark is the quoted speaker's words, never the date of the cue after it. Returns where that
     * mark is, or -1 when the sentence opens no carried quotation.
     */
    static int carriedQuoteEnd(String s) {
        int mark = s.indexOf('"');
        if (mark <= 0 || ",.?!".indexOf(s.charAt(mark - 1)) < 0) {
            return -1;
        }
        int marks = 0;
        for (int i = mark; i >= 0; i = s.indexOf('"', i + 1)) {
            marks++;
        }
        return marks % 2 == 1 ? mark : -1;
    }

    /**
     * "Last month the NIS said ...": the chosen date opens the sentence and sets the scene of the paragraph
     * ({@link DatesBeforeCue#opensTheStatement}).
     */
    static boolean opensTheStatement(String s, DateMention d, Attribution who) {
        return DatesBeforeCue.opensTheStatement(s, d, who);
    }
}
