package tally.extract;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;

/**
 * "That figure is more than half of the 11,000 troops sent. The ministry posted on Sunday: \"... 6,000 ...\"": a
 * sentence whose figure its claimant stated on a date right after the cue ends a statement the sentence just before
 * began, so the figures the same claimant gave there with no date of their own (the report's date stood in) take that
 * date, marked uncertain since another sentence gives it. Dev gold, round 32: of the figures a claimant gave in the
 * sentence right before one it dates, 15 were dated by that later statement and none by the report. A date before
 * the cue ("On Tuesday, Reuters reported ...", "Last week, the NIS said ...") sets a new, often older, scene and
 * re-dates nothing (dev gold, twice); a cue in the present tense in the sentence before (the lexicon's
 * presentTenseCues: "Budanov says ...") speaks as of the report and keeps its date.
 */
final class NextStatementDates {

    private NextStatementDates() {
    }

    /**
     * Round 48: "According to the NIS, about 300 have died and 2,700 have been wounded. The agency said last month that
     * ...": a figure given "according to" a source, with no verb of saying in the past, in the present perfect, speaks
     * as of the report, not of the older statement the next sentence dates.
     */
    private static boolean asOfNow(String previousQuote) {
        return ACCORDING_TO.matcher(previousQuote).find() && PRESENT_PERFECT.matcher(previousQuote).find()
                && !PAST_SAYING.matcher(previousQuote).find();
    }

    private static final java.util.regex.Pattern ACCORDING_TO = java.util.regex.Pattern.compile("(?i)\\baccording\\s+to\\b");
    private static final java.util.regex.Pattern PRESENT_PERFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:have|has)\\s+(?:been\\s+)?\\p{L}+(?:ed|en|wn|ne)\\b");
    private static final java.util.regex.Pattern PAST_SAYING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|told|reported|stated|announced|estimated|added|noted|wrote)\\b");

    /**
     * Re-dates the claims of {@code claimant} that the previous sentence ({@code previousQuote}, the article's words)
     * gave with the report's date, among {@code found} before index {@code sentenceStart} (the sentence being read's
     * first claim).
     */
    static void redatePrevious(List<ArticleExtractor.Extracted> found, int sentenceStart, Claimant claimant,
                               ClaimDate date, @Nullable String previousQuote, Set<String> presentTenseCues) {
        if (previousQuote == null || java.util.Arrays.stream(previousQuote.split("[^\\p{L}]+"))
                .anyMatch(w -> presentTenseCues.contains(w.toLowerCase(java.util.Locale.ROOT)))
                || asOfNow(previousQuote)) {
            return;
        }
        for (int i = sentenceStart - 1; i >= 0; i--) {
            Claim c = found.get(i).claim();
            if (!c.sources().get(0).quote().equals(previousQuote)) {
                return;
            }
            if (c.claimant().equals(claimant) && c.claimDate().basis() == DateBasis.REPORT_DATE) {
                Claim redated = c.withClaimDate(date).withCertainty(c.certainty().withDate(
                        Certainty.Field.doubt("date of the same source's statement in the next sentence", null)));
                found.set(i, new ArticleExtractor.Extracted(redated, found.get(i).pending()));
            }
        }
    }
}
