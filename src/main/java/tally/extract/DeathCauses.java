package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * "died of their wounds", "died from injuries sustained in Kursk", "succumbed to his injuries": a wound named as the
 * cause of a death is how the men died, not a second fate, so the figure counts the dead and not the combined
 * killed-or-wounded measure. The rule comes from the sentence's structure: a death cue, then a preposition of cause
 * ({@code figureFrames.causePrepositions} in config/extraction.json), a determiner and at most one modifier, then the
 * wound cue.
 */
final class DeathCauses {

    /** What may stand between a death cue and the wound that caused it: " of their ", " from severe ". */
    private final Pattern causeLink;

    DeathCauses(List<String> causePrepositions) {
        causeLink = Pattern.compile("(?i)\\s+" + Alternatives.anyOf(causePrepositions)
                + "\\s+(?:(?:his|her|their|its|the|those|these)\\s+)?(?:[\\p{L}-]+\\s+)?");
    }

    /** The wound cue is the cause of one of the death cues right before it. */
    boolean causeOfDeath(String s, PhraseMatcher.Hit wound, List<PhraseMatcher.Hit> deaths) {
        for (PhraseMatcher.Hit death : deaths) {
            if (death.end() < wound.start() && wound.start() - death.end() <= 30
                    && causeLink.matcher(s).region(death.end(), wound.start()).matches()) {
                return true;
            }
        }
        return false;
    }
}
