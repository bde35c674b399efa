package tally.extract;

import java.util.List;
import tally.config.ClaimantDirectory;

/**
 * Who the next sentence's "he", "it" or "they" may be, kept in the {@link Discourse} as each sentence names
 * claimants. Moved out of {@link ArticleExtractor} (round 61).
 */
final class PronounReferents {

    private final AttributionFinder attribution;
    private final ClaimantDirectory directory;

    PronounReferents(AttributionFinder attribution, ClaimantDirectory directory) {
        this.attribution = attribution;
        this.directory = directory;
    }

    /**
     * Who the next sentence's "he", "it" or "they" may be. An audience ("told lawmakers") is not remembered: in "The NIS
     * briefed lawmakers. It said ..." "it" is the NIS. "It" is one body, so a group named in the plural
     * ("lawmakers", "Western officials") is never its referent, while "they" may be either.
     */
    void remember(String s, List<ClaimantDirectory.Mention> mentions, Discourse discourse, int sentence) {
        for (ClaimantDirectory.Mention m : mentions) {
            if (attribution.isAudience(s, m)) {
                continue;
            }
            var claimant = directory.require(m.id());
            switch (claimant.kind()) {
                case PERSON -> {
                    if (AttributionFinder.quoteAround(s, m.start()) != null) {
                        // round 54: a person the quoted words speak of is not who "he added" next refers to
                        continue;
                    }
                    discourse.lastPerson = claimant;
                    discourse.lastPersonSentence = sentence;
                }
                case OFFICIAL_BODY -> {
                    discourse.lastBody = claimant;
                    discourse.lastOfficialBody = claimant;
                    discourse.lastSingularBody = claimant;
                }
                case GROUP -> {
                    discourse.lastBody = claimant;
                    if (!plural(s.substring(m.start(), m.end()))) {
                        discourse.lastSingularBody = claimant;
                    }
                }
                default -> { }
            }
        }
    }

    /** "lawmakers", "Western officials", "US intelligence agencies": a name whose last word is a plural noun. */
    private static boolean plural(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                && Character.isLowerCase(last.charAt(0));
    }
}
