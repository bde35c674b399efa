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
     * Re-dates the claims of {@code claimant} that the previous sentence ({@code previousQuote}, the article's words)
     * gave with the report's date, among {@code found} before index {@code sentenceStart} (the sentence being read's
     * first claim).
     */
    static void redatePrevious(List<ArticleExtractor.Extracted> found, int sentenceStart, Claimant claimant,
                               ClaimDate date, @Nullable String previousQuote, Set<String> presentTenseCues) {
        if (previousQuote == null || java.util.Arrays.stream(previousQuote.split("[^\\p{L}]+"))
                .anyMatch(w -> presentTenseCues.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
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
