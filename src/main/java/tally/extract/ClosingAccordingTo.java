package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
        boolean theCountrys = yName == null && s.regionMatches(true, yStart, THE_COUNTRYS, 0, THE_COUNTRYS.length());
        if (yName == null && !theCountrys || s.indexOf('"') >= 0) {
            return who;
        }
        String before = s.substring(0, comma);
        List<ClaimantDirectory.Mention> inBefore = mentions.stream().filter(m -> m.end() <= comma).toList();
        Attribution speaker = finder.find(before, inBefore, figure, discourse);
        if (!speaker.known() || speaker.anchor() < 0 || speaker.anchor() > figure || !speaker.certainty().certain()
                || speaker.relay() != null) {
            return who;
        }
        Claimant x = speaker.claimant();
        Claimant y = theCountrys ? ofSpeakersCountry(s.substring(yStart + THE_COUNTRYS.length()), x)
                : directory.require(yName.id());
        if (y == null) {
            return who;
        }
        if (x.equals(y)) {
            return who;
        }
        if (y.kind() == Claimant.Kind.OFFICIAL_BODY && x.kind() != Claimant.Kind.OFFICIAL_BODY) {
            return new Attribution(y, x, speaker.anchor(), speaker.verb(), speaker.nameEnd());
        }
        return new Attribution(x, y, speaker.anchor(), speaker.verb(), speaker.nameEnd());
    }

    private static final String THE_COUNTRYS = "the country's ";

    /**
     * "A South Korean lawmaker said ..., according to the country's intelligence agency": "the country" is the
     * speaker's party (a listed speaker's, or the one party an unlisted speaker's words name), so the body is what the
     * directory lists as "South Korea's intelligence agency". Null when the speaker has no party or the directory lists
     * no such body.
     */
    private @Nullable Claimant ofSpeakersCountry(String rest, Claimant speaker) {
        List<ClaimantDirectory.Mention> named = speaker.listed() ? List.of() : directory.parties(speaker.name());
        String party = speaker.listed() ? directory.partyOf(speaker.id()) : named.size() == 1 ? named.get(0).id() : null;
        if (party == null) {
            return null;
        }
        String body = directory.party(party).map(p -> p.name() + "'s " + rest).orElse(null);
        List<ClaimantDirectory.Mention> found = body == null ? List.of() : directory.claimants(body);
        return found.isEmpty() || found.get(0).start() != 0 ? null : directory.require(found.get(0).id());
    }
}
