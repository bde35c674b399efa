package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
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
 * A verb in the passive with no agent ("is said to", "is expected to") names no source.
 */
final class StructuralAttribution {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final SourcePhrases phrases;
    private final CitedSources citations;
    private final NamedEstimates estimates;
    private final PassiveQuotations passiveQuotations;
    private final Set<String> sourceHeads;

    StructuralAttribution(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.phrases = new SourcePhrases(lex);
        this.citations = new CitedSources(lex, directory, phrases);
        this.estimates = new NamedEstimates(lex, phrases);
        this.passiveQuotations = new PassiveQuotations(phrases, directory, lex);
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
            SourcePhrases.Phrase quoted = relayedSource(s);
            // "according to Reuters, which cited two sources" (round 43): the outlet relays whom it cited
            Attribution cited = quoted == null ? citations.refine(s, figureStart, found, mentions) : null;
            if (cited != null) {
                return cited;
            }
            if (quoted != null || !quotesAs(s.text())) {
                return quoted == null ? found : relayed(quoted, found, mentions);
            }
        }
        Attribution cited = found.known() ? citations.refine(s, figureStart, found, mentions) : null;
        if (cited != null) {
            return cited;
        }
        Cue cue = governingCue(s, figureStart);
        if (cue == null) {
            return found;
        }
        if (found.known() && ofQuotingVerb(s, cue, found.anchor()) && quotedAsSaying(s, cue.token() + 1) != null
                && !within(cue.source(), found.nameEnd())) {
            return relayed(cue.source(), found, mentions); // "Park cited Cho as saying": Park only relays Cho
        }
        int according = ownAccordingTo(s.text(), figureEnd);
        // "according to a report by the WSJ that cited US officials": the finder's cited source, relayed by the
        // outlet the "according to" names, stands (round 43)
        if (found.known() && according >= 0 && according != found.anchor() && s.get(cue.token()).start() == according
                && !(found.relay() != null && found.relay().equals(claimantOf(cue.source(), mentions)))) {
            return new Attribution(claimantOf(cue.source(), mentions), null, according, "according to",
                    cue.source().end());
        }
        if (found.known() && !found.verb().equals("according to") && cue.source().start() != found.anchor()
                && Math.abs(s.get(cue.token()).start() - figureStart) + 30 < Math.abs(found.anchor() - figureStart)
                && !quotationsSpeaker(s.text(), figureStart, found.anchor(), s.get(cue.token()).start())
                && !mentions.stream().anyMatch(m -> m.end() == found.nameEnd() && within(cue.source(), m))) {
            Claimant press = found.relay() == null && found.claimant().kind() != Claimant.Kind.MEDIA
                    ? pressIn(cue.source(), mentions) : null;
            if (press != null) {
                // "the agency's assessment ..., as reported by the Yonhap news agency": the press passes the source on
                return new Attribution(found.claimant(), press, found.anchor(), found.verb(), found.nameEnd(),
                        found.certainty());
            }
            // The nearer cue governs the figure: "Kim met Shoigu last week, and Russian media reported that ... 5,000".
            return new Attribution(claimantOf(cue.source(), mentions), relayOf(cue, mentions), s.get(cue.token()).start(),
                    s.get(cue.token()).word().toLowerCase(java.util.Locale.ROOT), cue.source().end());
        }
        if (found.known()) {
            boolean coordinated = cue.source().words().contains(" and ")
                    && mentions.stream().anyMatch(m -> m.end() == found.nameEnd() && within(cue.source(), m));
            if (titleOfAnother(s, cue, found, mentions)) {
                return new Attribution(cue.source().claimant(), found.relay(), found.anchor(), found.verb(),
                        cue.source().end(), found.certainty());
            }
            return coordinated ? new Attribution(cue.source().claimant(), found.relay(), found.anchor(), found.verb(),
                    cue.source().end()) : found;
        }
        Attribution read = new Attribution(claimantOf(cue.source(), mentions), relayOf(cue, mentions),
                s.get(cue.token()).start(), s.get(cue.token()).word().toLowerCase(java.util.Locale.ROOT), cue.source().end());
        int there = cue.source().to() + 1;
        // "Officials there said" (round 43): where they are was said in an earlier sentence, so the words alone are
        // never a fact, as with a possessive pronoun
        if (there < s.size() && s.get(there).word().equalsIgnoreCase("there") && there < cue.token()
                && !read.claimant().listed() && !anyCapital(s, cue.source().from() + 1, cue.source().to())) {
            return read.doubted("the source is placed by an earlier sentence", s.words(cue.source().from(), there));
        }
        int possessor = cue.source().from() - 1;
        // "Its spokesperson said", "their officials said" (round 41): whose they are was said before, so the words
        // alone are never a fact; "Its leader Volodymyr Zelenskyy" names its own, "the US and its allies" its owner
        return possessor >= 0 && POSSESSIVES.contains(s.get(possessor).word().toLowerCase(java.util.Locale.ROOT))
                && !read.claimant().listed() && !(possessor > 0 && s.get(possessor - 1).is("CCONJ"))
                && !anyCapital(s, cue.source().from(), cue.source().to())
                ? read.doubted("the source is someone's named in an earlier sentence", s.words(possessor, cue.source().to()))
                : read;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    private static boolean anyCapital(TaggedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (Character.isUpperCase(s.get(i).word().charAt(0))) {
                return true;
            }
        }
        return false;
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
                && m.end() < cue.source().headEnd() && !claimantOf(cue.source(), mentions).listed();
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

