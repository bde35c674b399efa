package tally.app.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import tally.app.answer.Answer;
import tally.app.answer.NumberAsked;
import tally.model.Claim;
import tally.model.Metric;

/**
 * The lead of "is it true that 12,000 were sent?": which claims state each number asked about, for the measure asked
 * and for others, and never yes or no. Apart from {@link Leads} since round 64, as the wording of one kind of question
 * with rules of its own (numbers that are no count, bounds, a named source).
 */
final class CheckLeads {

    private CheckLeads() {
    }

    /**
     * "No source here says 10,000 were killed. 10,000 appears in the sources as a figure for ...": never yes or no.
     * A question that names several numbers ("is it 600 or 2000 dead?") gets these lines for each, in its order.
     */
    static List<String> of(Answer answer) {
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
            lines.addAll(CheckedClaims.lines(same, CheckedClaims.LIMIT, CheckLeads::mention));
        }
        if (!other.isEmpty()) {
            lines.add(number.text() + (from.isEmpty() ? " appears in the sources" : " appears in the claims" + from)
                    + " as a figure for " + other.stream().map(Claim::metric)
                    .distinct().map(m -> Wording.heading(m)).collect(Collectors.joining(" and ")) + ":");
            lines.addAll(CheckedClaims.lines(other, Math.max(CheckedClaims.OTHER_MEASURES_AT_LEAST,
                    CheckedClaims.LIMIT - CheckedClaims.shown(same)), CheckLeads::mention));
        }
        List<Claim> elsewhere = stating(answer.mentioningElsewhere(), number);
        if (!elsewhere.isEmpty()) {
            lines.add("Other sources state " + number.text() + ":");
            lines.addAll(CheckedClaims.lines(elsewhere, CheckedClaims.LIMIT, CheckLeads::mention));
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
}
