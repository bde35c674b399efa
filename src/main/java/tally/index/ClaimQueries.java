package tally.index;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import tally.app.FigureQuery;
import tally.model.Metric;

/** Builds the Lucene filter for a {@link FigureQuery}. All claim filtering lives here, in one place. */
public final class ClaimQueries {

    private ClaimQueries() {
    }

    static Query allClaims() {
        return new TermQuery(new Term(IndexDocuments.TYPE, "claim"));
    }

    /** The same filter as {@link FigureQuery#matches}: metric in set, claimant or relayer, on or after since. */
    public static Query filter(FigureQuery query) {
        return filter(query, query.claimantId() == null ? List.of() : List.of(query.claimantId()));
    }

    /**
     * As {@link #filter(FigureQuery)}, but the claimant may be any of several ids (a body and its members, say);
     * an empty collection means any claimant.
     */
    public static Query filter(FigureQuery query, Collection<String> claimantIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(allClaims(), Occur.FILTER);
        if (!query.metrics().isEmpty()) {
            b.add(new TermInSetQuery(IndexDocuments.METRIC, ids(query.metrics())), Occur.FILTER);
        }
        if (!claimantIds.isEmpty()) {
            List<BytesRef> ids = claimantIds.stream().map(BytesRef::new).toList();
            b.add(new BooleanQuery.Builder()
                    .add(new TermInSetQuery(IndexDocuments.CLAIMANT, ids), Occur.SHOULD)
                    .add(new TermInSetQuery(IndexDocuments.RELAYED_BY, ids), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        if (query.since() != null) {
            b.add(LongPoint.newRangeQuery(IndexDocuments.CLAIM_DATE, query.since().toEpochDay(), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        return new ConstantScoreQuery(b.build());
    }

    private static List<BytesRef> ids(Set<Metric> metrics) {
        return metrics.stream().map(m -> new BytesRef(m.id())).toList();
    }
}
