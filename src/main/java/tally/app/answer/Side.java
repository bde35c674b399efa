package tally.app.answer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tally.model.Claim;

/**
 * One source's claims for one measure, in a comparison: {@code label} names the source, claims newest first.
 * {@code listedUnder} names, for a claim that is also another side's ("Zelensky" within "Ukraine", the NIS within
 * "South Korea"), the side it is listed under in full: a reply points at that line rather than repeat it (round 67).
 */
public record Side(String label, List<Claim> claims, Map<Claim, String> listedUnder) {
    /** A side's heading states who claims its figures; a claimant read with doubt is never stated so. */
    public static final String UNCERTAIN = "Claimant uncertain (each line shows the source's own words)";

    public Side {
        Objects.requireNonNull(label, "label");
        claims = List.copyOf(claims);
        listedUnder = Map.copyOf(listedUnder);
    }

    /** A side whose claims are all listed under it in full. */
    public Side(String label, List<Claim> claims) {
        this(label, claims, Map.of());
    }
}
