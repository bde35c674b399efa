package tally.adapter.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.adapter.bench.LabelledScore.Finding;
import tally.model.Claim;

/** The running counts while files are scored. */
final class ScoreCounts {
    /** Marks an error a reply would state as fact (counted in {@link LabelledScore.AsFact}). */
    static final String AS_FACT = " [stated as fact]";
    /** The list of right claims with some field doubted; not an error kind, printed after them for a dev corpus. */
    static final String RIGHT_BUT_DOUBTED = "right but shown as worded";
    final java.util.function.Function<String, String> partyOf;
    private final LabelledScore.Gates gates;

    ScoreCounts(java.util.function.Function<String, String> partyOf, LabelledScore.Gates gates) {
        this.partyOf = partyOf;
        this.gates = gates;
    }

    int rows;
    int rowsFound;
    int findings;
    int findingsRight;
    int matched;
    int claimantRight;
    int datesScored;
    int datesRight;
    int relaysRight;
    int scopesRight;
    int nonTroop;
    int uncertain;
    int claimantAsFact;
    int dateAsFact;
    int metricAsFact;
    int rightButDoubted;
    int scopeAsTotal;
    int totalAsPart;
    final Map<String, List<String>> errors = new LinkedHashMap<>();
    /** Gold rows and rows found, by the row's metric: where recall is lost, as aggregates a sealed part may print. */
    final Map<String, int[]> byMetric = new java.util.TreeMap<>();
    /** Missed rows whose sentence gave no finding at all (the sentence went unread) and those whose sentence gave some. */
    int missedInSilentSentence;
    int missedBesideOtherFindings;
    /** Missed rows of unread sentences by the gate that dropped their number (when the score was given gates). */
    final Map<String, Integer> silentByGate = new java.util.TreeMap<>();
    /** Wrong dates by the gold's basis and what was given instead: "stated, got another date", "unknown, got a date". */
    final Map<String, Integer> wrongDates = new java.util.TreeMap<>();
    final Map<String, Integer> wrongClaimants = new java.util.TreeMap<>();

    void score(GoldFile g, List<Finding> found) {
        rows += g.claims().size();
        findings += found.size();
        List<GoldFile.Claim> unmatchedRows = new ArrayList<>();
        List<GoldFile.Claim> matchedRows = new ArrayList<>();
        List<Finding> unmatched = new ArrayList<>();
        for (Finding f : found) {
            GoldFile.Claim row = bestRow(g.claims(), f);
            if (row == null) {
                unmatched.add(f);
                continue;
            }
            findingsRight++;
            matchedRows.add(row);
            judge(g.file(), row, f);
        }
        for (GoldFile.Claim row : g.claims()) {
            // A claim merged from two statements of one article (a headline's "3,000" and the body's "exceeded
            // 3,000") finds both rows.
            int[] tally = byMetric.computeIfAbsent(row.metric(), m -> new int[2]);
            tally[0]++;
            if (matchedRows.contains(row) || found.stream().anyMatch(f -> f.matches(row))) {
                rowsFound++;
                tally[1]++;
            } else {
                unmatchedRows.add(row);
            }
        }
        for (GoldFile.Claim row : unmatchedRows) {
            Finding sameNumber = unmatched.stream().filter(f -> GoldMatch.sameNumber(row, f.claim())
                    && GoldMatch.sameSentence(row, f.quotes())).findFirst().orElse(null);
            if (sameNumber != null) {
                unmatched.remove(sameNumber);
                boolean asFact = sameNumber.claim().certainty().metric().certain();
                if (asFact) {
                    metricAsFact++;
                }
                add("wrong metric", g.file() + ": " + row.metric() + " '" + row.text() + "' read as "
                        + sameNumber.describe() + (asFact ? AS_FACT : certainty(sameNumber.claim().certainty().metric()))
                        + " in: " + row.sentence());
            } else {
                if (found.stream().anyMatch(f -> GoldMatch.sameSentence(row, f.quotes()))) {
                    missedBesideOtherFindings++;
                    add("missed", g.file() + ": " + row.metric() + " '" + row.text() + "' (" + row.claimant()
                            + ") in: " + row.sentence());
                } else {
                    missedInSilentSentence++;
                    add("missed", g.file() + ": " + row.metric() + " '" + row.text() + "' (" + row.claimant()
                            + ")" + gateOf(g.file(), row) + " in: " + row.sentence());
                }
            }
        }
        for (Finding f : unmatched) {
            GoldFile.NonClaim non = g.nonClaims().stream().filter(n -> n.nonTroop() && takes(n, f)).findFirst()
                    .orElse(null);
            if (non != null) {
                nonTroop++;
                add("non-troop as troop figure", g.file() + ": " + f.describe() + " is '" + non.text() + "' ("
                        + non.kind() + ") in: " + non.sentence());
            } else {
                add("spurious", g.file() + ": " + f.describe() + " in: " + f.quotes().get(0));
            }
        }
    }

