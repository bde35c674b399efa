package tally.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.extract.ArticleExtractor.Extracted;
import tally.model.Claim;
import tally.model.ClaimDate;

/**
 * The dates of statements an article has told of, kept in the {@link Discourse} for the sentences after: a
 * statement's stated day dates its claimant's next figures and those just before with no date of their own, a relay's
 * report dates what it passes on, an unlisted person's own stated day dates their next figures (round 48), and an
 * older, undated statement leaves the next sentence of the same claimant undated. Moved out of {@link ArticleExtractor}
 * (round 61).
 */
final class RememberedStatementDates {

    private final ClaimDating dating;

    RememberedStatementDates(ClaimDating dating) {
        this.dating = dating;
    }

    /**
     * "Seoul's spy agency had assessed earlier that the troops had been missing from combat.": a statement with no
     * figure that reports an older, undated statement of its claimant; the next sentence of the paragraph that goes on
     * with the same claimant's words is as undated ({@link ClaimDating}).
     */
    void rememberEarlierStatement(String s, List<DateMention> stated, Attribution who, boolean lead,
                                          Discourse discourse) {
        if (!who.known()) {
            return;
        }
        if (dating.chooseDate(s, stated, who) == null && dating.earlierStatement(s, stated, who, lead)) {
            discourse.earlierStatementNow = who.claimant().id();
        }
    }

    /**
     * "Budanov spoke to reporters on Monday." with no figure: the date of that statement is kept for the figures a
     * following "He added ..." gives, and it dates the figures the same claimant gave in the sentence just before
     * with no date of their own ("Zelensky cautioned that ... could grow to 100,000. Zelensky made the assertion ...
     * on the 19th.").
     */
    void rememberStatementDate(String s, List<DateMention> stated, Attribution who, @Nullable LocalDate reported,
                                       Discourse discourse, List<Extracted> found) {
        if (stated.isEmpty()) {
            return;
        }
        DateMention chosen = dating.chooseDate(s, stated, who);
        ClaimDate counted = chosen == null ? null : ClaimDating.fromPreviousStatement(chosen, discourse);
        ClaimDate date = chosen == null ? null : counted != null ? counted : chosen.resolve(reported);
        if (date != null) {
            // "A day later, ..." / "On the same day, ..." count from this statement, whoever made it: a source the
            // directory does not list ("a nurse ..., the Kyiv Independent reported Wednesday") dates the story too
            discourse.lastClaimDate = date;
            discourse.statementDatedNow = date.basis() == tally.model.DateBasis.STATED ? date : null;
            if (date.basis() == tally.model.DateBasis.STATED && StatementDate.opensTheStatement(s, chosen, who)) {
                discourse.sceneDateNow = date; // "On 7 February, Zelensky said ...": the paragraph's scene
            }
        }
        if (who.known() && date != null) {
            if (who.relay() != null) {
                // "X said on Tuesday, according to Reuters." and then "'...,' Reuters quoted X as saying": the relay's
                // report of that statement dates the figures it passes on next, as a figure's own relay does
                discourse.lastDate.putIfAbsent(who.relay().id(), date);
            }
            if (carriedFromAnEarlierReport(who)) {
                return; // "The New York Times reported on Sunday ...": the Times' own story, not the source's words
            }
            if (closesTheSentence(s, who) && WeakEvidence.dateInTheWords(s, 0, chosen.start(), who)) {
                // round 63: "Troops began to arrive in Kursk in October, the NIS said.": the date is in what was said,
                // the event's; it had dated the NIS's figures of the sentences before, stated and certain. Not "In a
                // statement issued on Friday, the agency said it had ...": there the cue opens its content
                return;
            }
            discourse.lastDate.putIfAbsent(who.claimant().id(), date);
            redatePrevious(who.claimant(), date, discourse.previousQuote, found);
        }
    }

    /**
     * "Defence Minister Kim Yong-hyun said on Wednesday that ... // Kim said ... 10,000" (round 48): a person the
     * directory does not list, who spoke on a day stated after the cue, dates the figures of theirs that go on with
     * that statement, as a listed source's does. Only that person's own next figures: a date before the cue sets an
     * older scene (dev gold, {@link NextStatementDates}), and counting "a day later" stays with the listed sources.
     */
    void rememberOwnDate(String s, List<DateMention> stated, Attribution named, @Nullable LocalDate reported,
                                 Discourse discourse) {
        DateMention chosen = stated.isEmpty() ? null : dating.chooseDate(s, stated, named);
        ClaimDate date = chosen == null ? null : chosen.resolve(reported);
        if (date != null && date.basis() == tally.model.DateBasis.STATED
                && !StatementDate.opensTheStatement(s, chosen, named)) {
            discourse.lastDate.putIfAbsent(named.claimant().id(), date);
        }
    }

    /** After the cue's verb, at most a day and the sentence's end: ", the NIS said.", ", the agency added on Monday." */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "\\s*(?:(?:on|last|this)\\s+)?(?:\\p{Lu}\\p{L}+)?\\s*[.!?\"\u201D]*\\s*");

    /** The cue closes the sentence: what was said stands before it. */
    private static boolean closesTheSentence(String s, Attribution who) {
        if (who.verb() == null || who.anchor() < 0) {
            return false;
        }
        int end = Math.min(s.length(), who.anchor() + who.verb().length());
        return CLOSING.matcher(s).region(end, s.length()).matches();
    }

    /**
     * The claimant was not named in the sentence but carried from an earlier press report (an outlet's report with no
     * source of its own, {@link AttributionFinder}): the outlet's date is its own story's, not the source's statement.
     */
    private static boolean carriedFromAnEarlierReport(Attribution who) {
        return !who.certainty().certain() && who.relay() != null
                && who.relay().kind() == tally.model.Claimant.Kind.MEDIA;
    }

    private static void redatePrevious(tally.model.Claimant claimant, ClaimDate date, @Nullable String previousQuote,
                                       List<Extracted> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Claim c = found.get(i).claim();
            if (!c.sources().get(0).quote().equals(previousQuote)) {
                break;
            }
            if (c.claimant().equals(claimant) && c.claimDate().basis() == tally.model.DateBasis.REPORT_DATE) {
                found.set(i, new Extracted(c.withClaimDate(date), found.get(i).pending()));
            }
        }
    }
}
