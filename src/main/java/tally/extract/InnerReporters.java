package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;

/**
 * "South Korean military estimates indicate that North Korea had earlier reported around 4,000 casualties": between
 * the cue the claimant was read from and the figure, another party the directory lists is the subject of a reporting
 * verb of its own. Whose figure it is then depends on how the article weighs the two (the inner report passed on, or
 * the outer speaker's reading of it), which the sentence's structure does not settle, so the claimant is kept but
 * marked uncertain, shown in the sentence's words (round 33, from the dev corpus's wrong claimants stated as fact).
 * A verb in the passive ("North Korea was reported to"), an audience verb ("told") or a relay ("citing") is no such
 * report, and a speaker named again ("Zelensky said ... Zelensky added") is the same one.
 */
final class InnerReporters {

    /**
     * A name right before the verb, with only auxiliaries and adverbs of time between ("North Korea had earlier
     * reported"): capitalised words, so a party the directory names only as a side ("North Korea") counts too.
     */
    private static final Pattern INNER_SUBJECT = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+)*)"
            + "(?:\\s+(?:had|has|have|also|earlier|previously|already|itself|once)){0,3}\\s+$");

    private final PhraseMatcher speechVerbs;
    private final PhraseMatcher audienceVerbs;

    InnerReporters(PhraseMatcher speechVerbs, PhraseMatcher audienceVerbs) {
        this.speechVerbs = speechVerbs;
        this.audienceVerbs = audienceVerbs;
    }

    /** Whether a name the directory lists for {@code who}'s claimant covers [start, end): the same speaker again. */
    private static boolean sameSpeaker(List<ClaimantDirectory.Mention> mentions, int start, int end, Attribution who) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end() && m.id().equals(who.claimant().id()));
    }

    /** {@code who}, marked uncertain when another named party reports between its cue and the figure. */
    Attribution refine(String s, List<ClaimantDirectory.Mention> mentions, int figureStart, Attribution who) {
        if (!who.known() || !who.certainty().certain() || who.anchor() < 0 || who.verb() == null
                || who.anchor() >= figureStart) {
            return who;
        }
        int from = Math.max(who.anchor() + who.verb().length(), who.nameEnd());
        if (from >= figureStart) {
            return who;
        }
        // only the reporting verb nearest the figure governs it: "X reported 4,000 ..., suggesting that 3,000 more"
        PhraseMatcher.Hit nearest = null;
        for (PhraseMatcher.Hit verb : speechVerbs.find(s, from, figureStart)) {
            if (!CueSubjects.isHearsay(s, verb) && !SourcePhrases.RELAYING.contains(verb.phrase())
                    && !audienceVerbs.containsIn(s, verb.start(), verb.end())) {
                nearest = verb;
            }
        }
        if (nearest == null) {
            return who;
        }
        Matcher subject = INNER_SUBJECT.matcher(s).region(from, nearest.start());
        if (subject.find() && !sameSpeaker(mentions, subject.start(1), subject.end(1), who)) {
            return who.doubted("another party reports the figure inside what the source says",
                    s.substring(subject.start(1), nearest.end()));
        }
        return who;
    }
}