    /**
     * " [dropped: 'N', no troop noun ...]": the gate that dropped the row's number in its unread sentence, counted in
     * {@link #silentByGate}; the longest number whose words the row's words hold, else the sentence's first dropped one.
     */
    private String gateOf(String file, GoldFile.Claim row) {
        if (gates == LabelledScore.Gates.NONE) {
            return "";
        }
        List<LabelledScore.Dropped> dropped = gates.of(file, sentence -> row.sentences().stream()
                .anyMatch(r -> GoldMatch.overlaps(r, sentence)));
        String rowWords = GoldMatch.words(row.text());
        LabelledScore.Dropped d = dropped.stream().filter(x -> rowWords.contains(GoldMatch.words(x.number())))
                .max(java.util.Comparator.comparingInt(x -> x.number().length())) // "6,000" of "two brigades of 6,000"
                .orElse(dropped.isEmpty() ? null : dropped.get(0));
        String gate = d == null ? "no_number" : d.gate();
        silentByGate.merge(gate, 1, Integer::sum);
        return d == null ? " [dropped: no number read in the sentence]"
                : " [dropped '" + d.number() + "': " + d.reason() + "]";
    }

    private void judge(String file, GoldFile.Claim row, Finding f) {
        matched++;
        Claim c = f.claim();
        if (!c.certainty().allCertain()) {
            uncertain++;
        }
        boolean claimantIsRight = GoldMatch.sameClaimant(row.claimant(), row.claimantId(), c.claimant(), partyOf);
        boolean dateIsRight = !row.datesCount()
                || f.dates().stream().anyMatch(d -> java.util.Objects.equals(row.claimDate(), d));
        if (claimantIsRight && dateIsRight && !c.certainty().allCertain()) {
            rightButDoubted++;
            add(RIGHT_BUT_DOUBTED, file + ": " + f.describe() + doubts(c.certainty()) + " in: " + f.quotes().get(0));
        }
        boolean claimantAsFactHere = !claimantIsRight && c.claimant().known() && c.certainty().claimant().certain();
        if (claimantAsFactHere) {
            claimantAsFact++;
        }
        boolean dateAsFactHere = !dateIsRight && f.showsStatedDate() && c.certainty().date().certain();
        if (dateAsFactHere) {
            dateAsFact++;
        }
        if (claimantIsRight) {
            claimantRight++;
        } else {
            wrongClaimants.merge(wrongClaimantKind(row, c.claimant()) + (c.certainty().claimant().certain()
                    ? ", certain" : ", doubted"), 1, Integer::sum);
            add("wrong claimant", file + ": '" + row.text() + "' expected " + row.claimant() + " ("
                    + row.claimantId() + "), got " + c.claimant().name() + " (" + (c.claimant().listed()
                    ? c.claimant().id() : "unlisted") + ")" + (claimantAsFactHere ? AS_FACT
                    : certainty(c.certainty().claimant())) + " in: "
                    + f.quotes().get(0));
        }
        if (GoldMatch.sameRelay(row, c.relayedBy(), partyOf)) {
            relaysRight++;
        }
        if (row.scope() != null && row.scope().equals(c.scope().id())) {
            scopesRight++;
        } else if (row.scope() != null && !"forecast".equals(row.scope()) && c.scope() != tally.model.Scope.FORECAST) {
            boolean readAsTotal = c.scope() == tally.model.Scope.TOTAL;
            if (readAsTotal) {
                scopeAsTotal++;
            } else if ("total".equals(row.scope())) {
                totalAsPart++;
            }
            add("wrong scope", file + ": '" + row.text() + "' expected " + row.scope() + ", got " + c.scope().id()
                    + " in: " + f.quotes().get(0));
        }
        if (row.datesCount()) {
            datesScored++;
            if (dateIsRight) {
                datesRight++;
            } else {
                wrongDates.merge(row.dateBasis() + (f.dates().get(0) == null ? ", got none" : ", got a date"), 1,
                        Integer::sum);
                add("wrong date", file + ": '" + row.text() + "' expected " + row.claimDate() + " ("
                        + row.dateBasis() + "), got " + f.dates().get(0)
                        + (dateAsFactHere ? AS_FACT : certainty(c.certainty().date())) + " in: " + f.quotes().get(0));
            }
        }
    }

