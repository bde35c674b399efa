package tally.extract;

import static tally.extract.NonCounts.PART_OF;
import static tally.extract.NonCounts.isAge;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.NorthKoreanTies.Tie;
import tally.model.Metric;

/**
 * Decides whether one quantity in a sentence is a figure about North Korean troops and, if so, what it counts and how
 * it is qualified. It reads the sentence's structure around the number: the noun it counts ("soldiers", "members of
 * the regiment"), who is said to have sent them, the words that say what happened to them, and whether the clause
 * speaks of a plan rather than a fact.
 *
 * <p>It keeps the order of those decisions; each part, built once here, decides one thing: numbers that are no count
 * ({@link NonCounts}), figures joined in a list ({@link Conjuncts}), what befell the troops ({@link Fates}), where the
 * figure's own predicate ends ({@link Predicates}), what it counts ({@link MetricFinder}), whose troops they are
 * ({@link Sides}) and the words before the number that belong to it ({@link Qualifiers}).
 */
final class FigureReader {

    /**
     * What a quantity turned out to be: the metric, the span of its original wording, and its qualifier;
     * {@code partOfFigureBefore} when it is a part of the figure of the sentence before ("Among them are 500 officers").
     */
    record Reading(Metric metric, int textStart, @Nullable String qualifier, @Nullable String metricDoubt,
                   @Nullable String clauseWords, boolean partOfFigureBefore) {
        Reading(Metric metric, int textStart, @Nullable String qualifier) {
            this(metric, textStart, qualifier, null, null, false);
        }
    }

    /** Units of time after a number ("at 4,900 last week"): a date's words, not what the number counts. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("years", "year", "months", "month",
            "weeks", "week", "days", "day", "hours", "hour", "minutes");

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;
    private final FigureReferences references;
    private final WoundedWithDead woundedWithDead;
    private final Fates fates;
    private final Predicates predicates;
    private final Qualifiers qualifiers;
    private final NonCounts nonCounts;
    private final Conjuncts conjuncts;
    private final MetricFinder metrics;
    private final Sides sides;
    private final MixedCounts mixed;
    private final NorthKoreanTies ties;
    private final MetricRefinements refinements;

    FigureReader(CompiledLexicon lex) {
        this.lex = lex;
        this.woundedWithDead = lex.woundedWithDead;
        this.nouns = new NounPhrases(lex);
        this.clauses = new Clauses(lex.clauseBreaks);
        this.references = new FigureReferences(lex);
        this.fates = new Fates(lex);
        this.predicates = new Predicates(lex);
        this.qualifiers = new Qualifiers(lex);
        this.nonCounts = new NonCounts(lex, fates, predicates);
        this.conjuncts = new Conjuncts(lex, nouns, clauses, fates);
        this.metrics = new MetricFinder(lex, references, fates, predicates, qualifiers, new SameMeasure(lex));
        this.mixed = new MixedCounts(lex, nouns);
        this.sides = new Sides(lex, nouns, clauses, fates, predicates, qualifiers, mixed);
        this.ties = new NorthKoreanTies(lex, references, sides, new ActedOnSides(lex, nouns), mixed);
        this.refinements = new MetricRefinements(lex, clauses, woundedWithDead);
    }

    /**
     * What the article around a sentence says of North Korea.
     *
     * @param topicNearby the previous sentence of the paragraph speaks of North Korean troops
     * @param northKoreanSpeaker the sentence names a North Korean claimant, who speaks of its own troops
     * @param referBack the article (or this sentence) has named North Korea, so an epithet ("the North") refers to it
     * @param pronounSubject the sentence opens with a pronoun ("It has shipped ...") for the North Korea that was the
     *                       subject of the sentence before
     * @param metricBefore   the metric of the last figure of the sentence before, in the same paragraph, or null: a
     *                       part of it ("Among them are 500 officers") or a restatement ("put the number at") counts it
     * @param carriedTopic   round 56: the troops the article spoke of last are North Korea's (a sentence, or the
     *                       headline, named North Korea, and no sentence since named another side's troops), however far
     *                       back: a figure pointing back to troops already spoken of ({@link CarriedTies}) counts them
     */
    record Context(boolean topicNearby, boolean northKoreanSpeaker, boolean referBack, boolean pronounSubject,
                   java.util.function.IntPredicate inSourceName, @Nullable Metric metricBefore, boolean carriedTopic) {
        Context(boolean topicNearby, boolean northKoreanSpeaker, boolean referBack, boolean pronounSubject) {
            this(topicNearby, northKoreanSpeaker, referBack, pronounSubject, at -> false, null, false);
        }
    }

