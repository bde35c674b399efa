package tally.extract;

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
 * <p>It keeps the order of those decisions and the records they pass along; each part, built once here, decides one
 * thing: whether the number counts people at all and which noun it counts ({@link CountedNouns}), what the figure's own
 * words count ({@link StatedMetrics}), what it borrows from the troops counted before it ({@link CarriedMetrics}, with
 * {@link ApposedNumbers}), whose troops they are ({@link NorthKoreanTies}), and the words before the number that
 * qualify it ({@link Qualifiers}). Round 63 moved those parts out of this class, unchanged in what they decide.
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

    private final CompiledLexicon lex;
    private final Clauses clauses;
    private final WoundedWithDead woundedWithDead;
    private final Fates fates;
    private final Qualifiers qualifiers;
    private final NonCounts nonCounts;
    private final Conjuncts conjuncts;
    private final MetricFinder metrics;
    private final Sides sides;
    private final MixedCounts mixed;
    private final NorthKoreanTies ties;
    private final MetricRefinements refinements;
    private final CountedNouns countedNouns;
    private final StatedMetrics statedMetrics;
    private final CarriedMetrics carriedMetrics;

    FigureReader(CompiledLexicon lex) {
        this.lex = lex;
        this.woundedWithDead = lex.woundedWithDead;
        NounPhrases nouns = new NounPhrases(lex);
        this.clauses = lex.clauses;
        FigureReferences references = new FigureReferences(lex);
        this.fates = new Fates(lex);
        Predicates predicates = new Predicates(lex);
        this.qualifiers = new Qualifiers(lex);
        this.nonCounts = new NonCounts(lex, fates, predicates);
        this.conjuncts = new Conjuncts(lex, nouns, clauses, fates);
        this.metrics = new MetricFinder(lex, references, fates, predicates, qualifiers, new SameMeasure(lex));
        this.mixed = new MixedCounts(lex, nouns);
        this.sides = new Sides(lex, nouns, clauses, fates, predicates, qualifiers, mixed);
        this.ties = new NorthKoreanTies(lex, references, sides, new ActedOnSides(lex, nouns), mixed);
        this.refinements = new MetricRefinements(lex, clauses, woundedWithDead);
        this.countedNouns = new CountedNouns(lex, nouns, references, fates, predicates, nonCounts, conjuncts);
        this.statedMetrics = new StatedMetrics(lex, nouns, clauses, references, conjuncts, metrics, refinements);
        this.carriedMetrics = new CarriedMetrics(lex, references, fates, qualifiers, metrics,
                new ApposedNumbers(lex, clauses, fates));
    }

    /**
     * What the article around a sentence says of North Korea.
     *
     * @param topicNearby the previous sentence of the paragraph speaks of North Korean troops
     * @param northKoreanSpeaker the sentence names a North Korean claimant, who speaks of its own troops
     * @param referBack the article (or this sentence) has named North Korea, so an epithet ("the North") refers to it
     * @param pronounSubject the sentence opens with a pronoun ("It has shipped ...") for the North Korea that was the
     *                       subject of the sentence before
     * @param metricBefore   the metric of the last figure of the sentence before, in the same paragraph or (round 64,
     *                       for a sentence with a number marked as more: "Another 3,000 have arrived") ending the
     *                       paragraph before, or null: a part of it ("Among them are 500 officers"), a restatement ("put
     *                       the number at") or more of it counts it
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
                   boolean partOfFigureBefore, CarriedMetrics.@Nullable Doubt carriedDoubt) {
        Counted(@Nullable Metric metric, boolean restated, boolean sharedWithNorthKoreans, boolean partOfFigureBefore) {
            this(metric, restated, sharedWithNorthKoreans, partOfFigureBefore, null);
        }

        Counted withMetric(@Nullable Metric other) {
            return new Counted(other, restated, sharedWithNorthKoreans, partOfFigureBefore, carriedDoubt);
        }
    }

    /**
     * Round 64: a number marked as more of a force ("another 3,000", "1,000 more") whose own verb group, right after it,
     * sends it ("have arrived", "to be sent"): the sentence may carry the metric of the figure ending the paragraph
     * before. Not a number that is the object of another verb ("to attract tens of thousands more").
     */
    boolean moreOfTheForceSent(String s, Quantity q) {
        return metrics.addedAndSent(s, q, s.length());
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
        if (countedNouns.notACount(f)) {
            return Verdict.dropped(Gate.NOT_A_COUNT);
        }
        Head h = countedNouns.head(f);
        if (h.dropped() != null) {
            return Verdict.dropped(h.dropped());
        }
        Counted c = counted(f, h);
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

    /**
     * What the figure counts: its own words first, then what it borrows from the troops counted before it, then the
     * predicate after the list it opens.
     */
    private Counted counted(Figure f, Head h) {
        Counted c = carriedMetrics.fromFigureBefore(f, h, statedMetrics.whatItCounts(f, h));
        return c.metric() != null ? c : c.withMetric(statedMetrics.listPredicate(f, h));
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

    /** Said of a figure whose clause names its troops sent and still to come at once. */
    static final String SENT_OR_PLANNED = "sent or still to come: its words name both";

    /** Said of a figure whose noun phrase counts North Korean and another side's troops together. */
    static final String MIXED_SIDES = "counts North Korean and other troops together";

    /** The reading and its qualifier, with the doubt about its metric and the clause that raised it. */
    private Reading reading(Figure f, Head h, Metric metric, boolean partOfFigureBefore, Tie tie,
                            CarriedMetrics.@Nullable Doubt carriedDoubt) {
        String s = f.s();
        Quantity q = f.q();
        Reading r = qualifiers.qualify(s, q, metric);
        String doubt = tie == Tie.MIXED || sides.countedWithAnotherSide(s, q, h.noun(), f.ctx())
                || mixed.jointWithAnotherSide(s, f.clauseStart(), q, h.noun(), f.ctx()) ? MIXED_SIDES
                : tie == Tie.CARRIED ? CarriedTies.CARRIED
                : metrics.metricDoubt(s, q, f.clauseStart(), f.clauseEnd(), h.noun(), f.previous());
        if (doubt == null && carriedDoubt != null) {
            doubt = carriedDoubt.reason();
        }
        if (doubt == null && (metric == Metric.DEPLOYED || metric == Metric.PLANNED_DEPLOYMENT)
                && lex.plans.sentOrPlanned(s, f.clauseStart(), f.clauseEnd())) {
            doubt = SENT_OR_PLANNED; // "have been or will be sent": neither metric is sure, so it is shown as worded
        }
        return doubt == null && !partOfFigureBefore ? r : new Reading(r.metric(), r.textStart(), r.qualifier(), doubt,
                doubt == null ? null : s.substring(f.clauseStart(), f.clauseEnd()).strip(), partOfFigureBefore);
    }

}