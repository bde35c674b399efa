package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * A wire story's lead and the sentence after it (round 37): "A South Korean lawmaker who recently visited Kyiv said
 * ... 3,500 ...", then "Rep. Yu Yong-weon ... was citing intelligence given to him by Lt. Gen. Kyrylo Budanov". The
 * lead's speaker is a single person described without a name (an indefinite "a" or "an" and a noun); the next
 * sentence (or the one after, when the first repeats the lead's description) opens with a named person or a personal
 * pronoun as its subject and has that subject cite a listed source that is no outlet of the press ("citing X", or
 * since round 65 "He cited X" and "He was briefed by X" right after the subject). The lead's figure
 * is then the cited source's, relayed by the speaker, and marked uncertain: the two sentences are tied only by their
 * order. A named speaker, a plural one ("lawmakers said") or a relay already read keep their attribution.
 */
final class LaterCitations {

    /** How many sentences after the figure's the citation may stand in. */
    static final int REACH = 2;
    /** "a South Korean lawmaker", "an official": an indefinite article, up to five words, and the speaker's head. */
    private static final Pattern DESCRIBED = Pattern.compile("(?:^|[\\s,\u2014-])([Aa]n?)\\s+(?:[\\p{L}.'-]+\\s+){0,5}[\\p{L}'-]+$");
    /** A named subject opening the sentence ("Rep. Yu Yong-weon", "Lawmaker Yu") or a personal pronoun. */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "^(?:(?:He|She)\\b|(?!(?:The|A|An|In|On|At|It|This|That|These|Those|But|And|According|Earlier|Later|Meanwhile)\\b)"
            + "\\p{Lu}[\\p{L}.'-]*\\s+\\p{Lu}[\\p{L}'-]+)");
    private static final String CITING = "citing ";
    /**
     * Round 65: "He cited the NIS.", "She had been briefed by the GUR.": the subject's own verb, right after it, names
     * the source as "citing" does. Only right after the subject: in "Park, who had been briefed by the NIS, told ..."
     * the relative clause says who briefed Park, not whose figure the lead's speaker gave.
     */
    private static final Pattern SUBJECT_CITES = Pattern.compile("\\s+(?:also\\s+)?(?:cited|was briefed by|had been briefed by)\\s+");

    private final ClaimantDirectory directory;

    LaterCitations(ClaimantDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param s    the figure's sentence
     * @param next the sentences after it, at most {@link #REACH}
     * @return the cited source, relayed by the described speaker and marked uncertain; or {@code who} unchanged
     */
    Attribution refine(String s, Attribution who, List<Sentence> next) {
        if (!who.known() || who.relay() != null || who.nameEnd() <= 0 || who.nameEnd() > s.length()
                || who.claimant().kind() == Claimant.Kind.MEDIA || who.claimant().listed()
                && who.claimant().kind() == Claimant.Kind.PERSON || !who.certainty().certain()) {
            return who;
        }
        Matcher described = DESCRIBED.matcher(s).region(Math.max(0, who.nameEnd() - 70), who.nameEnd());
        if (!described.find() || plural(s, who.nameEnd())) {
            return who;
        }
        String description = s.substring(described.start(1), who.nameEnd()).toLowerCase(Locale.ROOT);
        for (int i = 0; i < next.size(); i++) {
            String t = next.get(i).text();
            Claimant cited = citedBySubject(t, who.claimant());
            if (cited != null) {
                return new Attribution(cited, who.claimant(), who.anchor(), who.verb(), who.nameEnd())
                        .doubted("source the speaker cites in a sentence after it", who.claimant().name());
            }
            // only a sentence that repeats the lead's description lets the one after it be read
            if (!t.toLowerCase(Locale.ROOT).contains(description)) {
                break;
            }
        }
        return who;
    }

    /** "lawmakers", "officials": many voices, not one person whom the next sentence could name. */
    private static boolean plural(String s, int nameEnd) {
        int from = s.lastIndexOf(' ', nameEnd - 1) + 1;
        String last = s.substring(from, nameEnd);
        return last.endsWith("s") && !last.endsWith("ss");
    }

    /** The listed, non-press source the sentence's named subject cites, or null. */
    private @Nullable Claimant citedBySubject(String t, Claimant speaker) {
        Matcher subject = NAMED_SUBJECT.matcher(t);
        if (!subject.lookingAt()) {
            return null;
        }
        Matcher cites = SUBJECT_CITES.matcher(t).region(subject.end(), t.length());
        int at = t.indexOf(CITING);
        int from = cites.lookingAt() ? cites.end() : at < 0 ? -1 : at + CITING.length();
        if (from < 0) {
            return null;
        }
        int end = Namings.phraseEnd(t, from, t.length());
        List<ClaimantDirectory.Mention> mentions = directory.claimants(t.substring(from, end));
        if (mentions.isEmpty()) {
            return null;
        }
        Claimant cited = directory.require(mentions.get(mentions.size() - 1).id());
        return cited.kind() == Claimant.Kind.MEDIA || cited.equals(speaker) ? null : cited;
    }
}
