package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;

/**
 * "A South Korean official was quoted by Yonhap as saying", "The NIS was cited by the agency as saying that ..."
 * (round 41, from sentences written for the wordings wires use): a passive "quoted" or "cited" whose agent after "by"
 * is followed by "as" and a participle names the speaker as its subject and the agent as the one who passed the words
 * on, whichever of the two the directory lists. "Budanov, quoted by Ukrinform, said" has no "as saying" and is read by
 * the relay markers; "was quoted as saying" with no agent keeps its subject as the speaker elsewhere.
 */
final class PassiveQuotations {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being");
    private static final Set<String> QUOTING = Set.of("quoted", "cited");

    private final SourcePhrases phrases;
    private final ClaimantDirectory directory;
    private final CompiledLexicon lex;

    PassiveQuotations(SourcePhrases phrases, ClaimantDirectory directory, CompiledLexicon lex) {
        this.phrases = phrases;
        this.directory = directory;
        this.lex = lex;
    }

    /** The subject as the source and the agent as its relay, when such a passive governs the figure; else null. */
    @Nullable Attribution read(TaggedSentence s, int figureStart, List<ClaimantDirectory.Mention> mentions) {
        for (int k = 1; k + 3 < s.size(); k++) {
            if (!QUOTING.contains(s.get(k).word().toLowerCase(Locale.ROOT)) || !passive(s, k)
                    || !s.get(k + 1).word().equalsIgnoreCase("by")) {
                continue;
            }
            SourcePhrases.Phrase agent = agent(s, k + 2);
            int as = agent == null ? -1 : agent.to() + 1;
            if (agent == null || as + 1 >= s.size() || !s.get(as).word().equalsIgnoreCase("as")
                    || !s.get(as + 1).word().endsWith("ing") || s.get(as + 1).start() >= figureStart) {
                continue;
            }
            SourcePhrases.Phrase subject = phrases.before(s, k);
            if (subject == null || subject.end() > s.get(k).start()) {
                continue;
            }
            return new Attribution(StructuralAttribution.claimantOf(subject, mentions, directory, lex),
                    StructuralAttribution.claimantOf(agent, mentions, directory, lex), s.get(k).start(),
                    s.get(k).word().toLowerCase(Locale.ROOT), agent.end());
        }
        return null;
    }

    /**
     * The phrase after "by", with a hyphenated tail the tokenizer split off; a name the model mis-tagged ("by Yonhap
     * as", read as an adjective) is still the agent when its capitalised words run up to the "as".
     */
    private SourcePhrases.@Nullable Phrase agent(TaggedSentence s, int from) {
        SourcePhrases.Phrase phrase = phrases.after(s, from);
        if (phrase != null) {
            int end = phrase.to();
            while (end + 1 < s.size() && s.get(end + 1).word().startsWith("-")) {
                end++; // "Interfax-Ukraine", split by the tokenizer into "Interfax" and "-Ukraine"
            }
            return end == phrase.to() ? phrase : new SourcePhrases.Phrase(from, end, s.words(from, end), phrase.kind(),
                    phrase.start(), s.get(end).end(), s.get(end).end());
        }
        int first = s.get(from).is("DET") ? from + 1 : from;
        int to = first;
        while (to < s.size() && to - first < 4 && Character.isUpperCase(s.get(to).word().charAt(0))) {
            to++;
        }
        return to > first && to < s.size() && s.get(to).word().equalsIgnoreCase("as")
                ? new SourcePhrases.Phrase(from, to - 1, s.words(from, to - 1), tally.model.Claimant.Kind.GROUP,
                s.get(from).start(), s.get(to - 1).end(), s.get(to - 1).end()) : null;
    }

    /** A form of "be" before the participle, adverbs aside ("was also quoted"). */
    private static boolean passive(TaggedSentence s, int verb) {
        int i = verb - 1;
        while (i > 0 && s.get(i).is("ADV")) {
            i--;
        }
        return BE.contains(s.get(i).word().toLowerCase(Locale.ROOT));
    }
}
