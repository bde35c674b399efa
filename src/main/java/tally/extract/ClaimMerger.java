package tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Source;

/**
 * Makes the same claim reported by several articles one claim with several sources. "The same claim" is the same
 * claimant, metric and value (vague figures: the same wording); the qualifier may differ between reports, so each
 * source keeps its own sentence and the figure shown is the most cautious wording.
 */
public final class ClaimMerger {

    private ClaimMerger() {
    }

    public static List<Claim> merge(List<Claim> claims) {
        Map<String, Claim> merged = new LinkedHashMap<>();
        for (Claim c : claims) {
            merged.merge(key(c), c, ClaimMerger::combine);
        }
        return new ArrayList<>(merged.values());
    }

    static String key(Claim c) {
        Figure f = c.figure();
        String value = f.vague() ? "~" + f.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : f.low() + ".." + f.high();
        return c.metric().id() + "|" + c.claimant().id() + "|" + value;
    }

    static Claim combine(Claim a, Claim b) {
        List<Source> sources = new ArrayList<>(a.sources());
        for (Source s : b.sources()) {
            if (sources.stream().noneMatch(x -> x.file().equals(s.file()) && x.quote().equals(s.quote()))) {
                sources.add(s);
            }
        }
        sources.sort(Comparator.comparing((Source s) -> s.published() == null ? null : s.published().date(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Source::file));
        Figure figure = a.figure().qualifier() == null && b.figure().qualifier() != null ? b.figure() : a.figure();
        return new Claim(a.metric(), figure, a.claimant(), a.relayedBy() != null ? a.relayedBy() : b.relayedBy(),
                better(a.claimDate(), b.claimDate()), sources);
    }

    /** A stated date beats the report's date, which beats none; a more precise one beats a vaguer; then the earlier. */
    static ClaimDate better(ClaimDate a, ClaimDate b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra < rb ? a : b;
        }
        if (a.date() == null || b.date() == null) {
            return a;
        }
        return b.date().isBefore(a.date()) ? b : a;
    }

    private static int rank(ClaimDate d) {
        if (d.basis() == DateBasis.UNKNOWN) {
            return 9;
        }
        int precision = d.precision().ordinal();
        return d.basis() == DateBasis.STATED ? precision : 5 + precision;
    }
}