    /** The quantity in its sentence, and the span of the clause its own words and predicate take. */
    record Figure(String s, Quantity q, List<Quantity> quantities, int index, @Nullable Metric previous,
                  Context ctx, int clauseStart, int clauseEnd, boolean coordinated) {
    }

    /** The noun phrase after the number: where it ends, the troop noun it counts, and a "-strong" size if any. */
    record Head(int npEnd, PhraseMatcher.@Nullable Hit noun, PhraseMatcher.@Nullable Hit strength,
                @Nullable Gate dropped) {
        Head(int npEnd, PhraseMatcher.@Nullable Hit noun, PhraseMatcher.@Nullable Hit strength) {
            this(npEnd, noun, strength, null);
        }

        static Head drop(Gate gate) {
            return new Head(-1, null, null, gate);
        }
    }

    /** What the figure counts, and what tied it to North Korean troops on the way. */
    record Counted(@Nullable Metric metric, boolean restated, boolean sharedWithNorthKoreans,
                   boolean partOfFigureBefore, @Nullable String carriedDoubt) {
        Counted(@Nullable Metric metric, boolean restated, boolean sharedWithNorthKoreans, boolean partOfFigureBefore) {
            this(metric, restated, sharedWithNorthKoreans, partOfFigureBefore, null);
        }
    }

    @Nullable Reading read(String text, List<Quantity> quantities, int index, @Nullable Metric previous, Context ctx) {
        return verdict(text, quantities, index, previous, ctx).reading();
    }

    /**
     * The reading of one quantity, or the gate that dropped it (round 53): which decision said it is no figure of ours,
     * so a sentence that gives no finding can say why ({@link GateTrace}).
     */
    Verdict verdict(String text, List<Quantity> quantities, int index, @Nullable Metric previous, Context ctx) {
        Figure f = figure(text, quantities, index, previous, ctx);
        if (notACount(f)) {
            return Verdict.dropped(Gate.NOT_A_COUNT);
        }
        Head h = head(f);
        if (h.dropped() != null) {
            return Verdict.dropped(h.dropped());
        }
        Counted c = fromFigureBefore(f, h, whatItCounts(f, h));
        Metric metric = c.metric();
        if (metric == null) {
            return Verdict.dropped(h.noun() == null ? Gate.NO_METRIC_NO_NOUN : Gate.NO_METRIC);
        }
        if (metric != Metric.DEPLOYED && fates.fatesJoined(f.s(), f.clauseStart(), f.clauseEnd())) {
            return Verdict.dropped(Gate.TWO_FATES); // "had taken prisoner or killed several soldiers"
        }
        if (Hypotheticals.supposed(f.s(), f.q().start()) || metric != Metric.DEPLOYED
                && metric != Metric.PLANNED_DEPLOYMENT && Hypotheticals.unasserted(f.s(), f.q().start())) {
            // "If 3,000 had died, ...", "Were 500 captured?": a fate supposed or asked about befell no one; "If it
            // sent 100,000 troops, ...": troops supposed were neither sent nor planned (round 49)
            return Verdict.dropped(Gate.SUPPOSED);
        }
        int phraseEnd = h.noun() != null ? h.noun().end() : Math.min(h.npEnd(), f.q().end() + 1);
        if (metric != Metric.DEPLOYED && nonCounts.unitSizeWithLossesOfItsOwn(f.s(),
                lex.frames.beforeQualifier(f.s(), f.q().start()), phraseEnd)) {
            return Verdict.dropped(Gate.UNIT_SIZE); // "his unit of 4,000 men had lost many": the unit's size
        }
        Tie tie = ties.tie(f, h, c, phraseEnd);
        if (tie == Tie.NONE) {
            return Verdict.dropped(Gate.NOT_NORTH_KOREAN);
        }
        if (lex.otherWars.setIn(f.s(), f.clauseEnd(), f.q().start())) {
            // "In 1950, North Korea sent 100,000 troops": a force of another war; since round 42 its dead too ("In the
            // 1950-53 war, 300,000 North Korean soldiers died")
            return Verdict.dropped(Gate.OTHER_WAR);
        }
        return new Verdict(reading(f, h, refinements.refined(f, h, metric, phraseEnd), c.partOfFigureBefore(), tie,
                c.carriedDoubt()), null);
    }

