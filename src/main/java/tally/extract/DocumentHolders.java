package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tally.config.ClaimantDirectory;

/**
 * "according to the assessment seen by CNN", "a report reviewed by the BBC says": the claimant was read from a name
 * after a participle of holding (config {@code holdingVerbs}) and "by", a party that saw the document, not one that
 * wrote it. The sentence does not name the author, so the claimant is kept but marked uncertain, shown in the
 * sentence's words (round 33, from the dev corpus's wrong claimants stated as fact). "According to CNN" and "a report
 * by the BBC" (the BBC's own) are as before.
 */
final class DocumentHolders {

    /** How far before the name the participle and its "by" may start: "seen by the", "obtained by". */
    private static final int WINDOW = 24;

    private final Set<String> verbs;

    DocumentHolders(Set<String> holdingVerbs) {
        this.verbs = holdingVerbs;
    }

    /** {@code who}, marked uncertain when its name is the agent of a participle of holding. */
    Attribution refine(String s, List<ClaimantDirectory.Mention> mentions, Attribution who) {
        if (!who.known() || !who.certainty().certain() || !who.claimant().listed()) {
            return who;
        }
        for (ClaimantDirectory.Mention m : mentions) {
            // the finder keeps where a name ends, but not for a news outlet, which is found by its id
            if (who.nameEnd() >= 0 ? m.end() != who.nameEnd() : !m.id().equals(who.claimant().id())) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - WINDOW), m.start()).toLowerCase(Locale.ROOT);
            if (before.endsWith(" the ")) {
                before = before.substring(0, before.length() - 4);
            }
            if (!before.endsWith(" by ")) {
                return who;
            }
            String rest = before.substring(0, before.length() - 4).stripTrailing();
            String verb = rest.substring(rest.lastIndexOf(' ') + 1);
            return verbs.contains(verb) ? who.doubted("the source only saw a document someone else wrote",
                    verb + " by " + s.substring(m.start(), m.end())) : who;
        }
        return who;
    }
}
