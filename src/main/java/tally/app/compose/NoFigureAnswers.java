package tally.app.compose;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.question.MeasureWords;
import tally.app.question.SubjectPassages;
import tally.app.port.CorpusIndex;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;
import tally.model.Metric;
import tally.model.Passage;

import static tally.app.compose.AnswerComposer.CAVEAT;
import static tally.app.compose.AnswerComposer.COVERAGE;
import static tally.app.compose.AnswerComposer.PASSAGE_LIMIT;
import static tally.app.compose.AnswerComposer.joined;
import static tally.app.compose.AnswerComposer.searchText;

/**
 * Answers with no figure to show, and what they say instead: a question about what Tally does not cover gets passages
 * that speak of what was asked, never a North Korean figure as its answer; a question whose figures the sources do not
 * have gets a note saying what it was narrowed to ("The sources have no figures for captured from the Pentagon.") and
 * passages: only those that name the source asked about when it named one, else only those that speak of a measure
 * asked ({@link MeasureWords}).
 */
final class NoFigureAnswers {

    private final ClaimantDirectory directory;
    private final SourceMentions sourceMentions;
    private final MeasureWords measureWords;
    private final SubjectPassages subjectPassages;

    NoFigureAnswers(ClaimantDirectory directory, SourceMentions sourceMentions, MeasureWords measureWords,
                    SubjectPassages subjectPassages) {
        this.directory = directory;
        this.sourceMentions = sourceMentions;
        this.measureWords = measureWords;
        this.subjectPassages = subjectPassages;
    }

    /**
     * A question about other forces, another unit of count or a measure Tally does not track: no North Korean figure
     * is offered as its answer; passages that speak of what was asked are, with their attribution. Round 67: only
     * those with a sentence that speaks of it ({@link SubjectPassages}); "how many Russian soldiers were killed?" on the
     * bundled corpus was offered "3,000 North Korean soldiers were killed or wounded ... in the Russian border region",
     * which matched only on "Russian".
     */
    Answer notCovered(String question, ParsedQuestion parsed, CorpusIndex index) {
        List<String> terms = parsed.subject().terms().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Passage> passages = passagesSpeakingOf(index, searchText(question), parsed);
        if (passages.isEmpty() && !terms.isEmpty()) {
            // the whole question can rank first only passages about North Korean troops in Russia, none naming the
            // engineers it asks about ("How many North Korean engineers went to Russia?"); the words asked about alone
            // find those that do, so the reply does not say that no passage speaks of it
            passages = passagesSpeakingOf(index, searchText(String.join(" ", terms)), parsed);
        }
        String note = COVERAGE + " It has no figures for " + joined(parsed.subject().notCovered())
                + ", so it shows none as an answer." + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that speaks of it."
                : " These passages from the articles mention it:");
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /** The best passages for {@code query} that speak of what the question counts and Tally does not cover. */
    private List<Passage> passagesSpeakingOf(CorpusIndex index, String query, ParsedQuestion parsed) {
        return Passages.best(index, query, PASSAGE_LIMIT * 4,
                p -> subjectPassages.speaksOf(p.text(), parsed.subject(), parsed.metrics()))
                .stream().limit(PASSAGE_LIMIT).toList();
    }