    /**
     * Which way a matched claim's claimant is wrong, in words that name no article (so a sealed part may print the
     * counts): the gold's side of it (the article's own voice, a listed party, a source in its own words) against what
     * the extractor gave, and whether it gave the gold's relay as the claimant (a relay read the wrong way round).
     */
    private String wrongClaimantKind(GoldFile.Claim row, tally.model.Claimant got) {
        if (row.claimant() == null && row.claimantId() == null) {
            return "own voice, got a source";
        }
        if (!got.known()) {
            return "a source, got none";
        }
        boolean goldRelays = row.relayedBy() != null || row.relayedById() != null;
        if (goldRelays && GoldMatch.sameClaimant(row.relayedBy(), row.relayedById(), got, partyOf)) {
            return "got the relay";
        }
        if (row.claimantId() != null) {
            return got.listed() ? "listed, got another listed" : "listed, got own words";
        }
        return got.listed() ? "own words, got a listed one" : "own words, got other words";
    }

    /** Which fields of a right claim were doubted, and why: the price of caution, for a dev corpus's reader. */
    private static String doubts(tally.model.Certainty c) {
        StringBuilder out = new StringBuilder();
        if (!c.metric().certain()) {
            out.append(" [metric doubted: ").append(c.metric().reason()).append(']');
        }
        if (!c.claimant().certain()) {
            out.append(" [claimant doubted: ").append(c.claimant().reason()).append(']');
        }
        if (!c.date().certain()) {
            out.append(" [date doubted: ").append(c.date().reason()).append(']');
        }
        return out.toString();
    }

    private static String certainty(tally.model.Certainty.Field field) {
        return field.certain() ? "" : " [marked uncertain: " + field.reason() + "]";
    }

    /** The row this finding stands for: its sentence and figure, preferring the row of its claimant. */
    private GoldFile.Claim bestRow(List<GoldFile.Claim> rows, Finding f) {
        GoldFile.Claim best = null;
        int bestScore = -1;
        for (GoldFile.Claim row : rows) {
            if (!f.matches(row)) {
                continue;
            }
            int score = GoldMatch.sameClaimant(row.claimant(), row.claimantId(), f.claim().claimant(), partyOf) ? 1 : 0;
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean takes(GoldFile.NonClaim non, Finding f) {
        String figure = GoldMatch.words(f.claim().figure().text());
        String text = GoldMatch.words(non.text());
        return f.quotes().stream().anyMatch(q -> GoldMatch.overlaps(q, non.sentence()))
                && (text.contains(figure) || figure.contains(text));
    }

    private void add(String kind, String line) {
        errors.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
    }
}
