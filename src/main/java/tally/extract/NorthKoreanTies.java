package tally.extract;

import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Context;
import tally.extract.FigureReader.Counted;
import tally.extract.FigureReader.Figure;
import tally.extract.FigureReader.Head;
import tally.model.Metric;

/**
 * Whether, and how, a figure counts North Korea's troops rather than another side's: by its own sentence (a part of a
 * North Korean figure, troops North Korea sends, losses inflicted on them), only by the sentences before it (round 56),
 * as a whole that takes them in beside another side's (round 56), or not at all (losses inflicted on another side, its
 * own troops, a part of its figure). Moved out of {@link FigureReader} (round 61).
 */
final class NorthKoreanTies {

    private final CompiledLexicon lex;
    private final FigureReferences references;
    private final Sides sides;
    private final ActedOnSides actedOn;
    private final MixedCounts mixed;
    private final StatedTies stated;

    NorthKoreanTies(CompiledLexicon lex, FigureReferences references, Sides sides, ActedOnSides actedOn,
                    MixedCounts mixed) {
        this.lex = lex;
        this.references = references;
        this.sides = sides;
        this.actedOn = actedOn;
        this.mixed = mixed;
        this.stated = new StatedTies(lex.figureFrameWords, lex.topicReferences, lex.otherNationality, lex.otherSides,
                lex.frames.sending);
    }

    /**
     * How a figure is tied to North Korea's troops: by its own sentence, only by the sentences before it (round 56), as
     * a whole that takes them in beside another side's (round 56), or not at all.
     */
    enum Tie { OWN, CARRIED, MIXED, NONE }

    /** Whether, and how, the figure counts North Korean troops rather than another side's. */
    Tie tie(Figure f, Head h, Counted c, int phraseEnd) {
        String s = f.s();
        Quantity q = f.q();
        Context ctx = f.ctx();
        PhraseMatcher.Hit noun = h.noun();
        Metric metric = c.metric();
        Boolean inflictedOn = actedOn.inflictedOnNorthKoreans(s, q, noun, ctx.referBack());
        if (Boolean.FALSE.equals(inflictedOn) || actedOn.elidedObjectOfAnotherSide(s, f.quantities(), f.index(), noun)
                || h.strength() != null && actedOn.sizedUnitOfAnotherSide(s, q)
                || actedOn.ownLossesOfAnotherSide(s, f.clauseStart(), q, ctx.referBack())
                || actedOn.ownTroopsOfAnotherSide(s, f.clauseStart(), q, ctx.referBack())
                || stated.sentByAnotherSide(s, lex.frames.beforeQualifier(s, q.start()), q.end(), phraseEnd,
                        ctx.referBack())) {
            // "inflicted 4,000 casualties on Ukrainian units", "killed 30 Ukrainians and wounded 50", "Russia's 500-man
            // units", "Russia has moved 50,000 of its own soldiers", round 62: "Ukraine sent 10,000 troops into Kursk"
            return Tie.NONE;
        }
        // a part of a North Korean figure, or troops North Korea is said to send, need no other tie to North Korea
        boolean tiedToNorthKorea = c.partOfFigureBefore() && !lex.nationalityInPhrase.containsIn(s, q.end(), phraseEnd)
                || noun != null && metric == Metric.DEPLOYED && references.sentByNorthKorea(s, noun.end(), ctx.referBack())
                || noun != null && references.sentByNorthKoreaAsAgent(s, noun.end(), ctx.referBack())
                || noun != null && stated.northKoreaNamedAsOrigin(s, noun.end(), ctx.referBack())
                || Boolean.TRUE.equals(inflictedOn) || strengthOfTheForceNearby(s, h, ctx);
        Tie tie = Tie.OWN;
        if (!c.sharedWithNorthKoreans() && !c.restated() && !tiedToNorthKorea
                && !sides.aboutNorthKoreans(s, q, noun, phraseEnd, f.clauseStart(), f.clauseEnd(), metric, ctx)) {
            int next = f.index() + 1 < f.quantities().size() ? f.quantities().get(f.index() + 1).start() : s.length();
            if (lex.carriedTies.takesInNorthKoreans(s, Math.max(q.end(), phraseEnd), next, ctx.referBack())) {
                tie = Tie.MIXED; // "about 50,000 troops, counting both Russian and North Korean soldiers"
            } else if (sides.carriedToNorthKoreans(s, q, noun, phraseEnd, f.clauseStart(), f.clauseEnd(), metric, ctx)) {
                tie = Tie.CARRIED; // "the estimated 600 soldiers who died", North Korea's troops spoken of before
            } else {
                return Tie.NONE;
            }
        }
        if (mixed.partOfAnotherSidesFigure(s, f.quantities(), f.index())) {
            return Tie.NONE; // "700 Russian marines, of whom 120 were killed": a part of another side's troops
        }
        if (!c.sharedWithNorthKoreans() && sides.anotherSideCountedBefore(s, f.quantities(), f.index())
                && !lex.topicReferences.containsIn(s, 0, s.length(), ctx.referBack())) {
            // "the more than 1,500 Russian soldiers wounded or killed each day, ..., which estimated there were over
            // 45,000 casualties": a sentence that counts another side's troops and never names North Korea goes on
            // counting that side's, whatever the paragraph around it is about
            return Tie.NONE;
        }
        return tie;
    }

    /**
     * Round 65: "North Korea sent troops to Russia last year. The contingent is about 11,000 strong.": a force's strength
     * ("N strong", "the N-strong contingent") right after a sentence about North Korea's troops, in a sentence that names
     * no other side or nationality, is the strength of the force spoken of.
     */
    private boolean strengthOfTheForceNearby(String s, Head h, Context ctx) {
        return h.strength() != null && ctx.topicNearby() && !lex.otherNationality.containsIn(s, 0, s.length())
                && !lex.otherSides.containsIn(s, 0, s.length());
    }
}
