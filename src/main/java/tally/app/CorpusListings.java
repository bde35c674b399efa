package tally.app;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tally.app.port.CorpusIndex;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimOrder;
import tally.model.Claimant;
import tally.model.Source;

/**
 * What one version of the corpus holds, listed for the adapters' menus and lookups: its articles with how many claims
 * each reports, one article's claims, the claimants to pick from. Apart from {@link TallyEngine} since round 64: plain
 * listings of the index, with none of the question reading or answer composing the engine does.
 */
final class CorpusListings {

    private CorpusListings() {
    }

    /** Every article, by file name, with the number of claims it reports. */
    static List<ArticleInfo> articles(CorpusIndex current) {
        Map<String, Integer> counts = claimCounts(current.corpus().claims());
        return current.corpus().articles().stream()
                .map(a -> info(a, counts.getOrDefault(a.file(), 0)))
                .sorted(Comparator.comparing(ArticleInfo::file))
                .toList();
    }

    /** One article's claims, newest first; empty when no article has that file name. */
    static Optional<Tally.ArticleClaims> article(CorpusIndex current, String file) {
        return current.corpus().articles().stream()
                .filter(a -> a.file().equals(file))
                .findFirst()
                .map(a -> {
                    List<Claim> claims = current.corpus().claims().stream()
                            .filter(c -> c.sources().stream().anyMatch(s -> s.file().equals(file)))
                            .sorted(ClaimOrder.NEWEST_FIRST)
                            .toList();
                    return new Tally.ArticleClaims(info(a, claims.size()), claims);
                });
    }

    /** Claimants and relayers of the claims, by name; "unnamed source" is nobody to pick. */
    static List<Claimant> claimants(List<Claim> claims) {
        Map<String, Claimant> byId = new LinkedHashMap<>();
        for (Claim c : claims) {
            byId.putIfAbsent(c.claimant().id(), c.claimant());
            if (c.relayedBy() != null) {
                byId.putIfAbsent(c.relayedBy().id(), c.relayedBy());
            }
        }
        return byId.values().stream()
                .filter(Claimant::known)
                .sorted(Comparator.comparing(Claimant::name).thenComparing(Claimant::id))
                .toList();
    }

    private static Map<String, Integer> claimCounts(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim c : claims) {
            c.sources().stream().map(Source::file).distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts;
    }

    private static ArticleInfo info(Article a, int claimCount) {
        return new ArticleInfo(a.file(), a.headline(), a.outlet(), a.url(), a.published(), claimCount);
    }
}
