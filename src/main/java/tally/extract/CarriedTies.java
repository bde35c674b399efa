package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Round 56: what ties a figure to North Korea's troops when its own sentence does not name them, and what makes a
 * figure a whole that holds them beside another side's.
 *
 * <p>A figure whose words point back to troops already spoken of ({@code figureFrames.definiteDeterminers}: "the
 * estimated 600 soldiers who died", "about 600 of the 15,000 deployed soldiers", "estimate the losses to be at least
 * 6,000") counts the troops the article last spoke of. When those were North Korea's (a sentence named North Korea, or
 * the headline did, and no sentence since named another side's troops), and the figure's sentence names no other side,
 * they are North Korea's; but the tie is carried, not stated, so the claim is shown as worded ({@link #CARRIED}).
 *
 * <p>A figure followed by one of {@code figureFrames.inclusionMarkers} and North Korea ("about 50,000 troops, counting
 * both Russian and North Korean soldiers", "a 50,000-strong group, which takes in units of the DPRK army"), in a
 * sentence that names another side too, counts both sides: it is kept as a mixed count, as worded, never as a North
 * Korean total.
 */
final class CarriedTies {

    /** Said of a figure tied to North Korea's troops by the article around it rather than by its own sentence. */
    static final String CARRIED = "tied to North Korea's troops by the sentences before it, not by its own";

    /** How far after the inclusion marker North Korea may be named: the marker's own phrase. */
    private static final int INCLUSION_REACH = 60;
    /** How far before the number the definite casualty noun may stand (as {@link CasualtyComplements} reaches). */
    private static final int CASUALTY_REACH = 80;

    private final PhraseMatcher otherNationality;
    private final PhraseMatcher otherSides;
    private final List<PhraseMatcher> forceNouns;
    private final TopicMatcher topic;
    /** A determiner, an "-ed" word at most ("the estimated"), right before the figure's qualifier. */
    private final Pattern definiteBefore;
    /** "of the", "out of those" right after the number: the part of a whole already spoken of. */
    private final Pattern definiteWholeAfter;
    /** "the losses", "their casualties": a definite casualty noun whose complement the figure may be. */
    private final Pattern definiteCasualtyNoun;
    /** ", counting both", ", which takes in": a whole's own words taking in a part. */
    private final Pattern inclusion;
    /** Round 62: a side that fights North Korea's troops, then a verb of acting on troops, right before the figure. */
    private final Pattern opposingAgent;
    /** Round 62: "of them", "of the", "of those" right after the number: a part of a group already spoken of. */
    private static final Pattern OF_THEM = Pattern.compile("(?i)\\s+of\\s+(?:them|the|those|these|their)\\b");
    /** How far before the figure the opposing side may stand: "Ukrainian special forces have reportedly captured". */
    private static final int AGENT_REACH = 80;
    /**
     * Between a nationality and a troop noun: one word at most, no punctuation ("Russian contract soldiers"), or "and"
     * and a second side ("Russian and North Korean soldiers", a count of both).
     */
    private static final Pattern MODIFIERS = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+)?");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");

    CarriedTies(Map<String, List<String>> frames, PhraseMatcher otherNationality, PhraseMatcher otherSides,
                PhraseMatcher troopNouns, PhraseMatcher unitNouns, TopicMatcher topic) {
        this.otherNationality = otherNationality;
        this.otherSides = otherSides;
        this.forceNouns = List.of(troopNouns, unitNouns);
        this.topic = topic;
        String determiners = Alternatives.anyOf(frames.get("definiteDeterminers"));
        definiteBefore = Pattern.compile("(?i)\\b" + determiners + "\\s+(?:\\p{L}+ed\\s+)?$");
        definiteWholeAfter = Pattern.compile("(?i)\\s+(?:out\\s+)?of\\s+" + determiners + "\\s+");
        definiteCasualtyNoun = Pattern.compile("(?i)\\b" + determiners + "\\s+(?:[\\p{L}-]+\\s+)?"
                + Alternatives.anyOf(frames.get("casualtySubjects")) + "\\b");
        inclusion = Pattern.compile("(?i),\\s+" + Alternatives.anyOf(frames.get("inclusionMarkers")) + "\\b");
        opposingAgent = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("opposingSides"))
                + "(?:\\s+[\\p{Ll}-]+){0,2}?(?:\\s+(?:have|has|had|\\p{L}+ly))*\\s+"
                + Alternatives.anyOf(frames.get("actedOnVerbs"))
                + "\\s+(?:(?:about|some|around|at least|nearly|over|more than|roughly|another)\\s+)?$");
    }

    /**
     * Round 62: "Ukrainian forces have captured six of them", "Ukraine's drones killed about 230 of those soldiers":
     * the figure is a part of a group already spoken of ({@link #OF_THEM}: "them", or a troop noun) and the object of a
     * verb of acting on troops ({@code figureFrames.actedOnVerbs}) whose subject is a side that fights North Korea's
     * troops ({@code figureFrames.opposingSides}). That side acts on the troops; it does not own them. Where the
     * subject starts, or -1.
     */
    int opposingAgentStart(String s, int from, int figureStart, int numberEnd) {
        java.util.regex.Matcher of = OF_THEM.matcher(s).region(numberEnd, s.length());
        if (!of.lookingAt()) {
            return -1;
        }
        int at = of.end();
        // "of them", or a troop noun after the determiner ("of those soldiers"): not "of the occupiers", which names
        // another side's troops as a Ukrainian source calls them, nor "of the villagers"
        if (!of.group().toLowerCase(java.util.Locale.ROOT).endsWith("them") && forceNouns.get(0)
                .find(s, at, Math.min(s.length(), at + 40)).stream()
                .noneMatch(h -> MODIFIERS.matcher(s).region(at, h.start()).matches())) {
            return -1;
        }
        java.util.regex.Matcher m = opposingAgent.matcher(s)
                .region(Math.max(from, figureStart - AGENT_REACH), figureStart);
        return m.find() ? m.start() : -1;
    }

    /**
     * The figure's words point back to a group already spoken of: a determiner right before it ("the estimated 600
     * soldiers"), before the whole it is a part of ("600 of the 15,000 soldiers"), or, with {@code complement}, before
     * the casualty noun it is the complement of ("the losses to be at least 6,000").
     */
    boolean pointsBack(String s, int figureStart, int numberEnd, int clauseStart, boolean complement) {
        if (definiteBefore.matcher(s).region(Math.max(0, figureStart - 20), figureStart).find()
                || definiteWholeAfter.matcher(s).region(numberEnd, s.length()).lookingAt()) {
            return true;
        }
        return complement && definiteCasualtyNoun.matcher(s)
                .region(Math.max(clauseStart, figureStart - CASUALTY_REACH), figureStart).find();
    }

    /**
     * A figure of the same value was already read in the article: a figure pointing back with it ("the two captive
     * soldiers" after "two captured North Korean soldiers") names the group already counted, not a new count.
     */
    static boolean countedBefore(Quantity q, List<ArticleExtractor.Extracted> found) {
        return q.low() != null && found.stream().anyMatch(e -> q.low().equals(e.claim().figure().low())
                && java.util.Objects.equals(q.high(), e.claim().figure().high()));
    }

    /**
     * The sentence speaks of another side's troops: a nationality or a side's name right before a troop or unit noun,
     * one modifier at most between ("Russian soldiers", "Ukraine's army", "Russian contract soldiers").
     */
    boolean namesOtherTroops(String s) {
        return namesOtherTroops(s, -1);
    }

    /** As {@link #namesOtherTroops(String)}, but not the side whose name starts at {@code agent} (round 62). */
    boolean namesOtherTroops(String s, int agent) {
        for (PhraseMatcher words : List.of(otherNationality, otherSides)) {
            for (PhraseMatcher.Hit side : words.find(s, 0, s.length())) {
                if (side.start() == agent) {
                    continue;
                }
                int to = Math.min(s.length(), side.end() + 40);
                for (PhraseMatcher.Hit noun : forceNouns.stream().flatMap(n -> n.find(s, side.end(), to).stream())
                        .toList()) {
                    // "Putin congratulates North Korean servicemen": North Korea right before the noun names whose
                    List<PhraseMatcher.Hit> ours = topic.find(s, side.end(), noun.start(), false);
                    boolean modified = ours.isEmpty() ? noun.start() == side.end()
                            || MODIFIERS.matcher(s).region(side.end(), noun.start()).matches()
                            : AND.matcher(s).region(side.end(), ours.get(0).start()).matches()
                                    && MODIFIERS.matcher(s).region(ours.get(0).end(), noun.start()).matches();
                    if (modified) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * After the figure's own words ({@code from}) and before the next figure ({@code to}), an inclusion marker set off
     * by a comma and North Korea named in the words after it: the figure is a whole that takes in North Korea's
     * troops. A sentence that names no other side does not make it a mixed count.
     */
    boolean takesInNorthKoreans(String s, int from, int to, boolean referBack) {
        if (from >= to) {
            return false;
        }
        java.util.regex.Matcher m = inclusion.matcher(s).region(from, to);
        if (!m.find()) {
            return false;
        }
        int reach = Math.min(to, m.end() + INCLUSION_REACH);
        return topic.containsIn(s, m.end(), reach, referBack)
                && (otherNationality.containsIn(s, 0, s.length()) || otherSides.containsIn(s, 0, s.length()));
    }
}