    Answer nothingFound(String question, ParsedQuestion parsed, Set<Metric> asked, CorpusIndex index) {
        if (parsed.unknownSource() != null) {
            return UnknownSourceAnswer.none(question, parsed, index, noFiguresNote(parsed, asked));
        }
        if (parsed.claimant() != null || parsed.partyId() != null) {
            return nothingFromTheSourceAsked(question, parsed, asked, index);
        }
        // round 66: only passages that speak of a measure asked, by the question lexicon's words for it: "how many were
        // captured?" on the bundled corpus was offered "3,000 ... killed or wounded" as a passage that "may be relevant";
        // round 67: in one sentence, and not one that counts another force alone ({@link SubjectPassages})
        Passages.Offered offered = Passages.best(index, searchText(question), PASSAGE_LIMIT * 4,
                p -> subjectPassages.speaksOfTheseTroops(p.text(), asked), parsed.period());
        List<Passage> passages = offered.passages().stream().limit(PASSAGE_LIMIT).toList();
        String it = asked.size() == 1 ? "it" : "them";
        String note = noFiguresNote(parsed, asked) + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that speaks of " + it + "."
                : offered.introduce(measureWords.loaded() && !asked.isEmpty() ? "speak of " + it : "may be relevant",
                        parsed.period()));
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /**
     * "How many were killed according to the Pentagon?" with no Pentagon figure: only passages that name the source
     * asked about (or one of its members) are offered, so no other party's figure stands where its answer would.
     */
    private Answer nothingFromTheSourceAsked(String question, ParsedQuestion parsed, Set<Metric> asked,
                                             CorpusIndex index) {
        // the index is asked for more, as most passages it ranks first name no source asked; a measure the question
        // names must be spoken of too (round 67: "what about Seoul?" after "captured" offered Seoul's words on pay,
        // deaths and containers under "no figures for captured from South Korea"), unless it asks of the whole toll
        // ("Did Pyongyang confirm any losses?": that it "has neither confirmed nor denied" the deployment answers it)
        boolean measureNamed = !parsed.metrics().isEmpty() && measureWords.loaded()
                && !measureWords.coversAnUmbrella(parsed.metrics());
        Passages.Offered offered = Passages.best(index, searchText(question), PASSAGE_LIMIT * 4,
                p -> namesTheSourceAsked(p.text(), parsed)
                        && (!measureNamed || subjectPassages.speaksOfTheseTroops(p.text(), asked)), parsed.period());
        List<Passage> passages = offered.passages().stream().limit(PASSAGE_LIMIT).toList();
        String it = asked.size() == 1 ? "it" : "them";
        String note = noFiguresNote(parsed, asked) + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that names that source"
                        + (measureNamed ? " and speaks of " + it + "." : ".")
                : offered.introduce(measureNamed ? "name that source and speak of " + it : "name that source",
                        parsed.period()));
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /**
     * A passage names the source asked only where the source speaks in it ({@link SourceMentions}): a cue after its
     * name ("Kyiv said", "the Pentagon has confirmed") or before it ("according to Kyiv"). "An ally of Kyiv" names a
     * place; "the permission of Kim Jong-un and Putin" and "a meeting with the NIS" name a party as an object, and
     * were offered as Russia's or the NIS's words (trial 15) while only a place alias needed the cue.
     */
    private boolean namesTheSourceAsked(String text, ParsedQuestion parsed) {
        String claimantId = parsed.claimant() == null ? null : parsed.claimant().id();
        boolean byClaimant = directory.claimants(text).stream().anyMatch(m -> (m.id().equals(claimantId)
                || claimantId != null && claimantId.equals(directory.memberOf(m.id()))
                || parsed.partyId() != null && parsed.partyId().equals(directory.partyOf(m.id())))
                && sourceMentions.asSource(text, m));
        return byClaimant || parsed.partyId() != null && directory.parties(text).stream()
                .anyMatch(m -> m.id().equals(parsed.partyId()) && sourceMentions.asSource(text, m));
    }

    /**
     * "The sources have no figures for killed, wounded or captured from Volodymyr Zelensky in December 2024.": what
     * the question narrowed the figures to, said in full.
     */
    String noFiguresNote(ParsedQuestion parsed, Set<Metric> asked) {
        StringBuilder note = new StringBuilder("The sources have no figures");
        if (!parsed.metrics().isEmpty()) {
            // "killed, wounded or captured": a list, not "killed or wounded or ... or captured"
            note.append(" for ").append(joined(asked.stream().map(m -> m.label().toLowerCase(Locale.ROOT)).toList()));
        }
        if (parsed.claimant() != null) {
            note.append(" from ").append(parsed.claimant().name());
        } else if (parsed.partyId() != null) {
            String party = directory.party(parsed.partyId()).map(ClaimantsConfig.Party::name).orElse(parsed.partyId());
            note.append(" from ").append(party).append(" (any of its officials or agencies)");
        } else if (parsed.unknownSource() != null) {
            note.append(" from “").append(parsed.unknownSource()).append('”');
        } else if (!parsed.compared().isEmpty()) {
            note.append(" from ").append(parsed.compared().stream().map(w -> w.label())
                    .collect(Collectors.joining(" or ")));
        }
        if (parsed.period() != null) {
            note.append(' ').append(parsed.period().text());
        }
        return note.append('.').toString();
    }
}
