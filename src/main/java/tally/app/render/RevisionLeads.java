package tally.app.render;

import java.util.ArrayList;
import java.util.List;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;

/**
 * The lines that open an answer to a revision question ({@link tally.app.answer.Intent#REVISIONS}): each change of one
 * named claimant's own total, with its measure's name, newest first within each measure; or why none is shown.
 * <p>
 * A question that names a measure ("has the NIS revised its death toll?") is answered with that measure's revisions
 * only (round 63): the measures shown alongside it (combined killed-or-wounded figures under a question about deaths)
 * are no answer to it, and listing their revisions in the same list read as if the source had revised its death toll.
 * When only such a measure was revised, the lead says there is no revision of the measure asked and names the other
 * measure's revisions as that, apart.
 */
final class RevisionLeads {

    static final String HEADER = "Changes of a named claimant's own total for one measure, newest first within each"
            + " measure (each is shown again under its measure below):";

    /** Why no revision is shown: the rule of {@code Revisions}, in the reader's terms. */
    static final String NO_REVISION = "No named claimant here gives two different totals for one measure on two dates,"
            + " so Tally shows no revision. A figure for one period, one incident or part of the force, a vague one"
            + " ('thousands'), one read with doubt, or one from unnamed officials does not count as changing a total."
            + " The figures are below.";

    private RevisionLeads() {
    }

    static List<String> of(Answer answer) {
        if (!answer.hasFigures()) {
            return List.of();
        }
        // a question that names no measure asks about every one: nothing is shown "alongside" as another measure
        boolean measureNamed = !answer.parsed().metrics().isEmpty();
        List<String> asked = lines(answer, false, measureNamed);
        if (!asked.isEmpty()) {
            asked.add(0, HEADER);
            return asked;
        }
        List<String> others = measureNamed ? lines(answer, true, true) : List.of();
        if (others.isEmpty()) {
            return List.of(NO_REVISION);
        }
        List<String> out = new ArrayList<>();
        out.add("No named claimant here gives two different totals for " + askedHeadings(answer) + " on two dates, so"
                + " Tally shows no revision of it. Revised totals of another measure, which count something else and do"
                + " not answer the question:");
        out.addAll(others);
        return out;
    }

    /** The revision lines of the groups asked for ({@code related} false) or of those shown alongside. */
    private static List<String> lines(Answer answer, boolean related, boolean measureNamed) {
        List<String> lines = new ArrayList<>();
        for (FigureGroup g : answer.groups()) {
            if (measureNamed && g.related() != related) {
                continue;
            }
            g.revisions().forEach(r -> lines.add("- " + Wording.revision(r) + " (" + Wording.heading(g.metric()) + ")"));
        }
        return lines;
    }

    private static String askedHeadings(Answer answer) {
        List<String> headings = answer.groups().stream().filter(g -> !g.related())
                .map(g -> Wording.heading(g.metric())).distinct().toList();
        if (headings.size() <= 1) {
            return String.join("", headings);
        }
        return String.join(", ", headings.subList(0, headings.size() - 1)) + " or " + headings.get(headings.size() - 1);
    }
}
