package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Context;
import tally.extract.FigureReader.Counted;
import tally.extract.FigureReader.Figure;
import tally.extract.FigureReader.Head;
import tally.model.Metric;

/**
 * Decides what a figure counts from the words of its own sentence: its own frame and predicate ("killed", "were
 * sent"), a restatement of the number the sentence before gave ("put the number at"), an object it shares with the
 * next figure ("killed 77 and wounded 40 North Koreans"), the figure it is listed with, or the predicate after the
 * whole list it opens. It exists so that what the sentence itself says stays apart from what is carried from the
 * sentence before ({@link CarriedMetrics}), which {@link FigureReader} asks only when this finds nothing.
 */
final class StatedMetrics {

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;
    private final FigureReferences references;
    private final Conjuncts conjuncts;
    private final MetricFinder metrics;
    private final MetricRefinements refinements;

    StatedMetrics(CompiledLexicon lex, NounPhrases nouns, Clauses clauses, FigureReferences references,
                  Conjuncts conjuncts, MetricFinder metrics, MetricRefinements refinements) {
        this.lex = lex;
        this.nouns = nouns;
        this.clauses = clauses;
        this.references = references;
        this.conjuncts = conjuncts;
        this.metrics = metrics;
        this.refinements = refinements;
    }

    /** The metric from the figure's own words, a restatement, or an object it shares with the next figure. */
    Counted whatItCounts(Figure f, Head h) {
        String s = f.s();
        Quantity q = f.q();
        Context ctx = f.ctx();
        PhraseMatcher.Hit noun = h.noun();
        Metric metric = ownWords(f, h);
        // "... put the number at about 1,100": the number the sentence before gave, of North Korean troops already,
        // whoever's nationality the estimate bears ("South Korean estimates put the number at")
        boolean restated = metric == null && noun == null && ctx.metricBefore() != null
                && lex.restatedNumbers.restates(s, lex.frames.beforeQualifier(s, q.start()));
        if (restated) {
            metric = ctx.metricBefore();
        } else if (metric == null && noun == null
                && NumberOfFrames.troopsPutAt(s, lex.frames.beforeQualifier(s, q.start()), lex.troopNouns)) {
            metric = Metric.DEPLOYED; // "put the number of North Korean troops in the region at around 11,000"
        }
        boolean sharedWithNorthKoreans = false;
        List<Quantity> quantities = f.quantities();
        int index = f.index();
        Metric shared = noun == null && index + 1 < quantities.size()
                ? conjuncts.sharedObject(s, q, quantities.get(index + 1), f.clauseStart()) : null;
        if (shared != null) {
            metric = metric == null ? shared : metric;
            int nextFrom = nouns.skipOf(s, quantities.get(index + 1).end());
            // the object's own words say whose troops: "Ukrainian soldiers have killed 77 and wounded 40 North Koreans"
            sharedWithNorthKoreans = lex.topicReferences.containsIn(s, nextFrom, NounPhrases.end(s, nextFrom),
                    ctx.referBack());
        }
        if (metric == null && f.coordinated()) {
            metric = f.previous();
        }
        return new Counted(metric, restated, sharedWithNorthKoreans, false);
    }

    /** The metric the figure's frame, the revision it ends, or its clause's predicate names. */
    private @Nullable Metric ownWords(Figure f, Head h) {
        Metric metric = metrics.framedMetric(f.s(), f.q(), h.noun(), h.strength(), f.ctx());
        if (metric == null && h.noun() == null && f.previous() != null && f.index() > 0
                && references.revisedFrom(f.s(), f.quantities().get(f.index() - 1), f.q())) {
            metric = f.previous(); // "raised its estimate to 12,000 from 10,000": the revision started from the same measure
        }
        return metric != null ? metric : predicateUpTo(f, h, f.clauseEnd());
    }

    /**
     * "around 12,000 troops, 500 officers and three generals among them, already based in Russia": the first conjuncts
     * of a list take the predicate that follows the whole list; null when the list ends in the figure's own clause.
     */
    @Nullable Metric listPredicate(Figure f, Head h) {
        int listEnd = Math.max(conjuncts.listEnd(f.s(), f.quantities(), f.index()), partsEnd(f));
        return listEnd > f.clauseEnd() ? predicateUpTo(f, h, listEnd) : null;
    }

    /** The metric a cue names between the figure's clause start (after its last content cue) and {@code end}. */
    private @Nullable Metric predicateUpTo(Figure f, Head h, int end) {
        return metrics.metric(f.s(), f.q(), refinements.afterLastContentCue(f.s(), f.clauseStart(), f.q().start()), end,
                h.noun(), f.previous());
    }

    /**
     * "about 12,000 troops, including 500 officers and three generals, were in Russia", "300 soldiers, 20 officers among
     * them, were injured" (round 53): a whole whose parts follow in an aside takes the predicate after the last of
     * them; -1 when no part follows it so.
     */
    private int partsEnd(Figure f) {
        List<Quantity> quantities = f.quantities();
        int next = f.index() + 1;
        if (next >= quantities.size()) {
            return -1;
        }
        WoundedWithDead woundedWithDead = lex.woundedWithDead;
        int asideEnd = woundedWithDead.partAsideEnd(f.s(), f.q().end(), quantities.get(next).start());
        if (asideEnd < 0) {
            asideEnd = woundedWithDead.breakdownAsideEnd(f.s(), quantities, f.index()); // "three soldiers, two officers and one woman, were"
        }
        if (asideEnd >= 0) {
            return clauses.after(f.s(), asideEnd + 1); // "300 soldiers, 20 officers among them, were injured"
        }
        if (!woundedWithDead.partMarkedBefore(f.s().substring(f.q().end(), quantities.get(next).start()))) {
            return -1;
        }
        return Math.max(conjuncts.listEnd(f.s(), quantities, next), clauses.after(f.s(), quantities.get(next).end()));
    }
}
