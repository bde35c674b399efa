package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tally.config.PhraseMatcher;

/**
 * Round 66: a fighting unit's own report of what it did, "its drone operators had killed 14", "Special Operations
 * Forces take out 18": a named kind of unit as the subject of an act of killing or wounding (word lists in
 * config/extraction.json, {@code scopeSpans}: unitActors, unitActs) whose object is the figure tells of its own
 * engagement, one incident, not the war's toll (dev gold read every such row with no other marker as an incident). A
 * nation's forces at large are no such unit: "Ukrainian forces had killed or wounded more than 3,000" is the toll.
 * A unit's running tally is left a total: a perfect or "already" before the act ("have killed 3,000",
 * {@code scopeSpans.runningTallies}), a marker of the total in the clause ("a total of", "so far", "to date", "in
 * all") or "since" after the figure ("since they arrived"). A passive ("3,000 were killed") names no actor.
 */
final class UnitReports {

    /** How many words (adverbs, an auxiliary) may stand between the actor and its act: "had reportedly killed". */
    private static final int AUXILIARY_REACH = 2;

    private final Pattern act;
    private final Set<String> runningTallies;
    private final PhraseMatcher totals;

    UnitReports(Map<String, List<String>> spanWords, PhraseMatcher totals) {
        String actors = alternatives(spanWords.get("unitActors"));
        String acts = alternatives(spanWords.get("unitActs"));
        this.act = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'-])(?:" + actors + ")\\s+((?:[\\p{L}'-]+\\s+){0," + AUXILIARY_REACH
                + "}?)(?:" + acts + ")(?:\\s+(?:or|and)\\s+(?:" + acts + "))?\\s+$");
        this.runningTallies = CompiledLexicon.lowerCased(spanWords.get("runningTallies"));
        this.totals = totals;
    }

    /**
     * Whether the figure whose words (qualifier included) start at {@code start} and end at {@code end} is the object of
     * a unit's act told as one event, in the clause [from, to).
     */
    boolean tellsOneEvent(String s, int from, int start, int end, int to) {
        if (from >= start) {
            return false;
        }
        Matcher m = act.matcher(s).region(from, start);
        if (!m.find()) {
            return false;
        }
        for (String word : m.group(1).trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (runningTallies.contains(word)) {
                return false;
            }
        }
        return !totals.containsIn(s, from, to) && !SINCE.matcher(s).region(end, to).find();
    }

    /** "killed 3,000 North Korean soldiers since they arrived": counted from a start to now. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");

    private static String alternatives(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
