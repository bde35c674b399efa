package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which cue governs a figure in a tagged sentence, and the source phrase it names: a reporting verb's subject
 * ("officials said"), the phrase after "according to" or after a passive's "by", a source set after its verb ("...,
 * said the NIS"), the subject of a reporting participle, the object of "quoted ... as saying", and the phrase a
 * "citing" names, which the other cues then only relay. It exists so that reading cues and their sources off the
 * tokens stays apart from {@link StructuralAttribution}'s choice between that cue and what the directory found.
 * A verb in the passive with no agent ("is said to", "is expected to") names no source.
 */
final class GoverningCues {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private final CompiledLexicon lex;
    private final SourcePhrases phrases;
    private final NamedEstimates estimates;

    GoverningCues(CompiledLexicon lex, SourcePhrases phrases, NamedEstimates estimates) {
        this.lex = lex;
        this.phrases = phrases;
        this.estimates = estimates;
    }

    /** A cue with its source phrase, at token {@code token}, and who relays it ("X quoted Y as saying"), if anyone. */
    record Cue(int token, SourcePhrases.Phrase source, SourcePhrases.@Nullable Phrase relay) {
    }

    /** The cue nearest the figure that names a source the figure is not part of. */
    @Nullable Cue governingCue(TaggedSentence s, int figureStart) {
        List<Cue> cues = new ArrayList<>();
        for (TokenRules.Match m : lex.rules.passiveAgent(s)) {
            add(cues, m.start(), phrases.after(s, m.end()), figureStart);
        }
        for (TokenRules.Match m : lex.rules.sourceAfter(s)) {
            Cue cue = verbCue(s, m, figureStart);
            if (cue != null) {
                add(cues, cue, figureStart);
            }
        }
        throughCitation(s, cues);
        int figureToken = s.tokenAt(figureStart);
        for (NamedEstimates.Subject subject : estimates.subjects(s, figureToken)) {
            add(cues, subject.be(), subject.source(), figureStart);
        }
        for (NamedEstimates.Subject framing : estimates.framing(s)) {
            add(cues, framing.be(), framing.source(), figureStart);
        }
        cues.removeIf(c -> CueScope.cueOfAnotherClause(s.text(), figureStart, s.get(c.token()).start(),
                s.get(c.token()).end()) || CueScope.acrossRelativeClause(s.text(), c.source().start(), figureStart)
                || CueScope.inApposedNounClause(s.text(), figureStart, c.source().start(),
                lex.informationHeads) || c.source().start() < s.get(c.token()).start()
                && CueScope.negatedCue(s.text(), s.get(c.token()).start()));
        return cues.stream().min(java.util.Comparator.comparingInt(c -> Math.abs(c.token() - figureToken)))
                .orElse(null);
    }

    /**
     * A reporting verb (or "according to") and the source it names: its subject, the phrase after it, the subject of
     * a reporting participle, a report noun before it, or the object it quotes; null when the verb names none here.
     */
    private @Nullable Cue verbCue(TaggedSentence s, TokenRules.Match m, int figureStart) {
        int verb = m.start();
        boolean according = s.get(verb).word().equalsIgnoreCase("according");
        if (!according && (passive(s, verb) || !s.get(verb).is("VERB") || nounBeforeBe(s, verb)
                || !CueScope.reportsAnEstimate(s.text(), s.get(verb).word(), s.get(verb).end()))) {
            return null;
        }
        SourcePhrases.Phrase source = according ? phrases.after(s, m.end()) : phrases.before(s, verb);
        if (source == null && !according) {
            source = participleSubject(s, verb, s.tokenAt(figureStart));
        }
        if (source == null && !according) {
            source = phrases.reportBefore(s, verb);
        }
        // "..., said the NIS" names its source after the verb; "told the NIS" names its audience there, and in
        // "the North sent 12,000 and added more forces" the verb is no cue set off after what it reports.
        if (source == null && !according && CueScope.mayInvert(s.text(), s.get(verb).start())
                && !lex.audienceVerbs.containsIn(s.text(), s.get(verb).start(), s.get(verb).end())) {
            source = phrases.after(s, m.end());
        }
        SourcePhrases.Phrase quoted = according ? null : quotedAsSaying(s, m.end());
        if (quoted != null) {
            return new Cue(verb, quoted, source);
        }
        return source != null && !outsideContactClause(s, source, s.tokenAt(figureStart))
                ? new Cue(verb, source, null) : null;
    }

