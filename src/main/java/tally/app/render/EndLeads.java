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

    /**
     * The claimant at the high (or low) end of each measure's comparable totals; when one claimant alone gives them,
     * that there is no other claimant's total to compare it with: a superlative over one side compares nothing.
     */
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
            if (end == null) {
                lines.add("No comparable total is claimed for " + Wording.heading(g.metric())
                        + ": the figures below count one period, one incident, part of the force or a forecast, are"
                        + " vague, or were read with doubt.");
                continue;
            }
            String figure = String.join(" / ", Wording.wordings(end)) + " — " + Wording.claimant(end) + ", "
                    + Wording.date(end, null) + Wording.corrected(end) + "." + beyond(g, end, highest);
            lines.add(lead(g, highest) + figure);
        }
        return lines;
    }

    /** "Highest total claimed for M: ", or that one claimant alone gives the totals, so nothing is compared. */
    private static String lead(FigureGroup g, boolean highest) {
        String measure = Wording.heading(g.metric());
        // a group with claims left out of the reply may hold another claimant's total among them
        if (g.hidden() > 0 || !oneClaimant(g.claims())) {
            return (highest ? "Highest" : "Lowest") + " total claimed for " + measure + ": ";
        }
        if (distinctTotals(g.claims()) > 1) {
            return "Only one claimant gives totals for " + measure + ", so there is nothing to compare them with; its "
                    + (highest ? "highest" : "lowest") + ": ";
        }
        return (endCandidates(g.claims()).get(0).claimant().known() ? "Only one claimant gives a total for " + measure
                : "Only one total is given for " + measure + ", from a claimant unknown")
                + ", so there is nothing to compare it with: ";
    }

    /**
     * Whether the comparable totals are one claimant's: a claimant with a known name counts once however many totals
     * it gives; each total from a claimant unknown counts as its own (two unknown claimants are not known to be one).
     */
    private static boolean oneClaimant(List<Claim> claims) {
        return endCandidates(claims).stream().map(c -> c.claimant().known() ? c.claimant().id() : c)
                .distinct().count() == 1;
    }

    private static long distinctTotals(List<Claim> claims) {
        return endCandidates(claims).stream().map(c -> List.of(c.figure().pivot(), c.figure().highEnd()))
                .distinct().count();
    }

    private static List<Claim> endCandidates(List<Claim> claims) {
        return claims.stream().filter(c -> c.comparable() && !c.figure().vague() && c.figure().pivot() != null)
                .toList();
    }

    /**
     * Other totals that state the end's figure, each in its own words; and, said when a figure listed below goes past
     * the end named ("at least 10,000" named highest, "between 10,000-12,000" from a claimant unknown listed under it):
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
        // left out of the comparison: not a total read for sure, or from a claimant unknown (no end can name them)
        List<Claim> past = others.stream().filter(c -> !c.comparable() || !c.claimant().known()).filter(c -> highest
                ? c.figure().highEnd() > endHigh : c.figure().pivot() < endLow).toList();
        // trial 12: "approximately 6,000 ... Other totals name the same number: more than 6,000" read as one figure;
        // the number is shared, the claims are not, so each is said to keep its own words
        return (tied.isEmpty() ? "" : " Other totals use the same number, each in its own words: "
                + String.join("; ", tied) + ".")
                + (open.isEmpty() ? "" : " Other totals name " + String.format(java.util.Locale.ROOT, "%,d",
                highest ? endHigh : endLow) + " as a bound, so they may go " + (highest ? "higher" : "lower") + ": "
                + String.join("; ", open) + ".")
                + leftOut(past, highest);
    }

    /**
     * "A figure below goes higher but is left out of this comparison: it has no known claimant (listed as “claimant
     * unknown”)." Only the reasons that hold for the figures meant are given, in the words their lines use: "an
     * unnamed source" was read against "Western officials (unnamed)" at the end just named (round 67).
     */
    private static String leftOut(List<Claim> past, boolean highest) {
        if (past.isEmpty()) {
            return "";
        }
        boolean one = past.size() == 1;
        List<String> why = new ArrayList<>();
        if (past.stream().anyMatch(c -> c.scope() != tally.model.Scope.TOTAL)) {
            why.add((one ? "it counts" : "counts") + " one period, one incident, part of the force or a forecast");
        }
        if (past.stream().anyMatch(c -> c.certainty().allCertain() && !c.claimant().known())) {
            why.add((one ? "it has" : "has") + " no known claimant (listed as “claimant unknown”)");
        }
        if (past.stream().anyMatch(c -> !c.certainty().allCertain())) {
            why.add("its claimant, date or what it counts was read with doubt");
        }
        String reasons = why.size() == 1 ? why.get(0)
                : String.join(", ", why.subList(0, why.size() - 1)) + " or " + why.get(why.size() - 1);
        return (one ? " A figure below goes " : " Figures below go ") + (highest ? "higher" : "lower")
                + (one ? " but is" : " but are") + " left out of this comparison: " + (one ? "" : "each ") + reasons
                + ".";
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
        return Wording.wordings(c).get(0) + " — " + Wording.claimant(c)
                + Wording.corrected(c);
    }

    /** The one comparable total of a group that has exactly one distinct number, or null. */
    private static @Nullable Claim single(List<Claim> claims) {
        List<Claim> comparable = claims.stream().filter(c -> c.comparable() && !c.figure().vague()).toList();
        return comparable.stream().map(c -> c.figure().pivot()).distinct().count() == 1 ? comparable.get(0) : null;
    }
}
