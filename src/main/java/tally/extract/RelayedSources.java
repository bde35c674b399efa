package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.extract.AttributionFinder.Named;
import tally.model.Claimant;

/**
 * Who passed a source's word on: "citing X", "after a briefing by X", "as relayed by", an "according to" aside
 * after another speaker's verb, and the press reporting what someone said (carried from an earlier report in the
 * article unless the outlet speaks for a party). The source is the claimant; the relay is kept beside it. Moved out of
 * {@link AttributionFinder} (round 61).
 */
final class RelayedSources {

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;

    RelayedSources(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
    }

    /** Between a speaker's verb and an "according to" set off after it: a comma, perhaps a day before it. */
    private static final Pattern ASIDE_OPENS = Pattern.compile("(?i)^(?:\\s+on\\s+\\p{L}+)?\\s*,\\s*$");

    /**
     * "The NIS estimated, according to lawmakers, that 300 ..." (round 41): an "according to" set off by commas right
     * after another speaker's verb says who passed that speaker's word on; the speaker is the source and the name in
     * the aside its relay, though the aside stands nearer the figure.
     */
    static @Nullable Named speakerBeforeAside(String s, List<Named> named, Named chosen) {
        if (!"according to".equals(chosen.verb()) || chosen.verbStart() < 0 || !s.startsWith(",", chosen.end())) {
            return null;
        }
        for (Named n : named) {
            if (n.attached() && n != chosen && !"according to".equals(n.verb()) && n.verbEnd() <= chosen.verbStart()
                    && !n.claimant().equals(chosen.claimant()) && n.end() <= n.verbStart()
                    && ASIDE_OPENS.matcher(s.substring(n.verbEnd(), chosen.verbStart())).matches()) {
                return n;
            }
        }
        return null;
    }

    /**
     * Round 49: "The NIS, as relayed by lawmaker Park, forecasts ...", "The NIS, through lawmaker Lee, puts ...",
     * "according to the NIS as cited by lawmaker Lee": the name chosen for the cue stands in an aside of passing on,
     * right after another name, which is the source; the chosen name only relays it.
     */
    static @Nullable Named sourceBeforeRelayAside(String s, List<Named> named, Named chosen) {
        for (Named n : named) {
            if (n != chosen && n.end() <= chosen.start() && !n.claimant().equals(chosen.claimant())
                    && RELAY_ASIDE.matcher(s.substring(n.end(), chosen.start())).matches()) {
                return n;
            }
        }
        return null;
    }

    /**
     * ", as relayed by lawmaker ", " through ", ", via the": an aside of passing on and up to two words of title; since
     * round 66 also the bare passive after a comma (", quoted by lawmakers, said", ", cited by Kyiv officials,"), whose
     * agent passes the words on as the press does in "Singh, quoted by Ukrinform".
     */
    private static final Pattern RELAY_ASIDE = Pattern.compile("(?i)\\s*(?:,?\\s*as\\s+(?:relayed|cited|quoted|conveyed)"
            + "\\s+by|,\\s*(?:relayed|cited|quoted|conveyed)\\s+by|,?\\s*(?:through|via))\\s+(?:[\\p{L}.-]+\\s+){0,2}");

    /**
     * "According to BBC security correspondent Frank Gardner": the outlet's name modifies one of its own people, named
     * (a source noun of the lexicon within its next three lower-case words, then a capitalised name), who speaks in
     * the outlet's own voice and passes on no earlier source.
     */
    private boolean staffOf(String s, Named outlet) {
        String[] after = s.substring(outlet.end(), Math.min(s.length(), outlet.end() + 40)).strip().split("[\\s,]+");
        for (int i = 0; i < Math.min(3, after.length); i++) {
            String w = after[i];
            if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
            if (lex.sourceHeads.contains(w)) {
                // a named person follows ("correspondent Frank Gardner"), not the verb ("the news agency wrote")
                return i + 1 < after.length && !after[i + 1].isEmpty() && Character.isUpperCase(after[i + 1].charAt(0));
            }
        }
        return false;
    }

    /** A listed outlet of a party other than the press (KCNA for North Korea): it speaks for that party. */
    private boolean partyVoice(Claimant outlet) {
        String party = outlet.listed() ? directory.partyOf(outlet.id()) : null;
        return party != null && !party.equals(PRESS);
    }

    /** The party of the independent press in {@code claimants.json}. */
    private static final String PRESS = "media";

