package tally.app.answer;

import java.util.List;
import java.util.Objects;
import tally.model.Claim;

/** One source's claims for one measure, in a comparison: {@code label} names the source, claims newest first. */
public record Side(String label, List<Claim> claims) {
    /** A side's heading states who claims its figures; a claimant read with doubt is never stated so. */
    public static final String UNCERTAIN = "Claimant uncertain (each line shows the source's own words)";

    public Side {
        Objects.requireNonNull(label, "label");
        claims = List.copyOf(claims);
    }
}
