package tally.extract;

import static tally.extract.SourceClaimants.within;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.extract.GoverningCues.Cue;
import tally.model.Claimant;

/**
 * Attribution as a relation over tagged tokens: a cue (a reporting verb by lemma, "according to", a passive "was
 * announced by"), its source (the verb's subject, the phrase after "according to" or after the passive's "by") and
 * the figure it governs. It runs where the directory alone cannot decide, so most sentences are never tagged:
 * <ul>
 *   <li>no listed claimant is tied to the figure, yet the sentence has a cue: the source is kept in its own words
 *       ({@link Claimant#unlisted}), "a senior US defence official said";</li>
 *   <li>the listed name is one part of a coordinated source, "South Korean and Western intelligence agencies say":
 *       the whole phrase is the source;</li>
 *   <li>a news outlet is the only speaker and a relay marker follows ("Yonhap reported, quoting a military source"):
 *       the quoted source is the claimant and the outlet relays it.</li>
 * </ul>
 * A verb in the passive with no agent ("is said to", "is expected to") names no source. Which cue governs the figure,
 * and the source phrase it names, is read by {@link GoverningCues}; this class decides whether to tag at all and
 * whether that cue or the directory's finding names the source.
 */
final class StructuralAttribution {

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final SourcePhrases phrases;
    private final CitedSources citations;
    private final NamedEstimates estimates;
    private final PassiveQuotations passiveQuotations;
    private final GoverningCues cues;
    private final SourceClaimants sources;
    private final Set<String> sourceHeads;

    StructuralAttribution(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.phrases = new SourcePhrases(lex);
        this.citations = new CitedSources(lex, directory, phrases);
        this.estimates = new NamedEstimates(lex, phrases);
        this.passiveQuotations = new PassiveQuotations(phrases, directory, lex);
        this.cues = new GoverningCues(lex, phrases, estimates);
        this.sources = new SourceClaimants(lex, directory);
        this.sourceHeads = CompiledLexicon.lowerCased(lex.sourceHeads);
    }

    /** Whether {@link #refine} may change {@code found}: the cheap test that decides whether to tag at all. */
    boolean mayRefine(String s, Attribution found, List<ClaimantDirectory.Mention> mentions, int figureEnd) {
        if (!found.known()) {
            return lex.speechVerbs.containsIn(s, 0, s.length()) || estimates.mayHold(s) || estimates.mayFrame(s);
        }
        if (found.claimant().kind() == Claimant.Kind.MEDIA && found.relay() == null) {
            return lex.relayMarkers.containsIn(s, 0, s.length()) || quotesAs(s);
        }
        if (citations.mayCite(s) || estimates.mayHold(s) || quotesAs(s)) {
            return true;
        }
        ClaimantDirectory.Mention m = mentionEnding(mentions, found.nameEnd());
        return m != null && (s.substring(Math.max(0, m.start() - 40), m.start()).contains(" and ")
                || s.startsWith(" and ", m.end()) || headAfter(s, m.end()))
                || ownAccordingTo(s, figureEnd) >= 0 && ownAccordingTo(s, figureEnd) != found.anchor()
                || nearerCue(s, found, figureEnd);
    }

    /**
     * A source noun right after the name, then a capitalised word ("Ukrainian military spokesman Vladyslav"): the name
     * may only modify a person's title.
     */
    private boolean headAfter(String s, int nameEnd) {
        int from = nameEnd + 1;
        if (from >= s.length() || s.charAt(nameEnd) != ' ' || !Character.isLowerCase(s.charAt(from))) {
            return false;
        }
        int to = from;
        while (to < s.length() && Character.isLetter(s.charAt(to))) {
            to++;
        }
        String word = s.substring(from, to);
        return to + 1 < s.length() && s.charAt(to) == ' ' && Character.isUpperCase(s.charAt(to + 1))
                && sourceHeads.contains(word) && !lex.informationHeads.contains(word);
    }

    /** A reporting verb stands between the found speaker's verb and the figure: it may have a source of its own. */
    private boolean nearerCue(String s, Attribution found, int figureEnd) {
        // Inside a quotation the quote's own rules decide who speaks.
        if (found.anchor() < 0 || found.verb() == null || AttributionFinder.quoteAround(s, figureEnd - 1) != null) {
            return false;
        }
        int from = Math.min(found.anchor() + found.verb().length(), figureEnd);
        int to = Math.max(found.anchor(), figureEnd);
        return lex.speechVerbs.find(s, from, to).stream().anyMatch(h -> h.start() != found.anchor())
                && Math.abs(found.anchor() - figureEnd) > 30;
    }

