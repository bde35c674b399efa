package tally.extract;

import static tally.extract.NonCounts.PART_OF;
import static tally.extract.NonCounts.isAge;

import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Figure;
import tally.extract.FigureReader.Head;

/**
 * Decides whether a number counts people at all, and which noun it counts: the first two questions {@link FigureReader}
 * asks of every number. It exists so that the gates that drop a number for what its own words count (an age, a unit's
 * designation, guns, formations, workers, a thing, another metric) stand apart from the later questions of what befell
 * the troops and whose they are.
 *
 * <p>{@link #notACount} reads the number alone (no count of anything); {@link #head} reads the noun phrase after it
 * and returns the troop noun it counts, or the {@link Gate} that dropped it.
 */
final class CountedNouns {

    /** Units of time after a number ("at 4,900 last week"): a date's words, not what the number counts. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("years", "year", "months", "month",
            "weeks", "week", "days", "day", "hours", "hour", "minutes");

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final FigureReferences references;
    private final Fates fates;
    private final Predicates predicates;
    private final NonCounts nonCounts;
    private final Conjuncts conjuncts;

    CountedNouns(CompiledLexicon lex, NounPhrases nouns, FigureReferences references, Fates fates,
                 Predicates predicates, NonCounts nonCounts, Conjuncts conjuncts) {
        this.lex = lex;
        this.nouns = nouns;
        this.references = references;
        this.fates = fates;
        this.predicates = predicates;
        this.nonCounts = nonCounts;
        this.conjuncts = conjuncts;
    }

    /** Whether the number counts nothing: an age, a unit's name, a proportion, a country's people. */
    boolean notACount(Figure f) {
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
    Head head(Figure f) {
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
        Gate gate = countsNoTroopsOfOurs(f, nounSearchFrom, npEnd, noun);
        return gate != null ? Head.drop(gate) : new Head(npEnd, noun, strength);
    }

    /**
     * The gate that drops a number whose noun phrase names people who are no troops, a thing, or troops counted in
     * no metric of ours; null when none does.
     */
    private @Nullable Gate countsNoTroopsOfOurs(Figure f, int nounSearchFrom, int npEnd,
                                                PhraseMatcher.@Nullable Hit noun) {
        String s = f.s();
        Quantity q = f.q();
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
            return Gate.PEOPLE_NOT_TROOPS;
        }
        if (noun == null && lex.frames.sizesAThing(s, f.clauseStart(), q.start(), lex.nonTroopUnits)) {
            // "North Korean workers in Russia number about 15,000": the size of a group of no troops
            return Gate.GROUP_OF_NO_TROOPS;
        }
        if (noun == null
                && (Proportions.yearAsModifier(s, q) || nonCounts.numberOfThings(s, f.clauseStart(), q.start()))) {
            // "under Article 4 of the 2024 treaty": a year naming the treaty; "the number of shells ... reached 12
            // million": a count of things
            return Gate.A_THING;
        }
        if (noun == null && q.vague() && nounSearchFrom > q.end()
                && !lex.topicReferences.containsIn(s, nounSearchFrom, npEnd, f.ctx().referBack())) {
            // "a large number of occupiers": a vague count of something no troop noun names
            return Gate.VAGUE_OF_SOMETHING_ELSE;
        }
        int predicateFrom = noun == null ? q.end() : Math.min(f.clauseEnd(), Math.max(q.end(), noun.end()));
        if (fates.otherMetricPredicate(s, predicateFrom, predicates.ownPredicateEnd(s, predicateFrom, f.clauseEnd()))
                || fates.otherMetricVerbBefore(s, f.clauseStart(), figureStart)) {
            // "2,000 injured North Korean soldiers had been repatriated", "has rotated out 1,200 soldiers":
            // counted, but in no metric of ours
            return Gate.OTHER_METRIC;
        }
        return null;
    }
}
