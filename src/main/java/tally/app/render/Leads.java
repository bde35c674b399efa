package tally.app.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.Differences;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.NumberAsked;
import tally.app.answer.Side;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Scope;

/**
 * The lines that open an answer to a question of a particular kind ({@link Intent}): who gives the highest figure,
 * which claims state a number asked about and what they count, what differs between the figures, which sources are
 * compared. Every line is built from the claims (their wording, claimant, date, metric, scope); none says yes or no,
 * and none names a winner. Plain text, shared by every renderer.
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
            case HIGHEST -> ends(answer, true);
            case LOWEST -> ends(answer, false);
            case CHECK -> check(answer);
            case WHY_DIFFER -> differences(answer);
            case REVISIONS -> RevisionLeads.of(answer);
        };
    }

    /** See {@link RevisionLeads#NO_REVISION}. */
    static final String NO_REVISION = RevisionLeads.NO_REVISION;

    private static List<String> compare(Answer answer) {
        List<String> labels = answer.parsed().compared().stream().map(w -> w.label()).toList();
        if (labels.isEmpty()) {
            labels = answer.groups().stream().flatMap(g -> g.sides().stream()).map(Side::label).distinct().toList();
        }
        return List.of("Side by side, per measure: " + String.join("; ", labels)
                + ". Tally does not say which one is right.");
    }

    /** The claimant at the high (or low) end of each measure's comparable totals. */
    private static List<String> ends(Answer answer, boolean highest) {
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
                .map(Leads::named).distinct().toList();
        // trial 15: "more than 6,000" beside the end "approximately 6,000" names its number as a bound: not the same
        // figure, and open past the end
        List<String> open = others.stream().filter(c -> c.comparable() && !sameFigure(c, end)
                        && c.figure().pivot().equals(endLow) && c.figure().highEnd().equals(endHigh)
                        && (highest ? c.figure().high() == null && end.figure().high() != null
                        : c.figure().low() == null && end.figure().low() != null))
                .map(Leads::named).distinct().toList();
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

    /**
     * "No source here says 10,000 were killed. 10,000 appears in the sources as a figure for ...": never yes or no.
     * A question that names several numbers ("is it 600 or 2000 dead?") gets these lines for each, in its order.
     */
    private static List<String> check(Answer answer) {
        NumberAsked asked = answer.parsed().number();
        if (asked == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (NumberAsked number : asked.all()) {
            lines.addAll(check(answer, number));
        }
        return lines;
    }

    private static List<String> check(Answer answer, NumberAsked number) {
        if (!number.count()) {
            // "-5", "1e9": checked as another number ("5", "1"), the reply denied one nobody asked about (trial 8)
            return List.of("Tally reads “" + number.text() + "” as no count it can check (a count of troops is a"
                    + " whole number from 0 to " + String.format(java.util.Locale.ROOT, "%,d", NumberAsked.MAX_COUNT)
                    + "), so it does not say whether a source states it.");
        }
        if (!answer.parsed().answeredByTroopFigures()) {
            // no figure was looked at: "no claim states 2,000" would deny one Tally has for another measure
            return List.of("Tally checks numbers only against its figures for North Korean troops, and the question"
                    + " counts something else, so it does not say whether a source states " + number.text() + " for it.");
        }
        Set<Metric> asked = answer.parsed().metrics().isEmpty() ? EnumSet.allOf(Metric.class)
                : EnumSet.copyOf(answer.parsed().metrics());
        List<Claim> stating = stating(answer.mentioning(), number);
        List<Claim> same = stating.stream().filter(c -> asked.contains(c.metric())).toList();
        List<Claim> other = stating.stream().filter(c -> !asked.contains(c.metric())).toList();
        List<String> lines = new ArrayList<>();
        if (number.bound() != null) {
            // "are there more than 10,000?": "these claims state 10,000" must not read as a yes (trial 6)
            lines.add("The question asks about " + number.bound() + " " + number.text() + ": Tally lists the claims"
                    + " that state " + number.text() + " itself, and does not say whether the figures amount to "
                    + number.bound() + " it.");
        }
        // a source named: say what it does not state, never that no claim at all states it ("did the Pentagon say
        // 12,000 were sent?", while an unnamed source gives "between 10,000-12,000")
        String from = Wording.fromSource(answer.parsed());
        if (stating.isEmpty()) {
            lines.add("No claim" + (from.isEmpty() ? " in the sources" : from) + " states " + number.text() + ".");
        } else if (same.isEmpty()) {
            lines.add((from.isEmpty() ? "No source here" : "No claim" + from) + " says " + number.text() + " "
                    + verbs(asked) + ".");
        } else {
            // a question that names no measure asked about all of them: listing all six names says nothing
            lines.add("These claims state " + number.text() + (answer.parsed().metrics().isEmpty() ? ":" : " for "
                    + asked.stream().map(m -> Wording.heading(m)).collect(Collectors.joining(" or ")) + ":"));
            // trial 18: who said it first, one line per claimant before anyone's second, and how many were left out
            lines.addAll(CheckedClaims.lines(same, CheckedClaims.LIMIT, Leads::mention));
        }
        if (!other.isEmpty()) {
            lines.add(number.text() + (from.isEmpty() ? " appears in the sources" : " appears in the claims" + from)
                    + " as a figure for " + other.stream().map(Claim::metric)
                    .distinct().map(m -> Wording.heading(m)).collect(Collectors.joining(" and ")) + ":");
            lines.addAll(CheckedClaims.lines(other, Math.max(CheckedClaims.OTHER_MEASURES_AT_LEAST,
                    CheckedClaims.LIMIT - CheckedClaims.shown(same)), Leads::mention));
        }
        List<Claim> elsewhere = stating(answer.mentioningElsewhere(), number);
        if (!elsewhere.isEmpty()) {
            lines.add("Other sources state " + number.text() + ":");
            lines.addAll(CheckedClaims.lines(elsewhere, CheckedClaims.LIMIT, Leads::mention));
        }
        return lines;
    }

    /** The claims that state the number as one of their bounds. */
    private static List<Claim> stating(List<Claim> claims, NumberAsked number) {
        Long value = number.value();
        return claims.stream().filter(c -> value.equals(c.figure().low()) || value.equals(c.figure().high())).toList();
    }

    /** As a figure line says it, doubt and relay included: a shorter line never drops what makes a figure unsure. */
    private static String mention(Claim c) {
        return "- " + Wording.heading(c.metric()) + ": " + Wording.figureAndClaimant(c) + " — " + Wording.date(c, null) + " — reported by " + ArticleNames.distinctSources(c).stream()
                .map(s -> ArticleNames.name(s) + " (" + ArticleNames.published(s.published()) + ")")
                .collect(Collectors.joining(", ")) + Wording.corrected(c);
    }

    private static String verbs(Set<Metric> metrics) {
        StringJoiner joined = new StringJoiner(" or ");
        for (Metric m : metrics) {
            joined.add(switch (m) {
                case KILLED -> "were killed";
                case WOUNDED -> "were wounded";
                case KILLED_OR_WOUNDED -> "were killed or wounded";
                case CAPTURED -> "were captured";
                case DEPLOYED -> "were sent";
                case PLANNED_DEPLOYMENT -> "are planned or expected to be sent";
            });
        }
        return joined.toString();
    }

    /** What differs between the figures: who, when, what, over what stretch, in what words, with what doubt. */
    private static List<String> differences(Answer answer) {
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