    /** A reading, or (reading null) the gate that dropped the quantity. */
    record Verdict(@Nullable Reading reading, @Nullable Gate gate) {
        static Verdict dropped(Gate gate) {
            return new Verdict(null, gate);
        }
    }

    private Figure figure(String text, List<Quantity> quantities, int index, @Nullable Metric previous, Context ctx) {
        Quantity q = quantities.get(index);
        String s = DashAsides.asCommas(text, q);
        int clauseStart = Math.max(index > 0 ? quantities.get(index - 1).end() : 0, clauses.before(s, q.start()));
        boolean coordinated = index > 0 && conjuncts.coordinated(s, quantities.get(index - 1).end(), q.start());
        if (index > 0 && (coordinated
                || woundedWithDead.partMarkedBefore(s.substring(quantities.get(index - 1).end(), q.start())))) {
            // "amassed 50,000 troops, including several thousand North Korean troops", "send 1,000 sappers and 5,000
            // military builders": the verb before the whole counts the part, and every conjunct, too.
            clauseStart = clauses.before(s, quantities.get(index - 1).start());
        }
        if (index > 0 && lex.frames.distributive(s, quantities.get(index - 1).end(), q.start())) {
            // "deploy five battalions, each made up of about 3,000 troops": the verb of the units governs each unit's troops
            clauseStart = clauses.before(s, quantities.get(index - 1).start());
        }
        return new Figure(s, q, quantities, index, previous, ctx, clauseStart, clauseEnd(s, quantities, index),
                coordinated);
    }

    private int clauseEnd(String s, List<Quantity> quantities, int index) {
        Quantity q = quantities.get(index);
        // "600 of the 9,000 soldiers were killed", "600 out of 15,000 deployed soldiers have been killed": the whole
        // after a partitive does not end the part's clause
        boolean wholeFollows = index + 1 < quantities.size()
                && lex.frames.wholeOfFraction(s, quantities.get(index + 1).start())
                && FigureFrames.partOfWhole(s, q.end());
        int clauseEnd = Math.min(index + 1 < quantities.size() && !wholeFollows ? quantities.get(index + 1).start()
                : s.length(), clauses.after(s, q.end()));
        if (index + 1 < quantities.size() && !wholeFollows) {
            clauseEnd = Math.min(clauseEnd, conjuncts.nextFiguresVerb(s, q.end(), quantities.get(index + 1).start()));
        }
        if (wholeFollows && index + 2 < quantities.size()) {
            // "lost 4 700 out of 15 000 fighters, of whom 600 were killed": the part's clause ends where a third figure starts
            clauseEnd = Math.min(clauseEnd, quantities.get(index + 2).start());
        }
        return clauseEnd;
    }

    private boolean notACount(Figure f) {
        String s = f.s();
        Quantity q = f.q();
        if (q.vague() && PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()
                && !nonCounts.casualtyPartOfTroops(s, q, f.clauseEnd())) {
            return true; // "several of the returning troops", "several of whom": part of a group, not a count
        }
        if (isAge(s, q) || nonCounts.unitDesignation(s, q) || NonCounts.countsSources(s, q)
                || lex.frames.sizesAWholeArmy(s, q.start())) {
            // "aged 19 and 26", "Unit 25 lost many men", "two people familiar with", "whose army numbers 1.2 million"
            return true;
        }
        // "one in three soldiers had been wounded": a proportion; "its population of 26 million": a country's people
        return Proportions.inProportion(s, q) || Proportions.population(s, q);
    }

