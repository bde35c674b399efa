package tally.extract;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.extract.GoverningCues.Cue;
import tally.model.Claimant;

/**
 * Decides which claimant a source phrase names: a listed one whose name covers the phrase's head ("Ukraine's military
 * intelligence") or whom its head speaks for ("a spokesperson for the NIS"), a listed outlet of the press inside it,
 * or else the phrase in its own words ("a senior NATO diplomat"), doubted when those words point back to an earlier
 * sentence ("Officials there said", "Its spokesperson said"). It exists because every reading of a source, structural
 * ({@link StructuralAttribution}) or not ({@link CitedSources}, {@link PassiveQuotations}, {@link FollowUps},
 * {@link PointerAgents}), ends in this one question.
 */
final class SourceClaimants {

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;

    SourceClaimants(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
    }

    /**
     * No listed claimant is tied to the figure: the governing cue's source in its own words ("a senior US defence
     * official said"), doubted when the words point back to an earlier sentence ("Officials there", "Its spokesperson").
     */
    Attribution inOwnWords(TaggedSentence s, Cue cue, List<ClaimantDirectory.Mention> mentions) {
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

    /** A listed outlet of the press named in the phrase ("the Yonhap news agency"), or null. */
    @Nullable Claimant pressIn(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions) {
        for (ClaimantDirectory.Mention m : mentions) {
            Claimant c = directory.require(m.id());
            if (within(p, m) && c.kind() == Claimant.Kind.MEDIA && "media".equals(directory.partyOf(m.id()))) {
                return c;
            }
        }
        return null;
    }

    @Nullable Claimant relayOf(Cue cue, List<ClaimantDirectory.Mention> mentions) {
        return cue.relay() == null ? null : claimantOf(cue.relay(), mentions);
    }

    /** A phrase that is exactly a listed name (give or take an article) is that claimant; otherwise its own words. */
    Claimant claimantOf(SourcePhrases.Phrase p, List<ClaimantDirectory.Mention> mentions) {
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
        ClaimantDirectory.Mention holder = holderOfInformation(p, mentions, lex);
        if (holder != null) {
            return directory.require(holder.id());
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
     * Round 65: "the spy agency's latest assessment", "a Ukrainian intelligence assessment", "NIS figures": a head
     * naming an estimate or a document (the lexicon's informationHeads) held by a listed name right before it, with
     * at most a possessive and two lower-case words between, is that name's word, as "an assessment by the NIS" is.
     */
    private static ClaimantDirectory.@Nullable Mention holderOfInformation(SourcePhrases.Phrase p,
            List<ClaimantDirectory.Mention> mentions, CompiledLexicon lex) {
        String words = p.words();
        int headEnd = Math.min(words.length(), p.headEnd() - p.start());
        int headStart = words.lastIndexOf(' ', Math.max(0, headEnd - 1)) + 1;
        if (headEnd <= headStart || !lex.informationHeads.contains(
                words.substring(headStart, headEnd).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (ClaimantDirectory.Mention m : mentions) {
            int gapFrom = m.end() - p.start();
            if (within(p, m) && gapFrom > 0 && gapFrom < headStart
                    && HELD_BY.matcher(words.substring(gapFrom, headStart)).matches()) {
                return m;
            }
        }
        return null;
    }

    /** Between a holder and its document's head: a possessive, then up to two lower-case words ("'s latest "). */
    private static final java.util.regex.Pattern HELD_BY = java.util.regex.Pattern.compile(
            "(?:['\u2019]s?)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}");

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

    static boolean within(SourcePhrases.Phrase p, int nameEnd) {
        return nameEnd > p.start() && nameEnd <= p.end();
    }

    static boolean within(SourcePhrases.Phrase p, ClaimantDirectory.Mention m) {
        return m.start() >= p.start() && m.end() <= p.end();
    }
}
