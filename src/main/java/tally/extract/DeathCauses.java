package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * "died of their wounds", "died from injuries sustained in Kursk", "succumbed to his injuries": a wound named as the
 * cause of a death is how the men died, not a second fate, so the figure counts the dead and not the combined
 * killed-or-wounded measure. The rule comes from the sentence's structure: a death cue, then "of", "from" or "to", a
 * determiner and at most one modifier, then the wound cue.
 */
final class DeathCauses {

    /** What may stand between a death cue and the wound that caused it: " of their ", " from severe ". */
    private static final Pattern CAUSE_LINK = Pattern.compile(
            "(?i)\\s+(?:of|from|to)\\s+(?:(?:his|her|their|its|the|those|these)\\s+)?(?:[\\p{L}-]+\\s+)?");

    private DeathCauses() {
    }

    /** The wound cue is the cause of one of the death cues right before it. */
    static boolean causeOfDeath(String s, PhraseMatcher.Hit wound, List<PhraseMatcher.Hit> deaths) {
        for (PhraseMatcher.Hit death : deaths) {
            if (death.end() < wound.start() && wound.start() - death.end() <= 30
                    && CAUSE_LINK.matcher(s).region(death.end(), wound.start()).matches()) {
                return true;
            }
        }
        return false;
    }
}