    /**
     * @param clause the names of the figure's own clause when any of them has a cue there: a source the press passes
     *               on is looked for among them ("Earlier reports indicated that 11,000 ...; now, US intelligence
     *               suggest ..." is the reports' word, not US intelligence's)
     */
    Attribution withRelay(String s, Named chosen, List<Named> clause, List<Named> named,
                                  int @Nullable [] quote, Discourse discourse, int figureStart) {
        if (chosen.claimant().kind() == Claimant.Kind.MEDIA) {
            Named other = clause.stream().filter(n -> n.claimant().kind() != Claimant.Kind.MEDIA && n.attached())
                    .findFirst().orElse(null);
            if (other != null) {
                return new Attribution(other.claimant(), chosen.claimant(), other.anchor(), other.verb(), other.end());
            }
            // "news reports citing a US official ... Reuters reported": the press passes the source on, but an outlet
            // that speaks for a party ("state media KCNA reported", after Yonhap's report of the NIS) gives its own word
            if (discourse.lastRelayedClaimant != null && !staffOf(s, chosen)
                    && (chosen.claimant().equals(discourse.lastRelayingOutlet) || !partyVoice(chosen.claimant()))) {
                return new Attribution(discourse.lastRelayedClaimant, chosen.claimant(), chosen.anchor(), chosen.verb())
                        .doubted("source carried from an earlier press report in the article", null);
            }
            return new Attribution(chosen.claimant(), null, chosen.anchor(), chosen.verb());
        }
        Named relay = named.stream()
                .filter(n -> n.attached() && !n.claimant().equals(chosen.claimant()))
                .filter(n -> n.claimant().kind() == Claimant.Kind.MEDIA || quote != null && !AttributionFinder.inside(quote, n.verbStart()))
                .findFirst().orElse(null);
        if (relay != null && ownParticiple(s, chosen, relay, figureStart)) {
            return new Attribution(relay.claimant(), null, relay.anchor(), relay.verb(), relay.end());
        }
        return new Attribution(chosen.claimant(), relay == null ? null : relay.claimant(), chosen.anchor(), chosen.verb(),
                chosen.end());
    }

    /**
     * "Austin voiced concern over reports suggesting that 10,000 ...": the press named right before a participle of
     * report ("suggesting", "indicating") after the speaker's verb and before the figure is that participle's subject,
     * so the figure in its content is the reports' word; the speaker only speaks of them and passes nothing on (round
     * 33). "Austin said, according to reports, that ..." keeps Austin with the press as his relay.
     */
    private static boolean ownParticiple(String s, Named speaker, Named press, int figureStart) {
        return press.claimant().kind() == Claimant.Kind.MEDIA && press.verb() != null && press.verb().endsWith("ing")
                && press.verbStart() > speaker.anchor() && press.verbStart() < figureStart
                && press.end() <= press.verbStart() // "citing ... KCNA": a cue before the name is no participle of it
                && s.substring(press.end(), press.verbStart()).isBlank();
    }

    /**
     * "The agency reports citing CNN: "... 11,000 ...," Zelensky told reporters": the citation stands before the
     * quotation opens and the speaker's verb after it closes, so the quoted speaker is the source and the cited outlet
     * only passed the quotation on (round 37).
     */
    static boolean quotedSpeakerAfterCitation(int @Nullable [] quote, Named source, Named chosen) {
        return quote != null && source.end() <= quote[0] && chosen.attached() && chosen.verbStart() >= quote[1]
                && chosen.start() >= quote[1];
    }

    /** "citing X", "after a briefing by X": X is the source and whoever speaks only relays it. */
    @Nullable Named relaySource(String s, List<Named> named, @Nullable Named chosen) {
        for (PhraseMatcher.Hit marker : lex.relayMarkers.find(s)) {
            if (passiveRelay(s, marker)) {
                continue;
            }
            for (Named n : named) {
                if (n.start() >= marker.end() && n.start() - marker.end() <= 30
                        && CueSubjects.BEFORE_ACCORDING.matcher(s.substring(marker.end(), n.start())).matches()
                        && (chosen == null || !n.claimant().equals(chosen.claimant()))) {
                    return n;
                }
            }
        }
        return null;
    }

    private static final Pattern BY_AFTER = Pattern.compile("^\\s+(?:by|as)\\b");

    /**
     * "the NIS said, cited by AFP", "Singh, quoted by Ukrinform": "cited by" and "quoted by" are passives whose agent
     * passed the claim on; unlike "citing X" or "briefed by X", the name after them is the relay, never the source. So
     * too "was quoted as saying by the BBC" (round 65, when "quoted" became a relay marker for "which quoted X").
     */
    private static boolean passiveRelay(String s, PhraseMatcher.Hit marker) {
        return (marker.phrase().equals("cited") || marker.phrase().equals("quoted"))
                && BY_AFTER.matcher(s.substring(marker.end())).find();
    }
}
