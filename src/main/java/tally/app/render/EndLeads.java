package tally.app.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.model.Claim;

/**
 * The lead of "who gives the highest (lowest) figure?": per measure, the claimant at that end of the comparable totals,
 * the other totals that state the same number or name it as a bound, and whether figures left out of the comparison
 * go past it. Apart from {@link Leads} since round 64: it is the longest and most argued-over wording of the leads
 * (trials 12, 13 and 15 each changed it), and is read on its own.
 */
final class EndLeads {

    private EndLeads() {
    }

    /** The claimant at the high (or low) end of each measure's comparable totals. */
    static List<String> of(Answer answer, boolean highest) {
        List<String> lines = new ArrayList<>();
        for (FigureGroup g : answer.groups()) {
            if (g.related() || g.claims().isEmpty()) {
                continue;
            }
            Claim end = highest ? g.highest() : g.lowest();
            if (end == null) {
                end = single(g.claims());
            }
            String what = (highest ? "Highest" : "Lowest") + " total claimed for " + Wording.heading(g.metric());
            lines.add(end == null
                    ? "No comparable total is claimed for " + Wording.heading(g.metric())
                    + ": the figures below count one period, one incident, part of the force or a forecast, are vague,"
                    + " or were read with doubt."
                    : what + ": " + String.join(" / ", Wording.wordings(end)) + " — " + Wording.claimant(end) + ", "
                    + Wording.date(end, null) + Wording.corrected(end) + "." + beyond(g, end, highest));
        }
        return lines;
    }

    /**
     * Other totals that state the end's figure, each in its own words; and, said when a figure listed below goes past
     * the end named ("at least 10,000" named highest, "between 10,000-12,000" from an unnamed source listed under it):
     * otherwise the reader takes the end for an error, or the listed figure for a lower one. A total uses the same
     * figure only when both its low and its high are the end's, open ends included: a range that shares one end
     * ("between 10,000-12,000") is another figure (trial 13: it was said to "use the same number"), and so is "more
     * than 6,000" beside "approximately 6,000" (trial 15), which is said to name the number as a bound.
     */
    private static String beyond(FigureGroup g, @Nullable Claim end, boolean highest) {
        Long endLow = end == null ? null : end.figure().pivot();
        Long endHigh = end == null ? null : end.figure().highEnd();
        if (endLow == null || endHigh == null) {
            return "";
        }
        List<Claim> others = g.claims().stream().filter(c -> c != end && c.figure().pivot() != null).toList();
        // each with its own words: "nearly 3,000" names the number without starting from it
        List<String> endWords = Wording.wordings(end);
        List<String> tied = others.stream().filter(c -> c.comparable() && sameFigure(c, end))
                .filter(c -> !(c.claimant().equals(end.claimant()) && endWords.containsAll(Wording.wordings(c))))
                .map(EndLeads::named).distinct().toList();
        // trial 15: "more than 6,000" beside the end "approximately 6,000" names its number as a bound: not the same
        // figure, and open past the end
        List<String> open = others.stream().filter(c -> c.comparable() && !sameFigure(c, end)
                        && c.figure().pivot().equals(endLow) && c.figure().highEnd().equals(endHigh)
                        && (highest ? c.figure().high() == null && end.figure().high() != null
                        : c.figure().low() == null && end.figure().low() != null))
                .map(EndLeads::named).distinct().toList();
        // left out of the comparison: not a total read for sure, or from nobody named (no end can name them)
        boolean past = others.stream().filter(c -> !c.comparable() || !c.claimant().known()).anyMatch(c -> highest
                ? c.figure().highEnd() > endHigh : c.figure().pivot() < endLow);
        // trial 12: "approximately 6,000 ... Other totals name the same number: more than 6,000" read as one figure;
        // the number is shared, the claims are not, so each is said to keep its own words
        return (tied.isEmpty() ? "" : " Other totals use the same number, each in its own words: "
                + String.join("; ", tied) + ".")
                + (open.isEmpty() ? "" : " Other totals name " + String.format(java.util.Locale.ROOT, "%,d",
                highest ? endHigh : endLow) + " as a bound, so they may go " + (highest ? "higher" : "lower") + ": "
                + String.join("; ", open) + ".")
                + (past ? " Figures below go " + (highest ? "higher" : "lower") + " but are left out of this "
                + "comparison: each counts one period, one incident, part of the force or a forecast, comes from an "
                + "unnamed source, or its claimant or what it counts was read with doubt." : "");
    }

    /**
     * The same figure in other words: its low and its high are the end's, an open end only where the end's is open
     * ("about 6,000" and "some 6,000", "at least 10,000" and "more than 10,000"; never "more than 6,000" and "about
     * 6,000", trial 15: an open end standing at the other made them one number).
     */
    private static boolean sameFigure(Claim c, Claim end) {
        return java.util.Objects.equals(c.figure().low(), end.figure().low())
                && java.util.Objects.equals(c.figure().high(), end.figure().high());
    }

    private static String named(Claim c) {
        return Wording.wordings(c).get(0) + " — " + (c.claimant().known() ? Wording.claimant(c) : "an unnamed source")
                + Wording.corrected(c);
    }

    /** The one comparable total of a group that has exactly one distinct number, or null. */
    private static @Nullable Claim single(List<Claim> claims) {
        List<Claim> comparable = claims.stream().filter(c -> c.comparable() && !c.figure().vague()).toList();
        return comparable.stream().map(c -> c.figure().pivot()).distinct().count() == 1 ? comparable.get(0) : null;
    }
}