    /** "1,100 according to South Korea": where the figure's own "according to" starts, or -1. */
    static int ownAccordingTo(String s, int figureEnd) {
        if (!holdsAccordingTo(s, Math.min(figureEnd, s.length()))) {
            return -1; // most figures have none after them: the lazy pattern would try "according to" at 40 places
        }
        java.util.regex.Matcher m = OWN_ACCORDING.matcher(s).region(Math.min(figureEnd, s.length()), s.length());
        return m.lookingAt() ? m.start(1) : -1;
    }

    /** Whether "according to" (any case) stands anywhere from {@code from} on: what {@link #OWN_ACCORDING} needs. */
    static boolean holdsAccordingTo(String s, int from) {
        for (int i = from; i + ACCORDING_TO.length() <= s.length(); i++) {
            if ((s.charAt(i) | 0x20) == 'a' && s.regionMatches(true, i, ACCORDING_TO, 0, ACCORDING_TO.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String ACCORDING_TO = "according to";

    static final java.util.regex.Pattern OWN_ACCORDING = java.util.regex.Pattern.compile(
            "(?i)[^,;.]{0,40}?\\s*,?\\s*(according to)\\b");

    Attribution refine(Supplier<TaggedSentence> tagging, int figureStart, int figureEnd, Attribution found,
                       List<ClaimantDirectory.Mention> mentions) {
        TaggedSentence s = tagging.get();
        Attribution quotedBy = quotesAs(s.text()) ? passiveQuotations.read(s, figureStart, mentions) : null;
        if (quotedBy != null) {
            return quotedBy;
        }
        if (found.known() && found.claimant().kind() == Claimant.Kind.MEDIA && found.relay() == null) {
            Attribution byOutlet = outletsSource(s, figureStart, found, mentions);
            if (byOutlet != null) {
                return byOutlet;
            }
        }
        Attribution cited = found.known() ? citations.refine(s, figureStart, found, mentions) : null;
        if (cited != null) {
            return cited;
        }
        Cue cue = cues.governingCue(s, figureStart);
        if (cue == null) {
            return found;
        }
        return found.known() ? reconciled(s, cue, figureStart, figureEnd, found, mentions)
                : sources.inOwnWords(s, cue, mentions);
    }

    /**
     * A news outlet found as the only speaker: the source it quotes or cites, with the outlet as its relay ("Yonhap
     * reported, quoting a military source"; "according to Reuters, which cited two sources", round 43); the outlet
     * itself when it passes nobody on; null when a "quoted ... as" is left for the governing cue to read.
     */
    private @Nullable Attribution outletsSource(TaggedSentence s, int figureStart, Attribution found,
                                                List<ClaimantDirectory.Mention> mentions) {
        SourcePhrases.Phrase quoted = relayedSource(s);
        Attribution cited = quoted == null ? citations.refine(s, figureStart, found, mentions) : null;
        if (cited != null) {
            return cited;
        }
        if (quoted != null || !quotesAs(s.text())) {
            return quoted == null ? found : relayed(quoted, found, mentions);
        }
        return null;
    }

    /** The directory's finding against the cue that governs the figure: which of them names the source. */
    private Attribution reconciled(TaggedSentence s, Cue cue, int figureStart, int figureEnd, Attribution found,
                                   List<ClaimantDirectory.Mention> mentions) {
        if (ofQuotingVerb(s, cue, found.anchor()) && cues.quotedAsSaying(s, cue.token() + 1) != null
                && !within(cue.source(), found.nameEnd())) {
            return relayed(cue.source(), found, mentions); // "Park cited Cho as saying": Park only relays Cho
        }
        int according = ownAccordingTo(s.text(), figureEnd);
        // "according to a report by the WSJ that cited US officials": the finder's cited source, relayed by the
        // outlet the "according to" names, stands (round 43)
        if (according >= 0 && according != found.anchor() && s.get(cue.token()).start() == according
                && !(found.relay() != null && found.relay().equals(sources.claimantOf(cue.source(), mentions)))) {
            return new Attribution(sources.claimantOf(cue.source(), mentions), null, according, "according to",
                    cue.source().end());
        }
        if (nearerCueGoverns(s, cue, figureStart, found, mentions)) {
            return nearerCuesSource(s, cue, found, mentions);
        }
        boolean coordinated = cue.source().words().contains(" and ")
                && mentions.stream().anyMatch(m -> m.end() == found.nameEnd() && within(cue.source(), m));
        if (titleOfAnother(s, cue, found, mentions)) {
            return new Attribution(cue.source().claimant(), found.relay(), found.anchor(), found.verb(),
                    cue.source().end(), found.certainty());
        }
        return coordinated ? new Attribution(cue.source().claimant(), found.relay(), found.anchor(), found.verb(),
                cue.source().end()) : found;
    }

    /** The cue stands nearer the figure than the found speaker's, and names a source of its own. */
    private boolean nearerCueGoverns(TaggedSentence s, Cue cue, int figureStart, Attribution found,
                                     List<ClaimantDirectory.Mention> mentions) {
        return !found.verb().equals("according to") && cue.source().start() != found.anchor()
                && Math.abs(s.get(cue.token()).start() - figureStart) + 30 < Math.abs(found.anchor() - figureStart)
                && !quotationsSpeaker(s.text(), figureStart, found.anchor(), s.get(cue.token()).start())
                && !mentions.stream().anyMatch(m -> m.end() == found.nameEnd() && within(cue.source(), m));
    }

    /** What the nearer cue says: its source, or the found speaker passed on by the press the cue names. */
    private Attribution nearerCuesSource(TaggedSentence s, Cue cue, Attribution found,
                                         List<ClaimantDirectory.Mention> mentions) {
        Claimant press = found.relay() == null && found.claimant().kind() != Claimant.Kind.MEDIA
                ? sources.pressIn(cue.source(), mentions) : null;
        if (press != null) {
            // "the agency's assessment ..., as reported by the Yonhap news agency": the press passes the source on
            return new Attribution(found.claimant(), press, found.anchor(), found.verb(), found.nameEnd(),
                    found.certainty());
        }
        // The nearer cue governs the figure: "Kim met Shoigu last week, and Russian media reported that ... 5,000".
        return new Attribution(sources.claimantOf(cue.source(), mentions), sources.relayOf(cue, mentions),
                s.get(cue.token()).start(), s.get(cue.token()).word().toLowerCase(java.util.Locale.ROOT),
                cue.source().end());
    }

    /**
     * "Ukrainian military spokesman Vladyslav Voloshyn says" (round 41, from sentences written for the wordings
     * outlets use): the listed name found only modifies the title of a person named after it, the subject of its own
     * cue, whom the directory does not list; that person speaks, in the article's words. A title with no name ("a
     * senior US military official") stays the listed body's voice, as readers label it.
     */
    private boolean titleOfAnother(TaggedSentence s, Cue cue, Attribution found, List<ClaimantDirectory.Mention> mentions) {
        ClaimantDirectory.Mention m = mentionEnding(mentions, found.nameEnd());
        return m != null && s.get(cue.token()).start() == found.anchor()
                && headAfter(s.text(), m.end()) && Character.isUpperCase(s.get(cue.source().to()).word().charAt(0)) && within(cue.source(), m)
                && m.end() < cue.source().headEnd() && !sources.claimantOf(cue.source(), mentions).listed();
    }

    /**
     * "Az reports citing CNN "... 11,000 ...," Zelensky told reporters": the figure is quoted, the found speaker's
     * verb follows the closing quote and the nearer cue stands before it opens; the quotation is the speaker's, and the
     * cue before it only passed it on (round 37).
     */
    private static boolean quotationsSpeaker(String s, int figureStart, int speakerVerb, int cueStart) {
        int[] quote = AttributionFinder.quoteAround(s, figureStart);
        return quote != null && speakerVerb >= quote[1] && cueStart < quote[0];
    }

    /** The phrase's source, with the speaker found so far as its relay, at that speaker's cue. */
    private Attribution relayed(SourcePhrases.Phrase source, Attribution found, List<ClaimantDirectory.Mention> mentions) {
        return new Attribution(sources.claimantOf(source, mentions), found.claimant(), found.anchor(), found.verb(), source.end());
    }

    /** "quoted ... as", "cited ... as": the cheap test for {@link GoverningCues#quotedAsSaying}. */
    private static boolean quotesAs(String s) {
        return s.contains(" as ") && (s.contains("quote") || s.contains("cite"));
    }

    /**
     * The found speaker's cue is the "quoted" or "cited" of the cue, or the "saying" after its object: the finder
     * took the subject of "X quoted Y as saying", who only relays Y.
     */
    private static boolean ofQuotingVerb(TaggedSentence s, Cue cue, int anchor) {
        int saying = cue.source().to() + 2;
        return s.get(cue.token()).start() == anchor || saying < s.size() && s.get(saying).start() == anchor;
    }

    private SourcePhrases.@Nullable Phrase relayedSource(TaggedSentence s) {
        for (TokenRules.Match m : lex.rules.relayBefore(s)) {
            SourcePhrases.Phrase p = phrases.after(s, m.end());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** {@link SourceClaimants#claimantOf}, for the callers across the package that name it here. */
    static Claimant claimantOf(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions,
                               ClaimantDirectory directory, CompiledLexicon lex) {
        return SourceClaimants.claimantOf(p, mentions, directory, lex);
    }

    private static ClaimantDirectory.@Nullable Mention mentionEnding(List<ClaimantDirectory.Mention> mentions, int end) {
        return end < 0 ? null : mentions.stream().filter(m -> m.end() == end).findFirst().orElse(null);
    }
}