    /** A listed outlet of the press named in the phrase ("the Yonhap news agency"), or null. */
    private @Nullable Claimant pressIn(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions) {
        for (ClaimantDirectory.Mention m : mentions) {
            Claimant c = directory.require(m.id());
            if (within(p, m) && c.kind() == Claimant.Kind.MEDIA && "media".equals(directory.partyOf(m.id()))) {
                return c;
            }
        }
        return null;
    }

    /** The phrase's source, with the speaker found so far as its relay, at that speaker's cue. */
    private Attribution relayed(SourcePhrases.Phrase source, Attribution found, List<ClaimantDirectory.Mention> mentions) {
        return new Attribution(claimantOf(source, mentions), found.claimant(), found.anchor(), found.verb(), source.end());
    }

    private @Nullable Claimant relayOf(Cue cue, List<ClaimantDirectory.Mention> mentions) {
        return cue.relay() == null ? null : claimantOf(cue.relay(), mentions);
    }

    /** A cue with its source phrase, at token {@code token}, and who relays it ("X quoted Y as saying"), if anyone. */
    private record Cue(int token, SourcePhrases.Phrase source, SourcePhrases.@Nullable Phrase relay) {
    }

    /** The cue nearest the figure that names a source the figure is not part of. */
    private @Nullable Cue governingCue(TaggedSentence s, int figureStart) {
        List<Cue> cues = new ArrayList<>();
        for (TokenRules.Match m : lex.rules.passiveAgent(s)) {
            add(cues, m.start(), phrases.after(s, m.end()), figureStart);
        }
        for (TokenRules.Match m : lex.rules.sourceAfter(s)) {
            int verb = m.start();
            boolean according = s.get(verb).word().equalsIgnoreCase("according");
            if (!according && (passive(s, verb) || !s.get(verb).is("VERB") || nounBeforeBe(s, verb)
                    || !CueScope.reportsAnEstimate(s.text(), s.get(verb).word(), s.get(verb).end()))) {
                continue;
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
                add(cues, new Cue(verb, quoted, source), figureStart);
                continue;
            }
            if (source == null || !outsideContactClause(s, source, s.tokenAt(figureStart))) {
                add(cues, verb, source, figureStart);
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

    /** "quoted ... as", "cited ... as": the cheap test for {@link #quotedAsSaying}. */
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
    private SourcePhrases.@Nullable Phrase quotedAsSaying(TaggedSentence s, int afterVerb) {
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

    private SourcePhrases.@Nullable Phrase relayedSource(TaggedSentence s) {
        for (TokenRules.Match m : lex.rules.relayBefore(s)) {
            SourcePhrases.Phrase p = phrases.after(s, m.end());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A phrase that is exactly a listed name (give or take an article) is that claimant; otherwise its own words. */
    private Claimant claimantOf(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions) {
        return claimantOf(p, mentions, directory, lex);
    }

    /**
     * A phrase whose head a listed name covers ("Ukraine's military intelligence") is that claimant, and so is one
     * whose head speaks for the listed body it names ("a spokesperson for the NIS"); a listed name that only
     * modifies the head ("a senior NATO diplomat") leaves the source in its own words.
     */
    static Claimant claimantOf(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions,
                               ClaimantDirectory directory, CompiledLexicon lex) {
        if (p.words().contains(" and ")) {
            return p.claimant();
        }
        for (ClaimantDirectory.Mention m : mentions) {
            // "the General Staff of the Armed Forces of Ukraine" (round 45): a listed name may run on past a phrase
            // read forwards that stopped at its "of"; it still covers the phrase's head
            if (m.start() >= p.start() && m.start() < p.headEnd() && m.end() >= p.headEnd()
                    && (within(p, m) || p.headEnd() == p.end())) {
                return directory.require(m.id());
            }
        }
        List<tally.config.PhraseMatcher.Hit> spokes = lex.spokesHeads.find(p.words(), 0,
                Math.min(p.words().length(), 30));
        for (ClaimantDirectory.Mention m : mentions) {
            if (within(p, m) && spokes.stream().anyMatch(h -> speaksFor(p.words(), h.end(), m.start() - p.start()))) {
                return directory.require(m.id());
            }
        }
        return p.claimant();
    }

    /**
     * The listed name is the body the head speaks for, right after its preposition ("a spokesperson for the NIS"), not
     * a place deeper in the phrase ("a spokesman for a group based in Seoul").
     */
    private static boolean speaksFor(String words, int headEnd, int nameStart) {
        return nameStart >= headEnd && SPEAKS_FOR.matcher(words.substring(headEnd, Math.min(nameStart, words.length())))
                .matches();
    }

    private static final java.util.regex.Pattern SPEAKS_FOR = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:for|of|at|from)\\s+(?:the\\s+)?");

    private static boolean within(SourcePhrases.Phrase p, int nameEnd) {
        return nameEnd > p.start() && nameEnd <= p.end();
    }

    private static boolean within(SourcePhrases.Phrase p, ClaimantDirectory.Mention m) {
        return m.start() >= p.start() && m.end() <= p.end();
    }

    private static ClaimantDirectory.@Nullable Mention mentionEnding(List<ClaimantDirectory.Mention> mentions, int end) {
        return end < 0 ? null : mentions.stream().filter(m -> m.end() == end).findFirst().orElse(null);
    }
}
