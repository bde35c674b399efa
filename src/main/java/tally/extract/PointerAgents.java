package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * The speaker of a pointer sentence in the passive that gives no figure ("This was said by White House spokesman John
 * Kirby last Friday."), read as {@link FollowUps} reads the agent that takes the figures of the sentence before, so the
 * statement's date can be kept for the speaker's later figures.
 */
final class PointerAgents {

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final EnglishTagger tagger;
    private final SourcePhrases phrases;
    private final DateFinder dates = new DateFinder();

    PointerAgents(CompiledLexicon lex, ClaimantDirectory directory, EnglishTagger tagger) {
        this.lex = lex;
        this.directory = directory;
        this.tagger = tagger;
        this.phrases = new SourcePhrases(lex);
    }

    /**
     * "This was said by White House spokesman John Kirby last Friday.", with no unattributed figure before it to take
     * the source: the passive's agent (token rule {@code passiveAgent}) after a pointer is the speaker of a statement
     * with no figure, its cue the passive's verb, so the statement's date is kept for the speaker's later figures as
     * for "Kirby spoke last Friday". Null when the sentence is not such a pointer or names no agent.
     */
    @Nullable Attribution of(String s) {
        if (!lex.pointsBack.matcher(s).find()) {
            return null;
        }
        TaggedSentence t = tagger.tag(s);
        List<DateMention> dateMentions = dates.find(s);
        for (TokenRules.Match m : lex.rules.passiveAgent(t)) {
            SourcePhrases.Phrase agent = beforeItsDate(t, phrases.after(t, m.end()), dateMentions);
            if (agent != null) {
                Claimant claimant = StructuralAttribution.claimantOf(agent, directory.claimants(s), directory, lex);
                TaggedSentence.Token cue = t.get(verbOf(t, m)); // the passive's verb, before "by" or the day before it
                return new Attribution(claimant, null, cue.start(), cue.word(), agent.end());
            }
        }
        return null;
    }

    /** The passive's verb in a match: the first word after the auxiliary that is no adverb ("was also said"). */
    private static int verbOf(TaggedSentence t, TokenRules.Match m) {
        int i = m.start() + 1;
        while (i < m.end() - 2 && t.get(i).is("ADV")) {
            i++;
        }
        return i;
    }

    /**
     * The agent's phrase up to the date that closes it ("White House spokesman John Kirby last Friday": the date is the
     * statement's, not a part of the name), or the phrase as it is when no date stands in it; null for null.
     */
    private static SourcePhrases.@Nullable Phrase beforeItsDate(TaggedSentence t, SourcePhrases.@Nullable Phrase agent,
                                                              List<DateMention> dateMentions) {
        if (agent == null) {
            return null;
        }
        @Nullable DateMention date = dateMentions.stream().filter(d -> d.start() > agent.start() && d.start() < agent.end())
                .findFirst().orElse(null);
        if (date == null) {
            return agent;
        }
        int to = agent.from();
        while (to + 1 <= agent.to() && t.get(to + 1).end() <= date.start()) {
            to++;
        }
        int end = t.get(to).end();
        return new SourcePhrases.Phrase(agent.from(), to, t.text().substring(agent.start(), end), agent.kind(),
                agent.start(), end, Math.min(agent.headEnd(), end));
    }
}
