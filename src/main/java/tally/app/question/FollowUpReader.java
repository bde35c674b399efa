package tally.app.question;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Subject;

/**
 * Reads a question as the asker's next after their last ones: a follow-up keeps the source, period and measures it does
 * not name anew ({@link FollowUps}), the words after its opener name a source as if "according to" stood before them
 * ("what about South Korea?"), and a question that names only a time asks the last one again for that time ("and in
 * January 2025?").
 */
final class FollowUpReader {

    /** Reads one question on its own, as {@link QuestionParser#parseIn} does. */
    interface Reader {
        ParsedQuestion read(String question, @Nullable QuestionContext context);
    }

    /** At most this many words, with no measure, source or topic among them: "in January 2025?", "and late 2024?". */
    private static final int PERIOD_ONLY_WORDS = 6;

    private final Reader reader;
    private final FollowUps followUps;
    private final IntentFinder intents;

    FollowUpReader(Reader reader, FollowUps followUps, IntentFinder intents) {
        this.reader = reader;
        this.followUps = followUps;
        this.intents = intents;
    }

    /** Whether a question read alone names a time and nothing else, in a few words. */
    static boolean onlyAPeriod(ParsedQuestion parsed, List<String> words) {
        return !parsed.onTopic() && parsed.period() != null && !words.isEmpty() && words.size() <= PERIOD_ONLY_WORDS;
    }

    /** See {@link QuestionParser#parseAfter}: each of {@code earlier} is read in turn, oldest first. */
    QuestionParser.FollowUp parseAfter(String question, List<String> earlier, @Nullable QuestionContext context) {
        ParsedQuestion effective = null;
        for (String q : earlier) {
            effective = effective == null ? reader.read(q, context) : step(q, effective, context).parsed();
        }
        return effective == null ? new QuestionParser.FollowUp(reader.read(question, context), List.of())
                : step(question, effective, context);
    }

    private QuestionParser.FollowUp step(String question, ParsedQuestion previous, @Nullable QuestionContext context) {
        QuestionText text = QuestionText.of(question);
        List<String> words = text.words();
        if (previous.onTopic() && followUps.asksAboutLast(words)) {
            return new QuestionParser.FollowUp(previous, List.of(), true);
        }
        ParsedQuestion current = reader.read(question, context);
        boolean onlyAPeriod = previous.onTopic() && onlyAPeriod(current, words);
        if (!current.onTopic() && (followUps.opens(words) || onlyAPeriod)) {
            // "and the latest?" names no measure, so alone it is off the topic and its kind of answer was dropped: the
            // question it follows gives the topic, and it keeps its own kind (trial 7)
            IntentFinder.Found found = intents.find(words, text.lower());
            current = new ParsedQuestion(current.metrics(), current.claimant(), current.partyId(), current.period(),
                    false, current.subject(), found.intent(), List.of(), found.number(), false, current.unknownSource());
        }
        int rest = followUps.openerEnd(question, words);
        if (rest >= 0) {
            current = sourceAfterOpener(question.substring(rest), current, previous, context);
        }
        Period nearer = rest >= 0 ? FollowUps.monthNearPrevious(current.period(), previous.period(), question) : null;
        if (nearer != null) {
            current = current.withPeriod(nearer);
        }
        Period then = current.period() == null ? followUps.thenPeriod(words, previous.period(),
                context == null ? null : context.today()) : null;
        if (then != null) {
            current = current.withPeriod(then);
        }
        FollowUps.Carried carried = followUps.carry(words, previous, current, then != null || onlyAPeriod);
        return carried == null ? new QuestionParser.FollowUp(current, List.of())
                : new QuestionParser.FollowUp(carried.parsed(), carried.what());
    }

    /**
     * The words after a follow-up's opener ({@code afterOpener}) read as a source when the question names none of its
     * own ("what about South Korea?"); the subject stays the conversation's when they do.
     */
    private ParsedQuestion sourceAfterOpener(String afterOpener, ParsedQuestion current, ParsedQuestion previous,
                                             @Nullable QuestionContext context) {
        boolean ownSource = current.claimant() != null || current.partyId() != null || current.unknownSource() != null;
        if (!ownSource) {
            ParsedQuestion probe = reader.read("according to " + afterOpener, context);
            if (probe.claimant() != null || probe.partyId() != null || probe.unknownSource() != null) {
                // the words name who speaks, not whom the figures count ("Ukraine's military intelligence" is no
                // question about Ukrainian forces): the subject is the conversation's
                current = new ParsedQuestion(current.metrics(), probe.claimant(), probe.partyId(), current.period(),
                        true, previous.subject(), current.intent(), List.of(), current.number(), true,
                        probe.unknownSource());
            }
        }
        if (current.subject().kind() == Subject.Kind.OTHER && previous.subject().kind() != Subject.Kind.OTHER
                && (current.claimant() != null || current.partyId() != null)) {
            // "what about Ukraine's military intelligence?": the force words are the source's name, not what is counted
            current = new ParsedQuestion(current.metrics(), current.claimant(), current.partyId(), current.period(),
                    true, previous.subject(), current.intent(), List.of(), current.number(), true,
                    current.unknownSource());
        }
        return current;
    }
}