    /**
     * "The newspaper, citing unidentified sources, reported", "Citing officials, the paper said": the phrase a
     * "citing" or "quoting" names is the source of the sentence's other cues, and their subjects only relay it.
     */
    private void throughCitation(TaggedSentence s, List<Cue> cues) {
        for (int c = 0; c + 1 < s.size(); c++) {
            if (!SourcePhrases.RELAYING.contains(s.get(c).word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            SourcePhrases.Phrase cited = phrases.after(s, c + 1);
            if (cited == null) {
                continue;
            }
            int citing = c;
            cues.removeIf(cue -> cue.token() == citing);
            cues.replaceAll(cue -> cue.relay() == null && cue.source().start() != cited.start()
                    && !s.get(cue.token()).word().equalsIgnoreCase("according")
                    ? new Cue(cue.token(), cited, cue.source()) : cue);
            return;
        }
    }

    /**
     * "X seemed to corroborate the losses on 6 January, reporting that 408 ...": a reporting participle after the main
     * clause's comma reports the word of that clause's subject, the phrase before its first verb (found in a dev
     * article of round 17). Only for a figure after the participle: in "sent 3,000 troops, suggesting that more could
     * follow" the figure is the main clause's own, and "adding to the 9,500 sent" reports nothing.
     */
    private SourcePhrases.@Nullable Phrase participleSubject(TaggedSentence s, int verb, int figureToken) {
        if (figureToken <= verb || verb < 3 || !s.get(verb).word().endsWith("ing") || !s.get(verb - 1).word().equals(",")) {
            return null;
        }
        if (verb + 1 < s.size() && s.get(verb + 1).word().equalsIgnoreCase("to")) {
            return null; // "..., adding to the 9,500 sent in October": a participle of joining, not of speech
        }
        for (int k = 1; k < verb - 1; k++) {
            String word = s.get(k).word();
            if (word.equals(",") || word.equals(";") || word.equals("\"")) {
                return null; // an opening clause or a quotation: the first verb may not be the subject's
            }
            if (s.get(k).is("VERB") || s.get(k).is("AUX")) {
                return phrases.before(s, k);
            }
        }
        return null;
    }

    private static void add(List<Cue> cues, int token, SourcePhrases.@Nullable Phrase source, int figureStart) {
        if (source != null) {
            add(cues, new Cue(token, source, null), figureStart);
        }
    }

    private static void add(List<Cue> cues, Cue cue, int figureStart) {
        if (!(cue.source().start() <= figureStart && figureStart < cue.source().end())) {
            cues.add(cue);
        }
    }

    /**
     * "a majority of the 10,000 the US says were sent": a subject right after a number or a noun, with no comma or
     * pronoun between, opens a relative clause that describes that noun phrase; its cue speaks of the figure in that
     * phrase alone, not of another figure in the sentence ("The 8,000 troops now in Kursk make up ...").
     */
    private static boolean outsideContactClause(TaggedSentence s, SourcePhrases.Phrase source, int figureToken) {
        int before = source.from() - 1;
        if (before < 0 || !(s.get(before).is("NUM") || s.get(before).is("NOUN")) || source.from() <= figureToken) {
            return false;
        }
        for (int i = figureToken + 1; i < source.from(); i++) {
            if (!(s.get(i).nominal() || s.get(i).is("ADJ") || s.get(i).is("NUM"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "US estimates were lower": a cue form that is also a noun of information (config {@code informationHeads}) right
     * before a form of "be" is that noun. "the 10,000 the US says were sent" keeps its verb: "says" is no noun.
     */
    private boolean nounBeforeBe(TaggedSentence s, int verb) {
        return NamedEstimates.beAt(s, verb + 1)
                && lex.informationHeads.contains(s.get(verb).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Russia's Security Council quoted its Secretary Sergey Shoigu as saying": the object of an active "quoted" or
     * "cited" followed by "as saying" (stating, telling ...) is the source; the subject only relays it.
     */
    SourcePhrases.@Nullable Phrase quotedAsSaying(TaggedSentence s, int afterVerb) {
        String verb = s.get(afterVerb - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (!verb.equals("quoted") && !verb.equals("cited") && !verb.equals("quotes") && !verb.equals("cites")) {
            return null;
        }
        int from = afterVerb < s.size() && s.get(afterVerb).is("PRON") ? afterVerb + 1 : afterVerb;
        SourcePhrases.Phrase object = phrases.after(s, from);
        return object != null && object.to() + 2 < s.size() && s.get(object.to() + 1).word().equalsIgnoreCase("as")
                && s.get(object.to() + 2).word().toLowerCase(java.util.Locale.ROOT).endsWith("ing") ? object : null;
    }

    /**
     * "is said to", "was expected": a reporting verb in the passive with no "by" names nobody. "was reporting" is
     * the progressive, whose subject speaks.
     */
    private static boolean passive(TaggedSentence s, int verb) {
        if (s.get(verb).word().endsWith("ing")) {
            return false;
        }
        int i = verb - 1;
        while (i >= 0 && s.get(i).is("ADV")) {
            i--;
        }
        boolean be = i >= 0 && BE.contains(s.get(i).word().toLowerCase(java.util.Locale.ROOT));
        return be && !(verb + 1 < s.size() && s.get(verb + 1).word().equalsIgnoreCase("by"));
    }
}
