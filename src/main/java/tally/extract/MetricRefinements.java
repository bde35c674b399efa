package tally.extract;

import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Figure;
import tally.extract.FigureReader.Head;
import tally.model.Metric;

/**
 * The last word on a figure's metric once its troops are tied: troops deployed by the figure's words may yet be
 * only planned (a word of plan in its own words or after the aside that sizes it, help or loans still to come, a
 * question, a noun of sending before a modal, a pledged force), and wounded may include the dead. Moved out of
 * {@link FigureReader} (round 61).
 */
final class MetricRefinements {

    private final CompiledLexicon lex;
    private final Clauses clauses;
    private final WoundedWithDead woundedWithDead;

    MetricRefinements(CompiledLexicon lex, Clauses clauses, WoundedWithDead woundedWithDead) {
        this.lex = lex;
        this.clauses = clauses;
        this.woundedWithDead = woundedWithDead;
    }

    /** Troops deployed by the figure's words may yet be only planned; wounded may include the dead. */
    Metric refined(Figure f, Head h, Metric metric, int phraseEnd) {
        String s = f.s();
        Quantity q = f.q();
        int clauseStart = f.clauseStart();
        PhraseMatcher.Hit noun = h.noun();
        // a force sized by "-strong" is planned only by words before it: what follows says what befalls the force
        int ownWordsEnd = h.strength() != null ? clauses.after(s, q.end()) : phraseEnd;
        if (metric == Metric.DEPLOYED && lex.plans.planned(s, q,
                afterLastContentCue(s, Math.min(clauseStart, clauses.before(s, q.start())), q.start()),
                ownWordsEnd, clauses.after(s, q.end()))) {
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.DEPLOYED && noun != null && (lex.contributions.helpToCome(s, noun.end())
                || lex.contributions.lentToCome(s, Qualifiers.beforeAdditive(s, lex.frames.beforeQualifier(s, q.start()))))) {
            // "6,000 troops will help with demining", "will replenish its losses with 6,000 troops": still to come
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.DEPLOYED && Hypotheticals.unasserted(s, q.start())) {
            // "Would Pyongyang send 100,000 troops?": a possibility, as "whether to send" is
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.DEPLOYED && lex.frames.sending.sendingNounBeforeModal(s, q.start(), phraseEnd)) {
            metric = Metric.PLANNED_DEPLOYMENT; // round 58: "an influx of 10,000 troops could destabilize the front"
        }
        if (metric == Metric.DEPLOYED && lex.frames.sending.plannedAttribute(s, q.start())) {
            metric = Metric.PLANNED_DEPLOYMENT; // "out of a pledged 10,000", "the promised 6,000 troops"
        }
        int asideEnd = metric == Metric.DEPLOYED ? FigureFrames.asideEnd(s, q.start()) : -1;
        if (metric == Metric.DEPLOYED && asideEnd < 0) {
            asideEnd = FigureFrames.sizeAsideEnd(s, q.start()); // "troops, numbering 15,000, could be deployed"
        }
        if (asideEnd > 0 && lex.plans.planned(s, q, q.start(), asideEnd + 1, clauses.after(s, asideEnd + 1))) {
            // "The first division, which numbers 2,600 soldiers, will head to Kursk": the unit's own verb, after the
            // relative clause that sizes it, says whether it has gone
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.WOUNDED && woundedWithDead.hasDeadPart(s, f.quantities(), f.index())) {
            metric = Metric.KILLED_OR_WOUNDED; // "1,000 had been wounded, 100 dead among them": the dead are inside
        }
        return metric;
    }

    private static final java.util.regex.Pattern THAT_AFTER = java.util.regex.Pattern.compile("(?i)\\s+that\\b");

    /**
     * Trial 12: "A Telegram channel that offers war-related intelligence claimed that 300 troops ...": a word of plan
     * before a reporting verb whose content ("claimed that") holds the figure belongs to the reporter's own words (here
     * the relative clause of its subject), not to the figure's; the figure's plan is read from the content on.
     */
    int afterLastContentCue(String s, int from, int figureStart) {
        int at = from;
        for (PhraseMatcher.Hit cue : lex.speechVerbs.find(s, from, figureStart)) {
            java.util.regex.Matcher that = THAT_AFTER.matcher(s).region(cue.end(), figureStart);
            if (that.lookingAt()) {
                at = Math.max(at, that.end());
            }
        }
        return at;
    }
}
