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
 * period it counts, and is skipped; so is one in another clause, and one in an aside on another noun ({@link
 * MarkerReach}). Before any marker: a later wave sizes a part of the force ({@link Waves}), and so does a vague
 * "a small number" ({@code scopeSpans.partCounts}; round 22 dev gold read each such row as a subset).
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
    private final MarkerReach reach;
    private final Waves waves;
    private final PhraseMatcher partCounts;

    ScopeReader(CompiledLexicon lex) {
        this.lex = lex;
        this.parts = new ForceParts(lex);
        this.clauses = new Clauses(lex.clauseBreaks);
        this.spans = lex.scopeSpans;
        this.reach = new MarkerReach(lex.scopeSpanWords.get("relativeOpeners"));
        this.waves = new Waves(lex.scopeSpanWords);
        this.partCounts = new PhraseMatcher(lex.scopeSpanWords.get("partCounts"));
    }

    /**
     * The scope of {@code numbers[index]}, its markers read as below, then refined by the structure of the parts of
     * the force ({@link ForceParts#refine}).
     *
     * @param before the measure of the figure read just before it in the sentence, or null
     */
    Scope read(String s, List<Quantity> numbers, int index, Metric metric, @Nullable DateMention claimDate,
               @Nullable Metric before) {
        return parts.refine(read(s, numbers.get(index), metric, claimDate), s, numbers, index, metric, before);
    }

    /** "after" or "while", then up to five words and no comma: the time clause a capture may stand in. */
    private static final java.util.regex.Pattern TIME_CLAUSE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:after|while|once)\\s+(?:[\\p{L}'-]+\\s+){0,5}$");

    /**
     * Trial 12: "several wounded soldiers had died after Ukrainian forces captured them", "died in captivity": men who
     * died after their capture are captives who died, counted for that event, not a battlefield toll of the war. A
     * capture cue of the lexicon after the figure in its clause, in a time clause ("after", "while", "once") or as
     * "in captivity"/"in custody", makes the deaths one incident. "were killed and 20 captured" is no such clause.
     */
    private boolean diedInCaptivity(String s, int from, int to) {
        PhraseMatcher captured = lex.cues.get(Metric.CAPTURED);
        return captured != null && captured.find(s, from, to).stream().anyMatch(h -> h.phrase().toLowerCase(
                java.util.Locale.ROOT).startsWith("in ") || TIME_CLAUSE_BEFORE.matcher(s).region(from, h.start()).find()
                && THE_DEAD_CAPTURED.matcher(s).region(h.end(), s.length()).lookingAt());
    }

    /** The capture's object is the dead ("captured them") or none is named ("after being captured"). */
    private static final java.util.regex.Pattern THE_DEAD_CAPTURED = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:them\\b|him\\b|[,.;:\"\u201D)]|$)");

    /**
     * @param claimDate the date expression that dates the claim (skipped as a period marker), or null
     */
    private Scope read(String s, Quantity q, Metric metric, @Nullable DateMention claimDate) {
        if (metric == Metric.PLANNED_DEPLOYMENT) {
            return Scope.FORECAST;
        }
        if (partCounts.find(s, q.start(), q.end()).stream().anyMatch(h -> h.start() == q.start())) {
            return Scope.SUBSET;
        }
        int clauseStart = clauses.before(s, q.start());
        if (waves.sizes(s, clauseStart, lex.frames.beforeQualifier(s, q.start()))) {
            return Scope.SUBSET;
        }
        int from = parts.partClauseStart(s, clauseStart, q);
        int to = clauses.after(s, q.end());
        if (metric == Metric.KILLED && diedInCaptivity(s, q.end(), to)) {
            return Scope.INCIDENT;
        }
        java.util.Map<String, List<PhraseMatcher.Hit>> spanned = null; // read once, when incident or period comes
        for (String scope : ORDER) {
            PhraseMatcher markers = lex.scopeMarkers.get(scope);
            boolean bounded = scope.equals("period") || scope.equals("incident");
            if (bounded && spanned == null) {
                spanned = spans.find(s, from, to, q.start(), q.end());
            }
            List<PhraseMatcher.Hit> hits = new java.util.ArrayList<>(bounded ? spanned.get(scope) : List.of());
            if (markers != null) {
                markers.find(s, from, to).stream()
                        .filter(h -> !bounded || !reach.elsewhere(s, h, q.start(), q.end()))
                        .forEach(hits::add);
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
