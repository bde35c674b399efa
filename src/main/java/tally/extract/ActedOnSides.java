package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Whose troops a figure counts when the sentence says who acted on them or owns them (round 42; war reporting, not the
 * gold, names the kind): losses "inflicted on" or "caused to" a side are that side's, whoever inflicted them ("North
 * Korean troops inflicted 4,000 casualties on Ukrainian units" counts Ukrainians), a number with no noun after a second
 * verb ("killed 30 Ukrainian soldiers and wounded 50") counts the same side as the object of the first, and a unit a
 * size word sizes right after another side's name ("Russia's 500-man units") is that side's.
 */
final class ActedOnSides {

    private final CompiledLexicon lex;
    private final NounPhrases nouns;

    ActedOnSides(CompiledLexicon lex, NounPhrases nouns) {
        this.lex = lex;
        this.nouns = nouns;
    }

    /** A verb of causing losses, then at most three words (a qualifier) before the number. */
    private static final Pattern INFLICTED = Pattern.compile(
            "(?i)\\b(?:inflict|inflicts|inflicted|inflicting|cause|caused|causes|causing)\\s+(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern ON_AFTER = Pattern.compile("(?i)\\s+(?:on|upon|to|among)\\s+");

    /**
     * The side of the troops losses were inflicted on: TRUE when they are North Korea's, FALSE when another side's,
     * null when the figure is not so framed or the words after "on" name no side.
     */
    @Nullable Boolean inflictedOnNorthKoreans(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, boolean referBack) {
        if (noun == null || !INFLICTED.matcher(s).region(Math.max(0, q.start() - 40), q.start()).find()) {
            return null;
        }
        Matcher on = ON_AFTER.matcher(s).region(noun.end(), s.length());
        if (!on.lookingAt()) {
            return null;
        }
        int end = NounPhrases.end(s, on.end());
        if (lex.topicReferences.containsIn(s, on.end(), end, referBack)) {
            return Boolean.TRUE;
        }
        return lex.otherNationality.containsIn(s, on.end(), end) || lex.otherSides.containsIn(s, on.end(), end)
                ? Boolean.FALSE : null;
    }

    /** Another side's name or nationality, its possessive, and at most one word right before the number. */
    private static final Pattern OWNER_GAP = Pattern.compile("(?i)(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+)?");

    /** Whether a unit sized by its number ("Russia's 500-man units") is owned by the side named right before it. */
    boolean sizedUnitOfAnotherSide(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        int from = Math.max(0, at - 40);
        for (PhraseMatcher words : List.of(lex.otherNationality, lex.otherSides)) {
            for (PhraseMatcher.Hit h : words.find(s, from, at)) {
                if (OWNER_GAP.matcher(s).region(h.end(), at).matches()
                        && !lex.topicReferences.containsIn(s, h.start(), at, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern OWN = Pattern.compile("(?i)\\b(?:its|their|our)\\s+own\\b");

    /**
     * "Ukraine says its own losses were 500": losses a sentence calls someone's "own", where another side is named and
     * North Korea is not, are that side's, though the paragraph speaks of North Korea's troops.
     */
    boolean ownLossesOfAnotherSide(String s, int clauseStart, Quantity q, boolean referBack) {
        return OWN.matcher(s).region(clauseStart, q.start()).find()
                && (lex.otherSides.containsIn(s, 0, s.length()) || lex.otherNationality.containsIn(s, 0, s.length()))
                && !lex.topicReferences.containsIn(s, 0, s.length(), referBack);
    }

    private static final Pattern OWN_AFTER = Pattern.compile("(?i)\\s+of\\s+(?:its|their)\\s+own\\b");
    /** How far before the figure the owner of "its own" is looked for. */
    private static final int OWNER_REACH = 80;

    /**
     * Round 46: "while Russia has moved 50,000 of its own soldiers": troops a side names as "its own" after the number
     * are the side named last before them, another side's when that name comes after North Korea's (or alone).
     */
    boolean ownTroopsOfAnotherSide(String s, int clauseStart, Quantity q, boolean referBack) {
        if (!OWN_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return false;
        }
        int from = Math.max(0, Math.min(clauseStart, q.start() - OWNER_REACH));
        int other = Math.max(lastEnd(lex.otherSides.find(s, from, q.start())),
                lastEnd(lex.otherNationality.find(s, from, q.start())));
        return other > lastEnd(lex.topicReferences.find(s, from, q.start(), referBack));
    }

    private static int lastEnd(List<PhraseMatcher.Hit> hits) {
        return hits.isEmpty() ? -1 : hits.get(hits.size() - 1).end();
    }

    /** ", and wounded ": a conjunction and a verb (and one more word) between the first figure and this one. */
    private static final Pattern SECOND_VERB = Pattern.compile("(?i),?\\s+(?:and|but|while)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+");

    /** Whether a figure with no noun of its own follows a second verb whose first figure counts another side's troops. */
    boolean elidedObjectOfAnotherSide(String s, List<Quantity> quantities, int index, PhraseMatcher.@Nullable Hit noun) {
        if (noun != null || index == 0) {
            return false;
        }
        Quantity previous = quantities.get(index - 1);
        int from = nouns.skipOf(s, previous.end());
        int at = lex.frames.beforeQualifier(s, quantities.get(index).start());
        PhraseMatcher.Hit object = NounPhrases.firstHit(lex.troopNouns, s, from, at);
        if (object == null) {
            return false;
        }
        int end = object.end();
        return lex.otherNationality.containsIn(s, from, end)
                && !lex.topicReferences.containsIn(s, from, end, false)
                && SECOND_VERB.matcher(s).region(end, at).matches();
    }
}