    /** The noun the number counts, or the gate that drops it when its words count no troops, or none of ours. */
    private Head head(Figure f) {
        String s = f.s();
        Quantity q = f.q();
        int nounSearchFrom = nouns.skipOf(s, q.end());
        if (NounPhrases.startsWithAny(lex.nonTroopUnits, s, nounSearchFrom)) {
            return Head.drop(Gate.NON_TROOP_UNIT);
        }
        int npEnd = conjuncts.endAtConjoinedClause(s, nounSearchFrom, nouns.endThroughBracket(s, nounSearchFrom));
        PhraseMatcher.Hit noun = NounPhrases.lastHit(lex.troopNouns, s, nounSearchFrom, npEnd);
        PhraseMatcher.Hit thing = NounPhrases.lastHit(lex.nonTroopUnits, s, nounSearchFrom, npEnd);
        if (thing != null && !TIME_UNITS.contains(thing.phrase()) && (noun == null || thing.start() < noun.start())
                && !references.insideTroopNoun(s, thing, nounSearchFrom, npEnd)) {
            return Head.drop(Gate.NON_TROOP_UNIT); // "20 North Korean-made towed guns": the head counts things
        }
        if (nonCounts.storyOfOne(s, q, noun) && !(noun == null && f.index() > 0
                && NonCounts.lastOfAList(s, f.quantities().get(f.index() - 1).end(), q))) {
            return Head.drop(Gate.STORY_OF_ONE); // "one of them", "one soldier" telling a story: not a count
        }
        PhraseMatcher.Hit formation = NounPhrases.lastHit(lex.frames.unitCounts(), s, nounSearchFrom, npEnd);
        if (formation != null && (noun == null || formation.start() > noun.start())) {
            return Head.drop(Gate.FORMATION); // "five North Korean battalions": a count of formations, not of troops
        }
        if (noun == null) {
            noun = nouns.memberOfUnit(s, nounSearchFrom, npEnd);
        }
        PhraseMatcher.Hit strength = lex.frames.strengthOf(s, q.end(), npEnd);
        if (noun == null) {
            noun = strength;
        }
        int figureStart = lex.frames.beforeQualifier(s, q.start());
        if (lex.peopleNotTroops.anotherNationalityHead(s, nounSearchFrom, noun)
                || lex.peopleNotTroops.actedOnByAuthority(s, figureStart)
                || lex.peopleNotTroops.exchanged(s, figureStart,
                        () -> lex.topicReferences.containsIn(s, q.end(), npEnd, f.ctx().referBack()))
                || lex.peopleNotTroops.sentToWork(s, noun, noun == null ? q.end() : noun.end(), f.clauseEnd())
                || lex.peopleNotTroops.harmedByNorthKoreanWeapons(s, figureStart, noun, lex.topicReferences,
                        f.ctx().referBack())) {
            // "400 Russians", "police are looking for 12 North Koreans", "sent to work in factories", "North Korean
            // shells killed 12 people"
            return Head.drop(Gate.PEOPLE_NOT_TROOPS);
        }
        if (noun == null && lex.frames.sizesAThing(s, f.clauseStart(), q.start(), lex.nonTroopUnits)) {
            // "North Korean workers in Russia number about 15,000": the size of a group of no troops
            return Head.drop(Gate.GROUP_OF_NO_TROOPS);
        }
        if (noun == null
                && (Proportions.yearAsModifier(s, q) || nonCounts.numberOfThings(s, f.clauseStart(), q.start()))) {
            // "under Article 4 of the 2024 treaty": a year naming the treaty; "the number of shells ... reached 12
            // million": a count of things
            return Head.drop(Gate.A_THING);
        }
        if (noun == null && q.vague() && nounSearchFrom > q.end()
                && !lex.topicReferences.containsIn(s, nounSearchFrom, npEnd, f.ctx().referBack())) {
            // "a large number of occupiers": a vague count of something no troop noun names
            return Head.drop(Gate.VAGUE_OF_SOMETHING_ELSE);
        }
        int predicateFrom = noun == null ? q.end() : Math.min(f.clauseEnd(), Math.max(q.end(), noun.end()));
        if (fates.otherMetricPredicate(s, predicateFrom, predicates.ownPredicateEnd(s, predicateFrom, f.clauseEnd()))
                || fates.otherMetricVerbBefore(s, f.clauseStart(), figureStart)) {
            // "2,000 injured North Korean soldiers had been repatriated", "has rotated out 1,200 soldiers":
            // counted, but in no metric of ours
            return Head.drop(Gate.OTHER_METRIC);
        }
        return new Head(npEnd, noun, strength);
    }

