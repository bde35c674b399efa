package tally.app.moderation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Passage;

/**
 * An index as replies see it: the claims of the underlying index with ids and corrections applied
 * ({@link CorrectedClaims}), answered from lists sorted once per metric (a query merges the metrics it asks for, so
 * it costs one pass over what it returns); passages come from the underlying index unchanged. Its version is the
 * underlying one while no correction acts on any claim, and carries the change-log revision otherwise, so every cache
 * keyed on the version sees a correction at once. It does not own the underlying index: closing it does nothing.
 */
final class CorrectedIndex implements CorpusIndex {

    private final CorpusIndex base;
    private final CorrectedClaims claims;
    private final AnalyzedCorpus corpus;
    private final String version;
    private final Map<Metric, List<Claim>> byMetric = new EnumMap<>(Metric.class);
    /** Each metric's claims' places in the whole newest-first order: merging compares these, not the claims. */
    private final Map<Metric, int[]> ranks = new EnumMap<>(Metric.class);

    private final long revision;

    CorrectedIndex(CorpusIndex base, CorrectedClaims claims, long revision) {
        this.base = base;
        this.revision = revision;
        this.claims = claims;
        AnalyzedCorpus underlying = base.corpus();
        this.corpus = new AnalyzedCorpus(underlying.articles(), claims.shown(), underlying.problems());
        this.version = claims.changesAnything() ? base.version() + "+corrections" + revision : base.version();
        for (Metric m : Metric.values()) {
            byMetric.put(m, new ArrayList<>());
        }
        Map<Metric, List<Integer>> places = new EnumMap<>(Metric.class);
        List<Claim> shown = claims.shown();
        for (int i = 0; i < shown.size(); i++) {
            byMetric.get(shown.get(i).metric()).add(shown.get(i));
            places.computeIfAbsent(shown.get(i).metric(), m -> new ArrayList<>()).add(i);
        }
        byMetric.replaceAll((m, list) -> List.copyOf(list));
        places.forEach((m, list) -> ranks.put(m, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    CorpusIndex base() {
        return base;
    }

    long revision() {
        return revision;
    }

    CorrectedClaims claimsWithCorrections() {
        return claims;
    }

    @Override
    public AnalyzedCorpus corpus() {
        return corpus;
    }

    @Override
    public String version() {
        return version;
    }

    /** Same filter and order as the port says: metric in set, claimant or relayer, on or after since; newest first. */
    @Override
    public List<Claim> claims(FigureQuery query) {
        Set<Metric> wanted = query.metrics().isEmpty() ? Set.of(Metric.values()) : query.metrics();
        List<List<Claim>> lists = new ArrayList<>();
        List<int[]> order = new ArrayList<>();
        for (Metric m : wanted) {
            if (!byMetric.get(m).isEmpty()) {
                lists.add(byMetric.get(m));
                order.add(ranks.get(m));
            }
        }
        if (wanted.size() == Metric.values().length) {
            return filter(claims.shown(), query);
        }
        if (lists.size() <= 1) {
            return lists.isEmpty() ? List.of() : filter(lists.get(0), query);
        }
        List<Claim> out = new ArrayList<>();
        int[] next = new int[lists.size()];
        while (true) {
            int best = -1;
            for (int i = 0; i < lists.size(); i++) {
                if (next[i] < lists.get(i).size() && (best < 0 || order.get(i)[next[i]] < order.get(best)[next[best]])) {
                    best = i;
                }
            }
            if (best < 0) {
                return out;
            }
            Claim c = lists.get(best).get(next[best]++);
            if (query.matches(c)) {
                out.add(c);
            }
        }
    }

    private static List<Claim> filter(List<Claim> newestFirst, FigureQuery query) {
        if (query.claimantId() == null && query.since() == null) {
            return newestFirst;
        }
        return newestFirst.stream().filter(query::matches).toList();
    }

    @Override
    public List<Passage> passages(String text, int limit) {
        return base.passages(text, limit);
    }

    @Override
    public void close() {
        // the underlying index belongs to whoever lent it
    }
}
