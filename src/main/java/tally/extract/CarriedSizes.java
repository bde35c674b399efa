package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Round 62: a bare number that sizes the troops a figure or sentence before it counted, in words that name no troops of
 * their own. Three frames, each only after a figure (or a sentence that sends North Korea's troops) in the same
 * paragraph, since nothing in the number's own words says what it counts:
 * <ul>
 *   <li>a noun of a count or of the force, then a copula or a verb of standing at or reaching a size, right before the
 *       number: "The total now stands at 11,000", "Their number is about 11,000", "Seoul's latest estimate is 11,000",
 *       "the figure has reached 11,000", "The contingent could be as large as 30,000"; and "bringing the total to";
 *   <li>"there are N (of them)": "There may be as many as 11,000 of them";
 *   <li>a number that opens its clause as the subject of a verb of arriving or being there: "About 11,000 have
 *       arrived", "Some 11,000 are believed to be in Kursk", "By December, 11,000 had arrived".
 * </ul>
 * The nouns are {@code figureFrames.restatedNouns}, {@code strengthNouns} and {@code forceNouns}; a noun of the force
 * sizes only troops sent or planned. Another side's count ("Russia's own total is") is not one.
 */
final class CarriedSizes {

    /** How far before the number's words a frame may start. */
    private static final int REACH = 90;

    /** Round 65: "since" and "later" too ("the number has since grown to", "The number later rose to"). */
    private static final String ADVERBS = "(?:(?:now|currently|still|already|reportedly|probably|likely|then|since"
            + "|later)\\s+)?";

    private static final String STANDING = "(?:is|was|are|were|stands\\s+at|stood\\s+at|remains|remained|remains\\s+at"
            + "|(?:has|have|had)\\s+(?:(?:now|since|already)\\s+)?(?:reached|risen\\s+to|grown\\s+to|climbed\\s+to|swelled\\s+to"
            + "|increased\\s+to|dropped\\s+to|fallen\\s+to|shrunk\\s+to|been\\s+(?:put|estimated|placed|pegged)\\s+at)"
            + "|reached|rose\\s+to|grew\\s+to|climbed\\s+to|swelled\\s+to|increased\\s+to|dropped\\s+to|fell\\s+to"
            + "|shrank\\s+to|(?:is|are|was|were)\\s+(?:put|estimated|believed|thought|said|reported|understood|assessed"
            + "|pegged|placed)\\s+(?:at|to\\s+be)|(?:could|may|might|would)\\s+be(?:\\s+as\\s+(?:large|big|high)\\s+as)?"
            + "|(?:is|was)\\s+as\\s+(?:large|big|high)\\s+as)";

    private static final String MODIFIERS = "(?:(?:latest|new|current|overall|official|updated|final|total|whole"
            + "|entire|real|actual)\\s+)?";

    private static final String DETERMINER = "(?:the|their|its|this|that|[\\p{L}.-]+['\u2019]s)";

    private final Pattern countFrame;
    private final Pattern forceFrame;
    private final Pattern bringing;
    private final Pattern supplyBefore;
    private final Pattern forceOf;
    private final PhraseMatcher wholeArmies;
    private final PhraseMatcher otherNationality;
    private final PhraseMatcher otherSides;

    CarriedSizes(Map<String, List<String>> frames, PhraseMatcher otherNationality, PhraseMatcher otherSides) {
        List<String> counts = frames.get("restatedNouns");
        List<String> owned = new ArrayList<>(frames.get("forceNouns"));
        frames.get("strengthNouns").stream().filter(n -> !counts.contains(n)).forEach(owned::add);
        String countNouns = Alternatives.anyOf(counts);
        String forceNouns = Alternatives.anyOf(owned);
        countFrame = Pattern.compile("(?i)\\b" + DETERMINER + "\\s+" + MODIFIERS + countNouns + "\\s+" + ADVERBS
                + STANDING + "\\s+" + ADVERBS + "$");
        forceFrame = Pattern.compile("(?i)\\b" + DETERMINER + "\\s+" + MODIFIERS + forceNouns + "\\s+" + ADVERBS
                + STANDING + "\\s+" + ADVERBS + "$");
        bringing = Pattern.compile("(?i)\\b(?:bringing|taking|raising|lifting|pushing|brought|took|raised|lifted)\\s+"
                + "(?:the|their|its)\\s+" + MODIFIERS + "(?:" + countNouns + "|" + forceNouns + ")\\s+to\\s+$");
        supplyBefore = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("supplyVerbs"))
                + "\\s+(?:(?:Russia|Moscow|the\\s+Kremlin|Putin)\\s+)?(?:(?:another|an?\\s+additional|a\\s+further)\\s+)?$");
        this.otherNationality = otherNationality;
        this.otherSides = otherSides;
        forceOf = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("forceNouns")) + "\\s+of\\s+$");
        wholeArmies = new PhraseMatcher(frames.get("wholeArmies"));
    }

    /**
     * Round 65: "A North Korean force of about 11,000 is fighting in Kursk", "has a contingent of 1,500 in Kursk", "For a
     * force of 11 or 12,000, those are staggering losses": a noun of the force ({@code forceNouns}) and "of" right before
     * a number with no troop noun of its own name what it counts, the force's size, as "the 12,000-strong contingent"
     * does. Whose force it is stays for the figure's tie to say. Not a whole army set beside it ("North Korea's army, a
     * force of 1.2 million"), which sizes the army at home.
     */
    boolean forceOf(String s, int wordsStart) {
        int from = Math.max(0, wordsStart - 40);
        Matcher m = forceOf.matcher(s).region(from, wordsStart);
        return wordsStart > 0 && m.find() && wholeArmies.find(s, Math.max(0, m.start() - 40), m.start()).isEmpty();
    }

    /**
     * Round 62: "asked Pyongyang to provide 20,000 more troops", "stands ready to supply as many as 12,000 soldiers": a
     * verb of supplying ({@code figureFrames.supplyVerbs}) right before the number's words (its qualifier and a word of
     * more between) whose object is the troops themselves; not "provide 1,000 soldiers with drones", where the troops
     * are given something.
     */
    boolean supplied(String s, int wordsStart, int nounEnd) {
        return wordsStart > 0 && supplyBefore.matcher(s).region(Math.max(0, wordsStart - 40), wordsStart).find()
                && !SUPPLIED_WITH.matcher(s).region(Math.min(nounEnd, s.length()), s.length()).lookingAt();
    }

    private static final Pattern SUPPLIED_WITH = Pattern.compile("(?i)\\s+with\\b");

    /** What kind of size frame ends right before {@code wordsStart} (the number's words, its qualifier included). */
    enum Frame { NONE, COUNT, FORCE }

    Frame sizeFrame(String s, int wordsStart) {
        if (wordsStart <= 0) {
            return Frame.NONE;
        }
        int from = Math.max(0, wordsStart - REACH);
        Matcher m = bringing.matcher(s).region(from, wordsStart);
        if (m.find() && ours(s, m.start(), wordsStart)) {
            return Frame.COUNT;
        }
        m = countFrame.matcher(s).region(from, wordsStart);
        if (m.find() && !otherNationality.containsIn(s, m.start(), wordsStart)) {
            return Frame.COUNT; // "Seoul's count is": whoever's count it is, it counts the troops spoken of
        }
        m = forceFrame.matcher(s).region(from, wordsStart);
        return m.find() && ours(s, m.start(), wordsStart) ? Frame.FORCE : Frame.NONE;
    }

    /** No other side named in a frame of a force or its strength ("Russia's force is", "the Ukrainian force is"). */
    private boolean ours(String s, int from, int to) {
        return !otherNationality.containsIn(s, from, to) && !otherSides.containsIn(s, from, to);
    }

    /** "there are", "there may be", "Seoul believes there are about": an existential right before the number's words. */
    private static final Pattern THERE_ARE = Pattern.compile("(?i)\\bthere\\s+(?:(?:are|were|is)\\s+(?:now\\s+|still\\s+"
            + "|currently\\s+|already\\s+)?|(?:may|might|could|would|must)\\s+(?:now\\s+|still\\s+)?be\\s+|(?:are|were)\\s+"
            + "(?:thought|believed|said|estimated)\\s+to\\s+be\\s+)$");

    /** Right after the number: "of them", a place, or the end of its clause. */
    private static final Pattern THERE_ARE_TAIL = Pattern.compile("(?i)(?:\\s+of\\s+(?:them|those|these)\\b|\\s*[,.;:)]|\\s*$"
            + "|\\s+(?:in|there|at|on)\\b)");

    boolean thereAre(String s, int wordsStart, int numberEnd) {
        return wordsStart > 0 && THERE_ARE.matcher(s).region(Math.max(0, wordsStart - 40), wordsStart).find()
                && THERE_ARE_TAIL.matcher(s).region(numberEnd, s.length()).lookingAt();
    }

    /**
     * The number's words open its sentence, or follow a short fronted phrase and a comma ("By December,", "In all,",
     * "So far,"), so the number is the subject of the verb after it.
     */
    static boolean opensClause(String s, int wordsStart) {
        if (wordsStart > FRONTED_REACH) {
            return false; // a fronted phrase is a few words: bounded work on a huge sentence
        }
        String before = s.substring(0, wordsStart);
        return before.isBlank() || FRONTED.matcher(before).matches();
    }

    private static final int FRONTED_REACH = 60;

    private static final Pattern FRONTED = Pattern.compile("\\s*[\\p{Lu}][\\p{L}'\u2019-]*(?:\\s+[\\p{L}'\u2019-]+){0,3},\\s*");

    /**
     * A verb group after a bare subject that puts it in the war's places, hedged ("are believed to be in Kursk", "may
     * be in Russia"; round 65: "are said to be in the region", the place named before) or not ("remain in Kursk").
     */
    static boolean hedgedPresence(String s, int end) {
        return HEDGED_PRESENCE.matcher(s).region(Math.min(end, s.length()), s.length()).lookingAt();
    }

    private static final Pattern HEDGED_PRESENCE = Pattern.compile("(?i)\\s+(?:(?:are|were|is)\\s+(?:believed|thought|said"
            + "|reported|estimated|understood|known)\\s+to\\s+(?:be|have\\s+been)|(?:may|might|could|would)\\s+(?:now\\s+|"
            + "already\\s+|still\\s+)?(?:be|have\\s+been)|remain|remains|remained|stay|stayed)\\s+(?:now\\s+|still\\s+"
            + "|already\\s+)?(?:there\\b|in\\s+(?:the\\s+)?(?-i:\\p{Lu})|in\\s+the\\s+(?:region|area)\\b|stationed\\b"
            + "|deployed\\b|based\\b|fighting\\b)");
}
