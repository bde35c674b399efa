package tally.app.compose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import tally.app.FigureQuery;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.port.CorpusIndex;
import tally.model.Metric;
import tally.model.Passage;

/**
 * The answer when a question names a source the directory does not list ("What did the Mossad say ...?") and no figure
 * of an unlisted source with those words matches. Every other party's figures would stand where its answer should, so
 * none is shown: the note says plainly that Tally's list of sources has no such name, and only passages that contain
 * those words are offered, as for a listed source with no figures.
 */
final class UnknownSourceAnswer {

    private UnknownSourceAnswer() {
    }

    /** @param noFiguresNote what the composer says for the measures and period asked ("The sources have no ...") */
    static Answer none(String question, ParsedQuestion parsed, CorpusIndex index, String noFiguresNote) {
        SourceWords asked = SourceWords.of(parsed.unknownSource());
        String quoted = "“" + asked.asked() + "”";
        boolean anyFigure = index.claims(new FigureQuery(EnumSet.allOf(Metric.class), null, null)).stream()
                .anyMatch(c -> asked.name(c.claimant()) || c.relayedBy() != null && asked.name(c.relayedBy()));
        // Some figure is told by those words, only not for what was asked: say so rather than that none is.
        String note = anyFigure ? noFiguresNote
                : "Tally's list of sources has no " + quoted + ", and no figure in the articles is attributed to "
                + "those words, so it shows none as an answer.";
        List<Passage> passages = naming(asked, question, index);
        note += passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that names " + quoted + "."
                : " These passages from the articles name " + quoted + ":";
        return new Answer(question, parsed, List.of(), passages, note, AnswerComposer.CAVEAT);
    }

    /** Passages that contain the words, found by the question and, failing that, by the words alone. */
    private static List<Passage> naming(SourceWords asked, String question, CorpusIndex index) {
        List<Passage> found = new ArrayList<>();
        for (String search : List.of(question, asked.asked())) {
            for (Passage p : Passages.best(index, AnswerComposer.searchText(search), AnswerComposer.PASSAGE_LIMIT * 4)) {
                boolean seen = found.stream().anyMatch(f -> f.file().equals(p.file()) && f.text().equals(p.text()));
                if (!seen && asked.contains(p.text()) && found.size() < AnswerComposer.PASSAGE_LIMIT) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
