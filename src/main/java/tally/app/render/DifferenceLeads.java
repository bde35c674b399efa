package tally.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import tally.app.answer.Answer;
import tally.app.answer.Differences;
import tally.model.Metric;
import tally.model.Scope;

/**
 * The lead of "why do the figures differ?": who claims them, when, what they count, over what stretch, in what words,
 * with what doubt, after saying that Tally does not judge which is right. Apart from {@link Leads} since round 64, as
 * the wording of one kind of question.
 */
final class DifferenceLeads {

    private DifferenceLeads() {
    }

    /** What differs between the figures: who, when, what, over what stretch, in what words, with what doubt. */
    static List<String> of(Answer answer) {
        Differences d = answer.differences();
        if (d == null || d.claims() == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        // asked "which is the most accurate?", a list of differences alone reads as an answer withheld, or as the first
        // figure below being the pick (trial 7)
        lines.add("Tally does not judge which figure is right, accurate or reliable. What differs between these "
                + d.claims() + " figures, as the claims themselves show:");
        lines.add("- Who claims them: " + String.join("; ", d.claimants()) + ".");
        if (d.earliest() != null) {
            String earliest = Wording.bareDate(d.earliest()); // as precise as it was given: "Oct 2024"
            String latest = Wording.bareDate(d.latest());
            String when = earliest.equals(latest) ? "all claimed " + switch (d.earliest().precision()) {
                case DAY -> "on ";
                case WEEK -> "in the ";
                default -> "in ";
            } + earliest : "claimed between " + earliest + " and " + latest;
            lines.add("- When: " + when + (d.undated() > 0 ? "; " + d.undated() + " undated" : "") + ".");
        } else {
            lines.add("- When: none of them is dated.");
        }
        lines.add("- What they count: " + counted(d.metrics()) + ".");
        StringJoiner scopes = new StringJoiner(", ");
        for (Scope s : Scope.values()) {
            Integer n = d.scopes().get(s);
            if (n != null) {
                scopes.add((s == Scope.TOTAL ? "totals so far" : s.label()) + " (" + n + ")");
            }
        }
        lines.add("- Over what stretch: " + scopes + "; only totals are compared with each other.");
        if (!d.qualifiers().isEmpty()) {
            lines.add("- How they are worded: " + String.join(", ", d.qualifiers()) + ".");
        }
        if (d.uncertain() > 0) {
            lines.add("- Read with doubt: " + d.uncertain() + (d.uncertain() == 1 ? " claim has" : " claims have")
                    + " a field Tally could not read for sure, shown in the source's own words.");
        }
        return lines;
    }

    private static String counted(Map<Metric, Integer> metrics) {
        StringJoiner joined = new StringJoiner(", ");
        for (Metric m : Metric.values()) {
            Integer n = metrics.get(m);
            if (n != null) {
                joined.add(m.label().toLowerCase(Locale.ROOT) + " (" + n + ")");
            }
        }
        return joined.toString();
    }
}
