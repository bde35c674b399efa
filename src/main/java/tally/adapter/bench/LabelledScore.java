package tally.adapter.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.Source;

/**
 * Extraction scored against a labelled corpus's gold files. A finding is one extracted claim in one article (a claim
 * reported by several articles is one finding per article). A finding is right when it comes from the sentence of a
 * gold row of its article (the row's {@code sentence} or one of its {@code alsoIn}) and has that row's metric and
 * figure: anchoring to the sentence means a figure read under the wrong metric is an error, never a match to another
 * row of the same value elsewhere in the article. Recall is the gold rows some finding matches, precision the
 * findings that match a row.
 * Over the matched findings: attribution (the claimant, {@link GoldMatch#sameClaimant}), claim dates (the ISO date,
 * over rows whose date is scored), relays and scopes. A finding that matches no row but a non-claim of kind
 * {@code not_troops} or {@code other_force} is a non-troop number taken as a troop figure.
 *
 * <p>Errors are listed by kind, for the developer of a dev corpus: missed, spurious, wrong metric (a missed row and a
 * spurious finding with the same number in the same sentence), wrong claimant, wrong date, non-troop; an error a reply
 * would state as fact is marked so. After them, the right claims shown as worded, with the reason of each doubted field
 * (under {@code errors} though they are no error, so a test that sums the errors must sum over {@link #KINDS}).
 */
