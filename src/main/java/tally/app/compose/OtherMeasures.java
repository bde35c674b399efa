package tally.app.compose;

import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tally.app.FigureQuery;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.port.CorpusIndex;
import tally.model.Claim;
import tally.model.Metric;

/**
 * For a question about one source that lists some of its measures ("what does the Pentagon say about North Korean
 * troops in Russia?" reads "troops in Russia" as the troops sent): which other measures that source has figures for,
 * and how to ask for them. Trial 18: the reply listed the troops sent only, with no word of the source's casualty
 * figures.
 */
final class OtherMeasures {

    private OtherMeasures() {
    }

    /** The note with a sentence naming the source's other measures added, or the note as it was when it has none. */
    static @Nullable String added(@Nullable String note, ParsedQuestion parsed, ClaimFilter filter, Set<Metric> shown,
                                  CorpusIndex index) {
        if (parsed.claimant() == null && parsed.partyId() == null || parsed.intent() != Intent.LIST
                || parsed.sideBySide()) {
            return note;
        }
        Set<Metric> others = java.util.EnumSet.noneOf(Metric.class);
        for (Claim c : index.claims(FigureQuery.all())) {
            if (!shown.contains(c.metric()) && filter.test(c)) {
                others.add(c.metric());
            }
        }
        if (others.isEmpty()) {
            return note;
        }
        // no count of claims: a reply's numbers are the sources' own (FaithfulnessTest)
        StringJoiner measures = new StringJoiner("; ");
        others.forEach(m -> measures.add(m.label().toLowerCase(java.util.Locale.ROOT)));
        String said = "This source also gives figures for other measures, not listed below: " + measures
                + ". Ask for one by name (\u201chow many " + verb(others.iterator().next())
                + " according to ...?\u201d) to see them.";
        return note == null ? said : note + " " + said;
    }

    private static String verb(Metric m) {
        return switch (m) {
            case KILLED -> "were killed";
            case WOUNDED -> "were wounded";
            case KILLED_OR_WOUNDED -> "were killed or wounded";
            case CAPTURED -> "were captured";
            case DEPLOYED -> "were sent";
            case PLANNED_DEPLOYMENT -> "will be sent";
        };
    }
}
