package tally.app.render;

import java.util.List;
import tally.app.answer.Answer;
import tally.app.answer.Intent;
import tally.app.answer.Side;

/**
 * The lines that open an answer to a question of a particular kind ({@link Intent}): who gives the highest figure,
 * which claims state a number asked about and what they count, what differs between the figures, which sources are
 * compared. Every line is built from the claims (their wording, claimant, date, metric, scope); none says yes or no,
 * and none names a winner. Plain text, shared by every renderer.
 *
 * <p>This class picks the lines for the intent; each kind with more to say has a class of its own, so that a reader
 * looking for the wording of one kind of answer finds it in one place of about a hundred lines: {@link EndLeads}
 * (highest, lowest), {@link CheckLeads} (is it true that ...), {@link DifferenceLeads} (why do they differ) and
 * {@link RevisionLeads} (did a source change its figure).
 */
public final class Leads {

    private Leads() {
    }

    /**
     * The opening lines for the answer's intent. The lines that describe the figures below ("Each claimant's newest
     * figure ...", "Side by side ...") are left out when there are none: they would introduce passages as figures.
     */
    public static List<String> of(Answer answer) {
        return switch (answer.parsed().intent()) {
            case LIST -> List.of();
            case LATEST -> answer.hasFigures() ? List.of("Each claimant's newest figure per measure, newest first "
                    + "(their newest total where they gave one).") : List.of();
            case EARLIEST -> answer.hasFigures() ? List.of("Each named claimant's first dated figure per measure, "
                    + "oldest first.") : List.of();
            case COMPARE -> answer.hasFigures() ? compare(answer) : List.of();
            case HIGHEST -> EndLeads.of(answer, true);
            case LOWEST -> EndLeads.of(answer, false);
            case CHECK -> CheckLeads.of(answer);
            case WHY_DIFFER -> DifferenceLeads.of(answer);
            case REVISIONS -> RevisionLeads.of(answer);
        };
    }

    /** See {@link RevisionLeads#NO_REVISION}. */
    static final String NO_REVISION = RevisionLeads.NO_REVISION;

    /**
     * The sides compared; when only one of them has any figure, that nothing is set beside it (round 67: "side by
     * side" over one side announced a comparison the reply could not make).
     */
    private static List<String> compare(Answer answer) {
        List<String> sides = answer.groups().stream().flatMap(g -> g.sides().stream()).map(Side::label).distinct()
                .toList();
        // the sources named, and "Other sources" when one was named (round 67: it went unsaid, one label "side by side")
        List<String> labels = answer.parsed().compared().isEmpty() ? sides
                : sides.stream().filter(l -> !l.equals(Side.UNCERTAIN)).toList();
        if (labels.isEmpty()) {
            labels = answer.parsed().compared().stream().map(w -> w.label()).toList();
        }
        // figures whose claimant is uncertain stand apart, as no side's: they set nothing beside a side
        List<String> withFigures = answer.groups().stream().flatMap(g -> g.sides().stream())
                .filter(s -> !s.claims().isEmpty() && !s.label().equals(Side.UNCERTAIN)).map(Side::label).distinct()
                .toList();
        if (withFigures.isEmpty()) {
            return List.of("No side has figures here whose claimant Tally read for sure, so nothing is set side by "
                    + "side; the figures below show their sources' own words.");
        }
        if (withFigures.size() == 1) {
            return List.of("Only one side has figures here (" + withFigures.get(0) + "), so nothing is set beside "
                    + "them. Tally does not say whether they are right.");
        }
        return List.of("Side by side, per measure: " + String.join("; ", labels)
                + ". Tally does not say which one is right.");
    }

}