public record LabelledScore(int rows, int rowsFound, int findings, int findingsRight, int matched, int claimantRight,
                            int datesScored, int datesRight, int relaysRight, int scopesRight, int nonTroop,
                            int uncertain, AsFact asFact, Recall recallBy, Map<String, List<String>> errors) {

    /**
     * Where recall is lost, as aggregates only (so a sealed part may print it): rows and rows found by the gold's metric,
     * and the missed rows split by whether their sentence gave any finding ({@code silentSentence}: none, so the
     * sentence went unread; {@code besideOtherFindings}: it gave others, so this figure of it was passed over), and the
     * matched claims with a wrong claimant counted by which way it is wrong ({@code wrongClaimants}: "a source, got
     * none, certain", "got the relay, doubted", ...), so a sealed part says where its attribution is lost.
     */
    public record Recall(Map<String, int[]> byMetric, int silentSentence, int besideOtherFindings,
                         Map<String, Integer> wrongDates, Map<String, Integer> silentByGate,
                         Map<String, Integer> wrongClaimants) {
        public Recall {
            byMetric = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byMetric));
            wrongDates = Map.copyOf(wrongDates);
            silentByGate = Map.copyOf(silentByGate);
            wrongClaimants = Map.copyOf(wrongClaimants);
        }

        public Recall(Map<String, int[]> byMetric, int silentSentence, int besideOtherFindings,
                      Map<String, Integer> wrongDates) {
            this(byMetric, silentSentence, besideOtherFindings, wrongDates, Map.of(), Map.of());
        }

        /**
         * "killed 40/52, wounded 10/12; missed in unread sentences 9 {no_metric=4, ...}, beside other findings 5": the
         * rows of unread sentences counted by the gate that dropped their number, when the score was given the gates.
         */
        public String line() {
            List<String> parts = new ArrayList<>();
            byMetric.forEach((metric, t) -> parts.add(metric + " " + t[1] + "/" + t[0]));
            return "recall by metric: " + String.join(", ", parts) + "; missed in unread sentences " + silentSentence
                    + (silentByGate.isEmpty() ? "" : " " + new java.util.TreeMap<>(silentByGate))
                    + ", beside other findings " + besideOtherFindings + "; wrong dates by the gold's basis: "
                    + new java.util.TreeMap<>(wrongDates)
                    + (wrongClaimants.isEmpty() ? "" : "; wrong claimants by kind: "
                    + new java.util.TreeMap<>(wrongClaimants));
        }
    }

    /**
     * What a reply would state as fact though the gold disagrees, and what it would show only as worded though it was
     * right. A field marked uncertain is shown in the source's own words, and an unknown claimant or date is shown as
     * unknown, so neither states anything false; a wrong field read as certain does. {@code claimant}: matched claims
     * whose claimant is wrong, named and certain; {@code date}: whose scored date is wrong, certain and stated as the
     * claim's own (a report's date standing in is shown as such: "date of the report; the claim itself is undated");
     * {@code metric}: figures read under a wrong metric that is certain; {@code rightButDoubted}: matched claims right
     * in claimant and date (where scored) with some field uncertain, the price of that caution. Scopes: {@code
     * scopeAsTotal}, matched claims read as a total though the gold counts one incident, one period or a part (such a
     * figure joins spreads and revisions as if it were a total: "revised from fifty to three"); {@code totalAsPart}, a
     * total read as one of those (kept out of them, and labelled, which is cautious rather than false).
     */
    public record AsFact(int claimant, int date, int metric, int rightButDoubted, int scopeAsTotal, int totalAsPart) {
        public int wrong() {
            return claimant + date + metric;
        }
    }

    /**
     * Why a sentence gave no finding (round 53): the numbers of a file's sentence that the extractor dropped, each with
     * the gate that dropped it ({@code gate} a short name for the aggregates, {@code reason} in words). The dev score
     * lists them beside each missed row of an unread sentence; every part, sealed too, counts those rows by gate.
     */
    @FunctionalInterface
    public interface Gates {
        /** No trace: the missed rows are listed as before, with no gate. */
        Gates NONE = (file, isTheSentence) -> List.of();

        List<Dropped> of(String file, java.util.function.Predicate<String> isTheSentence);
    }

    /** One dropped number of a sentence and the gate that dropped it. */
    public record Dropped(String number, String gate, String reason) {
    }

    /** The kinds of error, in the order they are printed. */
    public static final List<String> KINDS = List.of("missed", "spurious", "wrong metric", "wrong claimant",
            "wrong date", "non-troop as troop figure", "wrong scope");

    public double recall() {
        return ratio(rowsFound, rows);
    }

    public double precision() {
        return ratio(findingsRight, findings);
    }

    public double attribution() {
        return ratio(claimantRight, matched);
    }

    public double dates() {
        return ratio(datesRight, datesScored);
    }

    public double relays() {
        return ratio(relaysRight, matched);
    }

    public double scopes() {
        return ratio(scopesRight, matched);
    }

    public int errorCount(String kind) {
        return errors.getOrDefault(kind, List.of()).size();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** The aggregate line: every figure with its counts, and nothing of any article. */
    public String summary() {
        return String.format(Locale.ROOT, "recall %.3f (%d/%d), precision %.3f (%d/%d), attribution %.3f (%d/%d), "
                        + "claim dates %.3f (%d/%d), non-troop numbers as troop figures %d; relays %.3f, scopes %.3f, "
                        + "uncertain %d of %d matched; wrong yet shown as fact: claimant %d, date %d, metric %d; right but "
                        + "shown as worded %d; scope: a part, period or incident read as a total %d, a total read as a "
                        + "part %d; errors: %s", recall(), rowsFound, rows, precision(), findingsRight,
                findings, attribution(), claimantRight, matched, dates(), datesRight, datesScored, nonTroop, relays(),
                scopes(), uncertain, matched, asFact.claimant(), asFact.date(), asFact.metric(),
                asFact.rightButDoubted(), asFact.scopeAsTotal(), asFact.totalAsPart(), counts())
                + "; " + recallBy.line();
    }

    public String counts() {
        List<String> parts = new ArrayList<>();
        for (String kind : KINDS) {
            parts.add(kind + " " + errorCount(kind));
        }
        return String.join(", ", parts);
    }

    /** The summary and every error, by kind, with file and sentence: for a dev corpus only. */
    public String details() {
        StringBuilder out = new StringBuilder(summary());
        List<String> listed = new ArrayList<>(KINDS);
        listed.add(ScoreCounts.RIGHT_BUT_DOUBTED);
        for (String kind : listed) {
            for (String e : errors.getOrDefault(kind, List.of())) {
                out.append("\n  ").append(kind).append(": ").append(e);
            }
        }
        return out.toString();
    }

    /** Scores {@code claims} against the gold of {@code gold}'s articles; claims of other articles are ignored. */
    public static LabelledScore of(List<Claim> claims, Map<String, GoldFile> gold) {
        return of(claims, gold, GoldMatch.NO_PARTIES);
    }

    /**
     * As {@link #of(List, Map)}, where a gold row may name a whole side by its party id and a claimant of that party is
     * then right; {@code partyOf} gives a listed claimant's party id (the directory's), or null.
     */
    public static LabelledScore of(List<Claim> claims, Map<String, GoldFile> gold,
                                   java.util.function.Function<String, String> partyOf) {
        return of(claims, gold, partyOf, Gates.NONE);
    }

    /** As {@link #of(List, Map, java.util.function.Function)}, saying which gate dropped each row of an unread sentence. */
    public static LabelledScore of(List<Claim> claims, Map<String, GoldFile> gold,
                                   java.util.function.Function<String, String> partyOf, Gates gates) {
        ScoreCounts t = new ScoreCounts(partyOf, gates);
        for (GoldFile g : gold.values()) {
            List<Finding> found = findings(claims, g.file());
            t.score(g, found);
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String kind : KINDS) {
            errors.put(kind, List.copyOf(t.errors.getOrDefault(kind, List.of())));
        }
        errors.put(ScoreCounts.RIGHT_BUT_DOUBTED, List.copyOf(t.errors.getOrDefault(ScoreCounts.RIGHT_BUT_DOUBTED,
                List.of())));
        return new LabelledScore(t.rows, t.rowsFound, t.findings, t.findingsRight, t.matched, t.claimantRight,
                t.datesScored, t.datesRight, t.relaysRight, t.scopesRight, t.nonTroop, t.uncertain,
                new AsFact(t.claimantAsFact, t.dateAsFact, t.metricAsFact, t.rightButDoubted, t.scopeAsTotal,
                        t.totalAsPart), new Recall(t.byMetric, t.missedInSilentSentence, t.missedBesideOtherFindings,
                        t.wrongDates, t.silentByGate, t.wrongClaimants),
                errors);
    }

    /** One claim as reported by one article, with that article's sentences for it. */
    record Finding(Claim claim, List<String> quotes, List<String> wordings, List<ClaimDate> claimDates) {
        /** The ISO dates this article gives the claim (null for unknown), the first being the one shown. */
        List<String> dates() {
            return claimDates.stream().map(ClaimDate::iso).toList();
        }

        /** True when the date shown is stated as the claim's own, not unknown and not the report's date standing in. */
        boolean showsStatedDate() {
            return claimDates.get(0).known() && claimDates.get(0).basis() == DateBasis.STATED;
        }

        /**
         * The claim as this article words it: a claim merged from several outlets keeps each one's wording of the
         * figure, so "at least 100" here matches its row even when the merged claim shows another's "approximately 100".
         */
        boolean matches(GoldFile.Claim row) {
            return GoldMatch.sameSentence(row, quotes) && figureIs(row);
        }

        boolean figureIs(GoldFile.Claim row) {
            return GoldMatch.sameFigure(row, claim) || row.metric().equals(claim.metric().id())
                    && wordings.stream().anyMatch(w -> GoldMatch.words(w).equals(GoldMatch.words(row.text())));
        }

        String describe() {
            return claim.metric().id() + " '" + claim.figure().text() + "' (" + claim.claimant().name()
                    + (claim.relayedBy() == null ? "" : ", relayed by " + claim.relayedBy().name()) + ", "
                    + dates().get(0) + ")";
        }
    }

    private static List<Finding> findings(List<Claim> claims, String file) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : claims) {
            List<String> quotes = c.sources().stream().filter(s -> s.file().equals(file)).map(Source::quote).toList();
            List<String> wordings = c.sources().stream().filter(s -> s.file().equals(file) && s.wording() != null)
                    .map(Source::wording).toList();
            // A merged claim keeps the date each article gives it; this article's is the one to judge. The merged
            // claim's own date is another article's when they differ, so it stands in only for an unmerged claim.
            List<ClaimDate> own = c.sources().stream().filter(s -> s.file().equals(file) && s.claimDate() != null)
                    .map(Source::claimDate).toList();
            List<ClaimDate> dates = own.isEmpty() ? List.of(c.claimDate()) : own;
            if (!quotes.isEmpty()) {
                out.add(new Finding(c, quotes, wordings, dates));
            }
        }
        out.sort(Comparator.comparing(f -> f.quotes().get(0)));
        return out;
    }
}
