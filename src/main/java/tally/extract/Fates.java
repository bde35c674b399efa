package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/**
 * What befell the troops a figure counts, as the casualty cues of its words say (killed, wounded, both, captured;
 * {@code cuesByMetric}), or a fate no metric counts ({@code otherMetricVerbs}): the cues of one fate, of the
 * combined one, or of two fates joined by "or", read over a span of the sentence.
 */
final class Fates {

    private final CompiledLexicon lex;

    Fates(CompiledLexicon lex) {
        this.lex = lex;
    }

    /** The next word after a troop noun, for a reduced relative clause: "the 600 troops killed in Kursk". */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}-]+)");

    /**
     * "a fraction of the roughly 600 troops killed in the Kursk fighting": the whole names its own fate right after
     * its noun, so it counts that fate; "half of the 11,000 troops were killed" (a verb of the clause) sizes the force.
     */
    boolean ownCasualtyParticiple(String s, PhraseMatcher.@Nullable Hit noun) {
        if (noun == null) {
            return false;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(s).region(noun.end(), s.length());
        return next.lookingAt() && casualtyMetric(s, next.start(1), next.end(1)) != null;
    }

    /**
     * Where the head's casualty words start. "4,000 troops killed or wounded" ends on "wounded", a troop noun of its
     * own ("the wounded"), but the head is "troops" and "killed or wounded" after it is one reduced predicate, read
     * whole (the combined figure, not the wounded). A phrase whose only troop noun is a casualty word ("4,000 wounded")
     * is read from that word.
     */
    int headStart(String s, Quantity q, PhraseMatcher.Hit noun) {
        if (casualtyMetric(s, noun.start(), noun.end()) == null) {
            return noun.start();
        }
        List<PhraseMatcher.Hit> before = lex.troopNouns.find(s, q.end(), noun.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            PhraseMatcher.Hit h = before.get(i);
            if (casualtyMetric(s, h.start(), h.end()) == null) {
                return h.end();
            }
        }
        // round 42: "1,100 North Korean dead and injured": casualty nouns joined by a conjunction are one head, read whole
        int joined = noun.start();
        for (int i = before.size() - 1;
                i >= 0 && CONJUNCTION.matcher(s.substring(before.get(i).end(), joined)).matches(); i--) {
            joined = before.get(i).start();
        }
        if (joined < noun.start()) {
            return joined;
        }
        // "over 1,000 killed or injured", "4,000 were killed or wounded": casualty words alone after the number (and
        // its auxiliary) are one predicate, read whole
        return CASUALTY_WORDS_ONLY.matcher(s).region(q.end(), noun.start()).matches() ? q.end() : noun.start();
    }

    /**
     * The figure's own verb says what befell the troops, and no metric counts it ("had been repatriated", "went
     * missing"): the first verb of the predicate decides, so "were wounded and later repatriated" stays wounded.
     */
    boolean otherMetricPredicate(String s, int phraseEnd, int predicateEnd) {
        if (phraseEnd >= predicateEnd) {
            return false;
        }
        // round 42: a fate verb inside a longer casualty cue ("evacuated with wounds") is that casualty
        List<PhraseMatcher.Hit> casualties = casualtyCues(s, phraseEnd, predicateEnd);
        List<PhraseMatcher.Hit> other = lex.otherMetricVerbs.find(s, phraseEnd, predicateEnd).stream()
                .filter(h -> !inside(h, casualties)).toList();
        if (other.isEmpty() || other.get(0).start() - phraseEnd > 40) {
            return false;
        }
        int at = other.get(0).start();
        return casualtyMetric(s, phraseEnd, at) == null && !lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, at);
    }

    /**
     * Trial 6: a verb of a fate no metric counts right before the figure, its object ("North Korea has rotated out about
     * 1,200 soldiers", "has pulled out 2,000 troops"): the figure counts those withdrawn, not those sent, though
     * "rotated" alone is a cue of the sent. Only spaces may stand between the verb and the figure's first word.
     */
    boolean otherMetricVerbBefore(String s, int clauseStart, int figureStart) {
        List<PhraseMatcher.Hit> other = lex.otherMetricVerbs.find(s, clauseStart, figureStart);
        return !other.isEmpty() && s.substring(other.get(other.size() - 1).end(), figureStart).isBlank();
    }

    /** Between a number and its casualty noun, only other casualty words and their conjunction: " killed or ". */
    private static final Pattern CASUALTY_WORDS_ONLY = Pattern.compile(
            "(?i)\\s+(?:(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been)\\s+)?"
                    + "(?:killed|dead|wounded|injured)\\s+(?:or|and|and/or)\\s+");

    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s+(?:or|and|and/or)\\s+");

    private static final Pattern OR_BETWEEN = Pattern.compile("(?i)\\s+(?:or|and/or)\\s+");

    /**
     * A capture and a death or wound joined by "or" in the figure's clause ("captured or killed", "killed or taken
     * prisoner"): one figure of two fates, which no metric counts ("killed or wounded" is the combined metric).
     */
    boolean fatesJoined(String s, int from, int to) {
        List<PhraseMatcher.Hit> captured = lex.cues.get(Metric.CAPTURED).find(s, from, to);
        if (captured.isEmpty()) {
            return false;
        }
        List<PhraseMatcher.Hit> harmed = new java.util.ArrayList<>(lex.cues.get(Metric.KILLED).find(s, from, to));
        harmed.addAll(lex.cues.get(Metric.WOUNDED).find(s, from, to));
        for (PhraseMatcher.Hit c : captured) {
            for (PhraseMatcher.Hit h : harmed) {
                int gapStart = Math.min(c.end(), h.end());
                int gapEnd = Math.max(c.start(), h.start());
                if (gapStart <= gapEnd && OR_BETWEEN.matcher(s.substring(gapStart, gapEnd)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<PhraseMatcher.Hit> casualtyCues(String s, int from, int to) {
        List<PhraseMatcher.Hit> all = new java.util.ArrayList<>(lex.cues.get(Metric.KILLED).find(s, from, to));
        all.addAll(lex.cues.get(Metric.WOUNDED).find(s, from, to));
        return all;
    }

    private static boolean inside(PhraseMatcher.Hit h, List<PhraseMatcher.Hit> longer) {
        return longer.stream().anyMatch(l -> l.start() <= h.start() && h.end() <= l.end());
    }

    /** Killed and wounded cues together, or a combined cue ("casualties", "killed or wounded"), mean the combined figure. */
    @Nullable Metric casualtyMetric(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        // "lost their lives" is a death and "sanitary losses" a wound, though "lost" or "losses" alone is a loss of
        // either kind: a combined cue inside a longer cue of one fate is that fate's.
        List<PhraseMatcher.Hit> deaths = lex.cues.get(Metric.KILLED).find(s, from, to);
        List<PhraseMatcher.Hit> wounds = lex.cues.get(Metric.WOUNDED).find(s, from, to);
        if (lex.cues.get(Metric.KILLED_OR_WOUNDED).find(s, from, to).stream()
                .anyMatch(h -> !inside(h, deaths) && !inside(h, wounds))) {
            return Metric.KILLED_OR_WOUNDED;
        }
        boolean killed = !deaths.isEmpty();
        // "died of their wounds": the wound is how they died, not a second fate
        boolean wounded = wounds.stream().anyMatch(w -> !lex.deathCauses.causeOfDeath(s, w, deaths));
        if (killed && wounded) {
            return Metric.KILLED_OR_WOUNDED;
        }
        if (killed) {
            return Metric.KILLED;
        }
        if (wounded) {
            return Metric.WOUNDED;
        }
        return lex.cues.get(Metric.CAPTURED).containsIn(s, from, to) ? Metric.CAPTURED : null;
    }
}
