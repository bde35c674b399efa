package tally.app.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tally.app.answer.Revision;
import tally.model.Claim;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

/**
 * When one claimant's figure for one metric changes between dated claims, each change is a revision from the earlier
 * claim to the later one. Called per metric group, so a killed figure is never compared with a combined
 * killed-or-wounded one. Only comparable totals take part ({@link Claim#comparable()}): a count for one weekend is no
 * revision of a total, and a claim read with doubt starts none. Only listed claimants take part (the directory makes
 * "Zelensky" and "the Ukrainian president" one claimant; an unlisted or unnamed source is not known to be the same
 * party twice, nor is a listed one that stands for many unnamed people, "US officials (unnamed)"). Undated claims have no order, and a vague figure ("thousands") is no number to revise. Figures of the
 * same day are no revision either, nor are a day's and its month's or week's, which may be the same day.
 * <p>
 * A count that only grows (the killed, the wounded, the captured, the troops sent so far) is not revised to less than
 * it was: a lower figure from the same claimant counts something else the extractor took for a total (the engineers
 * among the troops, one battle's dead, the troops in Kursk among those in Russia: "from roughly 10,000 to some 8,000",
 * trial 9), and calling it a revision would state a retraction no one made. The two stay separate lines. Until trial
 * 9 only a fall below half was kept apart. A planned deployment may shrink, so its changes are revisions either way. The
 * same number in other words ("roughly 10,000", then "as many as 10,000") is no revision either. Since trial 15 the
 * figure that fell is no step either: the next figure is compared with the one before it ("12,000", "1,000" being
 * trained, "8,000": no revision from 1,000 to 8,000). Two figures of one sentence, or of sizes that a sentence gives as
 * a part and its whole ("8,000 out of the 10,000"), are two counts of one statement, not a revision.
 */
final class Revisions {

    private Revisions() {
    }

    /** @param manyVoices listed claimants that stand for many unnamed people, whose figures revise nothing */
    static List<Revision> of(List<Claim> oneMetric, java.util.function.Predicate<String> manyVoices) {
        Map<String, List<Claim>> byClaimant = new LinkedHashMap<>();
        for (Claim c : oneMetric) {
            if (c.comparable() && c.claimant().known() && c.claimant().listed() && !manyVoices.test(c.claimant().id())
                    && c.claimDate().known() && !c.figure().vague()) {
                byClaimant.computeIfAbsent(c.claimant().id(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Set<Long>> together = partsAndWholes(oneMetric);
        List<Revision> revisions = new ArrayList<>();
        for (List<Claim> claims : byClaimant.values()) {
            // Within one day a claim with a stated date goes last, so it is the one a later figure is compared with.
            List<Claim> oldestFirst = claims.stream().sorted(Comparator.comparing(Revisions::date)
                    .thenComparing(c -> c.claimDate().basis() == DateBasis.STATED)).toList();
            Claim previous = null;
            for (Claim c : oldestFirst) {
                if (previous != null && falls(previous, c)) {
                    // a part read as a total (trial 15: HUR's "about 1,000" being trained, then "around 8,000"):
                    // the later figure is not what the claimant's count went down to, so nothing is revised from it
                    continue;
                }
                if (previous != null && !overlap(previous, c) && !sameFigure(previous.figure(), c.figure())
                        && !shareASentence(previous, c) && !partOfOneAnother(previous, c, together)) {
                    revisions.add(new Revision(c.claimant(), previous, c));
                }
                previous = c;
            }
        }
        revisions.sort(Comparator.comparing((Revision r) -> date(r.after())).reversed()
                .thenComparing(r -> r.claimant().id()));
        return revisions;
    }

    /**
     * Two figures of one sentence are two counts of one statement, never a figure and its revision (trial 15: "8,000
     * out of the 10,000 ... moved to the Kursk Region", a part and its whole).
     */
    private static boolean shareASentence(Claim a, Claim b) {
        return a.sources().stream().anyMatch(s -> b.sources().stream()
                .anyMatch(t -> s.file().equals(t.file()) && s.quote().equals(t.quote())));
    }

    /**
     * The sizes that some sentence gives as a part and its whole: a figure read as part of the force (scope subset)
     * beside a larger one in the same sentence, whoever claims either. Two totals of those sizes are no revision of
     * each other (trial 15: Blinken's 8,000 in Kursk out of 10,000 in Russia, "revised from some 8,000 to as many as
     * 10,000", when both were said the same week).
     */
    private static List<Set<Long>> partsAndWholes(List<Claim> claims) {
        Map<String, List<Claim>> bySentence = new HashMap<>();
        for (Claim c : claims) {
            if (c.figure().pivot() == null) {
                continue;
            }
            for (Source s : c.sources()) {
                bySentence.computeIfAbsent(s.file() + "\u0000" + s.quote(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Set<Long>> pairs = new ArrayList<>();
        for (List<Claim> inOne : bySentence.values()) {
            for (Claim part : inOne) {
                if (part.scope() != Scope.SUBSET) {
                    continue;
                }
                for (Claim whole : inOne) {
                    if (whole.figure().pivot() > part.figure().pivot()) {
                        pairs.add(Set.of(part.figure().pivot(), whole.figure().pivot()));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean partOfOneAnother(Claim a, Claim b, List<Set<Long>> together) {
        Long x = a.figure().pivot();
        Long y = b.figure().pivot();
        return x != null && y != null && !x.equals(y) && together.contains(Set.of(x, y));
    }

    /**
     * Whether the two claims' dates may be the same day: one day, or a day inside the other's week or month (trial 14:
     * "a total of 15,000 (Apr 2025)" and "an estimated 15,000 to 18,000 (30 Apr 2025)", two wordings of one briefing,
     * were read as a revision). Neither is known to come after the other.
     */
    private static boolean overlap(Claim a, Claim b) {
        return !end(a).isBefore(date(b)) && !end(b).isBefore(date(a));
    }

    /**
     * The last day a claim's date may be: its day, its week's Sunday, its month's last day, but never after the day it
     * was first reported (trial 18).
     */
    private static LocalDate end(Claim c) {
        LocalDate reported = c.firstReported();
        // a claim dated after its report keeps its whole span here: which of the two dates is wrong is not known
        return tally.app.answer.Period.end(c.claimDate(), reported != null && reported.isBefore(date(c)) ? null
                : reported);
    }

    private static LocalDate date(Claim c) {
        return Objects.requireNonNull(c.claimDate().date());
    }

    /**
     * A count that only grows, said later to be less than it was: its high end under the earlier figure's high end
     * ("about 10,000-12,000", then "about 10,000"), or under the earlier figure when that has no high end.
     */
    private static boolean falls(Claim before, Claim after) {
        if (after.metric() == Metric.PLANNED_DEPLOYMENT) {
            return false;
        }
        Long was = before.figure().highEnd() != null ? before.figure().highEnd() : before.figure().pivot();
        Long now = after.figure().highEnd();
        return was != null && now != null && now < was;
    }

    /** "4,000" and "about 4,000" are the same figure; so are "roughly 10,000" and "as many as 10,000". */
    private static boolean sameFigure(Figure a, Figure b) {
        return Objects.equals(a.low(), b.low()) && Objects.equals(a.high(), b.high())
                || a.highEnd() != null && a.highEnd().equals(b.highEnd()) && Objects.equals(a.pivot(), b.pivot())
                || a.low() == null ^ b.low() == null && Objects.equals(a.highEnd(), b.highEnd());
    }
}
