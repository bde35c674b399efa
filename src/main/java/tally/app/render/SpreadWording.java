package tally.app.render;

import tally.app.answer.FigureGroup;
import tally.model.Claim;
import tally.model.Scope;

/**
 * The words of a measure's spread of totals, from its lowest to its highest figure, shared by the plain-text renderer
 * and the Discord pages: whose figure stands at each end, whether both ends are one claimant's (then the spread is one
 * source's figures at two dates, not a disagreement), whether one figure's own range is the whole spread, and which
 * doubted totals outside it are left out. Plain text.
 */
public final class SpreadWording {

    private SpreadWording() {
    }

    /**
     * Whose figure stands at an end of the spread, with its date when both ends are the same claimant's ("NIS, 19 Dec
     * 2024"): then the spread is one source's figures at two dates, not two sources' disagreement (trial 6), and the
     * reader must see when each was claimed. An end whose claim date is unknown says so ("Zelensky, date unknown"),
     * whoever stands at the other end: a range read without it passes for two figures of the same time (trial 8).
     *
     * @param name the claimant's name as the reply writes it (short in text, full on Discord)
     */
    public static String spreadEnd(FigureGroup group, Claim end, String name) {
        if (!end.claimDate().known()) {
            return name + ", date unknown" + Wording.corrected(end, "; ");
        }
        return (oneClaimantsSpread(group) ? name + ", " + Wording.bareDate(end.claimDate()) : name)
                + Wording.corrected(end, "; ");
    }

    /**
     * After the spread's ends: said when both are the same claimant's figures, with how many of the two are dated
     * (trial 8: "at two dates" was said of a spread whose one end is undated); empty otherwise.
     */
    public static String spreadOfOneClaimant(FigureGroup group) {
        if (!oneClaimantsSpread(group)) {
            return "";
        }
        long dated = java.util.stream.Stream.of(group.lowest(), group.highest())
                .filter(c -> c.claimDate().known()).count();
        // two figures claimed the same day are not "at two dates"
        boolean sameDate = dated == 2
                && Wording.bareDate(group.lowest().claimDate()).equals(Wording.bareDate(group.highest().claimDate()));
        return ": both ends are one claimant's figures, " + (sameDate ? "of the same date" : dated == 2 ? "at two dates"
                : dated == 1 ? "one of them undated" : "neither of them dated");
    }

    /**
     * Whether one figure's own range is the whole spread ("15,000 to 18,000" reaches both ends and no other total ties
     * either): then there is one figure, not two ends (trial 12: it was written as both ends, "at two dates").
     */
    public static boolean spreadIsOneFigure(FigureGroup group) {
        return group.lowest() != null && group.lowest() == group.highest();
    }

    /** "within one figure's own range: 15,000 to 18,000 (NIS, 30 Apr 2025)", its date as an end's would be. */
    public static String spreadOfOneFigure(FigureGroup group, String name) {
        Claim range = group.lowest();
        return "every total lies within one figure's own range: " + range.figure().text() + " (" + name + ", "
                + (range.claimDate().known() ? Wording.bareDate(range.claimDate()) : "date unknown") + ")";
    }

    private static boolean oneClaimantsSpread(FigureGroup group) {
        return group.lowest() != null && group.highest() != null
                && group.lowest().claimant().equals(group.highest().claimant());
    }

    /**
     * What a spread leaves out that a reader would otherwise take for an error: totals shown in the group that lie
     * outside the spread but were read with doubt (a doubted claim never stands at an end). Empty when there are none;
     * else "; 1 total outside it is left out because Tally read it with doubt (marked uncertain above)".
     */
    public static String spreadLeavesOut(FigureGroup group) {
        Long from = group.lowest() == null ? null : group.lowest().figure().pivot();
        Long to = group.highest() == null ? null : group.highest().figure().highEnd();
        if (from == null || to == null) {
            return "";
        }
        long outside = group.claims().stream()
                .filter(c -> c.scope() == Scope.TOTAL && c.claimant().known() && !c.certainty().allCertain())
                .filter(c -> !c.figure().vague())
                .filter(c -> c.figure().pivot() < from || c.figure().highEnd() > to)
                .count();
        if (outside == 0) {
            return "";
        }
        return "; " + outside + (outside == 1 ? " total outside it is" : " totals outside it are")
                + " left out because Tally read " + (outside == 1 ? "it" : "them") + " with doubt (marked uncertain above)";
    }
}
