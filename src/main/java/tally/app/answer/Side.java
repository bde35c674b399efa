package tally.app.answer;

import java.util.List;
import java.util.Objects;
import tally.model.Claim;

/** One source's claims for one measure, in a comparison: {@code label} names the source, claims newest first. */
public record Side(String label, List<Claim> claims) {
    public Side {
        Objects.requireNonNull(label, "label");
        claims = List.copyOf(claims);
    }
}