    /** The metric from the figure's own words, a restatement, or an object it shares with the next figure. */
    private Counted whatItCounts(Figure f, Head h) {
        String s = f.s();
        Quantity q = f.q();
        Context ctx = f.ctx();
        PhraseMatcher.Hit noun = h.noun();
        Metric metric = metrics.framedMetric(s, q, noun, h.strength(), ctx);
        if (metric == null && noun == null && f.previous() != null && f.index() > 0
                && references.revisedFrom(s, f.quantities().get(f.index() - 1), q)) {
            metric = f.previous(); // "raised its estimate to 12,000 from 10,000": the revision started from the same measure
        }
        if (metric == null) {
            metric = metrics.metric(s, q, refinements.afterLastContentCue(s, f.clauseStart(), q.start()), f.clauseEnd(), noun,
                    f.previous());
        }
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

    /** A figure with no metric of its own may count a part of, or the new size of, the figure before it or the list. */
    private Counted fromFigureBefore(Figure f, Head h, Counted c) {
        String s = f.s();
        Quantity q = f.q();
        Context ctx = f.ctx();
        PhraseMatcher.Hit noun = h.noun();
        Metric metric = c.metric();
        // "Among them are at least 500 officers, two generals included": with a troop noun and no verb of its own, a
        // part of the troops the figure of the sentence before counted, and so is the next conjunct of that part
        boolean partOfFigureBefore = noun != null && ctx.metricBefore() != null
                && (metric == null && references.partOfThemOpens(s, q)
                        || f.coordinated() && references.partOfThemOpens(s, f.quantities().get(f.index() - 1)));
        if (partOfFigureBefore && metric == null) {
            metric = ctx.metricBefore();
        }
        if (metric == null && noun == null && ctx.metricBefore() != null && references.namesTheirNumber(s, q)
                && fates.casualtyMetric(s, f.clauseStart(), f.clauseEnd()) == null) {
            // "... deploy five battalions of about 3,000 troops. That could raise their number to 15,000": the new size
            // of the troops the figure of the sentence before counted
            metric = ctx.metricBefore();
        }
        if (metric == null && noun == null && (deployment(ctx.metricBefore()) || deployment(f.previous()))
                && metrics.addedAndSent(s, q, f.clauseEnd())) {
            // round 58: "North Korea sent 11,000 troops last year. Some 3,000 more arrived in January": a bare number
            // added to the force just counted, whose own verb sends it, is more of that force (not after shells)
            metric = Metric.DEPLOYED;
        }
        String carriedDoubt = null;
        boolean tiedAside = false;
        Metric carried = ctx.metricBefore() != null ? ctx.metricBefore() : f.previous();
        if (metric == null && noun == null && carried != null
                && fates.casualtyMetric(s, f.clauseStart(), f.clauseEnd()) == null) {
            // round 62: "North Korea sent troops to Russia last year. The total now stands at 11,000." / "There are
            // about 11,000 of them." / "Some 11,000 are thought to be in Kursk.": a bare number sizing the troops counted before,
            // whose own words name no troops; the metric is carried, so it is shown as worded
            int words = lex.frames.beforeQualifier(s, q.start());
            CarriedSizes.Frame frame = lex.carriedSizes.sizeFrame(s, words);
            int after = FigureFrames.afterPronounPartitive(s, q.end());
            if (frame == CarriedSizes.Frame.COUNT || deployment(carried) && (frame == CarriedSizes.Frame.FORCE
                    || lex.carriedSizes.thereAre(s, words, q.end()))) {
                metric = carried;
                carriedDoubt = CARRIED_SIZE;
            } else if (deployment(carried) && qualifiers.additive(s, q)
                    && lex.cues.get(Metric.DEPLOYED).containsIn(s, f.clauseStart(), words)) {
                // "North Korea has sent troops to Russia. Moscow has asked for 20,000 more.": more of the force counted
                // before, governed by a verb of sending, asking or offering before it (Plans makes a request a plan)
                metric = Metric.DEPLOYED;
                carriedDoubt = CARRIED_SIZE;
            } else if (deployment(carried) && CarriedSizes.opensClause(s, words)
                    && CarriedSizes.hedgedPresence(s, after)) {
                // a hedge or "remain" only: "2,000 have already reached Kursk" stays none (a digit before a plural
                // verb of deployment read a non-troop sealed figure in round 13's rule)
                metric = Metric.DEPLOYED;
                carriedDoubt = CARRIED_SIZE;
            }
        }
        if (metric == null && noun == null) {
            Apposed apposed = apposedToTroops(f);
            if (apposed != null) {
                // round 62: "North Korea sent more soldiers, perhaps 3,000, to the front", "North Korean troops, about
                // 3,000 of them, crossed into Russia": a number set off beside the troop noun it sizes
                metric = apposed.metric();
                carriedDoubt = APPOSED;
                tiedAside = apposed.northKorean();
            }
        }
        if (metric == null) {
            // "around 12,000 troops, 500 officers and three generals among them, already based in Russia": the first
            // conjuncts of a list take the predicate that follows the whole list.
            int listEnd = Math.max(conjuncts.listEnd(s, f.quantities(), f.index()), partsEnd(f));
            if (listEnd > f.clauseEnd()) {
                metric = metrics.metric(s, q, refinements.afterLastContentCue(s, f.clauseStart(), q.start()), listEnd, noun,
                        f.previous());
            }
        }
        return new Counted(metric, c.restated() || carriedDoubt == CARRIED_SIZE || tiedAside,
                c.sharedWithNorthKoreans(), partOfFigureBefore, carriedDoubt);
    }

    /** What a number set off beside a troop noun counts, and whether that noun's own words make the troops North Korea's. */
    record Apposed(Metric metric, boolean northKorean) {
    }

    /** Right before the number's words: a troop noun, then a comma, a dash or an opening bracket. */
    private static final java.util.regex.Pattern APPOSITION_OPEN = java.util.regex.Pattern.compile("(?i)"
            + "(?:\\s+(?:in|to|into|from|at)\\s+(?-i:\\p{Lu})[\\p{L}-]+)?\\s*(?:,|-|\\()\\s*"
            + "(?:(?:perhaps|possibly|maybe|probably|likely|reportedly)\\s+)?$");

    /** Right after the number: "of them", "in all", "or so", then the aside's close (a comma, a dash, a bracket, the end). */
    private static final java.util.regex.Pattern APPOSITION_CLOSE = java.util.regex.Pattern.compile("(?i)(?:\\s+of\\s+them"
            + "|\\s+in\\s+(?:all|total)|\\s+or\\s+so|\\s+altogether)?\\s*(?:,|-|\\)|\\.?\\s*$)");

    /**
     * Round 62: "sent more soldiers, perhaps 3,000, to the front", "North Korean troops - about 3,000 of them - crossed
     * into Russia", "sent reinforcements (about 3,000) to Kursk": a bare number in an aside right after a troop noun
     * counts those troops, and what they count is said by the clause around the aside: a fate there, else a verb of
     * sending. Null when the number is not so set off, or the clause names no metric.
     */
    private @Nullable Apposed apposedToTroops(Figure f) {
        String s = f.s();
        Quantity q = f.q();
        int words = lex.frames.beforeQualifier(s, q.start());
        java.util.regex.Matcher open = APPOSITION_OPEN.matcher(s).region(Math.max(0, words - 40), words);
        if (!open.find() || open.start() == 0) {
            return null;
        }
        int nounEnd = open.start();
        PhraseMatcher.Hit troops = lex.troopNouns.find(s, Math.max(0, nounEnd - 40), nounEnd).stream()
                .filter(h -> h.end() == nounEnd).findFirst().orElse(null);
        java.util.regex.Matcher close = APPOSITION_CLOSE.matcher(s).region(q.end(), s.length());
        if (troops == null || !close.lookingAt()) {
            return null;
        }
        int from = clauses.before(s, troops.start());
        int to = close.end() >= s.length() ? s.length() : clauses.after(s, Math.min(s.length(), close.end() + 1));
        if (lex.otherNationality.containsIn(s, from, nounEnd)) {
            return null; // "Ukrainian reinforcements, about 3,000, reached Kursk": another side's troops
        }
        Metric fate = fates.casualtyMetric(s, from, troops.start());
        if (fate == null && close.end() < s.length()) {
            fate = fates.casualtyMetric(s, close.end(), to);
        }
        Metric metric = fate != null ? fate : lex.cues.get(Metric.DEPLOYED).containsIn(s, from, to) ? Metric.DEPLOYED : null;
        return metric == null ? null
                : new Apposed(metric, lex.topicReferences.containsIn(s, from, nounEnd, f.ctx().referBack()));
    }

    private static boolean deployment(@Nullable Metric metric) {
        return metric == Metric.DEPLOYED || metric == Metric.PLANNED_DEPLOYMENT;
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

    /** Said of a figure whose clause names its troops sent and still to come at once. */
    static final String SENT_OR_PLANNED = "sent or still to come: its words name both";

    /** Round 62: said of a bare number that sizes the troops a figure or sentence before it counted. */
    static final String CARRIED_SIZE = "metric carried from the troops counted before it";

    /** Round 62: said of a number set off beside the troop noun it sizes. */
    static final String APPOSED = "metric read from the troops the number is set beside";

    /** Said of a figure whose noun phrase counts North Korean and another side's troops together. */
    static final String MIXED_SIDES = "counts North Korean and other troops together";

    /** The reading and its qualifier, with the doubt about its metric and the clause that raised it. */
    private Reading reading(Figure f, Head h, Metric metric, boolean partOfFigureBefore, Tie tie, @Nullable String carriedDoubt) {
        String s = f.s();
        Quantity q = f.q();
        Reading r = qualifiers.qualify(s, q, metric);
        String doubt = tie == Tie.MIXED || sides.countedWithAnotherSide(s, q, h.noun(), f.ctx())
                || mixed.jointWithAnotherSide(s, f.clauseStart(), q, h.noun(), f.ctx()) ? MIXED_SIDES
                : tie == Tie.CARRIED ? CarriedTies.CARRIED
                : metrics.metricDoubt(s, q, f.clauseStart(), f.clauseEnd(), h.noun(), f.previous());
        if (doubt == null && carriedDoubt != null) {
            doubt = carriedDoubt;
        }
        if (doubt == null && (metric == Metric.DEPLOYED || metric == Metric.PLANNED_DEPLOYMENT)
                && lex.plans.sentOrPlanned(s, f.clauseStart(), f.clauseEnd())) {
            doubt = SENT_OR_PLANNED; // "have been or will be sent": neither metric is sure, so it is shown as worded
        }
        return doubt == null && !partOfFigureBefore ? r : new Reading(r.metric(), r.textStart(), r.qualifier(), doubt,
                doubt == null ? null : s.substring(f.clauseStart(), f.clauseEnd()).strip(), partOfFigureBefore);
    }

}
