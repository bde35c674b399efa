package tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * Tidies one article's claims: attribution learnt later in the text applies to earlier sentences, and a figure
 * repeated keeps every sentence that states it. Linear in the number of claims, so a 10 MB article that repeats
 * itself costs no more than its sentences.
 */
final class ArticleClaims {

    private ArticleClaims() {
    }

    /** {@code sourcedElsewhere} gives a figure with no source the source of the same figure in another sentence. */
    static List<ArticleExtractor.Extracted> tidy(List<ArticleExtractor.Extracted> found,
                                                 UnaryOperator<List<ArticleExtractor.Extracted>> sourcedElsewhere) {
        List<ArticleExtractor.Extracted> tidy = new ArrayList<>();
        List<ArticleExtractor.Extracted> read = sourcedElsewhere.apply(applyLaterRelays(found));
        for (List<ArticleExtractor.Extracted> group : ClaimMerger.sameClaims(read, ArticleExtractor.Extracted::claim)) {
            Claim merged = ClaimMerger.combine(group.stream().map(ArticleExtractor.Extracted::claim).toList());
            DateMention pending = group.stream().map(ArticleExtractor.Extracted::pending)
                    .filter(p -> p != null).findFirst().orElse(null);
            tidy.add(new ArticleExtractor.Extracted(merged, pending));
        }
        return tidy;
    }

    /**
     * "Lee said at least 100 were killed" and, later, "Lee said after a briefing by the spy agency" with the same
     * figure: the figure is the spy agency's, relayed by Lee, in both sentences.
     */
    private static List<ArticleExtractor.Extracted> applyLaterRelays(List<ArticleExtractor.Extracted> found) {
        Map<String, Claimant> sourceOfRelay = new HashMap<>();
        for (ArticleExtractor.Extracted e : found) {
            Claim c = e.claim();
            if (c.relayedBy() != null) {
                sourceOfRelay.putIfAbsent(relayKey(c.relayedBy(), c), c.claimant());
            }
        }
        List<ArticleExtractor.Extracted> out = new ArrayList<>(found.size());
        for (ArticleExtractor.Extracted e : found) {
            Claim c = e.claim();
            Claimant source = c.relayedBy() == null && c.claimant().known() ? sourceOfRelay.get(relayKey(c.claimant(), c)) : null;
            out.add(source == null ? e : new ArticleExtractor.Extracted(
                    new Claim(c.metric(), c.figure(), source, c.claimant(), c.claimDate(), c.sources(), c.scope(),
                            c.certainty()), e.pending()));
        }
        return out;
    }

    private static String relayKey(Claimant speaker, Claim c) {
        return speaker.id() + "|" + c.metric().id() + "|" + c.figure().pivot();
    }
}
