package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;
import tally.model.Scope;

/**
 * What stretch a figure covers, from the words of its own clause (markers in config/extraction.json,
 * {@code scopeMarkers}): a forecast ("expected to reach", and every planned deployment), one incident ("in the
 * attack", "over the weekend"), a period ("in December", "over the past week"; it wins over "another": "another
 * 3,000 in March" counts that month), a subset ("of whom", "another"; see {@link ForceParts} for whose marker it is),
 * else the total so far. A marker that is the claim's own date ("said in December that ...") is when it was said, not the
 * period it counts, and is skipped; so is one in another clause.
 */
final class ScopeReader {

    /** Checked in this order: the first scope with a marker in the clause wins. */
    private static final List<String> ORDER = List.of("forecast", "incident", "period", "subset");

    /** "of whom", "among them", "another": a subset marker that speaks of the figure after it, not before. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)^(?:of |among |another|a further|an additional|additional)");

    private final CompiledLexicon lex;
    private final Clauses clauses;
    private final ScopeSpans spans;
    private final ForceParts parts;

    ScopeReader(CompiledLexicon lex) {
        this.lex = lex;
        this.parts = new ForceParts(lex);
        this.clauses = new Clauses(lex.clauseBreaks);
        this.spans = lex.scopeSpans;
    }

    /**
     * @param claimDate the date expression that dates the claim (skipped as a period marker), or null
     */
    Scope read(String s, Quantity q, Metric metric, @Nullable DateMention claimDate) {
        if (metric == Metric.PLANNED_DEPLOYMENT) {
            return Scope.FORECAST;
        }
        int from = parts.partClauseStart(s, clauses.before(s, q.start()), q);
        int to = clauses.after(s, q.end());
        for (String scope : ORDER) {
            PhraseMatcher markers = lex.scopeMarkers.get(scope);
            List<PhraseMatcher.Hit> hits = new java.util.ArrayList<>(spans.find(scope, s, from, to, q.start(), q.end()));
            if (markers != null) {
                hits.addAll(markers.find(s, from, to));
            }
            for (PhraseMatcher.Hit hit : hits) {
                boolean isClaimDate = claimDate != null && hit.start() < claimDate.end() && claimDate.start() < hit.end();
                boolean total = lex.scopeMarkers.containsKey("total")
                        && lex.scopeMarkers.get("total").containsIn(s, Math.max(from, hit.start() - 30), Math.min(s.length(), hit.end() + 12));
                boolean pointsBack = scope.equals("subset") && (hit.start() >= q.end()
                        && POINTS_BACK.matcher(hit.phrase()).find() || !parts.subsetMarkerApplies(s, hit, q, metric));
                if (!isClaimDate && !pointsBack && !(scope.equals("period") && total)) {
                    return Scope.byId(scope).orElse(Scope.TOTAL);
                }
            }
        }
        return Scope.TOTAL;
    }
}
