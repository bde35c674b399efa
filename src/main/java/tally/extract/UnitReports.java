package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>
 * Round 67: the act's subject may stand for the speaker ("they", "we", "it", "its fighters": {@code unitStandIns},
 * {@code unitPossessives} + {@code unitMembers}); it is a unit's report when the speaker is a unit ("Ukraine's Special
 * Operations Forces said they had killed three"), the toll when the speaker is a nation, its army or a person ("Kyiv
 * said they had killed 300"). A second act coordinated after the first ("killed 9 and wounded 6") has the first's
 * subject, so its figure is the same engagement's when the first figure is. Read as a walk over the words before the
 * figure (it runs for every casualty figure).
 */
final class UnitReports {

    /** How many words (adverbs, an auxiliary) may stand between the actor and its act: "had reportedly killed". */
    private static final int AUXILIARY_REACH = 2;
    /** Words read back from the figure: two acts joined by "or" (5), the reach, a three-word actor. */
    private static final int WORDS_BACK = 12;

    private final List<String[]> actors;
    private final List<String[]> acts;
    /** The most words an act of {@code unitActs} has ("took out": 2). */
    private final int actWords;
    private final Set<String> standIns;
    private final Set<String> possessives;
    private final Set<String> members;
    private final Set<String> runningTallies;
    private final PhraseMatcher totals;
    private final PhraseMatcher speechVerbs;

    UnitReports(Map<String, List<String>> spanWords, PhraseMatcher totals, PhraseMatcher speechVerbs) {
        this.actors = split(spanWords.get("unitActors"));
        this.acts = split(spanWords.get("unitActs"));
        this.actWords = acts.stream().mapToInt(a -> a.length).max().orElse(1);
        this.standIns = CompiledLexicon.lowerCased(spanWords.get("unitStandIns"));
        this.possessives = CompiledLexicon.lowerCased(spanWords.get("unitPossessives"));
        this.members = CompiledLexicon.lowerCased(spanWords.get("unitMembers"));
        this.runningTallies = CompiledLexicon.lowerCased(spanWords.get("runningTallies"));
        this.totals = totals;
        this.speechVerbs = speechVerbs;
    }

    /**
     * The act right before a figure (its words, qualifier included, start at {@code start}) in the clause from
     * {@code from}: a unit's own act ({@link #unit()}), an act coordinated after another ("... and wounded 6", where
     * {@link #coordinator()} says where the "and" stands), or none.
     */
    record Act(boolean unit, int coordinator) {
        static final Act NONE = new Act(false, -1);
        static final Act UNIT = new Act(true, -1);
    }

    /**
     * The act before the figure and whether its subject, in the words from {@code from} to {@code start}, is a unit's.
     * A coordinator before the act is looked for before {@code from} too: ", and wounded 6" may open a clause.
     *
     * @param speaker who the sentence gives the figure to, for a subject that stands for it
     */
    Act actBefore(String s, int from, int start, Attribution speaker) {
        return from >= start ? Act.NONE : subject(WordsBefore.of(s, 0, start, WORDS_BACK), s, from, speaker);
    }

    /** Whether an act of killing or wounding ({@code unitActs}) stands right before {@code start}, a figure's words. */
    boolean followsAnAct(String s, int start) {
        WordsBefore w = WordsBefore.of(s, 0, start, actWords);
        return w.size() > 0 && ending(acts, w, w.size() - 1) > 0;
    }

    /**
     * Whether a unit's report is of its running tally after all: a marker of the total in the clause [from, to) or
     * "since" after the figure (from {@code end}).
     */
    boolean runningTally(String s, int from, int end, int to) {
        return totals.containsIn(s, from, to) || hasWord(s, end, to, "since");
    }

    /** The subject of the act that ends the words, if the act is a unit's own: read back over act, reach, actor. */
    private Act subject(WordsBefore w, String s, int from, Attribution speaker) {
        int i = w.size() - 1;
        int act = i < 0 || w.start(i) < from ? 0 : ending(acts, w, i);
        if (act == 0 || w.start(i - act + 1) < from) {
            return Act.NONE;
        }
        i -= act;
        if (i >= 1 && w.isCoordinator(i) && ending(acts, w, i - 1) > 0) {
            i -= 1 + ending(acts, w, i - 1); // "killed or wounded"
        } else if (i >= 1 && w.isCoordinator(i)) {
            return new Act(false, w.start(i));
        }
        for (int k = 0; k <= AUXILIARY_REACH && i >= 0 && w.start(i) >= from; k++, i--) {
            if (ending(actors, w, i) > 0) {
                return tally(w, i + 1, k) ? Act.NONE : Act.UNIT;
            }
            if (standsIn(w, i)) {
                return unitSpeaks(s, speaker, w.start(i)) && !tally(w, i + 1, k) ? Act.UNIT : Act.NONE;
            }
        }
        return Act.NONE;
    }

    /** "they", "we", "it", or "its fighters", "their drone crews": words that stand for the one who speaks. */
    private boolean standsIn(WordsBefore w, int i) {
        String word = w.get(i);
        return standIns.contains(word) || members.contains(word)
                && (i >= 1 && possessives.contains(w.get(i - 1)) || i >= 2 && possessives.contains(w.get(i - 2)));
    }

    /**
     * The speaker is a named kind of unit: the claimant's name ends in one ("Ukraine's Special Operations Forces"), or
     * the words right before the last speech verb ahead of the subject do ("Ukraine's paratroopers said they ...": the
     * sentence's claimant may be the nation they serve, or none).
     */
    private boolean unitSpeaks(String s, Attribution speaker, int subject) {
        String name = speaker.claimant().name();
        if (speaker.known() && endsInUnit(name, name.length())) {
            return true;
        }
        PhraseMatcher.Hit verb = NounPhrases.lastHit(speechVerbs, s, 0, subject);
        return verb != null && endsInUnit(s, verb.start());
    }

    private boolean endsInUnit(String s, int at) {
        WordsBefore words = WordsBefore.of(s, 0, at, 3);
        return words.size() > 0 && ending(actors, words, words.size() - 1) > 0;
    }

    /** A perfect or "already" among the {@code count} words between the subject and the act: a running tally. */
    private boolean tally(WordsBefore w, int first, int count) {
        for (int j = first; j < first + count; j++) {
            if (runningTallies.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** How many words the longest phrase of {@code phrases} ending at word {@code i} has; 0 when none does. */
    private static int ending(List<String[]> phrases, WordsBefore w, int i) {
        int best = 0;
        for (String[] p : phrases) {
            if (p.length > best && p.length <= i + 1) {
                boolean same = true;
                for (int j = 0; j < p.length && same; j++) {
                    same = p[j].equals(w.get(i - p.length + 1 + j));
                }
                best = same ? p.length : best;
            }
        }
        return best;
    }

    private static boolean hasWord(String s, int from, int to, String word) {
        for (int at = s.indexOf(word, from); at >= 0 && at + word.length() <= to; at = s.indexOf(word, at + 1)) {
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1)))
                    && (at + word.length() == s.length() || !Character.isLetter(s.charAt(at + word.length())))) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> split(List<String> phrases) {
        List<String[]> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(p.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        }
        return out;
    }
}
