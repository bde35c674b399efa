package tally.extract;

import org.jspecify.annotations.Nullable;
import tally.extract.FigureReader.Counted;
import tally.extract.FigureReader.Figure;
import tally.extract.FigureReader.Head;
import tally.model.Metric;

/**
 * Decides what a figure counts when its own words name no metric, from the troops counted before it: a part of the
 * figure of the sentence before ("Among them are 500 officers"), that figure's new size ("That could raise their
 * number to 15,000"), more of the force just sent ("Some 3,000 more arrived"), a bare number sizing the troops counted
 * before ("The total now stands at 11,000"), or a number set off beside its troop noun ({@link ApposedNumbers}). It
 * exists because each of these borrows a metric the sentence does not state, and so says which borrowing it made
 * ({@link Doubt}), which is shown to the reader as the reason the metric is doubted.
 */
final class CarriedMetrics {

    /**
     * Round 62: how a metric was borrowed, when its borrowing leaves it in doubt. A closed set of kinds: the figure's
     * reading compares kinds, not their wording, and shows the wording ({@link #reason}) as its metric's doubt.
     */
    enum Doubt {
        /** A bare number that sizes the troops a figure or sentence before it counted. */
        CARRIED_SIZE("metric carried from the troops counted before it"),
        /** A number set off beside the troop noun it sizes. */
        APPOSED("metric read from the troops the number is set beside");

        private final String reason;

        Doubt(String reason) {
            this.reason = reason;
        }

        /** The doubt as the reader is shown it. */
        String reason() {
            return reason;
        }
    }

    /** A metric borrowed with a doubt, and whether the words it was borrowed from make the troops North Korea's. */
    private record Borrowed(Metric metric, Doubt doubt, boolean northKorean) {
    }

    private final CompiledLexicon lex;
    private final FigureReferences references;
    private final Fates fates;
    private final Qualifiers qualifiers;
    private final MetricFinder metrics;
    private final ApposedNumbers apposed;

    CarriedMetrics(CompiledLexicon lex, FigureReferences references, Fates fates, Qualifiers qualifiers,
                   MetricFinder metrics, ApposedNumbers apposed) {
        this.lex = lex;
        this.references = references;
        this.fates = fates;
        this.qualifiers = qualifiers;
        this.metrics = metrics;
        this.apposed = apposed;
    }

    /** A figure with no metric of its own may count a part of, or the new size of, the figure before it. */
    Counted fromFigureBefore(Figure f, Head h, Counted c) {
        Metric metric = c.metric();
        // "Among them are at least 500 officers, two generals included": with a troop noun and no verb of its own, a
        // part of the troops the figure of the sentence before counted, and so is the next conjunct of that part
        boolean partOfFigureBefore = h.noun() != null && f.ctx().metricBefore() != null
                && (metric == null && references.partOfThemOpens(f.s(), f.q())
                        || f.coordinated() && references.partOfThemOpens(f.s(), f.quantities().get(f.index() - 1)));
        if (metric == null) {
            metric = sizeOfFigureBefore(f, h, partOfFigureBefore);
        }
        Borrowed borrowed = metric == null && h.noun() == null ? borrowed(f) : null;
        if (borrowed == null) {
            return new Counted(metric, c.restated(), c.sharedWithNorthKoreans(), partOfFigureBefore, null);
        }
        // a size carried from the troops counted before is theirs already; an aside is theirs when its noun says so
        boolean restated = c.restated() || borrowed.doubt() == Doubt.CARRIED_SIZE || borrowed.northKorean();
        return new Counted(borrowed.metric(), restated, c.sharedWithNorthKoreans(), partOfFigureBefore,
                borrowed.doubt());
    }

