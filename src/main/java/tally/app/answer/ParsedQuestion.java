package tally.app.answer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;
import tally.model.Metric;

/**
 * What a question asks: metrics (empty when it names none), an optional claimant or party (a party such as South Korea
 * stands for all of its claimants; at most one of the two is set), an optional period, whether it is about the topic
 * at all, whom it counts ({@link Subject}), what kind of answer it wants ({@link Intent}), the sources it compares
 * (two or more for {@link Intent#COMPARE}; the claimant/party filter is then unset) and the number it checks
 * ({@link Intent#CHECK}). {@code asksForFigures} is false for a question that names no metric, no source, no figure and
 * no quantity ("What happened to the soldiers in the trenches?"): it is answered with passages, not every figure.
 * {@code unknownSource} is a source the question names that the claimant directory does not know, in the question's
 * own words ("the Mossad", "the Washington Post"); only figures of an unlisted source with those words answer it.
 */
public record ParsedQuestion(
        Set<Metric> metrics,
        @Nullable Claimant claimant,
        @Nullable String partyId,
        @Nullable Period period,
        boolean onTopic,
        Subject subject,
        Intent intent,
        List<Who> compared,
        @Nullable NumberAsked number,
        boolean asksForFigures,
        @Nullable String unknownSource) {

    public ParsedQuestion {
        metrics = Set.copyOf(metrics);
        compared = List.copyOf(compared);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(intent, "intent");
        if (claimant != null && partyId != null) {
            throw new IllegalArgumentException("a question filters by a claimant or by a party, not both");
        }
        if ((intent == Intent.CHECK) != (number != null)) {
            throw new IllegalArgumentException("a number is checked exactly when the intent is CHECK");
        }
        if (unknownSource != null && (unknownSource.isBlank() || claimant != null || partyId != null)) {
            throw new IllegalArgumentException("an unknown source is a name, asked instead of a listed one");
        }
    }

    /** No unknown source named. */
    public ParsedQuestion(Set<Metric> metrics, @Nullable Claimant claimant, @Nullable String partyId,
                          @Nullable Period period, boolean onTopic, Subject subject, Intent intent, List<Who> compared,
                          @Nullable NumberAsked number, boolean asksForFigures) {
        this(metrics, claimant, partyId, period, onTopic, subject, intent, compared, number, asksForFigures, null);
    }

    /** A plain listing question about North Korean troops, subject unstated. */
    public ParsedQuestion(Set<Metric> metrics, @Nullable Claimant claimant, @Nullable String partyId,
                          @Nullable Period period, boolean onTopic) {
        this(metrics, claimant, partyId, period, onTopic, Subject.UNSTATED, Intent.LIST, List.of(), null, true);
    }

    /** Without a party filter. */
    public ParsedQuestion(Set<Metric> metrics, @Nullable Claimant claimant, @Nullable Period period, boolean onTopic) {
        this(metrics, claimant, null, period, onTopic);
    }

    /** Every metric, no filter: what a summary shows. */
    public static ParsedQuestion everything() {
        return new ParsedQuestion(Set.of(), null, null, null, true);
    }

    public ParsedQuestion withIntent(Intent newIntent, @Nullable NumberAsked newNumber) {
        return new ParsedQuestion(metrics, claimant, partyId, period, onTopic, subject, newIntent, compared, newNumber,
                asksForFigures, unknownSource);
    }

    public ParsedQuestion withSubject(Subject newSubject) {
        return new ParsedQuestion(metrics, claimant, partyId, period, onTopic, newSubject, intent, compared, number,
                asksForFigures, unknownSource);
    }

    /** The same question asked of another period ("and in January?" nearest the last; "and before that?"). */
    public ParsedQuestion withPeriod(@Nullable Period newPeriod) {
        return new ParsedQuestion(metrics, claimant, partyId, newPeriod, onTopic, subject, intent, compared, number,
                asksForFigures, unknownSource);
    }

    /** The same question asked of every source: its measures, period and number, with no source named. */
    public ParsedQuestion withoutSource() {
        return new ParsedQuestion(metrics, null, null, period, onTopic, subject, intent, compared, number,
                asksForFigures, null);
    }

    /** The sources side by side; a question that asks why they differ keeps that intent. */
    public ParsedQuestion comparing(List<Who> sides) {
        Intent kept = intent == Intent.WHY_DIFFER ? Intent.WHY_DIFFER : Intent.COMPARE;
        return new ParsedQuestion(metrics, null, null, period, onTopic, subject, kept, sides, null, asksForFigures);
    }

    /**
     * Whether North Korean troop figures can answer the question: not when it counts only something Tally does not
     * cover, even with North Korean troops as the doers ("How many Ukrainian drones were shot down by North Korean
     * troops?": no measure of Tally's is named, only the drones). They can when North Korean troops are what is
     * counted ("Is it true that 2,000 North Koreans joined Russian marine units?").
     */
    public boolean answeredByTroopFigures() {
        return subject.covered() && (!metrics.isEmpty() || subject.notCovered().isEmpty()
                || subject.kind() == Subject.Kind.NORTH_KOREAN);
    }

    /** Whether the answer puts sources side by side: a comparison, or "why do X and Y differ". */
    public boolean sideBySide() {
        return intent == Intent.COMPARE || !compared.isEmpty();
    }
}
