package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * "X said ..., according to Y": a speaker with a cue before the figure and a closing "according to Y" after it. Which
 * is the claimant and which the relay is read from what they are: an official body behind a speaker who is not one
 * ("A South Korean lawmaker said that around 100 ... were killed, according to the country's intelligence agency") is
 * the source, the speaker its relay; otherwise the speaker made the claim and Y is who reports it ("NIS director Cho
 * said ... 1,500 ..., according to lawmaker Park, who was present"). A figure with no cue before it ("300 were killed,
 * according to Y") or a Y the directory does not list is left as the rest of the extractor read it.
 */
final class ClosingAccordingTo {

    private static final String ACCORDING = ", according to ";
    /** After "according to": Y's words up to the end, or to a relative clause or aside of Y's own. */
    private static final Pattern CLOSING = Pattern.compile("(?i)[^,;\"]{2,90}?(?:,?\\s+(?:who|which)\\b[^;\"]*)?[.]?\\s*$");

    private final AttributionFinder finder;
    private final ClaimantDirectory directory;

    ClosingAccordingTo(AttributionFinder finder, ClaimantDirectory directory) {
        this.finder = finder;
        this.directory = directory;
    }

    Attribution refine(String s, List<ClaimantDirectory.Mention> mentions, int figure, Attribution who,
                       Discourse discourse) {
        int comma = s.indexOf(ACCORDING, figure);
        if (comma < 0 || !CLOSING.matcher(s).region(comma + ACCORDING.length(), s.length()).matches()) {
            return who;
        }
        int yStart = comma + ACCORDING.length();
        ClaimantDirectory.Mention yName = mentions.stream().filter(m -> m.start() >= yStart).findFirst().orElse(null);
        if (yName == null || s.indexOf('"') >= 0) {
            return who;
        }
        String before = s.substring(0, comma);
        List<ClaimantDirectory.Mention> inBefore = mentions.stream().filter(m -> m.end() <= comma).toList();
        Attribution speaker = finder.find(before, inBefore, figure, discourse);
        if (!speaker.known() || speaker.anchor() < 0 || speaker.anchor() > figure || !speaker.certainty().certain()
                || speaker.relay() != null) {
            return who;
        }
        Claimant y = directory.require(yName.id());
        Claimant x = speaker.claimant();
        if (x.equals(y)) {
            return who;
        }
        if (y.kind() == Claimant.Kind.OFFICIAL_BODY && x.kind() != Claimant.Kind.OFFICIAL_BODY) {
            return new Attribution(y, x, speaker.anchor(), speaker.verb(), speaker.nameEnd());
        }
        return new Attribution(x, y, speaker.anchor(), speaker.verb(), speaker.nameEnd());
    }
}
