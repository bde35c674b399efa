package tally.app.answer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/**
 * One source a question names: a claimant ("Zelensky", "the NIS") or a party ("South Korea", all of its claimants).
 * Exactly one of the two is set; {@code label} is how a reply names it.
 */
public record Who(@Nullable Claimant claimant, @Nullable String partyId, String label) {
    public Who {
        Objects.requireNonNull(label, "label");
        if ((claimant == null) == (partyId == null)) {
            throw new IllegalArgumentException("a source asked about is a claimant or a party");
        }
    }
}
