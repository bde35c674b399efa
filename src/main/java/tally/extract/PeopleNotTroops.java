package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * People a figure counts who are no troops of North Korea's, by the structure around the number (round 22, issue 7's
 * "non-troop numbers as troop figures"; war reporting, not the gold, names these kinds):
 * <ul>
 * <li>people of another side named as the head itself ("captured 2 North Korean soldiers and 400 Russians", "wounded
 * 15 Ukrainians"): {@code otherNationalityTerms} right after the number, with no troop noun;</li>
 * <li>people an authority acts on rather than a force ("police are looking for 12 North Koreans", "sanctioned 8 North
 * Korean generals"): the number is the object of one of {@code figureFrames.authorityVerbs};</li>
 * <li>prisoners the warring sides trade ("Ukraine exchanged 150 prisoners with Russia"): the number is the object of
 * one of {@code figureFrames.exchangeVerbs} and its own words do not name North Korea;</li>
 * <li>people sent or come to work or study ("6,000 North Koreans will be sent to Russia to work in factories", "came to
 * Russia as students"): a generic noun of people ({@code figureFrames.peopleNouns}) or none, with one of
 * {@code figureFrames.labourMarkers} in the figure's clause. A troop noun ("military builders to work on ...") keeps
 * the figure a force.</li>
 * <li>round 46: people North Korean weapons kill or wound ("North Korean missiles killed 12 people in Kyiv", "a North
 * Korean missile strike wounded 30 people"): "people" or no noun, after one of {@code figureFrames.northKoreanWeapons}
 * that North Korea's name qualifies. A strike by another side ("a Ukrainian strike killed 30 people") says nothing of
 * whose.</li>
 * </ul>
 */
final class PeopleNotTroops {

    private final PhraseMatcher otherNationality;
    private final PhraseMatcher authorityVerbs;
    private final PhraseMatcher exchangeVerbs;
    private final PhraseMatcher labourMarkers;
    private final Set<String> peopleNouns;
    private final PhraseMatcher weapons;

    PeopleNotTroops(Map<String, List<String>> frames, PhraseMatcher otherNationality) {
        this.otherNationality = otherNationality;
        this.authorityVerbs = new PhraseMatcher(frames.get("authorityVerbs"));
        this.exchangeVerbs = new PhraseMatcher(frames.get("exchangeVerbs"));
        this.labourMarkers = new PhraseMatcher(frames.get("labourMarkers"));
        this.peopleNouns = CompiledLexicon.lowerCased(frames.get("peopleNouns"));
        this.weapons = new PhraseMatcher(frames.get("northKoreanWeapons"));
    }

    /** How far before the figure a weapon may stand, and before the weapon North Korea's name. */
    private static final int WEAPON_REACH = 100;
    private static final int OWNER_REACH = 30;

    /**
     * "North Korean shells killed 12 people", "after a North Korean missile hit the town, 3 people were killed": people
     * (or a bare number) harmed by a weapon North Korea's name qualifies are its victims, not its troops.
     */
    boolean harmedByNorthKoreanWeapons(String s, int figureStart, PhraseMatcher.@Nullable Hit noun,
                                       TopicMatcher topic, boolean referBack) {
        if (noun != null && !noun.phrase().equalsIgnoreCase("people")) {
            return false;
        }
        for (PhraseMatcher.Hit weapon : weapons.find(s, Math.max(0, figureStart - WEAPON_REACH), figureStart)) {
            int from = Math.max(0, weapon.start() - OWNER_REACH);
            if (topic.find(s, from, weapon.start(), referBack).stream()
                    .anyMatch(h -> OWNER_TO_WEAPON.matcher(s).region(h.end(), weapon.start()).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Between North Korea's name and its weapon: "-made", a model or a word or two, no punctuation or clause. */
    private static final Pattern OWNER_TO_WEAPON = Pattern.compile(
            "(?i)(?:-made|'s|’s)?(?:\\s+[\\p{L}\\d-]+){0,2}?\\s+");

    /** "400 Russians", "15 Ukrainians": another nationality is the head the number counts. */
    boolean anotherNationalityHead(String s, int nounFrom, PhraseMatcher.@Nullable Hit noun) {
        return noun == null && NounPhrases.startsWithAny(otherNationality, s, nounFrom);
    }

    private static final Pattern BETWEEN = Pattern.compile("\\s*");

    /**
     * "looking for 12 North Koreans", "sanctioned about 8 generals": the figure (from its qualifier on) is the object
     * of a verb by which an authority pursues or punishes people, so it counts no force.
     */
    boolean actedOnByAuthority(String s, int figureStart) {
        return rightBefore(authorityVerbs, s, figureStart);
    }

    /**
     * "Ukraine exchanged 150 prisoners with Russia": prisoners the warring sides trade are their own soldiers, unless
     * the figure's own words name North Korea ("offered to swap 2 North Korean soldiers"); those words are read only
     * after such a verb, since most figures have none.
     */
    boolean exchanged(String s, int figureStart, java.util.function.BooleanSupplier namesNorthKorea) {
        return rightBefore(exchangeVerbs, s, figureStart) && !namesNorthKorea.getAsBoolean();
    }

    private static boolean rightBefore(PhraseMatcher verbs, String s, int figureStart) {
        return verbs.find(s, Math.max(0, figureStart - 30), figureStart).stream()
                .anyMatch(h -> BETWEEN.matcher(s).region(h.end(), figureStart).matches());
    }

    /** A noun of people in general (or none) whose clause says they work or study: labour, not troops. */
    boolean sentToWork(String s, PhraseMatcher.@Nullable Hit noun, int from, int clauseEnd) {
        if (noun != null && !peopleNouns.contains(noun.phrase().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return from < clauseEnd && labourMarkers.containsIn(s, from, clauseEnd);
    }
}
