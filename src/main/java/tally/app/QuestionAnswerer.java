package tally.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.compose.AnswerComposer;
import tally.app.port.CorpusIndex;
import tally.app.port.IndexAccess;
import tally.app.question.QuestionContext;
import tally.app.question.QuestionParser;
import tally.model.Claim;
import tally.model.PlainText;

/**
 * Where a typed question becomes an answer, over one version of the index throughout: read alone, or after the
 * asker's earlier questions (a follow-up keeps their source and period, and its note says so), then composed, with the
 * engine's notes ({@link AnswerNotes}); and the summary moderators pin. Apart from {@link TallyEngine} since round 64:
 * the engine wires and lists; this class is the path of a question, read top to bottom.
 */
final class QuestionAnswerer {

    static final String SUMMARY_QUESTION = "Every figure in the corpus";

    private final IndexAccess index;
    private final QuestionParser parser;
    private final AnswerComposer composer;
    private final Clock clock;
    /** The months that have claims, computed once per corpus version. */
    private volatile @Nullable ClaimMonths months;

    private record ClaimMonths(String version, Set<YearMonth> months) {
    }

    QuestionAnswerer(IndexAccess index, QuestionParser parser, AnswerComposer composer, Clock clock) {
        this.index = index;
        this.parser = parser;
        this.composer = composer;
        this.clock = clock;
    }

    /**
     * The question is echoed in every reply, on a terminal too, so its terminal controls and direction overrides are
     * neutralised here, as an article's are where it is read ({@link PlainText}).
     */
    Answer ask(String typed) {
        String question = PlainText.oneLine(typed);
        return index.read(current -> answer(question, parser.parseIn(question, context(current)), current, null));
    }

    Answer ask(String typed, List<String> typedBefore) {
        if (typedBefore.isEmpty()) {
            return ask(typed);
        }
        String question = PlainText.oneLine(typed);
        List<String> earlier = typedBefore.stream().map(PlainText::oneLine).toList();
        return index.read(current -> {
            QuestionParser.FollowUp read = parser.parseAfter(question, earlier, context(current));
            if (read.aboutLastAnswer()) {
                // "who said that?" is answered as the last question was, words and all: its own words searched for
                // passages offered other ones than the reply it asks about (newcomer trial, round 67)
                String before = askedBefore(earlier);
                return answer(before, read.parsed(), current, AnswerNotes.aboutLastAnswerNote(before))
                        .withQuestion(question);
            }
            String note = read.carried().isEmpty() ? null
                    : AnswerNotes.followUpNote(askedBefore(earlier), read.carried());
            return answer(question, read.parsed(), current, note);
        });
    }

    /** The composed answer; {@code followUp} goes before its own note (an empty corpus says so instead of either). */
    private Answer answer(String question, ParsedQuestion parsed, CorpusIndex current, @Nullable String followUp) {
        return AnswerNotes.withNotes(composer.compose(question, parsed, current),
                current.corpus().articles().isEmpty(), followUp, LocalDate.now(clock));
    }

    boolean followsOn(String question) {
        return parser.opensAsFollowUp(question)
                || parser.namesOnlyAPeriod(PlainText.oneLine(question), QuestionContext.on(LocalDate.now(clock)));
    }

    /** The last question asked before that was not only about its answer ("source?" shows the one before it). */
    private String askedBefore(List<String> earlier) {
        for (int i = earlier.size() - 1; i > 0; i--) {
            if (!parser.asksAboutLastAnswer(earlier.get(i))) {
                return earlier.get(i);
            }
        }
        return earlier.get(0);
    }

    /** Parses without answering: for adapters that show how a question was read. */
    ParsedQuestion parse(String question) {
        return index.read(current -> parser.parseIn(question, context(current)));
    }

    Answer summary() {
        return index.read(current -> composer.compose(SUMMARY_QUESTION, ParsedQuestion.everything(), current));
    }

    /** Today from the clock, and the months in which the corpus has claims ("in December": the latest with claims). */
    private QuestionContext context(CorpusIndex current) {
        ClaimMonths known = months;
        if (known == null || !known.version().equals(current.version())) {
            Set<YearMonth> found = new HashSet<>();
            for (Claim c : current.corpus().claims()) {
                LocalDate d = c.claimDate().date();
                if (d != null) {
                    found.add(YearMonth.from(d));
                }
            }
            known = new ClaimMonths(current.version(), Set.copyOf(found));
            months = known;
        }
        return new QuestionContext(LocalDate.now(clock), known.months());
    }
}
