package tally.adapter.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

/** Test helper: the claims a perfect extractor would find, built straight from a truth file. */
final class TruthAsCorpus {

    private TruthAsCorpus() {
    }

    static List<Claim> claims(Truth truth) {
        List<Claim> claims = new ArrayList<>();
        for (Truth.Article a : truth.files()) {
            for (Truth.Claim c : a.claims()) {
                claims.add(claim(a.file(), c));
            }
        }
        return claims;
    }

    static Claim claim(String file, Truth.Claim c) {
        return new Claim(Metric.byId(c.metric()).orElseThrow(), new Figure(c.low(), c.high(), c.qualifier(), c.text()),
                new Claimant(c.claimant(), c.claimant(), Claimant.Kind.PERSON),
                c.relayedBy() == null ? null : new Claimant(c.relayedBy(), c.relayedBy(), Claimant.Kind.PERSON), date(c),
                List.of(new Source(file, null, null, null, null, c.sentence())));
    }

    private static ClaimDate date(Truth.Claim c) {
        if (c.claimDate() == null) {
            return ClaimDate.UNKNOWN;
        }
        return switch (c.datePrecision()) {
            case "month" -> ClaimDate.month(LocalDate.parse(c.claimDate() + "-01"));
            case "week" -> new ClaimDate(LocalDate.parse(c.claimDate()), DatePrecision.WEEK, DateBasis.STATED);
            default -> ClaimDate.day(LocalDate.parse(c.claimDate()), DateBasis.STATED);
        };
    }
}
