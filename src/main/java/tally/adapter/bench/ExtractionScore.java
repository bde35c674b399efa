package tally.adapter.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Source;

/**
 * Extraction measured against the generator's truth file. Each (article, claim) that the extractor reports is one
 * finding; a finding matches a truth claim of the same article with the same metric and the same low and high (for a
 * vague figure, the same wording). Recall is matched truth claims over all truth claims; precision is matched findings
 * over all findings. Claimant and date accuracy are measured over the matches only.
 */
public record ExtractionScore(int truthClaims, int findings, int matched, int claimantRight, int datesStated,
                              int datesRight, List<String> missed, List<String> spurious,
                              List<String> misdated) {

    /** How many missed and spurious examples to keep, for a person improving the extractor. */
    static final int EXAMPLES = 10;

    public ExtractionScore {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        misdated = List.copyOf(misdated);
    }

    public double recall() {
        return truthClaims == 0 ? 1.0 : (double) matched / truthClaims;
    }

    public double precision() {
        return findings == 0 ? 1.0 : (double) matched / findings;
    }

    public double claimantAccuracy() {
        return matched == 0 ? 0.0 : (double) claimantRight / matched;
    }

    /** Of the matched claims whose text states a date, how many got that date. */
    public double dateAccuracy() {
        return datesStated == 0 ? 0.0 : (double) datesRight / datesStated;
    }

    private record Finding(String file, String metric, @Nullable Long low, @Nullable Long high, String text,
                           String claimant, @Nullable String relayedBy, @Nullable String date, String quote) {
    }

    public static ExtractionScore of(AnalyzedCorpus corpus, Truth truth) {
        Map<String, List<Truth.Claim>> open = new HashMap<>();
        int truthClaims = 0;
        for (Truth.Article a : truth.files()) {
            open.put(a.file(), new ArrayList<>(a.claims()));
            truthClaims += a.claims().size();
        }
        Set<Finding> findings = new HashSet<>();
        for (Claim c : corpus.claims()) {
            for (Source s : c.sources()) {
                // A claim told by several articles is scored as each article words and dates it (Source.wording).
                findings.add(new Finding(s.file(), c.metric().id(), c.figure().low(), c.figure().high(),
                        c.wordingIn(s), c.claimant().id(),
                        c.relayedBy() == null ? null : c.relayedBy().id(),
                        (s.claimDate() != null ? s.claimDate() : c.claimDate()).iso(), s.quote()));
            }
        }
        int matched = 0;
        int claimantRight = 0;
        int datesStated = 0;
        int datesRight = 0;
        List<String> spurious = new ArrayList<>();
        List<String> misdated = new ArrayList<>();
        for (Finding f : findings.stream().sorted(java.util.Comparator.comparing(Finding::toString)).toList()) {
            Truth.Claim t = take(open.getOrDefault(f.file(), new ArrayList<>()), f);
            if (t == null) {
                if (spurious.size() < EXAMPLES) {
                    spurious.add(f.file() + ": " + f.metric() + " '" + f.text() + "' (" + f.claimant() + ") in: " + f.quote());
                }
                continue;
            }
            matched++;
            if (t.claimant().equals(f.claimant()) || t.claimant().equals(f.relayedBy())) {
                claimantRight++;
            }
            if (t.claimDate() != null) {
                datesStated++;
                if (sameDate(t, f.date())) {
                    datesRight++;
                } else if (misdated.size() < EXAMPLES) {
                    misdated.add(f.file() + ": expected " + t.claimDate() + ", got " + f.date() + " in: " + t.sentence());
                }
            }
        }
        List<String> missed = open.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(t -> e.getKey() + ": " + t.metric() + " '" + t.text() + "' ("
                        + t.claimant() + ") in: " + t.sentence()))
                .limit(EXAMPLES).toList();
        return new ExtractionScore(truthClaims, findings.size(), matched, claimantRight, datesStated, datesRight,
                missed, spurious, misdated);
    }

    /**
     * The stated date, or one that contains the other: an article saying "in August" and another saying "on August
     * 24" report one claim of August 24, so the merged claim's day is right for both; "last week" is right for any day
     * of that week.
     */
    static boolean sameDate(Truth.Claim t, @Nullable String got) {
        String want = t.claimDate();
        if (want == null || got == null) {
            return want == null && got == null;
        }
        if (want.equals(got) || got.startsWith(want) || want.startsWith(got)) {
            return true;
        }
        if ("week".equals(t.datePrecision()) && got.length() == 10) {
            java.time.LocalDate monday = java.time.LocalDate.parse(want);
            java.time.LocalDate day = java.time.LocalDate.parse(got);
            return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
        }
        return false;
    }

    /** Removes and returns the best truth claim for the finding: same claimant preferred, then any. */
    private static Truth.@Nullable Claim take(List<Truth.Claim> candidates, Finding f) {
        Truth.Claim best = null;
        for (Truth.Claim t : candidates) {
            if (sameFigure(t, f) && (best == null || t.claimant().equals(f.claimant()))) {
                best = t;
            }
        }
        if (best != null) {
            candidates.remove(best);
        }
        return best;
    }

    private static boolean sameFigure(Truth.Claim t, Finding f) {
        if (!t.metric().equals(f.metric())) {
            return false;
        }
        if (t.low() == null && t.high() == null) {
            return f.low() == null && f.high() == null && (t.text().equalsIgnoreCase(f.text())
                    || f.quote().contains(t.sentence()) || t.sentence().contains(f.quote()));
        }
        return Objects.equals(t.low(), f.low()) && Objects.equals(t.high(), f.high())
                || t.text().equalsIgnoreCase(f.text());
    }
}
