package tally.model;

import java.time.LocalDate;
import java.util.Comparator;

/** The order claims are listed in everywhere: newest claim date first, undated last, then by metric and value. */
public final class ClaimOrder {
    public static final Comparator<Claim> NEWEST_FIRST = Comparator
            .comparing((Claim c) -> c.claimDate().date(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Claim::metric)
            .thenComparing(c -> c.figure().pivot(), Comparator.nullsLast(Comparator.<Long>reverseOrder()))
            .thenComparing(c -> c.claimant().id())
            .thenComparing(c -> c.sources().get(0).file());

    private ClaimOrder() {
    }
}
