package tally.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tally.model.Claim;
import tally.model.Claimant;

/** Tidies one article's claims: attribution learnt later in the text applies to earlier sentences, and a figure repeated keeps every sentence that states it. */
final class ArticleClaims {

    private ArticleClaims() {
    }

    static List<ArticleExtractor.Extracted> tidy(List<ArticleExtractor.Extracted> found) {
        List<ArticleExtractor.Extracted> relayed = applyLaterRelays(found);
        Map<String, ArticleExtractor.Extracted> unique = new LinkedHashMap<>();
        for (ArticleExtractor.Extracted e : relayed) {
            unique.merge(ClaimMerger.key(e.claim()), e, (first, again) -> new ArticleExtractor.Extracted(
                    ClaimMerger.combine(first.claim(), again.claim()),
                    first.pending() != null ? first.pending() : again.pending()));
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * "Lee said at least 100 were killed" and, later, "Lee said after a briefing by the spy agency" with the same
     * figure: the figure is the spy agency's, relayed by Lee, in both sentences.
     */
    private static List<ArticleExtractor.Extracted> applyLaterRelays(List<ArticleExtractor.Extracted> found) {
        List<ArticleExtractor.Extracted> out = new ArrayList<>();
        for (ArticleExtractor.Extracted e : found) {
            final Claim c = e.claim();
            Claim relayedVersion = found.stream().map(ArticleExtractor.Extracted::claim)
                    .filter(o -> o.relayedBy() != null && o.relayedBy().equals(c.claimant()) && c.relayedBy() == null)
                    .filter(o -> o.metric() == c.metric() && Objects.equals(o.figure().pivot(), c.figure().pivot()))
                    .findFirst().orElse(null);
            Claim result = c;
            if (relayedVersion != null && c.claimant().kind() != Claimant.Kind.UNKNOWN) {
                result = new Claim(c.metric(), c.figure(), relayedVersion.claimant(), c.claimant(), c.claimDate(), c.sources());
            }
            out.add(new ArticleExtractor.Extracted(result, e.pending()));
        }
        return out;
    }
}