    /** The figure before's metric for a part of it, its new size, or more of a force just sent; else null. */
    private @Nullable Metric sizeOfFigureBefore(Figure f, Head h, boolean partOfFigureBefore) {
        Metric before = f.ctx().metricBefore();
        if (partOfFigureBefore) {
            return before;
        }
        if (h.noun() == null && before != null && references.namesTheirNumber(f.s(), f.q())
                && fates.casualtyMetric(f.s(), f.clauseStart(), f.clauseEnd()) == null) {
            // "... deploy five battalions of about 3,000 troops. That could raise their number to 15,000": the new size
            // of the troops the figure of the sentence before counted
            return before;
        }
        if (h.noun() == null && (deployment(before) || deployment(f.previous()))
                && metrics.addedAndSent(f.s(), f.q(), f.clauseEnd())) {
            // round 58: "North Korea sent 11,000 troops last year. Some 3,000 more arrived in January": a bare number
            // added to the force just counted, whose own verb sends it, is more of that force (not after shells)
            return Metric.DEPLOYED;
        }
        return null;
    }

    /** For a bare number that names no troops: the size of the troops counted before, or of the troops it is set beside. */
    private @Nullable Borrowed borrowed(Figure f) {
        Metric carried = f.ctx().metricBefore() != null ? f.ctx().metricBefore() : f.previous();
        if (carried != null && fates.casualtyMetric(f.s(), f.clauseStart(), f.clauseEnd()) == null) {
            Metric sized = carriedSize(f, carried);
            if (sized != null) {
                return new Borrowed(sized, Doubt.CARRIED_SIZE, false);
            }
        }
        ApposedNumbers.Apposed aside = apposed.apposedToTroops(f);
        // round 62: "North Korea sent more soldiers, perhaps 3,000, to the front", "North Korean troops, about
        // 3,000 of them, crossed into Russia": a number set off beside the troop noun it sizes
        return aside == null ? null : new Borrowed(aside.metric(), Doubt.APPOSED, aside.northKorean());
    }

    /**
     * Round 62: "North Korea sent troops to Russia last year. The total now stands at 11,000." / "There are about
     * 11,000 of them." / "Some 11,000 are thought to be in Kursk.": a bare number sizing the troops counted before,
     * whose own words name no troops; the metric is carried, so it is shown as worded. Null when it sizes no such troops.
     */
    private @Nullable Metric carriedSize(Figure f, Metric carried) {
        String s = f.s();
        Quantity q = f.q();
        int words = lex.frames.beforeQualifier(s, q.start());
        CarriedSizes.Frame frame = lex.carriedSizes.sizeFrame(s, words);
        int after = FigureFrames.afterPronounPartitive(s, q.end());
        if (frame == CarriedSizes.Frame.COUNT || deployment(carried) && (frame == CarriedSizes.Frame.FORCE
                || lex.carriedSizes.thereAre(s, words, q.end()))) {
            return carried;
        }
        if (deployment(carried) && qualifiers.additive(s, q)
                && lex.cues.get(Metric.DEPLOYED).containsIn(s, f.clauseStart(), words)) {
            // "North Korea has sent troops to Russia. Moscow has asked for 20,000 more.": more of the force counted
            // before, governed by a verb of sending, asking or offering before it (Plans makes a request a plan)
            return Metric.DEPLOYED;
        }
        if (deployment(carried) && CarriedSizes.opensClause(s, words) && CarriedSizes.hedgedPresence(s, after)) {
            // a hedge or "remain" only: "2,000 have already reached Kursk" stays none (a digit before a plural
            // verb of deployment read a non-troop sealed figure in round 13's rule)
            return Metric.DEPLOYED;
        }
        if (deployment(carried) && CarriedSizes.opensClause(s, words)
                && metrics.ownVerbSends(s, after, f.clauseEnd())) {
            // round 65: "North Korea has sent troops to Russia. By December, 11,000 had arrived.": a bare number that
            // opens its clause as the subject of a verb of arriving sizes the force just sent; only after it, since
            // "2,000 have arrived" alone may count anything (a non-troop figure under round 13's rule)
            return Metric.DEPLOYED;
        }
        return null;
    }

    private static boolean deployment(@Nullable Metric metric) {
        return metric == Metric.DEPLOYED || metric == Metric.PLANNED_DEPLOYMENT;
    }
}
