package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Context;

/**
 * Figures that count another side's troops beside North Korea's (round 46, precision by construction, from war
 * reporting's shapes rather than the gold): a part, by a relative pronoun, of another side's figure ("700 Russian
 * marines, of whom 120 were killed"), and North Korea joined by "and" to another side right before a figure ("Russian
 * and North Korean forces lost 1,500"), which counts both.
 */
final class MixedCounts {

    private final CompiledLexicon lex;
    private final NounPhrases nouns;

    MixedCounts(CompiledLexicon lex, NounPhrases nouns) {
        this.lex = lex;
        this.nouns = nouns;
    }

    /** The figure's noun phrase counts troops another nationality names: "1,500 Russian soldiers". */
    boolean countsAnotherSide(String s, Quantity q) {
        int from = nouns.skipOf(s, q.end());
        int to = NounPhrases.end(s, from);
        PhraseMatcher.Hit troops = NounPhrases.lastHit(lex.troopNouns, s, from, to);
        return troops != null && lex.otherNationality.containsIn(s, from, troops.start());
    }

    /**
     * Round 46: "fought next to 700 Russian marines, of whom 120 were killed", "700 Russian marines, 120 of whom were
     * killed": a part, by a relative pronoun, of the figure right before it, which counts another side's troops, is
     * that side's too, whoever else the sentence names.
     */
    boolean partOfAnotherSidesFigure(String s, List<Quantity> quantities, int index) {
        if (index == 0) {
            return false;
        }
        Quantity whole = quantities.get(index - 1);
        Quantity part = quantities.get(index);
        boolean relative = PART_BEFORE.matcher(s).region(whole.end(), part.start()).find()
                || PART_AFTER.matcher(s).region(part.end(), s.length()).lookingAt()
                        && s.indexOf(',', whole.end()) >= 0 && s.indexOf(',', whole.end()) < part.start();
        // "6,000 Russian prisoners, among them two North Koreans": a part that names North Korea is its own
        return relative && countsAnotherSide(s, whole) && !lex.topicReferences.containsIn(s, part.end(),
                NounPhrases.end(s, part.end()), false);
    }

    private static final Pattern PART_BEFORE = Pattern.compile("(?i),\\s*(?:of|among)\\s+(?:whom|them|which)\\s+$");
    private static final Pattern PART_AFTER = Pattern.compile("(?i)\\s+(?:of|among)\\s+(?:whom|them|which)\\b");

    /**
     * Round 46: "Russian and North Korean forces lost 1,500 soldiers", "Russia and North Korea together have 60,000
     * troops": North Korea joined by "and" to another side just before the figure, in its clause, counts both
     * sides; as with {@link Sides#countedWithAnotherSide}, no one stated the North Korean part. A figure whose own
     * words name North Korea ("two North Korean soldiers") counts them alone.
     */
    boolean jointWithAnotherSide(String s, int clauseStart, Quantity q, PhraseMatcher.@Nullable Hit noun, Context ctx) {
        if (noun != null && lex.topicReferences.containsIn(s, q.end(), noun.end(), ctx.referBack())) {
            return false;
        }
        int from = Math.max(clauseStart, q.start() - JOINT_REACH);
        int to = q.start();
        for (PhraseMatcher.Hit topic : lex.topicReferences.find(s, from, to, ctx.referBack())) {
            for (PhraseMatcher words : List.of(lex.otherNationality, lex.otherSides)) {
                for (PhraseMatcher.Hit other : words.find(s, Math.max(from, topic.start() - 30),
                        Math.min(to, topic.end() + 30))) {
                    boolean before = other.end() <= topic.start()
                            && AND.matcher(s).region(other.end(), topic.start()).matches();
                    if (before || other.start() >= topic.end()
                            && AND.matcher(s).region(topic.end(), other.start()).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+(?:the\\s+)?");
    /** How far before the figure the two sides may be joined: its subject, not a clause earlier in the sentence. */
    private static final int JOINT_REACH = 50;
}
